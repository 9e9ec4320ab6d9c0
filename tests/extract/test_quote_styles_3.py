"""Quotes and unnamed sources in more of the shapes reporters, press offices and fact-checkers write.

Each small document is written for these tests (fictional people, places
and bodies). A quote passes when its words come back with the actor that
said them, however the text points at that actor; an unnamed source passes
when the claim holding its description is marked anonymous. Words in
quotation marks that are names or scare quotes must come back as nobody's.
"""

from __future__ import annotations

import pytest

from nexos.extract import extract
from nexos.ingest import build_document


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract(build_document(text.encode("utf-8"), "t.txt"))


def _quotes(text: str) -> list[tuple[str, str | None]]:
    ex = _extract(text)
    names = {e.key: e.name for e in ex.entities}
    return [(c.quote, names.get(c.speaker) if c.speaker else None) for c in ex.claims if c.quote]


def _said(got: list[tuple[str, str | None]], words: str) -> str | None:
    hits = [speaker for quote, speaker in got if words in quote]
    assert hits, f"no quote holds {words!r}: {got}"
    return hits[0]


# ---------------------------------------------------------------- unnamed sources

ANONYMOUS = {
    "es_persona_que_conoce_el_caso": (
        "La Fiscalía investiga al exgobernador desde marzo. Una persona que conoce el caso dijo que el dinero "
        "salió por Panamá en tres transferencias.\n",
        "Una persona que conoce el caso"),
    "es_personas_al_tanto": (
        "Las conversaciones entre el Gobierno y la guerrilla siguen en Caracas. Dos personas al tanto de las "
        "negociaciones dijeron que el acuerdo está cerca.\n",
        "Dos personas al tanto"),
    "es_no_autorizado_sin_que": (
        "Tres presos escaparon de la cárcel de Palmira el domingo. Un funcionario de la gobernación, no autorizado "
        "para hablar con la prensa, confirmó la fuga.\n",
        "no autorizado para hablar"),
    "es_cuyo_nombre_se_omite": (
        "La banda cobra una cuota semanal a los tenderos del barrio. Un comerciante, cuyo nombre se omite por "
        "razones de seguridad, aseguró que paga cada semana.\n",
        "cuyo nombre se omite"),
    "es_versiones_de_prensa": (
        "El capo fue extraditado a Estados Unidos en 2022. Según versiones de prensa, el capo habría pagado a tres "
        "jueces para frenar su captura.\n",
        "Según versiones de prensa"),
    "es_segun_trascendio": (
        "El gabinete se reunió de urgencia el viernes en la noche. Según trascendió, el ministro presentará su "
        "renuncia el lunes.\n",
        "Según trascendió"),
    "en_people_aware_of": (
        "Several officers were transferred out of the port unit in May, according to two people aware of the "
        "decision.\n",
        "two people aware of the decision"),
    "en_present_at_the_meeting": (
        "The governor shouted at the police commander, said a person who was present at the meeting.\n",
        "a person who was present at the meeting"),
    "en_multiple_sources": (
        "The mayor resigned on Thursday night. Multiple sources confirmed to this outlet that he left the country "
        "the same day.\n",
        "Multiple sources"),
    # someone described by a role and no name, who speaks
    "en_a_former_prison_director": (
        "Guards sell phones to inmates for 300 dollars each. A former prison director told the newspaper that "
        "the wardens take a share of every sale.\n",
        "A former prison director"),
    "en_a_local_journalist": (
        "The mayor of Puerto Cruz denies any tie to the gang. A local journalist said the mayor meets its "
        "leaders every month in a ranch outside town.\n",
        "A local journalist"),
    "en_one_analyst": (
        "Extortion has spread to the bus routes. One analyst in Tegucigalpa said the gangs had moved into "
        "transport because it pays daily.\n",
        "One analyst in Tegucigalpa"),
    "es_un_coronel_retirado": (
        "El Ejército niega que haya perdido el control de la frontera. Un coronel retirado dijo que las "
        "trochas están en manos de la guerrilla.\n",
        "Un coronel retirado"),
    "es_un_juez": (
        "Las amenazas contra funcionarios judiciales se duplicaron en 2024. Un juez de San Pedro Sula aseguró "
        "que recibe mensajes cada semana.\n",
        "Un juez de San Pedro Sula"),
    "es_consultado_por_este_diario": (
        "El diálogo con la guerrilla se suspendió en marzo. Un diplomático europeo consultado por este diario "
        "dijo que el proceso está muerto.\n",
        "Un diplomático europeo consultado"),
    "en_said_privately": (
        "The minister defended the plan in public. Officials said privately that it had failed months ago.\n",
        "said privately"),
    "en_condition_that_he_not_be_named": (
        "The unit was disbanded in May. The officer spoke on the condition that he not be named, citing "
        "threats against his family.\n",
        "not be named"),
    "en_only_her_first_name": (
        "The gang charges every shop on the avenue. A resident who would only give her first name, Rosa, "
        "said she pays 20 dollars a week.\n",
        "would only give her first name"),
    "es_se_identifico_solo_como": (
        "La banda cobra a todos los comercios de la avenida. Un hombre que se identificó solo como Carlos "
        "dijo que paga cada viernes.\n",
        "se identificó solo como"),
    # more kinds of sources, papers and people close to someone
    "en_person_involved_in_the_talks": (
        "Negotiators met again in Havana on Monday. According to one person involved in the talks, a deal on "
        "disarmament is close.\n",
        "one person involved in the talks"),
    "en_a_high_level_source": (
        "The cartel has split into two factions. A high-level source said the younger brother now runs the "
        "northern routes.\n",
        "A high-level source"),
    "en_leaked_documents": (
        "The mayor has denied meeting the gang. Leaked documents show he met its leader twice in 2023.\n",
        "Leaked documents"),
    "en_church_sources": (
        "Eleven families fled the village on Sunday. Church sources confirmed that the gang had threatened to "
        "burn their houses.\n",
        "Church sources confirmed"),
    "es_fuentes_locales": (
        "El Ejército llegó a la vereda el martes. Fuentes locales aseguraron que hubo disparos toda la noche.\n",
        "Fuentes locales"),
    "es_fuentes_penitenciarias": (
        "Once internos escaparon de la cárcel de Palmira. Fuentes penitenciarias confirmaron que los guardias "
        "abrieron la reja.\n",
        "Fuentes penitenciarias"),
    "es_documentos_filtrados": (
        "El alcalde niega cualquier vínculo con la banda. Según documentos filtrados, recibió pagos durante "
        "dos años.\n",
        "documentos filtrados"),
    "es_informacion_de_inteligencia": (
        "El cabecilla no ha sido visto desde marzo. De acuerdo con información de inteligencia, huyó a "
        "Venezuela por una trocha.\n",
        "información de inteligencia"),
    "es_testimonios_de_pobladores": (
        "La masacre ocurrió en la madrugada del domingo. Según relatos de pobladores, los armados llegaron en "
        "tres camionetas.\n",
        "Según relatos de pobladores"),
    "es_allegado_a_la_familia": (
        "El comerciante fue liberado el viernes tras diez días de cautiverio. Un allegado a la familia contó que "
        "pagaron el rescate en efectivo.\n",
        "Un allegado a la familia"),
    "es_confio_a_este_diario": (
        "La Fiscalía archivó el proceso en silencio. Un investigador confió a este diario que el caso se cayó "
        "por presiones políticas.\n",
        "Un investigador confió"),
    "en_sources_in_a_headline": (
        "Sources say port chief took bribes from gang\n\n"
        "The head of the port authority has been questioned by prosecutors, the agency said on Monday.\n",
        "Sources say port chief"),
    # names held back or made up, people close to someone, a source spoken of again
    "en_not_her_real_name": (
        "The gang took her son in March. María (not her real name) said she has not seen him since.\n",
        "not her real name"),
    "es_nombre_ficticio": (
        "La banda se llevó a su hijo en marzo. María (nombre ficticio) contó que no lo ha vuelto a ver.\n",
        "nombre ficticio"),
    "en_name_changed": (
        "Shopkeepers on the avenue pay every Friday. Pedro, whose name has been changed for his safety, said he "
        "pays 20 dollars a week.\n",
        "whose name has been changed"),
    "es_bajo_reserva_entre_comas": (
        "La orden de liberar a los detenidos llegó de noche. Un agente, bajo reserva, dijo que vino de la "
        "comandancia.\n",
        "bajo reserva"),
    "en_without_giving_his_name": (
        "The gang charges every stall in the market. A trader, without giving his name, said he pays every week.\n",
        "without giving his name"),
    "es_a_quien_llamaremos": (
        "La banda cobra a todas las tiendas del barrio. Rosa, a quien llamaremos así para proteger su identidad, "
        "contó que paga cada viernes.\n",
        "a quien llamaremos"),
    "es_varias_fuentes": (
        "El alcalde no ha sido visto desde el lunes. Varias fuentes confirmaron que salió del país por "
        "Cúcuta.\n",
        "Varias fuentes"),
    "es_fuentes_del_caso": (
        "El juicio se reanuda en mayo. Fuentes del caso aseguran que el exalcalde negocia con la Fiscalía.\n",
        "Fuentes del caso"),
    "es_personas_que_conocen": (
        "El alcalde no ha sido visto desde el lunes. De acuerdo con personas que conocen la investigación, "
        "salió del país por Cúcuta.\n",
        "personas que conocen"),
    "en_people_who_have_seen": (
        "The mayor has not been seen since Monday. According to people who have seen the documents, he "
        "signed the contracts himself.\n",
        "people who have seen the documents"),
    "en_those_close_to_him": (
        "The general has not appeared in public for weeks. According to those close to him, he fears "
        "arrest.\n",
        "those close to him"),
    "es_personas_de_su_entorno": (
        "El general no aparece en público desde hace semanas. Según personas de su entorno, teme ser "
        "detenido.\n",
        "personas de su entorno"),
    "en_someone_close_to_the_family": (
        "The businessman was freed after ten days. Someone close to the family said the ransom was paid in "
        "cash.\n",
        "Someone close to the family"),
    "es_alguien_cercano": (
        "El comerciante fue liberado tras diez días. Alguien cercano a la familia dijo que pagaron el rescate.\n",
        "Alguien cercano a la familia"),
    "es_un_conocedor_del_caso": (
        "La Fiscalía sigue la ruta del dinero. Un conocedor del caso dijo que salió por Panamá en 2021.\n",
        "Un conocedor del caso"),
    "en_a_former_associate": (
        "Nobody knows where the kingpin sleeps. A former associate said he never slept in the same house "
        "twice.\n",
        "A former associate"),
    "es_un_hermano_de_la_victima": (
        "La policía llegó seis horas después del ataque. Un hermano de la víctima dijo que nadie atendió "
        "las llamadas.\n",
        "Un hermano de la víctima"),
    "en_sources_with_ties_to": (
        "The colonel was removed on Friday. Sources with ties to the army said he had protected the "
        "smugglers.\n",
        "Sources with ties to the army"),
    "es_la_misma_fuente": (
        "Una fuente militar dijo que hubo tres bajas en el combate. La misma fuente agregó que el comandante "
        "huyó hacia la frontera.\n",
        "La misma fuente agregó"),
    "en_the_source_added": (
        "A military source said three soldiers died in the clash. The source added that the commander fled "
        "toward the border.\n",
        "The source added"),
}


@pytest.mark.parametrize("name", sorted(ANONYMOUS))
def test_the_claim_with_an_unnamed_source_is_anonymous(name: str) -> None:
    text, phrase = ANONYMOUS[name]
    claims = [c for c in _extract(text).claims if phrase in c.text]
    assert claims and any(c.anonymous_source for c in claims), name


def test_a_short_document_in_an_undetermined_language_still_finds_spanish_sources() -> None:
    claims = _extract("Una fuente militar confirmó a este diario que hubo tres bajas.\n").claims
    assert any(c.anonymous_source for c in claims)


def test_counted_things_and_people_are_not_unnamed_sources() -> None:
    text = ("Two sources of funding dried up in May. A person who attended the rally was shot. "
            "Dos personas murieron en el ataque. El uso no autorizado de armas sigue. Tourism is a major source "
            "of income for the port. Según testimonios recogidos por la Fiscalía, el alcalde huyó. Varias fuentes "
            "de agua se secaron. A sister company said it would appeal. The source of the money is unknown.\n")
    assert not any(c.anonymous_source for c in _extract(text).claims)

