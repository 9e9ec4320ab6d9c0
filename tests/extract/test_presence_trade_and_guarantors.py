"""Ties named by verbs of presence, trade, cooperation, blame and guarantee: 'has lived in Manta since 2020',
'da órdenes desde el penal de X', 'sold patrol boats to Y', 'cooperates with the Coast Guard', 'accusing units of
X of …', 'a podcast critical of both X and Y', 'with Brazil and Chile as guarantors', 'los X y los Y, que se
disputan …'. Invented examples; the shapes were found missing on read sets."""

from __future__ import annotations

from support.extraction import extracted, ties


def _pair(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({a, b} == {s, o} or (a in s and b in o) or (b in s and a in o) for s, _t, o in got)


def test_where_a_person_lives_hides_or_gives_orders_from() -> None:
    got = ties("MANTA, Ecuador, May 4, 2026 - The broker Dritan Kola, who has lived in Portoviejo since 2020, "
               "kept a low profile.\n")
    assert _pair(got, "Dritan Kola", "Portoviejo")
    got = ties("Quito, 4 de mayo de 2026.\n\nSegún la fuente, Walter Quiroga Mendoza da órdenes desde el penal de "
               "Latacunga.\n")
    assert _pair(got, "Walter Quiroga Mendoza", "Latacunga")
    got = ties("LIMA, March 3, 2026 - For now, the trafficker Ernesto Salcedo remains in Tumbes, protected by "
               "local police.\n")
    assert _pair(got, "Ernesto Salcedo", "Tumbes")


def test_a_force_launching_an_operation_somewhere_operates_there() -> None:
    got = ties("BOGOTÁ, March 3, 2026 - The Colombian National Army launched Operation Tenaza in Guaviare, "
               "announcing eleven arrests.\n")
    assert _pair(got, "Ejército Nacional de Colombia", "Guaviare")


def test_selling_arms_and_signing_agreements_tie_two_states() -> None:
    got = ties("CARACAS, June 2, 2026 - The aircraft is Chinese-made, and China has sold military hardware to "
               "Bolivia for a decade.\n")
    assert _pair(got, "China", "Bolivia")
    got = ties("Caracas, 2 de junio de 2026.\n\nTurquía firmó la semana pasada un acuerdo de suministro de drones "
               "con Nicaragua.\n")
    assert _pair(got, "Turkey", "Nicaragua")


def test_cooperation_and_shared_intelligence_ally_two_bodies() -> None:
    got = ties("HAVANA, June 2, 2026 - Officials said Cuba cooperates with the U.S. Coast Guard on interdictions.\n")
    assert _pair(got, "Cuba", "Coast Guard")
    got = ties("SAN JOSÉ, June 2, 2026 - The DEA, which shared intelligence on the cargo with Panama, declined "
               "to comment.\n")
    assert _pair(got, "DEA", "Panama")


def test_accusing_and_criticising_oppose() -> None:
    got = ties("BOGOTÁ, May 7, 2026 - Colombia's interior minister, Raúl Pedraza Lugo, went further on Tuesday, "
               "accusing units of Venezuela's Bolivarian National Guard (GNB) of sheltering the ELN.\n")
    assert ("Raúl Pedraza Lugo", "opposes", "Guardia Nacional Bolivariana") in got
    assert not _pair(got, "Colombia", "Guardia Nacional Bolivariana")  # the minister accuses, not his country
    got = ties("MIAMI, May 7, 2026 - The clip was posted by Tomás Ferrer Quintal, a commentator who hosts a "
               "podcast critical of both the Nicaraguan government and Honduran President Xiomara Castro.\n")
    assert _pair(got, "Tomás Ferrer Quintal", "Xiomara Castro")


def test_accusing_someone_of_working_with_a_group_is_no_tie_to_that_group() -> None:
    got = ties("CÚCUTA, May 7, 2026 - The Frente Norte accused the army of working with the Clan del Golfo.\n")
    assert not any(s == "Frente Norte" and t == "opposes" and o == "Clan del Golfo" for s, t, o in got)


def test_a_denial_ends_at_the_verb_coordinated_after_it() -> None:
    for text in ("Quito, 4 de mayo de 2026.\n\nAlias Gavilán niega la autoría del ataque y critica a Los Lobos.\n",
                 "QUITO, May 4, 2026 - The Frente Sur denied the attack and criticized the Ecuadorian Army.\n"):
        ex = extracted(text)
        names = {e.key: e.name for e in ex.entities}
        opposed = [r for r in ex.relations if r.type == "opposes"]
        assert opposed and not any(r.negated for r in opposed), [(names[r.source], names[r.target]) for r in opposed]


def test_guarantors_back_the_sides_of_talks() -> None:
    got = ties("March 2026 — Delegates of the Colombian government and the ELN hold exploratory contacts in "
               "Caracas, with Brazil and Chile as guarantors.\n")
    assert _pair(got, "Government of Colombia", "ELN")
    for guarantor in ("Brazil", "Chile"):
        assert _pair(got, guarantor, "ELN")
    got = ties("Bogotá, 3 de marzo de 2026.\n\nEl Gobierno reanudó los diálogos con el ELN bajo la garantía de "
               "Brasil y Chile.\n")
    assert _pair(got, "Brazil", "ELN") and _pair(got, "Chile", "ELN")


def test_a_list_with_a_reciprocal_relative_clause_is_at_odds() -> None:
    got = ties("Guayaquil, 3 de marzo de 2026.\n\nLos Tiguerones y Los Lobos, que se disputan los barrios del "
               "sur, dejaron 40 muertos.\n")
    assert _pair(got, "Tiguerones", "Lobos")


def test_the_name_before_of_the_party_is_who_accuses() -> None:
    got = ties("TEGUCIGALPA, May 7, 2026 - Opposition senator Marta Ruiz Paz of the Liberal Party accused the "
               "Interior Ministry of hiding the figures.\n")
    assert any(s == "Marta Ruiz Paz" and t == "opposes" and "Interior Ministry" in o for s, t, o in got), got
    assert not any(s == "Liberal Party" and t == "opposes" for s, t, _o in got)


def test_a_semicolon_ends_the_object_of_an_agreement() -> None:
    got = ties("Caracas, 2 de junio de 2026.\n\nTurquía firmó un acuerdo de suministro con Nicaragua; Irán compra "
               "su café a través de intermediarios.\n")
    assert _pair(got, "Turkey", "Nicaragua")
    assert not _pair(got, "Turkey", "Iran")


def test_a_case_file_shared_and_information_shared_with_a_partner_named_first() -> None:
    got = ties("The Public Ministry shared the file with the ATF and with the Haitian National Police.\n")
    assert ("Public Ministry", "allied_with", "ATF") in got
    assert ("Public Ministry", "allied_with", "Haitian National Police") in got
    got = ties("La Policía Federal de Bélgica comparte con la Policía Nacional información sobre contenedores.\n")
    assert any(t == "allied_with" and {s, o} == {"Policía Federal de Bélgica", "Policía Nacional de Colombia"}
               for s, t, o in got)
