"""Quotes that layout, not quotation marks, sets apart, and speakers that layout names.

- Interviews written as questions and answers ('Q: … / A: …', 'P: … / R: …',
  '**Delaney:** …'): each answer is the interviewee's words, the person the
  text before the first question is about, or the person its label names.
- A line labelled with a name ('Ortega: "…"' in a headline, 'DELANEY: …' in a
  transcript): the person whose surname the label is, even when the story
  names them in full only later.
- An attribution line after the words ('"Plata o plomo."' + '— Pablo Escobar').
- A list item or block quote under a line that ends with a colon ('Senator X
  made three points:' + '- "…"'): the speaker that line introduces.
- A fact check's claim line ('Claim: "…"') and its 'Who said it: X' line.
- A numbered post of a thread ('> **2/5** — "…"'): the account the text
  says posted the thread.

Used by ``quotes``; this module only reads layout and references, and makes
no references or entities.
"""

from __future__ import annotations

import re

from nexos.extract.coref import PARTY, Resolution
from nexos.extract.lexicon import PLATFORM_NAMES, fold_text
from nexos.extract.phrases import units
from nexos.extract.quote_people import title_words, topic_person
from nexos.model import Document

MARKUP = " \t*_>"
# who asks, by role: a label that is the interviewer's job, not a name ('PERIODISTA:', 'HOST:')
QUESTION_LABEL = (r"(?:q|p|pregunta|question|entrevistador|entrevistadora|interviewer|periodista|reportero|reportera|"
                  r"conductor|conductora|presentador|presentadora|moderador|moderadora|locutor|locutora|"
                  r"journalist|reporter|host|anchor|moderator|presenter)")
ANSWER_LABEL = r"(?:a|r|respuesta|answer)"
# '**Q:** text', 'Q. text', 'P: text', '**Delaney:** text', 'MARK DELANEY: text'
# (a transcript's line may open with its time: '[00:01:12] ANA TORRES: …', '(14:02) DR. RUIZ: …'; a title's
# abbreviation dot is no mark when a colon follows: 'REP. MARSH: …')
# (a party after the name: coref.PARTY, as in its turn labels; a live blog's '10:42 a.m. — …' is a time, not the
# answer label 'A.')
LABELLED_LINE = re.compile(r"(?m)^[ \t>]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?:\*\*|__)?(?![AaPp]\.[ \t]?[Mm]\.)(?P<label>[^\W\d_][\w .'’-]{0,40}?)" + PARTY +
                           r"[ \t]*(?:\*\*|__)?[ \t]*"
                           r"(?P<mark>:|\.(?![ \t]*(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*[ \t]*){1,4}" + PARTY + r":))[ \t]*(?:\*\*|__)?[ \t]*(?P<body>\S.*)$")


def _labelled(doc: Document) -> list[tuple[re.Match[str], str]]:
    """Each labelled line with its kind: 'q' (a question), 'a' (an answer) or 'name' (any other label).

    A transcript whose labels are both names ('SALAS: …¿…?' / 'MENDIETA: …')
    has its interviewer in the label whose lines, two or more, mostly ask.
    """
    out = []
    for m in LABELLED_LINE.finditer(doc.text):
        label = fold_text(m.group("label")).strip()
        if re.fullmatch(QUESTION_LABEL, label):
            out.append((m, "q"))
        elif re.fullmatch(ANSWER_LABEL, label):
            out.append((m, "a"))
        elif m.group("mark") == ":" and len(label.split()) <= 3:
            out.append((m, "name"))
    asker = _asking_label(out)
    return [(m, "q" if kind == "name" and fold_text(m.group("label")).strip() == asker else kind) for m, kind in out]


def _asking_label(lines: list[tuple[re.Match[str], str]]) -> str | None:
    """The name label that asks, in a transcript with no question label: two labels or more, each used
    twice or more, and one whose lines end in a question most of the time (and more than any other)."""
    if any(kind == "q" for _m, kind in lines):
        return None
    asks: dict[str, list[bool]] = {}
    for m, kind in lines:
        if kind == "name":
            asks.setdefault(fold_text(m.group("label")).strip(), []).append(m.group("body").rstrip(" *_").endswith("?"))
    used = {label: marks for label, marks in asks.items() if len(marks) >= 2}
    if len(used) < 2:
        return None
    share = {label: sum(marks) / len(marks) for label, marks in used.items()}
    best = max(share, key=lambda label: share[label])
    rest = max(v for label, v in share.items() if label != best)
    # a host also introduces, hands over and closes ('Kwame, start us off.'): a label that asks in a quarter of
    # its lines or more, twice or more, and twice as often as any other, asks
    asked = sum(used[best])
    return best if (share[best] >= 0.5 and share[best] > rest) or (share[best] >= 0.25 and asked >= 2 and share[best] >= 2 * rest) \
        else None


def surname_speaker(doc: Document, res: Resolution, label: str) -> str | None:
    """The person a label names: a person whose name is the label or ends with it ('Delaney', 'Mark Delaney');
    a title before the name is no part of it ('REP. MARSH', 'DR. RUIZ', 'CHAIRMAN HAYES', 'FISCAL GIL')."""
    want = fold_text(label).strip(" *_")
    if not want or want in ("a", "r", "q", "p"):
        return None
    words = want.split()
    for k in range(len(words)):
        found = _person_named(res, " ".join(words[k:]))
        if found or k == len(words) - 1 or not _title_word(label.split()[k] if k < len(label.split()) else ""):
            return found
    return None


def _title_word(word: str) -> bool:
    """A word of a title before a name in a label: abbreviated ('Rep.', 'DR.') or a word for an office."""
    folded = fold_text(word).strip(" *_.")
    return word.rstrip(" *_").endswith(".") or folded in title_words()


def _person_named(res: Resolution, want: str) -> str | None:
    people = [e for e in res.entities if e.type == "person" and e.mentions]
    exact = [e for e in people if any(fold_text(n) == want for n in [e.name, *e.aliases])]
    tail = [e for e in people if any(fold_text(n).endswith(" " + want) for n in [e.name, *e.aliases])]
    # 'MENDIETA' for 'Fausto Mendieta Lozano': a first surname before the second one
    inner = [e for e in people if any(want in fold_text(n).split()[1:] for n in [e.name, *e.aliases])]
    for found in (exact, tail, inner):
        if found:
            return found[0].key if len({e.key for e in found}) == 1 else None
    return None


def interview_answers(doc: Document, res: Resolution) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker) of each answer in a question-and-answer interview.

    An interview is a question and a labelled line after it; an answer is the labelled line
    after a question (and the unlabelled paragraphs that follow it, up to
    the next label). Questions are nobody's quotes.
    """
    lines = _labelled(doc)
    kinds = [kind for _m, kind in lines]
    if "q" not in kinds or not {"a", "name"} & set(kinds[kinds.index("q") :]):
        return _turns(doc, res, lines)
    out: list[tuple[int, int, str | None]] = []
    interviewee: str | None = None
    asked = False
    for i, (m, kind) in enumerate(lines):
        if kind == "q":
            if interviewee is None:
                interviewee = topic_person(doc.text, res, m.start())
            asked = True
            continue
        if not asked:
            continue
        speaker = interviewee if kind == "a" else surname_speaker(doc, res, m.group("label"))
        if kind == "name" and speaker is None:
            continue
        nxt = lines[i + 1][0].start() if i + 1 < len(lines) else len(doc.text)
        for s, e in _answer_spans(doc.text, m.start("body"), nxt):
            out.append((s, e, speaker))
        asked = kind == "a" or asked
    return out


def _turns(doc: Document, res: Resolution, lines: list[tuple[re.Match[str], str]]) -> list[tuple[int, int, str | None]]:
    """A transcript with no one who mostly asks ('CHAIRMAN HAYES: …' / 'MR. KIM: …' / 'DR. RUIZ: …'): each
    turn is its speaker's words, when three lines or more are labelled with the names of two people or more."""
    named = [(m, surname_speaker(doc, res, m.group("label"))) for m, kind in lines if kind == "name"]
    named = [(m, key) for m, key in named if key]
    if len(named) < 3 or len({key for _m, key in named}) < 2:
        return []
    starts = [m.start() for m, _kind in lines]
    out: list[tuple[int, int, str | None]] = []
    for m, key in named:
        later = [s for s in starts if s > m.start()]
        for s, e in _answer_spans(doc.text, m.start("body"), later[0] if later else len(doc.text)):
            out.append((s, e, key))
    return out


def _answer_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The answer's first line and the plain paragraphs after it, before ``stop`` (three at most)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text[start:stop]):
        body = m.group().strip().strip("*_").strip()
        if not body or body.startswith(("#", "|", "(", "[")):  # a heading, a table, a note in brackets
            continue
        if spans and (body.endswith(":") or body.startswith(("«", "“", "\"", "—", "–"))):
            break  # ('Más tarde, el ministro … matizó esas cifras:' + '«…»': the story goes on, and someone else speaks)
        s = start + m.start() + m.group().find(body[:1])
        spans.append((s, s + len(body)))
        if len(spans) == 3:
            break
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= 3]


def label_speaker(doc: Document, res: Resolution, q_start: int) -> str | None:
    """'Ortega: "…"': the person a name label right before the quote, at its line's start, names."""
    line_start = doc.text.rfind("\n", 0, q_start) + 1
    m = re.fullmatch(r"[ \t>*_#]*([^\W\d_][\w .'’-]{0,40}?)[ \t*_]*:[ \t*_]*[\"“«‘„‹]?", doc.text[line_start:q_start])
    if m is None or len(m.group(1).split()) > 3:
        return None
    at = line_start + m.start(1)
    ref = next((r for r in res.refs if r.start == at and r.end == line_start + m.end(1)), None)
    if ref and res.by_key[ref.key].type in ("person", "government_body", "armed_group", "criminal_group", "ngo",
                                             "political_party", "international_org", "company", "media"):
        return ref.key
    return surname_speaker(doc, res, m.group(1))


# '— Pablo Escobar', '—Ana Ruiz, 2021', '-- Senator Ruth Calder'
ATTRIBUTION_LINE = re.compile(r"[ \t>*_]*(?:—|–|--?)[ \t]*(?P<who>[^\n]{2,80})")


def attribution_after(doc: Document, res: Resolution, q_end: int) -> str | None:
    """'"Plata o plomo."' + '— Pablo Escobar': the actor the dash line right after the quote names."""
    nl = re.compile(r"[^\n]{0,3}\n(?:[ \t>]*\n)?").match(doc.text, q_end)  # the next line, a blank one aside
    if nl is None:
        return None
    m = ATTRIBUTION_LINE.match(doc.text, nl.end())
    if m is None:
        return None
    found = [u for u in units(res.refs, m.start("who"), m.end("who")) if u.start - m.start("who") <= 30]
    if found:  # '— Senator Ruth Calder': a title or two may come first
        return found[0].key
    return surname_speaker(doc, res, m.group("who").split(",")[0])


BULLET = re.compile(r"[ \t]*(?:[-*•·▪]|\d{1,2}[.)])[ \t]+")


def introduced_block(doc: Document, q_start: int) -> int | None:
    """Where the colon that introduces the list item or block quote holding ``q_start`` is, or None.

    'Senator X made three points:' + '- "…"' + '- "…"': a bullet or a '>'
    line whose list, blank lines aside, follows a line ending with a colon.
    """
    text = doc.text
    line_start = text.rfind("\n", 0, q_start) + 1
    if not (BULLET.match(text, line_start) or text[line_start:q_start].lstrip(" \t").startswith(">")):
        return None
    pos = line_start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if not line.strip() or BULLET.match(line) or line.lstrip().startswith(">"):
            pos = prev_start
            continue
        stripped = line.rstrip(" \t*_")
        return prev_start + len(stripped) - 1 if stripped.endswith(":") else None
    return None


def block_quotes(doc: Document) -> list[tuple[int, int]]:
    """'> We are losing the ports…' with no quotation marks: a block quote under a colon line or over an
    attribution line ('— Senator X'), whose words someone said; each of its paragraphs."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*>[ \t]*(?P<body>[^\n\"“”«»]{20,1200})$", doc.text):
        body = m.group("body").rstrip(" *_")
        s = m.start("body")
        if len(body.split()) < 4 or re.match(r"\s*[\"“«‘„‹—–]", doc.text[s : s + 2]):
            continue
        nl = re.compile(r"\n(?:[ \t>]*\n)?").match(doc.text, m.end())
        after = ATTRIBUTION_LINE.match(doc.text, nl.end()) if nl else None
        if introduced_block(doc, s) is not None or after is not None:
            out.append((s, s + len(body)))
    return out


CLAIM_LINE = re.compile(r"[ \t>*_]*(?:claim|the\s+claim|what\s+was\s+said|statement|quote|afirmacion|frase|"
                        r"declaracion|lo\s+que\s+(?:se\s+)?dijo|lo\s+que\s+se\s+dice|dicho|cita)[ \t*_]*:", re.I)
WHO_LINE = re.compile(r"(?im)^[ \t>*_]*(?:who\s+said\s+it|who\s+says\s+it|said\s+by|speaker|source|made\s+by|"
                      r"posted\s+by|shared\s+by|quien\s+lo\s+dijo|quien\s+lo\s+dice|autor(?:a)?|dicho\s+por|"
                      r"emisor(?:a)?|fuente|publicado\s+por|difundido\s+por)[ \t*_]*:[ \t*_]*(?P<who>[^\n]+)")


def fact_check_speaker(doc: Document, res: Resolution, q_start: int) -> str | None:
    """'Claim: "…"' + 'Who said it: Congressman Luis Parra': the actor the 'who' line names, in the same block."""
    folded = fold_text(doc.text)
    line_start = doc.text.rfind("\n", 0, q_start) + 1
    if not CLAIM_LINE.match(folded, line_start, q_start):
        return None
    block_end = doc.text.find("\n\n", q_start)
    block_end = len(doc.text) if block_end < 0 else block_end
    # the 'who' line may stand in its own paragraph after the claim's ('CLAIM: "…"' + blank + 'SOURCE: …'), or after
    # the rating's ('THE CLAIM: "…"' + 'OUR RATING: FALSE …' + 'WHO SAID IT: X, a state deputy …')
    next_end = block_end
    for _ in range(2):
        found_end = doc.text.find("\n\n", next_end + 2)
        next_end = len(doc.text) if found_end < 0 else found_end
    block_start = doc.text.rfind("\n\n", 0, line_start) + 2 if doc.text.rfind("\n\n", 0, line_start) >= 0 else 0
    for m in WHO_LINE.finditer(folded, block_start, next_end):
        # ('a Facebook post by the page Patria Nueva': the page, not the platform)
        found = [u for u in units(res.refs, m.start("who"), m.end("who")) if folded[u.start : u.end] not in PLATFORMS]
        if found:
            return found[0].key
    return None


# '> **2/5** — "…"', '3/7 "…"', '"…" (4/7)': a post numbered within a thread
POST_NUMBER = r"[(\[]?\d{1,2}[ \t]?/[ \t]?\d{1,2}[)\]]?"
NUMBERED_LEAD = re.compile(r"[ \t>*_#-]*" + POST_NUMBER + r"[ \t*_]*[—–:.-]?[ \t*_]*[\"“«‘„‹]?")
NUMBERED_TAIL = re.compile(r"[\"”»’›.…!?]*[ \t*_]*[—–-]?[ \t*_]*" + POST_NUMBER + r"[ \t*_]*$")
# the verb that says an account put the posts up ('@X posted a thread', 'la cuenta @X publicó un hilo')
POSTED = re.compile(r"[ \t*_]*(?:\([^)]{0,40}\)[ \t]*)?(?:,[^,\n]{0,80},[ \t]*)?(?:has\s+|had\s+|ha\s+|habia\s+)?"
                    r"(?:posted|published|tweeted|wrote|shared|started|put\s+out|publico|tuiteo|trino|escribio|difundio|"
                    r"compartio|lanzo|subio|posteo|colgo)(?![\w])")
# 'The post claims that X "…"', 'Según el texto que lo acompaña, X es «…»': a published text as the clause's subject
PUBLISHED_TEXT = re.compile(r"[\s*_]*(?:(?:according\s+to|segun)\s+)?(?:the|this|that|el|la|este|esta|ese|esa)\s+"
                            r"(?:viral\s+|original\s+)?(?:post|video|caption|message|tweet|publication|text|image|clip|"
                            r"meme|publicacion|mensaje|texto|tuit|trino|cadena|imagen|leyenda|posteo)(?![\w])")
PLATFORMS = frozenset(fold_text(n) for n in PLATFORM_NAMES)


def published_text_speaker(doc: Document, res: Resolution, folded: str, sent: tuple[int, int],
                           q_start: int) -> str | None:
    """'A Facebook page called Patria Libre posted a video … The post claims that Mayor X "took money"': the
    words of a published text are its publisher's (the page, account or outlet that posted it in the sentences
    before), not those of whom the text names."""
    m = PUBLISHED_TEXT.match(folded, sent[0], q_start)
    if m is None:
        # 'A post shared 20,000 times on Facebook claims that "…". The post, first published by the account @X, …':
        # a text brought in here has no publisher before it; the sentence after may name it
        return _publisher_after(doc, res, folded, sent) if A_PUBLISHED_TEXT.match(folded, sent[0], q_start) else None
    posted = list(POSTED_VERB.finditer(folded, max(0, sent[0] - 1000), sent[0]))
    # (not 'The post was reshared by deputy X, who added: "…"': an actor on the way to the words speaks them)
    told_on_the_way = bool(units(res.refs, m.end(), q_start))
    for verb in reversed(posted):
        where = doc.sentence_at(verb.start())
        if where is None:
            continue
        # ('The clip, first posted by the account @X on X, shows … The caption calls them "…"': who posted it)
        by = None if told_on_the_way else _posted_by(doc, res, folded, verb.start(), where[1], reach=60)
        if by:
            return by
        actors = [u for u in units(res.refs, where[0], verb.start())
                  if fold_text(doc.text[u.start : u.end]) not in PLATFORMS]
        if actors:
            return actors[-1].key
    # ('The post, first published by the account @X, calls it "…"': its publisher named on the way to the words)
    return _posted_by(doc, res, folded, m.end(), q_start)


A_PUBLISHED_TEXT = re.compile(r"[\s*_]*(?:a|an|one|un|una)\s+(?:viral\s+)?(?:post|video|message|tweet|publication|clip|meme|"
                              r"publicacion|mensaje|tuit|trino|cadena|posteo)(?![\w])")
# 'first published by the account @X', 'que subió la cuenta X': a verb of posting and who did it
POSTED_BY = re.compile(r"(?<![\w])(?:posted|published|tweeted|shared|uploaded|publicad[oa]|compartid[oa]|subid[oa]|"
                       r"difundid[oa])\s+(?:first\s+|originally\s+|primero\s+|originalmente\s+)?(?:by|por)\s+"
                       r"(?:(?:the|la|el)\s+)?(?:(?:account|user|page|profile|channel|cuenta|usuario|pagina|perfil|canal)\s+)?")


def _publisher_after(doc: Document, res: Resolution, folded: str, sent: tuple[int, int]) -> str | None:
    """The account the sentence after a quoted post names as its publisher ('The post, first published by the
    account @X, shows…')."""
    nxt = next((s for s in doc.sentences if sent[1] <= s[0] < sent[1] + 8), None)
    return _posted_by(doc, res, folded, nxt[0], nxt[1], reach=60) if nxt else None


def _posted_by(doc: Document, res: Resolution, folded: str, lo: int, hi: int, reach: int | None = None) -> str | None:
    """The actor named right after 'published by (the account)' in ``[lo, hi)`` (no platform), looked for at most
    ``reach`` characters on."""
    by = POSTED_BY.search(folded, lo, hi)
    if by is None:
        return None
    end = hi if reach is None else min(hi, by.end() + reach)
    first = next((u for u in units(res.refs, by.end(), end) if u.start == by.end()), None)
    return first.key if first is not None and fold_text(doc.text[first.start : first.end]) not in PLATFORMS else None


# 'CLAIM: "…"' / 'THE CLAIM: A video shared on TikTok says that X "…"': the claim line quotes a post, or a post
# that speaks; its words are those of whoever the check says put the post up ('It was first posted on May 2 by an
# account called @X', 'La publicación fue compartida primero por la cuenta X', 'Dónde circuló: la página X, …')
CLAIM_TEXT = re.compile(r"[\s*_]*(?:[\"“«‘„‹]|(?:a|an|one|the|this|un|una|el|la|este|esta)\s+(?:viral\s+)?"
                        r"(?:post|video|message|tweet|publication|clip|meme|image|audio|publicacion|mensaje|tuit|"
                        r"trino|cadena|posteo|imagen|audio)(?![\w]))")
POSTED_BY_LATER = re.compile(r"(?<![\w])(?:posted|published|tweeted|shared|uploaded|publicad[oa]|compartid[oa]|"
                             r"subid[oa]|difundid[oa]|posteado)(?:\s+[\w,.]+){0,4}?\s+(?:by|por)\s+"
                             r"(?:(?:the|an?|la|el|una?)\s+)?(?:(?:\w+\s+)?(?:account|user|page|profile|channel|"
                             r"cuenta|usuario|pagina|perfil|canal)\s+(?:(?:de|on)\s+\w+\s+)?)?"
                             r"(?:(?:called|named|llamad[oa]|denominad[oa])\s+)?[\"“«]?")
WHERE_SHARED = re.compile(r"(?im)^[ \t*_]*(?:donde\s+circulo|where\s+it\s+(?:circulated|spread|appeared)|"
                          r"origen|origin|fuente\s+original)[ \t*_]*:[ \t*_]*(?:(?:la|el|the)\s+)?"
                          r"(?:(?:pagina|cuenta|canal|perfil|page|account|channel|profile)\s+(?:(?:de|on)\s+\w+\s+)?)?[\"“«]?")


ARTICLE_GAPS = frozenset({"la ", "el ", "los ", "las ", "the "})


def claim_poster(doc: Document, res: Resolution, folded: str, q_start: int) -> str | None:
    """Whoever first put up the post a fact check's claim line quotes ('CLAIM: "…"' with no 'Who said it:'
    line): the actor right after 'posted/shared by (the account)' or a 'Where it circulated:' label, in the
    claim's paragraph or the next few (no platform)."""
    line_start = doc.text.rfind("\n", 0, q_start) + 1
    head = CLAIM_LINE.match(folded, line_start, q_start)
    if head is None or not CLAIM_TEXT.match(folded, head.end(), q_start + 1):
        return None
    hi = min(len(folded), line_start + 2500)
    for rx in (POSTED_BY_LATER, WHERE_SHARED):
        for by in rx.finditer(folded, line_start, hi):
            # (the account's name may hold its article: 'by the account La Trinchera', 'por la cuenta El Pulso')
            first = next((u for u in units(res.refs, by.end() - 4, by.end() + 60) if u.end > by.end()), None)
            if first is not None and first.start > by.end() and folded[by.end() : first.start] not in ARTICLE_GAPS:
                first = None
            if first is not None and fold_text(doc.text[first.start : first.end]) not in PLATFORMS:
                return first.key
    return None


POSTED_VERB = re.compile(r"(?<![\w])(?:posted|published|tweeted|shared|uploaded|publico|tuiteo|trino|difundio|compartio|"
                         r"subio|posteo|colgo|viralizo)(?![\w])")


# 'a thread by @X', 'un hilo de la cuenta @X': the posts named, then their account
THREAD_BY = re.compile(r"(?<![\w])(?:thread|tweets|posts|messages|hilo|tuits|trinos|mensajes|publicaciones|posteos)"
                       r"\s+(?:[\w]+\s+){0,3}?(?:by|from|of|de|del|desde)\s+(?:(?:the|la|el)\s+)?"
                       r"(?:(?:account|user|profile|cuenta|usuario|perfil)\s+)?[*_]*$")


def thread_author(doc: Document, res: Resolution, q_start: int, q_end: int) -> str | None:
    """'> **2/5** — "…"': a numbered post of a thread is the words of the account the text says posted it.

    The quote's line holds nothing but the post's number and the words;
    its account is the last one named before (within a few paragraphs)
    as the subject of a verb of posting ('@X posted a thread', 'la cuenta
    @X publicó un hilo') or after the posts it wrote ('a thread by @X').
    """
    text = doc.text
    line_start = text.rfind("\n", 0, q_start) + 1
    line_end = text.find("\n", q_end)
    line_end = len(text) if line_end < 0 else line_end
    if not (NUMBERED_LEAD.fullmatch(text, line_start, q_start)
            or (not text[line_start:q_start].strip(" \t>*_\"“«‘„‹") and NUMBERED_TAIL.match(text, q_end, line_end))):
        return None
    folded = fold_text(text)
    handles = [r for r in res.refs if line_start - 2500 <= r.start < line_start and text[r.start] == "@"
               and r.key in res.by_key]
    for r in reversed(handles):
        if POSTED.match(folded, r.end) or THREAD_BY.search(folded, max(0, r.start - 80), r.start):
            return r.key
    return handles[-1].key if handles and all(r.key == handles[-1].key for r in handles) else None
