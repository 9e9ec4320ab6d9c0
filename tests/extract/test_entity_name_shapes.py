"""Shapes of names that lost an actor (and every tie it takes part in): the name found, whole, under its own type."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document
from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return {e.name: e.type for e in ex.entities}


def test_a_place_before_the_word_for_its_kind_of_land_or_division_en() -> None:
    types = _types("Los Halcones del Sur, a gang from El Mirlo province headed by Benigno Araya, "
                   "moves cocaine to the coast.\n")
    assert types.get("El Mirlo") == "location"
    types = _types("The cartel now runs laboratories and airstrips across the Tarapé lowlands, the police said.\n")
    assert types.get("Tarapé") == "location"
    text = "Gangs fight over the Barrancas plain, east of the capital, where the cartel moves cocaine.\n"
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    assert any(e.name == "Barrancas" and "Barrancas plain" in e.aliases for e in ex.entities)
    # a direction is no name, and a demonym names no place
    types = _types("The police named a new commander for the North department, the ministry said.\n")
    assert "North" not in types
    types = _types("The cartel runs laboratories across the Bolivian lowlands, the police said.\n")
    assert "Bolivian" not in types


def test_a_gangs_faction_named_by_a_plural_word_is_a_band() -> None:
    types = _types("In the port, the Cobra gang's Renegados faction has answered the army with extortion "
                   "and killings of bus drivers.\n")
    assert types.get("Renegados") == "criminal_group"
    types = _types("En el puerto, la facción Renegados, que cobra extorsiones a los choferes de la pandilla, "
                   "respondió con asesinatos a la llegada del ejército.\n")
    assert types.get("Renegados") == "criminal_group"


def test_a_bodys_remit_after_a_los_keeps_its_two_words_es() -> None:
    types = _types("La Dirección Especializada contra los Abusos a los Pueblos Originarios investiga el caso.\n")
    assert types.get("Dirección Especializada contra los Abusos a los Pueblos Originarios") == "government_body"
    types = _types("La Fiscalía Especializada contra los Delitos a la Libertad Sindical abrió una carpeta.\n")
    assert types.get("Fiscalía Especializada contra los Delitos a la Libertad Sindical") == "government_body"


def test_a_law_whose_title_joins_two_subjects_stays_whole() -> None:
    types = _types("Senators debated the Gang Accountability and Designation Act on Tuesday.\n")
    assert types.get("Gang Accountability and Designation Act") == "policy"
    assert "Designation Act" not in types
    types = _types("El Senado debatió la Ley de Pandillas y Extorsiones el martes.\n")
    assert types.get("Ley de Pandillas y Extorsiones") == "policy"


def test_a_party_named_after_its_country_after_del_partido_es() -> None:
    types = _types("El regidor Anselmo Quiroga, del partido Honduras Primero Siempre, compartió la imagen.\n")
    assert types.get("Honduras Primero Siempre") == "political_party"
    types = _types("La diputada Rosa Elvira Tapia se unió al movimiento Ecuador Digno Ya en marzo.\n")
    assert types.get("Ecuador Digno Ya") == "political_party"


def test_a_band_named_after_a_family_after_its_group_noun() -> None:
    types = _types("The mayor let a local trafficking clan, Los Araujo, use the town's airstrip to receive cocaine.\n")
    assert types.get("Araujo", types.get("Los Araujo")) == "criminal_group"
    types = _types("El alcalde dejó que el clan Los Araujo usara la pista del pueblo para recibir cocaína.\n")
    assert types.get("Araujo", types.get("Los Araujo")) == "criminal_group"


def test_time_zones_currencies_and_legal_forms_are_no_actors() -> None:
    ex = extracted("Fact check\n\nPublished 5 May 2026, 09:40 AST.\n\nThe grant of RD$11,000 went to Astilleros Cuevas "
                   "del Sur, SRL, a firm owned by Héctor Cuevas Sena. The ministry answered at 9:10 a.m. CST.\n")
    names = {e.name: e.type for e in ex.entities}
    assert not {"AST", "CST", "RD", "SRL"} & set(names)
    assert names.get("Astilleros Cuevas del Sur") == "company"


def test_a_law_s_title_holds_no_actor() -> None:
    ex = extracted("Informe\n\nPor Redacción | 5 de mayo de 2026\n\nLos imputados violaron la Ley 50-88 sobre Drogas y "
                   "Sustancias Controladas y la Ley 155-17 contra el Lavado de Activos, según la Fiscalía.\n")
    assert not {"Sustancias Controladas", "Lavado de Activos"} & {e.name for e in ex.entities}


def test_a_number_inside_a_gang_s_name() -> None:
    ex = extracted("Report\n\nBy Staff | May 5, 2026\n\nThe other gang, known as the Block 9 Crew, had no members on the "
                   "payroll.\n")
    assert "Block 9 Crew" in {e.name for e in ex.entities}


def test_a_generic_party_name_is_not_another_country_s_party() -> None:
    ex = extracted("Timeline: the Pineda brothers\n\nBy Staff | October 2, 2026\n\n"
                   "- March 2025 - Honduran police arrest Óscar Pineda in San Pedro Sula, Honduras.\n"
                   "- April 2025 - The Supreme Court of Honduras approves his extradition to the United States.\n"
                   "- May 2025 - Opposition deputy Fernanda Rosales of the Liberal Party calls the ruling late. Cocaine "
                   "from Colombia crossed Honduras for years, she says, while Tegucigalpa looked away.\n")
    assert [e.kb_id for e in ex.entities if e.name == "Liberal Party"] == [None]


def test_a_procuraduria_of_another_country_is_not_colombia_s() -> None:
    ex = extracted("PROCURADURÍA GENERAL DE LA REPÚBLICA\nSanto Domingo, D. N., miércoles 22 de julio de 2026\n\n"
                   "El Ministerio Público, a través de la Procuraduría Especializada Antinarcóticos, desarticuló una red "
                   "que enviaba cocaína a Puerto Rico desde la República Dominicana.\n")
    assert "co_procuraduria" not in {e.kb_id for e in ex.entities}
    assert "Procuraduría Especializada Antinarcóticos" in {e.name for e in ex.entities}


def test_the_bloc_and_the_column_refer_back_to_their_named_unit() -> None:
    text = ("Report\n\nBy Staff | August 27, 2026\n\nThe Bloque Sarare controls the river crossings and taxes fuel. On "
            "12 July 2026, ELN fighters attacked one of the bloc's camps near the Lipa river, killing eleven men.\n")
    ex = extracted(text)
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Lipa") == "location"
    bloque = next(e.key for e in ex.entities if e.name == "Bloque Sarare")
    assert any(bloque in ev.participants and ev.date == "2026-07-12" for ev in ex.events)


def test_a_married_name_whose_surname_is_also_a_town_stays_whole() -> None:
    ex = extracted("Noticias\n\nPor Redacción | 2 de octubre de 2026\n\nRosa Vera de Zambrano afirmó que su esposo es "
                   "inocente. Ramiro Zambrano de Tumbes no quiso hablar.\n")
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Rosa Vera de Zambrano") == "person" and "Zambrano" not in names
    assert names.get("Tumbes") == "location"


def test_a_generic_national_police_in_an_ecuadorian_wire_is_not_colombia_s() -> None:
    ex = extracted("Capturan a alias el Pato\n\nMACHALA, 3 de junio de 2026 (Agencia Sur).- La Policía Nacional capturó "
                   "este martes en Machala a Wilson Quiñónez Preciado, alias el Pato, señalado como jefe de sicarios de "
                   "Los Lagartos, una banda que disputa el puerto de Puerto Bolívar con Los Choneros.\n")
    police = [e for e in ex.entities if e.name.startswith("Policía Nacional")]
    assert police and all("Colombia" not in e.name for e in police)
