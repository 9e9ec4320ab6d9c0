"""The word tests that spare a search, and the digit test of the date patterns, never change what is found."""

from __future__ import annotations

import random
import re

import pytest

from nexos.extract import dates as D
from nexos.extract import entities as E
from nexos.patterns import needs_digit

EN = ("Prosecutors said the man, known only as \"El Zarco\", met the leader of the network that police call "
      "Los Tecolotes in the town of Tumaco, and residents of Puerto Azul say the stevedores of Santos left. "
      "The towns of Chone, Manta and Portoviejo; a commander who introduced himself as Toro; the gang dubbed "
      "The Firm, which calls itself La Empresa, on March 6, 2025, three days later, in the 1990s.")
ES = ("Un hombre conocido como «el Contador», alias Chepe, al que los pobladores llaman también Don Teo, se "
      "reunió en el municipio de Tumaco con la banda autodenominada Los Lobos; los vecinos de Las Brisas y las "
      "veredas La Esmeralda y Caño Frío lo vieron el 6 de marzo de 2025, hace tres días, en la frontera con "
      "Venezuela. La red que los fiscales llaman Los Charapas, la İsla de ſan Andrés, KNOWN AS Lobo.")


def _slow(text: str, s: int) -> tuple[bool, bool, bool, bool]:
    before = text[max(0, s - 50) : s]
    return (bool(E.NICKNAME_CUE.search(before) or E.GROUP_NAMING_CUE.search(before)),
            bool(E.LOCATION_CUE.search(before)), bool(E.PLACE_LIST.search(text[max(0, s - 120) : s])),
            bool(E.PEOPLE_OF_PLACE.search(before)))


def _fast(text: str, s: int) -> tuple[bool, bool, bool, bool]:
    before = text[max(0, s - 50) : s]
    low = before.lower()
    traps = not before.isascii() and not E._CASE_TRAPS.isdisjoint(before)
    return (bool((traps or any(w in low for w in E._CUE_WORDS))
                 and (E.NICKNAME_CUE.search(before) or E.GROUP_NAMING_CUE.search(before))),
            bool((traps or E._LOCATION_HINT.search(low)) and E.LOCATION_CUE.search(before)),
            bool(E.PLACE_LIST.search(text[max(0, s - 120) : s])),
            bool((traps or E._PEOPLE_OF_PLACE_HINT.search(low)) and E.PEOPLE_OF_PLACE.search(before)))


def test_cue_word_tests_match_the_searches() -> None:
    rng = random.Random(5)
    texts = [EN, ES, EN.upper(), ES.upper()]
    # the same texts with letters' case changed at random: the cues ignore case
    texts += ["".join(c.upper() if rng.random() < 0.3 else c for c in t) for t in (EN, ES) for _ in range(3)]
    found = [0, 0, 0, 0]
    for text in texts:
        for m in re.finditer(r"\w", text + " X"):
            slow = _slow(text + " X", m.start())
            assert _fast(text + " X", m.start()) == slow, text[max(0, m.start() - 60) : m.start()]
            found = [f + x for f, x in zip(found, slow, strict=True)]
    assert all(found)  # every pattern matched somewhere, so each test was put to work


def test_type_candidate_unchanged_by_the_word_tests(monkeypatch) -> None:
    for text in (EN, ES):
        spans = [(m.start(), m.end()) for m in re.finditer(r"[A-ZÁÉÍÓÚÑ]\w+(?:\s+[A-ZÁÉÍÓÚÑ]\w+)*", text)]
        fast = [E._type_candidate(text, s, e, 0, {}) for s, e in spans]
        # every word test passing: each search runs, as before the tests were added
        monkeypatch.setattr(E, "_CUE_WORDS", ("",))
        monkeypatch.setattr(E, "_LOCATION_HINT", re.compile(""))
        monkeypatch.setattr(E, "_PEOPLE_OF_PLACE_HINT", re.compile(""))
        assert [E._type_candidate(text, s, e, 0, {}) for s, e in spans] == fast
        monkeypatch.undo()


def test_needs_digit() -> None:
    assert needs_digit(re.compile(r"(?P<y>(?:19|20)\d\d)"))
    assert needs_digit(re.compile(r"(?:March|May)\s+[0-3]?[0-9]"))
    assert needs_digit(re.compile(r"a(?:1|b2)+"))
    assert not needs_digit(re.compile(r"(?:March|May)(?:\s+\d+)?"))
    assert not needs_digit(re.compile(r"a(?:1|b)"))
    assert not needs_digit(re.compile(r"(?=\d)\w+"))
    assert not needs_digit(re.compile(r"[^a-z]"))
    assert not needs_digit(re.compile(r"\d*x"))


def test_find_dates_same_without_the_digit_test(monkeypatch) -> None:
    texts = [(EN, "en"), (ES, "es"), ("Yesterday, the weekend before, two weeks ago and last Monday.", "en"),
             ("Ayer, el fin de semana pasado, hace dos semanas y el lunes pasado.", "es"), ("٢٠٢٥ and 2025", "en")]
    for text, lang in texts:
        fast = [D.find_dates(text, lang, "2025-03-10", s, s + 80) for s in range(0, len(text), 40)]
        monkeypatch.setattr(D, "_DIGIT", re.compile(r"(?s)."))  # every stretch "has a digit": every pattern runs
        assert [D.find_dates(text, lang, "2025-03-10", s, s + 80) for s in range(0, len(text), 40)] == fast
        monkeypatch.undo()


def test_events_agree_same_as_its_tests_in_their_first_order() -> None:
    from nexos.assess import corroborate as C

    def before(a: C.Assertion, b: C.Assertion) -> bool:  # the tests in the order they were written first
        common = a.participants & b.participants
        if not common or not a.date or not b.date:
            return False
        if not (a.type == b.type != "other" or C.event_types_compatible(a, b)) \
                or not C.dates_agree(a.date, a.precision, b.date, b.precision):
            return False
        shared = len(common - {a.location, b.location})
        same_place = a.location is not None and a.location == b.location
        return shared >= 2 or (shared >= 1 and same_place)

    rng = random.Random(3)
    dates = [None, "", "2025", "2024", "2025-03", "2025-04", "2025-03-05", "2025-03-06"]
    precisions = [None, "year", "month", "day", "week"]
    types = ["arrest", "killing", "attack", "other", "meeting", "seizure"]
    people = ["police", "quimico", "cali", "eln", "farc"]

    def one() -> C.Assertion:
        return C.Assertion("c", "d", "event", rng.choice(types), date=rng.choice(dates), precision=rng.choice(precisions),
                           participants=frozenset(rng.sample(people, rng.randint(0, 4))),
                           location=rng.choice([None, "cali", "quimico"]), subtype=rng.choice([None, "Raid", "raid"]))

    agreed = 0
    for _ in range(20000):
        a, b = one(), one()
        assert C.events_agree(a, b) == before(a, b)
        agreed += before(a, b)
    assert agreed


def test_nicknames_again_same_without_the_word_test(monkeypatch) -> None:
    from nexos.extract.entities import Candidate

    for text in (EN, ES, EN.upper(), ES + " la İsla, alıas Chepe, vio a Chepe."):
        cands = [Candidate(m.start(), m.end(), m.group(), "person", "rules", 0.5)
                 for m in re.finditer(r"[A-ZÁÉÍÓÚÑİ]\w+", text)]
        fast = E._nicknames_again(text, cands)
        monkeypatch.setattr(E, "_may_hold_cue", lambda _w: True)
        assert E._nicknames_again(text, cands) == fast
        monkeypatch.undo()


def test_tie_documents_counted_from_the_shared_union() -> None:
    from nexos.assess.corroborate import TieDocuments

    rng = random.Random(9)
    for _ in range(300):
        own = {f"d{rng.randint(0, 30)}" for _ in range(rng.randint(0, 5))}
        bulk = [tuple(dict.fromkeys(f"d{rng.randint(0, 30)}" for _ in range(rng.randint(0, 20))))
                for _ in range(rng.randint(1, 3))]
        slow = TieDocuments([own, *bulk])
        fast = TieDocuments([own, *bulk], frozenset().union(*bulk))
        assert len(fast) == len(slow) == len(own.union(*bulk))
        assert list(fast) == list(slow)


# one phrase for each way NICKNAME_CUE or GROUP_NAMING_CUE may open: each must pass the word test, or the cue after
# it is never searched (the word list and the patterns have to be kept in step by hand)
CUE_PHRASES = ["alias", "aka", "a.k.a.", "a/k/a", "vulgo", "known only as", "identified as", "referred to as",
               "conocido como", "mencionado como", "se identificó solo como", "se presentó como", "introduced himself as",
               "gave his name as", "apodado", "al que todos llaman", "a quien le dicen", "whom everyone calls",
               "dijo llamarse", "said his name was", "una banda denominada", "bautizada como", "dubbed",
               "calling itself", "que se hace llamar", "a network that investigators call"]


@pytest.mark.parametrize("phrase", CUE_PHRASES)
def test_every_cue_phrase_passes_the_word_test(phrase: str) -> None:
    window = "Fue detenido un hombre " + phrase + " "
    assert E.NICKNAME_CUE.search(window) or E.GROUP_NAMING_CUE.search(window), phrase  # the phrase is a cue
    assert E._may_hold_cue(window), phrase
