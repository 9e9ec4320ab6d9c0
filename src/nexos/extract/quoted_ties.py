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

from nexos.extract.coref import Resolution
from nexos.extract.quotes import Quote
from nexos.model import Document, Relation

EXTRACTOR = "rules.quoted_actor"
GROUPS = {"criminal_group", "armed_group"}
CONFIDENCE = 0.3
# who is named inside the quote, by the speaker's type
SPOKEN_OF = {"person": {"government_body", "criminal_group", "armed_group"},
             "media": {"person"}}


def quoted_actor_ties(doc: Document, res: Resolution, quotes: list[Quote], relations: list[Relation]) -> list[Relation]:
    """New ties (never a pair ``relations`` already holds) between each quote's speaker and the actors it names."""
    tied = {frozenset((r.source, r.target)) for r in relations}
    out: list[Relation] = []
    for q in quotes:
        speaker = res.by_key.get(q.speaker or "")
        if speaker is None or speaker.type not in SPOKEN_OF:
            continue
        if speaker.type == "media" and not speaker.name.startswith("@"):
            continue  # an outlet quoted is a source of what it reports; an account is one who posts
        for ref in res.refs:
            if not q.start <= ref.start < q.end or ref.key == speaker.key:
                continue
            other = res.by_key.get(ref.key)
            pair = frozenset((speaker.key, ref.key))
            if other is None or other.type not in SPOKEN_OF[speaker.type] or pair in tied:
                continue
            if other.type in GROUPS and any(r.key == speaker.key and q.sentence[0] <= r.start < q.sentence[1]
                                            for r in res.refs):
                continue  # '"… the route the Clan del Golfo built," said Colonel X': the sentence's own reading left it
            tied.add(pair)
            out.append(Relation(key=f"{doc.id}:r{len(relations) + len(out) + 1}", type="associated_with",
                                source=speaker.key, target=ref.key, evidence=[doc.span(*q.sentence)],
                                confidence=CONFIDENCE, extractor=EXTRACTOR))
    return out
