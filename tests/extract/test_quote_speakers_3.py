"""Quote speakers, round three: who heard the words, threads of posts, live-blog entries, initials and ages."""

from __future__ import annotations

from support.extraction import extracted, said
from support.extraction import quotes as _quotes

# a report long enough for its account handles to be read as actors
PADDING_EN = "\n\n" + "The article goes on with background that names nobody at all. " * 12 + "\n"
PADDING_ES = "\n\n" + "El artículo sigue con un contexto que no nombra a nadie. " * 12 + "\n"


def test_the_addressee_of_a_spanish_speech_verb_is_not_its_speaker() -> None:
    got = _quotes("Para Marta Lucía Ferreira, abogada de las víctimas, la decisión llegó tarde. \"Nueve años "
                  "esperamos a que alguien dijera la verdad en voz alta\", dijo a este diario a la salida del "
                  "Palacio de Justicia.\n")
    assert said(got, "Nueve años esperamos") == "Marta Lucía Ferreira"
    got = _quotes("Según la Fiscalía, Ramón Ortiz Pineda firmaba como socio de tres empresas. \"Yo solo firmaba lo "
                  "que me traían, nunca vi un peso\", contó a esta revista por teléfono.\n")
    assert said(got, "Yo solo firmaba") == "Ramón Ortiz Pineda"


def test_a_place_after_the_verb_is_not_the_speaker_en() -> None:
    got = _quotes("Helen Marsh, who represents the families, welcomed the verdict. \"It took nine years for "
                  "anyone to say it out loud,\" she said outside the Ministry of Justice.\n")
    assert said(got, "It took nine years") == "Helen Marsh"


def test_numbered_posts_of_a_thread_are_the_words_of_the_account_that_posted_it_en() -> None:
    got = _quotes("## What spread\n\nOn Sunday the account **@truth_in_ports** posted a four-part thread about "
                  "Governor Ana Ruiz, which was reshared by the page @DailyCoastNews and by Senator Luis Vega.\n\n"
                  "These are the posts as published:\n\n"
                  '> **1/4** — "THREAD: the governor has been on the payroll of the port cartel for years."\n>\n'
                  '> **2/4** — "Here is the photo of her with the cartel boss at a rally in 2023."\n\n'
                  "## What we found\n\nThe photo is real but was taken in 2018.\n" + PADDING_EN)
    assert said(got, "on the payroll of the port cartel") == "@truth_in_ports"
    assert said(got, "Here is the photo") == "@truth_in_ports"


def test_numbered_posts_of_a_thread_are_the_words_of_the_account_that_posted_it_es() -> None:
    got = _quotes("## Qué circuló\n\nEl martes, la cuenta @LaVozDelPuerto publicó un hilo de tres mensajes contra "
                  "la gobernadora Ana Ruiz, compartido luego por la página @NoticiasCosta.\n\n"
                  "Los mensajes decían:\n\n"
                  '1/3 "La gobernadora cobra del cártel del puerto desde hace años, todos lo saben."\n\n'
                  '2/3 "Aquí está la foto con el jefe del cártel en pleno mitin de campaña."\n\n'
                  "## Lo que verificamos\n\nLa foto es real, pero es de 2018.\n" + PADDING_ES)
    assert said(got, "cobra del cártel del puerto") == "@LaVozDelPuerto"
    assert said(got, "Aquí está la foto") == "@LaVozDelPuerto"


def _anonymous(text: str, words: str) -> bool:
    ex = extracted(text)
    return any(c.anonymous_source for c in ex.claims if words in c.text)


def test_a_witness_named_only_by_initials_speaks_anonymously_en() -> None:
    text = ("The families described hunger and threats. A 16-year-old girl who asked to be identified only as R. "
            "said she was recruited after her school shut. \"They told me my brother would pay if I said no,\" she "
            "told investigators.\n")
    assert said(_quotes(text), "my brother would pay") == "R."
    assert _anonymous(text, "my brother would pay")
    assert _anonymous("A 12-year-old boy identified here as T. said a commander kept him as a lookout.\n",
                      "kept him as a lookout")


def test_a_witness_named_only_by_initials_speaks_anonymously_es() -> None:
    text = ("Las familias hablaron de hambre y amenazas. Una joven de 16 años a quien llamaremos R. contó que la "
            "reclutaron cuando cerró su escuela. \"Me dijeron que mi hermano pagaría si yo decía que no\", "
            "relató ella.\n")
    assert said(_quotes(text), "mi hermano pagaría") == "R."
    assert _anonymous(text, "mi hermano pagaría")
    assert _anonymous("Un niño de 12 años, identificado aquí como T., dijo que un comandante lo usaba de campanero.\n",
                      "lo usaba de campanero")


def test_an_abbreviated_title_before_a_name_set_off_by_commas_en() -> None:
    got = _quotes("**9:15 a.m.** — Families gathered at the gate, where Ana Torres Vidal waited for news of her son.\n\n"
                  "**10:40 a.m.** — Troops entered the east wing. \"We met no resistance worth the name,\" Gen. Pablo "
                  "Ruiz Soto, who leads the operation, told reporters at the gate.\n")
    assert said(got, "We met no resistance") == "Pablo Ruiz Soto"


def test_an_abbreviated_title_before_a_name_set_off_by_commas_es() -> None:
    got = _quotes("Las familias esperaban en la puerta, donde Ana Torres Vidal pedía noticias de su hijo.\n\n"
                  "Los soldados entraron al pabellón este. «No encontramos ninguna resistencia que valga la pena», "
                  "Cnel. Pablo Ruiz Soto, quien dirige el operativo, dijo a la prensa.\n")
    assert said(got, "No encontramos ninguna resistencia") == "Pablo Ruiz Soto"


def test_an_unnamed_speaker_described_with_where_they_work() -> None:
    got = _quotes("A prison guard in Guayaquil who was not authorized to speak told Amnesty International that "
                  "detained teenagers are \"held with adults because there is simply no other place.\"\n")
    assert said(got, "held with adults") == "prison guard in Guayaquil"
    got = _quotes("Un guardia en Guayaquil que no estaba autorizado a hablar dijo a Amnistía Internacional que los "
                  "menores detenidos \"duermen con los adultos porque no hay otro lugar\".\n")
    assert said(got, "duermen con los adultos") == "guardia en Guayaquil"


def test_describing_is_reporting_words() -> None:
    got = _quotes("The mayor spoke first. A nurse who requested anonymity described the wounded arriving \"in "
                  "pickup trucks, two or three to a bed, with nobody to treat them.\"\n")
    assert said(got, "in pickup trucks") == "nurse"


def test_a_long_title_after_the_quote_names_a_new_speaker_after_an_attribution() -> None:
    got = _quotes("Police seized nine rifles and \"two trucks full of cash,\" the Interior Ministry said. "
                  "\"They thought the border would protect them; it did not,\" national police spokeswoman Laura "
                  "Benítez Ortega said in a video.\n")
    assert said(got, "They thought the border") == "Laura Benítez Ortega"
    got = _quotes("La policía incautó nueve fusiles y \"dos camiones llenos de dinero\", informó el Ministerio del "
                  "Interior. \"Creyeron que la frontera los protegería y se equivocaron\", afirmó en un video "
                  "grabado en el cuartel la portavoz policial Laura Benítez Ortega.\n")
    assert said(got, "Creyeron que la frontera") == "Laura Benítez Ortega"
