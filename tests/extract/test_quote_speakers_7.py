"""Who speaks when several people are named near the words: a sentence between two quotes that gives words to
someone new, a relative clause after the attribution, a title that says the sex, answering back, and a
transcript whose labels carry a lawmaker's party."""

from __future__ import annotations

from support.extraction import quotes as _quotes
from support.extraction import said


def test_a_new_sayer_between_two_quotes_goes_on_en() -> None:
    got = _quotes("Interior Minister Jorge Salas spoke alongside Attorney General Laura Kim.\n\n"
                  '"We have followed the money across four countries," Kim said. Salas said the government would ask '
                  'for extraditions. "Nobody is above the law," he said.\n')
    assert said(got, "followed the money") == "Laura Kim"
    assert said(got, "above the law") == "Jorge Salas"


def test_a_new_sayer_between_two_quotes_goes_on_es() -> None:
    got = _quotes("El gobernador Ricardo Hale visitó la cárcel acompañado por la directora del penal, Juana Pica.\n\n"
                  "«Las condiciones aquí son inaceptables», dijo el gobernador. Ella explicó que el presupuesto fue "
                  "recortado dos veces. «Tenemos un guardia por cada noventa reos», añadió.\n")
    assert said(got, "condiciones aquí") == "Ricardo Hale"
    assert said(got, "un guardia por cada") == "Juana Pica"


def test_a_relative_clause_after_the_attribution_is_not_the_speaker_es() -> None:
    got = _quotes("Según el director de la policía, Hernán Ortiz, la banda opera desde la cárcel. «Los cabecillas dan "
                  "órdenes por teléfono desde sus celdas», explicó a la prensa el jefe policial, quien pidió más "
                  "recursos al ministro Pablo Díaz.\n")
    assert said(got, "Los cabecillas") == "Hernán Ortiz"


def test_a_relative_clause_after_the_attribution_is_not_the_speaker_en() -> None:
    got = _quotes("Captain Hernan Ortiz led the raid on the warehouse in the port. \"We found more than a ton of "
                  'cocaine," said the officer in charge of the operation, who thanked Mayor Ana Ruiz for her support.\n')
    assert said(got, "a ton of cocaine") == "Hernan Ortiz"


def test_a_title_kept_in_the_name_says_the_sex() -> None:
    got = _quotes("Maria Santos, whose son disappeared in 2019, spoke outside the prosecutor's office. Beside her "
                  "stood Father Luis Ortega, the parish priest.\n\n"
                  '"They took my boy and nobody has looked for him," she said.\n')
    assert said(got, "They took my boy") == "Maria Santos"
    got = _quotes("Rosa Quispe, cuyo hijo desapareció en 2019, habló con este diario. A su lado estaba Padre Julián "
                  "Ortega, el párroco.\n\n«Se llevaron a mi hijo y nadie lo ha buscado», dijo ella.\n")
    assert said(got, "Se llevaron a mi hijo") == "Rosa Quispe"


def test_answering_back_is_speech() -> None:
    got = _quotes("Senator Paula Grant questioned Defense Secretary Mark Ellison for three hours.\n\n"
                  '"Absolutely not, and I resent the question," Ellison replied.\n\n'
                  "\"Then explain the transfers to your brother's company,\" the senator shot back.\n")
    assert said(got, "Then explain the transfers") == "Paula Grant"
    got = _quotes("La senadora Paula Grande interrogó al ministro Marco Elizondo, quien negó todo.\n\n"
                  "«En absoluto», respondió Elizondo.\n\n"
                  "«Entonces explique las transferencias a la empresa de su hermano», reviró la senadora.\n")
    assert said(got, "explique las transferencias") == "Paula Grande"


def test_a_transcript_label_with_the_lawmakers_party() -> None:
    got = _quotes("Representative Daniel Okafor questioned DEA Administrator Anne Milgram at the hearing.\n\n"
                  "Rep. Daniel Okafor (D-Ill.): Administrator, are the cartels terrorist organizations, yes or no?\n"
                  "Administrator Anne Milgram: They operate like multinational companies with private armies.\n"
                  "Rep. Okafor (D-Ill.): That sounds like a yes to me, Administrator.\n"
                  "Administrator Milgram: It is a description of how they work, not a legal finding.\n")
    assert said(got, "They operate like multinational") == "Anne Milgram"
    assert said(got, "description of how they work") == "Anne Milgram"
    got = _quotes("La diputada Rosa Quiroz interpeló al ministro Carlos Benavides en la comisión.\n\n"
                  "Dip. Rosa Quiroz (PAN): Ministro, ¿cuántos policías tiene hoy el puerto?\n"
                  "Ministro Carlos Benavides: Alrededor de ochocientos agentes, señora diputada.\n"
                  "Dip. Quiroz (PAN): Eso es la mitad de lo que había hace cinco años.\n"
                  "Ministro Benavides: Fueron reasignados a la capital por la emergencia.\n")
    assert said(got, "Alrededor de ochocientos") == "Carlos Benavides"
    assert said(got, "reasignados a la capital") == "Carlos Benavides"


def test_a_new_subject_between_two_quotes_takes_the_second() -> None:
    got = _quotes('"Here nobody sleeps well," says Marta Gil, 54, as she tends her shop. Her neighbour, Jorge Paz, '
                  'nods. "Since the gang arrived, everything changed," he says.\n')
    assert said(got, "nobody sleeps well") == "Marta Gil"
    assert said(got, "Since the gang arrived") == "Jorge Paz"
    got = _quotes("«Aquí nadie duerme tranquila», dice Marta Gil, de 54 años, mientras atiende su tienda. Su vecino, "
                  "Jorge Paz, la mira en silencio. «Desde que llegó la banda todo cambió», dice.\n")
    assert said(got, "nadie duerme") == "Marta Gil"
    assert said(got, "Desde que llegó la banda") == "Jorge Paz"


def test_pleading_in_court_reports_words() -> None:
    got = _quotes("La defensa técnica, ejercida por el abogado Luis Ángel Portillo, alegó que la prueba era "
                  "«puramente referencial».\n")
    assert said(got, "puramente referencial") == "Luis Ángel Portillo"


def test_a_recording_in_which_someone_speaks() -> None:
    got = _quotes("The prosecutor, Ana Ruiz, read from a wiretap in which Mario Gomez allegedly tells an associate: "
                  '"Pay the colonel or we lose the port."\n')
    assert said(got, "Pay the colonel") == "Mario Gomez"
    got = _quotes("La fiscal Ana Ruiz leyó una interceptación en la que Mario Gómez supuestamente le dice a un socio: "
                  "«Págale al coronel o perdemos el puerto».\n")
    assert said(got, "Págale al coronel") == "Mario Gómez"


PADDING = "\n\n" + "The article goes on with background that names nobody at all. " * 12 + "\n"


def test_a_caption_after_the_words_is_the_accounts() -> None:
    got = _quotes("A video shared by the account @LaVerdadMX shows Governor Luis Prado with a man identified as a cartel "
                  'operator. "The governor is on the payroll," the caption reads.' + PADDING)
    assert said(got, "on the payroll") == "@LaVerdadMX"
    got = _quotes("Un video compartido por la cuenta @LaVerdadMX muestra al gobernador Luis Prado con un hombre señalado "
                  "como operador del cártel. «El gobernador está en la nómina», reza la leyenda." + PADDING)
    assert said(got, "en la nómina") == "@LaVerdadMX"


def test_whom_a_question_or_a_warning_is_put_to_is_no_speaker() -> None:
    got = _quotes('Ana Ruiz asked Mario Gomez: "Who paid for the boats?" Gomez answered: "The mayor did, every month."\n')
    assert said(got, "Who paid for the boats") == "Ana Ruiz"
    assert said(got, "The mayor did") == "Mario Gomez"
    got = _quotes("Mario Gomez was told by Ana Ruiz: \"You will not get another contract from this office.\"\n")
    assert said(got, "another contract") == "Ana Ruiz"
    got = _quotes("Mario Gómez fue increpado por la fiscal Ana Ruiz: «Usted no va a recibir otro contrato de esta oficina».\n")
    assert said(got, "otro contrato") == "Ana Ruiz"


def test_someone_recalled_saying_the_words() -> None:
    got = _quotes('Ana Ruiz recalled Mario Gomez telling her: "The port is mine, and so is the mayor."\n')
    assert said(got, "The port is mine") == "Mario Gomez"
    got = _quotes("Ana Ruiz recuerda a Mario Gómez decirle: «El puerto es mío, y el alcalde también».\n")
    assert said(got, "El puerto es mío") == "Mario Gómez"
