"""Anonymous sourcing in more shapes: hearsay with no one behind it, views put in unnamed mouths, witnesses and
informants the case keeps unnamed, people who were there or close by; and named sources that stay named."""

from __future__ import annotations

import pytest

from support.extraction import extracted


def _flagged(text: str, words: str) -> bool:
    return any(c.anonymous_source for c in extracted(text).claims if words in c.text)


LEAD_EN = "The ferry to Isla Morena stopped running in April after the harbour office closed.\n\n"
LEAD_ES = "El ferry a Isla Morena dejó de operar en abril, cuando cerró la capitanía del puerto.\n\n"


@pytest.mark.parametrize("sentence", [
    "Rumours circulate in the port that the harbour master will resign before the rains.",
    "Rumor has it that the harbour master sold the fuel permits.",
    "There are persistent rumours that the harbour master owns two trawlers.",
    "Word on the street is that the harbour master answers to the Salazar family.",
    "Speculation is mounting that the harbour master will be replaced.",
    "It is widely believed that the harbour master protects the fuel smugglers.",
    "The harbour master is rumored to have sold the fuel permits.",
    "Unconfirmed reports say the harbour master fled to the mainland.",
    "According to one account, the harbour master left with the cash box.",
    "Reports suggest the harbour master was paid by the fuel smugglers.",
])
def test_hearsay_with_no_one_behind_it_is_an_anonymous_source_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Se rumorea en el puerto que el capitán renunciará antes de las lluvias.",
    "Trascendió que el capitán será removido de su cargo.",
    "Se habla de que el capitán financia a los contrabandistas.",
    "Se comenta que el capitán vendió los permisos de combustible.",
    "Corre la versión de que el capitán huyó al continente.",
    "Se cree que el capitán protege a los contrabandistas de combustible.",
    "Versiones no confirmadas señalan que el capitán huyó con la caja.",
    "Según rumores, el capitán será reemplazado la próxima semana.",
    "Dicen que el capitán responde a la familia Salazar.",
])
def test_hearsay_with_no_one_behind_it_is_an_anonymous_source_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Critics say the dredging contract is a cover for patronage.",
    "Some observers say the fuel quota is a fiction.",
    "Many believe the harbour master was bribed by the trawler owners.",
    "Those in the know say the dredging contract is already signed.",
])
def test_views_put_in_unnamed_mouths_are_an_anonymous_source_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Hay quienes dicen que el contrato de dragado es una fachada.",
    "Algunos observadores señalan que la cuota de combustible es una ficción.",
    "Muchos creen que el capitán fue sobornado por los armadores.",
    "Los críticos sostienen que el contrato de dragado es clientelismo.",
])
def test_views_put_in_unnamed_mouths_are_an_anonymous_source_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "A protected witness testified that the harbour master carried the cash.",
    "According to a protected witness, Governor Paz knew about the cash.",
    "An undercover agent testified that the harbour master accepted the envelope.",
    "A whistleblower said the fuel ledgers had been forged.",
    "A retired navy captain confided to friends that the patrols were called off.",
    "Several people who have worked with the harbour master describe a violent man.",
])
def test_witnesses_and_insiders_kept_unnamed_are_an_anonymous_source_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Un testigo protegido declaró que el capitán cobraba a cada lancha.",
    "Un colaborador eficaz declaró que el capitán cobraba cupos a los armadores.",
    "Un agente encubierto declaró que el capitán aceptó el sobre.",
    "Un arrepentido contó ante el juez que los pagos eran mensuales.",
    "Un soplón de la banda contó que los jefes huyeron a la sierra.",
])
def test_witnesses_and_insiders_kept_unnamed_are_an_anonymous_source_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Local journalists, speaking on condition they not be identified, said the ledgers were burned.",
    "Two clerks, granted anonymity to discuss the audit, said the ledgers were burned.",
    "According to a person who was at the meeting, the harbour master shouted for an hour.",
    "People in the harbour master's inner circle say he plans to run for mayor.",
    "The launch was seized at dawn, former employees said.",
    "Privately, senior officials concede that the patrols failed.",
    "The audit was described to this newspaper in an off-the-record conversation.",
])
def test_names_held_back_and_people_who_were_there_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Personas del entorno del capitán afirman que no habrá cambios.",
    "Según una persona que estuvo en la reunión, el capitán gritó durante una hora.",
    "Un funcionario con acceso al expediente dijo que los cargos serán retirados.",
    "Dos personas informadas sobre la auditoría dijeron que los libros fueron quemados.",
    "La lancha fue incautada al amanecer, dijeron pescadores de la zona.",
    "Un funcionario, en off, admitió que las patrullas fracasaron.",
    "Según una denuncia anónima, el capitán vendía el combustible.",
])
def test_names_held_back_and_people_who_were_there_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


def test_a_description_belongs_to_the_sentence_of_its_speaker_en() -> None:
    text = ("The smugglers hid the launch under a pier.\n"
            "One boatman said the pier had been watched for weeks.\n")
    assert _flagged(text, "One boatman said")
    assert not _flagged(text, "The smugglers hid")


def test_a_description_belongs_to_the_sentence_of_its_speaker_es() -> None:
    text = ("Los contrabandistas escondieron la lancha bajo una rampa.\n"
            "Un lanchero dijo que la rampa era vigilada.\n")
    assert _flagged(text, "Un lanchero")
    assert not _flagged(text, "Los contrabandistas escondieron")


@pytest.mark.parametrize("sentence", [
    "The cooperating witness, Daniel Okafor, told the jury he carried the cash.",
    "Judge Elena Marsh said the protected witness program had run out of money.",
    "It is believed that the launch sank near the reef, the coast guard said.",
    "The observers said the count at the harbour was clean.",
    "Analysts at the Coastal Institute say the fuel quota is too low.",
    "Many fled the island after the storm.",
    "There are reports by the ombudsman that the launch was overloaded.",
    "The launch was seized at dawn, the senators said.",
    "Ruiz, whose lawyers say he is innocent, remains in jail.",
    "The launch was seized at dawn, prosecutors said.",
    "The launch was seized at dawn, coast guard officials said.",
    "Prosecutors said a harbour guard, Ana Lima, identified the launch.",
])
def test_named_sources_and_plain_narrative_stay_named_en(sentence: str) -> None:
    assert not _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "El colaborador eficaz Jorge Salas declaró que pagó sobornos al capitán.",
    "El programa de testigos protegidos se quedó sin fondos en 2021.",
    "Se cree que la reforma portuaria entrará en vigor en enero, según el ministro Luis Pardo.",
    "El caso trascendió las fronteras del país en pocos días.",
    "Se habla mucho de seguridad en esta campaña.",
    "El coronel Díaz confió en que la tregua se mantenga.",
    "Un agente encubierto compró dos kilos al sospechoso en mayo.",
    "Muchos huyeron de la isla tras la tormenta.",
    "La lancha fue incautada al amanecer, dijeron los diputados Ruiz y Paz.",
])
def test_named_sources_and_plain_narrative_stay_named_es(sentence: str) -> None:
    assert not _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "One interviewee said the harbour master charged every boat owner.",
    "Several respondents described beatings at the harbour office.",
    "Many of those interviewed said they had paid the harbour master twice.",
    "Residents we spoke to said the fuel is cut every night.",
    "Testimonies collected by the commission indicate that the guards fired first.",
])
def test_people_a_study_heard_are_an_anonymous_source_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Una entrevistada contó que el capitán cobraba a cada armador.",
    "Varios entrevistados describieron golpizas en la capitanía.",
    "Las personas con las que habló este medio dijeron que el combustible se corta cada noche.",
    "Quienes hablaron con este diario contaron que huyeron dos veces.",
    "Según testimonios recibidos por la Comisión, los guardias dispararon primero.",
    "Según un exfuncionario de la capitanía, el envío era conocido.",
])
def test_people_a_study_heard_are_an_anonymous_source_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Participants in the march were arrested by the harbour police.", "en"),
    ("Ruiz, who spoke to this newspaper from Lima, said the deal was off.", "en"),
    ("The minister, interviewed by Radio Costa, said the port was safe.", "en"),
    ("El ministro, entrevistado por Radio Costa, dijo que el puerto es seguro.", "es"),
    ("Ruiz, con quien habló este diario, dijo que el acuerdo se cayó.", "es"),
])
def test_a_named_interviewee_stays_named(sentence: str, lang: str) -> None:
    assert not _flagged((LEAD_EN if lang == "en" else LEAD_ES) + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "Según una versión, el capitán escapó por el muelle de carga.",
    "Según trascendidos, la reunión con los contrabandistas fue tensa.",
    "Según información extraoficial, el capitán recibía pagos mensuales.",
    "Se supo que el capitán colaboraba con la Fiscalía desde enero.",
    "Un funcionario de la capitanía en la isla advirtió que habrá más decomisos.",
    "La madre de una de las víctimas dijo que la policía nunca llegó.",
    "Uno de los detenidos declaró después que el capitán recibía dinero.",
    "Varios pescadores le dijeron a este periodista que el capitán cobra por zarpar.",
])
def test_unnamed_versions_and_people_are_anonymous_sources_es(sentence: str) -> None:
    assert _flagged(LEAD_ES + sentence + "\n", sentence[:30])


@pytest.mark.parametrize("sentence", [
    "The mother of one of the victims said the police never came.",
    "One of the detainees later told investigators that the harbour master took cash.",
])
def test_unnamed_relatives_and_detainees_who_speak_are_anonymous_sources_en(sentence: str) -> None:
    assert _flagged(LEAD_EN + sentence + "\n", sentence[:30])


def test_a_named_detainee_or_a_detainees_word_to_a_court_stays_named() -> None:
    assert not _flagged(LEAD_ES + "Uno de los detenidos, Mario Ruiz Paz, declaró que el capitán recibía dinero.\n",
                        "Uno de los detenidos")


@pytest.mark.parametrize(("sentence", "words", "lead"), [
    ('Opponents call the new port law "a gift to the smugglers."', "Opponents call", LEAD_EN),
    ("Critics describe the harbour master as a man of the Salazar family.", "Critics describe", LEAD_EN),
    ("Two former crewmen, who spoke to us on condition that we not publish their names, say the ferry carried fuel.",
     "Two former crewmen", LEAD_EN),
    ("Dos exmarineros, que hablaron a condición de que no publicáramos sus nombres, dicen que el ferry llevaba "
     "combustible.", "Dos exmarineros", LEAD_ES),
    ("La jefa de la capitanía habló con este diario a condición de que no publicáramos su nombre.", "La jefa",
     LEAD_ES),
])
def test_opponents_labels_and_names_held_back_by_the_outlet(sentence: str, words: str, lead: str) -> None:
    assert _flagged(lead + sentence + "\n", words)


def test_named_opponents_stay_named() -> None:
    assert not _flagged(LEAD_EN + 'Her opponents in the Liberal Party call the law "a gift to smugglers," said '
                        "Senator Ana Ruiz.\n", "Her opponents")
