"""Whom a speaker talks about: the state body or armed band a quoted speaker names in his own words.

'"El Gobierno manda soldados, pero no manda maestros", dice el padre X', '"They needed a face for the cameras",
Villalba said of the army': a person who names a government body, a gang or an armed group inside his quote takes
a position on it, for or against, and analysts tie the two. On the read benchmark sets such pairs that no other
reading tied were a gold tie about half the time (a person's quote naming a state body: 11 in 24; an account's post
naming a person: 6 in 7). A gang named in the quote of a speaker whom the same sentence names ('"… the route the
Clan del Golfo built," said Colonel X') is left to that sentence's reading, which keeps a speaker apart from the
gang she speaks of. The words rarely say which side the speaker is on in a way rules can read, so the tie is of
unstated nature ('associated_with') and of low confidence, from its own extractor, so a reader can tell it from a
stated one. Places and states a speaker names are where things happen, not whom he talks about.
"""

from __future__ import annotations

from bisect import bisect_left

from nexos.extract.coref import Resolution
from nexos.extract.quotes import Quote
from nexos.extract.roles import ARMED_KINDS
from nexos.model import Document, Relation

EXTRACTOR = "rules.quoted_actor"
CONFIDENCE = 0.3
# who is named inside the quote, by the speaker's type
SPOKEN_OF = {"person": {"government_body", "criminal_group", "armed_group"},
             "media": {"person"}}


def quoted_actor_ties(doc: Document, res: Resolution, quotes: list[Quote], relations: list[Relation]) -> list[Relation]:
    """New ties (never a pair ``relations`` already holds) between each quote's speaker and the actors it names."""
    tied = {frozenset((r.source, r.target)) for r in relations}
    refs = sorted(res.refs, key=lambda r: r.start)
    starts = [r.start for r in refs]
    out: list[Relation] = []
    for q in quotes:
        speaker = res.by_key.get(q.speaker or "")
        if speaker is None or speaker.type not in SPOKEN_OF:
            continue
        if speaker.type == "media" and not speaker.name.startswith("@"):
            continue  # an outlet quoted is a source of what it reports; an account is one who posts
        # '"… the route the Clan del Golfo built," said Colonel X': a gang in the quote of a speaker the sentence names
        # is left to the sentence's own reading
        speaker_in_sentence = any(r.key == speaker.key for r in refs[bisect_left(starts, q.sentence[0]) :
                                                                     bisect_left(starts, q.sentence[1])])
        for ref in refs[bisect_left(starts, q.start) : bisect_left(starts, q.end)]:
            other = res.by_key.get(ref.key)
            pair = frozenset((speaker.key, ref.key))
            if ref.key == speaker.key or other is None or other.type not in SPOKEN_OF[speaker.type] or pair in tied \
                    or other.type in ARMED_KINDS and speaker_in_sentence:
                continue
            tied.add(pair)
            out.append(Relation(key=f"{doc.id}:r{len(relations) + len(out) + 1}", type="associated_with",
                                source=speaker.key, target=ref.key, evidence=[doc.span(*q.sentence)],
                                confidence=CONFIDENCE, extractor=EXTRACTOR))
    return out
