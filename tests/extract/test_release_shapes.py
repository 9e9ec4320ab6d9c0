"""Shapes of a prosecutor's press release: a/k/a aliases, a title-case headline, long federal titles."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

RELEASE = """Four Charged in Indictment Targeting Cocaine Route Known as "Los Gavilanes"

DALLAS – A federal grand jury has returned an indictment charging four alleged members of a Central American
drug trafficking organization known as Los Gavilanes with conspiring to import cocaine.

Charged in the indictment are:

• Rubén Darío Maradiaga Soto, a/k/a "El Gavilán," a/k/a "Don Rubén," 51, of the department of Gracias a Dios, Honduras;
• Nelson Iván Pacheco Ruiz, a/k/a "Chele," 38, of Zacapa, Guatemala.

"Los Gavilanes moved tons of cocaine north," said Special Agent in Charge Marcus Oyelaran of the Drug Enforcement \
Administration. Maradiaga Soto remains at large.
"""


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_a_k_a_names_the_same_person_each_time():
    ex = extracted(RELEASE)
    person = next(e for e in ex.entities if e.name == "Rubén Darío Maradiaga Soto")
    assert "Gavilán" in person.aliases and "Rubén" in person.aliases  # "Don Rubén" without its honorific
    assert not any(e.name in ("Don Rubén", "Rubén", "Gavilán") for e in ex.entities if e is not person)


def test_a_title_case_headline_names_only_what_the_body_names_again():
    got = _entities(RELEASE)
    assert not any("Charged" in n or "Indictment" in n for n in got)
    assert got.get("Gavilanes") == "criminal_group"  # 'Known as "Los Gavilanes"' is a band's name, not a nickname


def test_a_name_and_post_in_a_contact_block_is_still_a_person():
    got = _entities("LIMA — Asociación Bosque Vivo condemned on Tuesday the killing of a park ranger in Madre de Dios "
                    "and asked the government to protect the people who defend the forest.\n\n"
                    "About Asociación Bosque Vivo: a Peruvian NGO that supports community forest monitoring.\n\n"
                    "Press contact:\nMariela Quispe Ramos, Communications Coordinator\nAsociación Bosque Vivo\n"
                    "Av. Brasil 1450, Of. 301, Lima, Peru\nTel.: +51 1 555 0100\n")
    assert got.get("Mariela Quispe Ramos") == "person"


def test_a_region_s_demonym_is_no_actor_and_the_region_is_a_place():
    got = _entities(RELEASE)
    assert "Central American" not in got
    assert _entities("Cocaine moves through Central America to Mexico.").get("Central America") == "location"


def test_a_department_named_with_a_lower_case_word_is_one_place():
    assert _entities(RELEASE).get("Gracias a Dios") == "location"


def test_a_federal_agent_s_title_is_not_his_name_and_he_is_the_speaker():
    got = _entities(RELEASE)
    assert "Marcus Oyelaran" in got and not any(n.startswith(("Special Agent", "Charge")) for n in got)
    assert said(quotes(RELEASE), "moved tons") == "Marcus Oyelaran"


DATED = """Office of the Attorney General of Panama
Tuesday, June 3, 2025

Two Charged in Case Against Port Smuggling Ring Known as "Los Halcones"

PANAMA CITY – The Attorney General's Office of Panama has indicted two port workers for helping Los Halcones \
move cocaine through Colón, prosecutors said.

On or about May 20, 2025, Abdiel Quintero Vega was taken into custody in Colón by the National Police.
"""


def test_a_lede_in_the_present_perfect_happened_on_the_day_the_release_went_out():
    events = {(v.type, v.date) for v in extracted(DATED).events}
    assert ("legal_action", "2025-06-03") in events


def test_taken_into_custody_is_an_arrest():
    events = {(v.type, v.date) for v in extracted(DATED).events}
    assert ("arrest", "2025-05-20") in events


LIVE = """# LIVE: Riot at the Puerto Viejo prison

**Harbour Courier** | Live coverage, Monday, March 2, 2026 | Updated 6:10 p.m.

**6:10 p.m. —** The army says it has taken control of the Puerto Viejo prison after a riot between Los Lobos \
and Los Choneros.

**11:05 a.m. —** Interior Minister Rosa Ulloa Paredes said inmates from Los Lobos attacked a rival pavilion \
held by Los Choneros.
"""


def test_a_live_blog_entry_happened_on_the_blog_s_day():
    events = [(v.type, v.date) for v in extracted(LIVE).events]
    assert ("statement", "2026-03-02") in events
    assert all(d == "2026-03-02" for _t, d in events)
