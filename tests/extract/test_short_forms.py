"""One actor, one entity: short forms, nicknames and later full names join the actor they name."""

from __future__ import annotations

import pytest

from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.ingest import build_document


def _groups(text: str) -> list[set[str]]:
    """The surfaces of each resolved entity, as written in the text."""
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    return [{text[m.start : m.end] for m in e.mentions} for e in res.entities]


def _together(text: str, *surfaces: str) -> bool:
    return any(set(surfaces) <= g for g in _groups(text))


@pytest.mark.parametrize(("text", "surfaces"), [
    # a headline names him short, the body in full
    ("The slow fall of Ramiro Cortés\n\nRamiro Cortés Ayala was a cattle rancher in Olancho before Congress. "
     "Prosecutors charged Ramiro Cortés with trafficking in 2021.\n", ("Ramiro Cortés", "Ramiro Cortés Ayala")),
    # a nickname after a description of the person
    ('The ring is run by Wilmer Andrés Pacheco Ruiz, a former soldier better known as "El Tuerto". '
     "Guards say Pacheco pays them weekly.\n", ("Wilmer Andrés Pacheco Ruiz", "Tuerto", "Pacheco")),
    ('La red la dirige Wilmer Andrés Pacheco Ruiz, un exsoldado conocido como "El Tuerto", desde la cárcel.\n',
     ("Wilmer Andrés Pacheco Ruiz", "Tuerto")),
    # the nickname in the next sentence
    ('En el puerto nadie nombra a Rosendo Lara Quintero. Lo llaman alias "El Gato", por sus ojos claros.\n',
     ("Rosendo Lara Quintero", "Gato")),
])
def test_person_forms_join(text: str, surfaces: tuple[str, ...]) -> None:
    assert _together(text, *surfaces), _groups(text)


@pytest.mark.parametrize(("text", "surfaces"), [
    ("Naviera Sol Poniente owned the boat. Records show Naviera Sol Poniente S.A.S. was registered in 2020.\n",
     ("Naviera Sol Poniente", "Naviera Sol Poniente S.A.S.")),
    ("The Supreme Court ruled on Monday that the extradition could go ahead. "
     "The Supreme Court of Justice had rejected two appeals from the defence.\n",
     ("Supreme Court", "Supreme Court of Justice")),
    ("La banda extorsiona a los pescadores del municipio de San Telmo. San Telmo de las Flores es una aldea "
     "del litoral norte.\n", ("San Telmo", "San Telmo de las Flores")),
])
def test_short_forms_join(text: str, surfaces: tuple[str, ...]) -> None:
    assert _together(text, *surfaces), _groups(text)


@pytest.mark.parametrize(("text", "apart"), [
    # two people share a surname: the bare surname is neither's
    ("Rodrigo Baena Ortiz and his cousin Lucía Baena Ortiz were charged with laundering. "
     "Prosecutors say Baena moved the cash.\n", ("Rodrigo Baena Ortiz", "Lucía Baena Ortiz")),
    ("Rodrigo Baena Ortiz and his cousin Lucía Baena Ortiz were charged with laundering. "
     "Prosecutors say Baena moved the cash.\n", ("Rodrigo Baena Ortiz", "Baena")),
    # a short form that two longer names share is neither's
    ("El Cártel de Sinaloa y el Cártel del Golfo pelean la frontera. El Cártel no perdona.\n",
     ("Cártel de Sinaloa", "Cártel del Golfo")),
    # the government is not the person
    ("Gustavo Petro spoke on Monday. The Petro administration later denied the report.\n",
     ("Gustavo Petro", "Petro administration")),
])
def test_stay_apart(text: str, apart: tuple[str, ...]) -> None:
    assert not _together(text, *apart), _groups(text)


def test_nickname_of_someone_in_the_description_stays_apart() -> None:
    text = ('In March, Ana Ruiz told Radio Sur that a faction led by a man known as "El Cuervo" '
            "had threatened her. Ana Ruiz, a teacher whose brother is known as \"El Mono\", left town.\n")
    assert not _together(text, "Ana Ruiz", "Cuervo"), _groups(text)
    assert not _together(text, "Ana Ruiz", "Mono"), _groups(text)


def test_a_town_is_not_the_start_of_a_persons_name() -> None:
    text = ("La banda extorsiona a los comerciantes del municipio de San Lucas. El párroco de la iglesia, "
            "San Lucas Evangelista Mora, dijo que nadie denuncia.\n")
    assert not _together(text, "San Lucas", "San Lucas Evangelista Mora"), _groups(text)


def test_untyped_full_name_with_a_nickname_and_surname() -> None:
    text = ('El sindicato lo dirige Yeferson Ramiro Quintana Salcedo, un antiguo minero mejor conocido como '
            '"El Chino Yeye". En 2019 los hombres de Quintana expulsaron a Los Gavilanes de la mina.\n')
    assert _together(text, "Yeferson Ramiro Quintana Salcedo", "Chino Yeye", "Quintana"), _groups(text)


def test_a_bare_surname_two_relatives_share_is_the_first_named() -> None:
    from nexos.extract import extract
    from nexos.ingest import build_document

    text = ("Timeline: the rise of Wílmer Arévalo on the Cúcuta border.\n\n"
            "- 2009: Wílmer Arévalo Pinto leaves the army.\n"
            "- 2013: With his cousin Jhon Fredy Arévalo, alias \"Pecueca\", he founds Los del Puente.\n"
            "- 2016: Arévalo strikes a deal with a Venezuelan general.\n")
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    by_name = {e.name: e for e in ex.entities}
    bare = [e.name for e in ex.entities for m in e.mentions if text[m.start:m.end] == "Arévalo"]
    assert bare == ["Wílmer Arévalo Pinto"]  # named twice before the cousin: the story's man
    assert "Jhon Fredy Arévalo" in by_name


def test_a_second_name_given_after_the_first_alias() -> None:
    from nexos.extract import extract
    from nexos.ingest import build_document

    text = ('Octavio Rendón Salas, known along the coast as "El Relojero" (the Watchmaker) for his punctuality, '
            'and to his own men simply as "Don Tavo", landed in Miami. Don Tavo had run Los del Estero.\n')
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    assert "Tavo" not in {e.name for e in ex.entities}
