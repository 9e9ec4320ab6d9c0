"""Which person a quote belongs to when the words around it point rather than name.

A role ('the defence minister', 'el mandatario') goes back to who was given
it; a bare verb or a pronoun to the person the story is about, agreeing in
sex ('él', 'she'); a verb that goes on ('he added', 'añadió') to whoever
spoke last; a relative clause ('…by Senator X, who said') to its antecedent;
a reporting clause set off by commas ('Gómez, Ruiz said, was…') to its
subject; and a name that only owns the speaker ("Gómez's lawyer") is not the
speaker. Used by ``quotes``; it makes no references or entities.
"""

from __future__ import annotations

import re
from functools import cache

from nexos.extract.coref import Resolution
from nexos.extract.descriptions import gender
from nexos.extract.lexicon import alternation, fold_text, load
from nexos.extract.phrases import Unit
from nexos.extract.speech import SPEECH, actor_units, addressed
from nexos.model import Document


def by_role(res: Resolution, folded: str, role: str, before: int) -> str | None:
    """'…", declaró la directora ejecutiva': the person introduced earlier with that role.

    The whole role first ('el ministro de Defensa', not any 'ministro'),
    then shorter ones; a word the story uses for a title given before
    ('el mandatario' for 'el presidente'); 'the president' is not the
    former president.
    """
    words = role.split()
    phrases = [" ".join(words[:k]) for k in range(len(words), 0, -1) if words[k - 1] not in ROLE_TAIL_STOP]
    former = bool(re.match(r"(?:former|ex)", role))
    for phrase in phrases:
        own = _introduced_as(res, folded, phrase, before, former)
        if own:
            return own[1]
        # ('la funcionaria', 'el mandatario': the latest of the titles the word stands for)
        found = [_introduced_as(res, folded, alt, before, former) for alt in _role_synonyms().get(phrase, [])]
        latest = max((f for f in found if f), default=None)
        if latest:
            return latest[1]
    return None


# 'the mother of Juan Pérez': the person after the role is whose mother, not the mother
OF_SOMEONE = re.compile(r"\s+(?:of|de|del|to|for)\s+(?:(?:the|el|la|los|las)\s+)?")
ROLE_TAIL_STOP = frozenset("de del of en a in the la el los las un una para por with con".split())


@cache
def _role_synonyms() -> dict[str, list[str]]:
    return {fold_text(k): [fold_text(v) for v in vs] for k, vs in load("cues")["role_synonyms"].items()}


def _introduced_as(res: Resolution, folded: str, phrase: str, before: int, former: bool) -> tuple[int, str] | None:
    """(where, who): the last use of ``phrase`` before ``before`` that has a person named close to it (not a 'former'
    one unless asked), and the person named closest to it."""
    best: tuple[int, str] | None = None
    for m in re.finditer(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", folded[:before]):
        if not former and re.search(r"(?<![\w])(?:former|ex|ex-)\s*$", folded[max(0, m.start() - 8) : m.start()]):
            continue
        near = [r for r in res.refs if (abs(r.start - m.end()) < 70 or abs(m.start() - r.end) < 70)
                and not (r.start >= m.end() and OF_SOMEONE.fullmatch(folded, m.end(), r.start))]
        persons = [r for r in near if res.by_key.get(r.key) and res.by_key[r.key].type == "person"]
        if persons:
            best = m.start(), min(persons, key=lambda r: min(abs(r.start - m.end()), abs(m.start() - r.end))).key
    return best


def last_person(res: Resolution, before: int, window: int = 400, avoid: frozenset[str] = frozenset()) -> str | None:
    prior = [r for r in res.refs if before - window < r.start < before and r.key not in avoid
             and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
             and not any(s <= r.start < e for s, e in res.turns)]  # a turn's label is who says 'I', not 'he'
    return prior[-1].key if prior else None  # resolution leaves its references in text order


def topic_person(text: str, res: Resolution, line_start: int, sex: str | None = None) -> str | None:
    """The first person named in the paragraph before ``line_start``, or else the last person named.

    A dialogue line whose narrator is a bare verb ('—…—dice.') speaks for the
    person the paragraph before is about, who is usually named first there
    (later names are often places, shops or feast days), and not inside a
    clause that depends on another ('donde antes vendía X, ahora atiende
    Y'); a narrator 'él'/'ella' asks for a man or a woman.
    """
    gap = re.search(r"\n[ \t]*\n[ \t]*$", text[: text.rfind("\n", 0, line_start) + 1])
    end = gap.start() if gap else line_start
    prev_gap = list(re.finditer(r"\n[ \t]*\n", text[max(0, end - 1500) : end]))
    start = max(0, end - 1500) + prev_gap[-1].end() if prev_gap else max(0, end - 1500)
    persons = [r for r in res.refs if start <= r.start < end and r.kind != "pronoun"
               and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
               and (sex is None or gender(res.by_key[r.key].name) in (None, sex))]
    main = [r for r in persons if not _subordinate(text, start, r.start)]
    last = _last_subject(text, start, end, main)
    if last is not None:
        return last
    if main or persons:
        return min(main or persons, key=lambda r: r.start).key
    return last_person(res, line_start, 600)


# where a sentence starts inside a paragraph: a stop after a lower-case word ('Sr.', 'Gen.' are no stop), then a
# capital, an opening mark or a dash
SENTENCE_BREAK = re.compile(r"(?:(?<=[a-záéíóúñ]{3})|(?<=[\"”»’]))[.!?…][\"”»’]?\s+(?=[\"“«¿¡—–]?[A-ZÁÉÍÓÚÑ])")


def _last_subject(text: str, start: int, end: int, persons: list) -> str | None:
    """The person who opens the paragraph's last sentence, as its subject ('Su madre, doña Tuta, todavía
    guarda…'): the story has just turned to them, and the dialogue line after is theirs.

    The name must come within the sentence's first three words, so that a
    person named deeper in it ('…, conocido como el Pollo, apareció') is not
    taken for the subject.
    """
    breaks = list(SENTENCE_BREAK.finditer(text, start, max(start, end - 1)))
    # a last sentence with no subject named ('Dice que…', 'Se encoge de hombros…') goes on from the one before that
    # opens with a person ('Marta Ibarra tiene una panadería. Dice que…')
    opens = [start] + [b.end() for b in breaks] + [end]
    for i in range(len(opens) - 2, -1, -1):
        s0, s1 = opens[i], opens[i + 1]
        first = next((r for r in persons if s0 <= r.start < s1), None)
        if first is not None and len(re.findall(r"\w+", text[s0 : first.start])) <= 3:
            return first.key
        if i == 0 or not _subjectless_opening(text, s0):
            return None
    return None


def _subjectless_opening(text: str, pos: int) -> bool:
    """'Dice que…', 'He shrugs…', 'Se encoge de hombros…': a sentence whose subject is unsaid or a pronoun (not
    two capitalised words, which may be a name)."""
    return not re.match(r"[\s*]*[A-ZÁÉÍÓÚÑ]\w*\s+[A-ZÁÉÍÓÚÑ]", text[pos : pos + 40]) \
        and (re.match(r"[\s*]*(?:He|She|They|Él|Ella)\s", text[pos : pos + 8]) is not None
             or re.match(r"[\s*]*(?:Se|Le|Lo|La|No)\s", text[pos : pos + 5]) is not None
             or re.match(r"[\s*]*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:a|ó|e|ía|aba|ían)\s", text[pos : pos + 16]) is not None)


def closing_subject(doc: Document, res: Resolution, pos: int, avoid: frozenset[str] = frozenset()) -> str | None:
    """For a quote that opens its paragraph at ``pos`` with only a pronoun or a bare verb for its speaker
    ('"…," she says'): the person who opens the last sentence of the paragraph before, as its subject."""
    para = doc.paragraph_at(pos)
    if para is None or doc.text[para[0] : pos].strip(" *\"“«"):
        return None
    gap = re.search(r"\n[ \t]*\n[ \t]*$", doc.text[: para[0]])
    prev = doc.paragraph_at(gap.start() - 1) if gap and gap.start() > 0 else None
    if prev is None:
        return None
    return _opening_person(doc, res, prev[0], prev[1], avoid)


def sentence_before_subject(doc: Document, res: Resolution, pos: int, avoid: frozenset[str] = frozenset()) -> str | None:
    """For words with no speaker of their own in the middle of a paragraph ('… de Pedro Gómez. «…», dijo.',
    '… questioned Defense Minister Iván Castro. "Where are the weapons?"'): the person who opens the sentence
    before as its subject ('La abogada Ana Ruiz habló…', 'Senator Paula Reyes questioned…'), not the last
    person that sentence names, who is its object."""
    para = doc.paragraph_at(pos)
    if para is None or not doc.text[para[0] : pos].strip(" *\"“«"):
        return None
    return _opening_person(doc, res, para[0], pos, avoid)


def _opening_person(doc: Document, res: Resolution, start: int, end: int, avoid: frozenset[str]) -> str | None:
    """The person named, not by a pronoun (one may sit inside quoted words: '"He kept the books," said X.'), who
    opens the last sentence of ``[start, end)`` as its subject, outside any subordinate clause."""
    persons = [r for r in res.refs if start <= r.start < end and r.kind != "pronoun" and r.key not in avoid
               and res.by_key.get(r.key) and res.by_key[r.key].type == "person"]
    return _last_subject(doc.text, start, end, [r for r in persons if not _subordinate(doc.text, start, r.start)])


SUBORDINATOR = re.compile(r"(?<![\w])(?:donde|que|quien|quienes|cuyo|cuya|cuando|mientras|aunque|where|who|whom|whose|"
                          r"when|while|although|whereas)(?![\w])")


def _subordinate(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` sits in a clause that a relative or subordinating word opens, in its sentence."""
    clause = max(text.rfind(c, start, pos) for c in ",.;:\n")
    return bool(SUBORDINATOR.search(fold_text(text[max(start, clause + 1) : pos])))


@cache
def title_words() -> frozenset[str]:
    """Folded words of the titles written before a name ('chairman', 'senator', 'fiscal', 'comisario')."""
    cues = load("cues")
    return frozenset(w for lang in ("en", "es") for t in cues["person_titles"][lang] for w in fold_text(t).split())


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that describe one person ("the minister", "el sacerdote"), from the cue data."""
    cues = load("cues")
    words = [w for lang in ("en", "es") for key in ("person_titles", "speaker_descriptions")
             for w in cues[key][lang]] + [w for lang in ("en", "es") for w in cues["descriptor_heads"]["person"]]
    return frozenset(fold_text(w).split()[-1] for w in words if w.strip())


def role_noun(phrase: str) -> bool:
    """Whether a description ('the witness', 'el litigante') is a word for one person or for a title."""
    return phrase.split()[-1] in person_nouns() or phrase in _role_synonyms()


# '"…," he added' / '«…», añadió' / 'Luego agregó: «…»': a subject left unsaid or a pronoun, and a verb that goes on
GOES_ON = (r"(?:added|adding|continued|went\s+on|agrego|anadio|agrega|anade|continuo|prosiguio|remato|completo|"
           r"insistio|insisted)")
GOES_ON_AFTER = re.compile(r"[\"”»’“›*,\s]*(?:[—–-]\s*)?(?:(?:he|she)\s+" + GOES_ON + r"|" + GOES_ON +
                           r"(?:\s+(?:el|ella|he|she))?\s*(?:[.,;:]|$))", re.I)
GOES_ON_BEFORE = re.compile(r"[\s*]*(?:(?:he|she|el|ella)\s+)?(?:(?:later|then|also|luego|despues|tambien|mas\s+adelante)"
                            r"\s+)?" + GOES_ON + r"(?![\w])[^.;\"“”«»]{0,40}:\s*$", re.I)


def goes_on(doc: Document, sent: tuple[int, int], q_start: int, q_end: int) -> bool:
    folded = fold_text(doc.text)
    return bool(GOES_ON_AFTER.match(folded, q_end, q_end + 30) or GOES_ON_BEFORE.fullmatch(folded, sent[0], q_start))


# '"…," he said.' / '«…», dijo.' / 'She told reporters: "…"': a speech verb whose subject is a pronoun or unsaid
# ('«…», dijo a este diario por teléfono.', '"…," she told reporters in a statement.': whom and how, no subject)
_HEARD = (r"(?:\s+(?:a|al|to|por|by|en|in|on|at|desde|from|durante|during|tras|after|ante|over)\s+(?:(?:este|esta|ese|esa|this|"
          r"that|our|nuestro|nuestra|un|una|a|an)\s+)?[a-z]+(?:\s+de\s+[a-z]+)?){0,2}")
BARE_AFTER = re.compile(r"[\"”»’“›*,\s]*(?:[—–-]\s*)?(?:(?:he|she)\s+(?:" + SPEECH.pattern + r")|(?:" + SPEECH.pattern +
                        r")(?:\s+(?:el|ella|he|she))?)\s*(?:to\s+\w+|a\s+\w+|reporters|a\s+la\s+prensa)?" + _HEARD + r"\s*[.,;]",
                        re.I)
BARE_BEFORE = re.compile(r"[\s*]*(?:he|she|el|ella)?\s*(?:" + SPEECH.pattern + r")[^.;\"“”«»]{0,40}:\s*$", re.I)


def bare_subject(doc: Document, sent: tuple[int, int], q_start: int, q_end: int) -> bool:
    """Whether the quote's speech verb has a pronoun or no word for its subject ('"…," he said', '«…», dijo')."""
    folded = fold_text(doc.text)
    return bool(BARE_AFTER.match(folded, q_end, q_end + 40) or BARE_BEFORE.fullmatch(folded, sent[0], q_start))


# 'Marisol Whitcombe-Ayala of Miami, said': where the person is from, between the name and the verb
ORIGIN_THEN_VERB = r"\s+(?:of|from|de)\s+[^,;.\"“”«»]{2,40},\s*"


def previous_sayer(doc: Document, res: Resolution, folded: str, pos: int, back: int = 2) -> str | None:
    """The person a reporting verb in the ``back`` sentences before ``pos`` gives words to.

    '…, Colonel Luis Vera said.' (the name right before the verb), '«…», dijo
    Velásquez, quien estuvo con el gobernador X.' (the name right after it).
    """
    start = doc.sentence_start(pos, back)
    sayer, at = None, -1
    for v in SPEECH.finditer(folded, start, pos):
        people = [u for u in actor_units(res.refs, max(start, v.start() - 120), min(pos, v.end() + 80), doc.text)
                  if res.by_key[u.key].type == "person"]
        inverted = re.search(r"[,\"”»’]\s*$", folded[max(0, v.start() - 4) : v.start()])  # '…," said X' / ', dijo X'
        # ('«…», dijo el viceministro de Seguridad, Gerardo Palacios, …': a title set off before the name)
        after = [u for u in people if inverted and u.start >= v.end()
                 and (len(re.findall(r"\w+", folded[v.end() : u.start])) <= 3
                      or TITLE_SET_OFF.fullmatch(folded, v.end(), u.start))
                 and not addressed(folded, v.start(), u.start)]
        # 'Colonel Luis Vera said', 'Luis Vera, the police chief, said' (a description set off between: 'Otro
        # trabajador, un joven que pidió no ser identificado por temor a represalias, asegura')
        before = [u for u in people if u.end <= v.start() and (len(re.findall(r"\w+", folded[u.end : v.start()])) <= 1
                                                               or re.fullmatch(r"\s*,[^,]{1,100},\s*", folded[u.end : v.start()])
                                                               or re.fullmatch(ORIGIN_THEN_VERB, folded[u.end : v.start()]))]
        found = before[-1:] or after[:1]
        if found:
            sayer, at = found[0].key, v.start()
    # '…, according to Chucho, she decides who gets paid. "…," he said': a person cited as the source speaks on
    for m in SOURCE_CITED.finditer(folded, start, pos):
        cited = next((u for u in actor_units(res.refs, m.end(), min(pos, m.end() + 60), doc.text)
                      if u.start == m.end() and res.by_key[u.key].type == "person"), None)
        if cited is not None and m.start() > at:
            sayer, at = cited.key, m.start()
    return sayer


TITLE_SET_OFF = re.compile(r"\s+(?:el|la|the)\s+[^,.;:\"“”«»]{1,60},\s*")
SOURCE_CITED = re.compile(r"(?<![\w])(?:according\s+to|segun|de\s+acuerdo\s+con)\s+")


# 'He said:', 'Él dijo después:', '"…," she said', '«…», dijo ella': a subject pronoun that says the speaker's sex
PRONOUN_BEFORE = re.compile(r"[\s*]*(he|she|él|ella)(?![\w])", re.I)
PRONOUN_AFTER = re.compile(r"[\"”»’“›*,\s]*(?:[—–-]\s*)?(?:(he|she)\s+\w+|\w+\s+(él|ella))(?![\w])", re.I)


# 'Después, ella contó a la prensa: «…»': a subject pronoun right before the clause's last speech verb
PRONOUN_SAYS_LAST = re.compile(r"(?<![\w])(he|she|ella)\s+(?:\w+\s+)?(?:" + SPEECH.pattern +
                               r")[^.;!?\"“”«»]{0,40}$")


def agreeing(doc: Document, res: Resolution, key: str | None, sent: tuple[int, int], q_start: int,
              q_end: int) -> str | None:
    """The speaker, or the last person named before whose sex the subject pronoun agrees with.

    'Ruiz questioned Gómez. Él dijo después: «…»': a zero subject or a
    reading that keeps the last subject must not give 'él' a woman.
    """
    lead = doc.text[sent[0] : q_start]
    m = PRONOUN_BEFORE.match(lead) or PRONOUN_AFTER.match(doc.text, q_end, q_end + 30) or PRONOUN_SAYS_LAST.search(fold_text(lead))
    ent = res.by_key.get(key) if key else None
    if m is None or ent is None:
        return key
    want = "m" if m.group(m.lastindex or 1).lower() in ("he", "él") else "f"
    if m.re is PRONOUN_BEFORE and subordinate_sayer(fold_text(doc.text), actor_units(res.refs, sent[0], q_start, doc.text),
                                                    sent[0], q_start) == key:
        return key  # ('Él admite que … desde que la columna le mandó razón de que «…»': the column's words)
    if ent.type != "person":
        # 'Ana Gil, of the Centro de Estudios …, warned that … "…," she said': 'she' is a person, never the body
        prior = [r for r in res.refs if q_start - 800 < r.start < q_start and res.by_key.get(r.key)
                 and res.by_key[r.key].type == "person" and gender(res.by_key[r.key].name) in (None, want)]
        return prior[-1].key if prior else key
    if gender(ent.name) in (None, want):
        return key
    prior = [r for r in res.refs if q_start - 800 < r.start < q_start and r.key != key
             and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
             and gender(res.by_key[r.key].name) == want]
    return prior[-1].key if prior else key


# 'desde que la columna X le mandó razón de que «…»', 'since the gang sent word that "…"': a clause of time or cause
# whose own subject speaks the words, not the sentence's subject
SUBORDINATE_SAYS = re.compile(r"(?<![\w])(?:desde\s+que|porque|cuando|despues\s+de\s+que|luego\s+de\s+que|since|because|after|"
                              r"when|once)\s+(?:(?:la|el|los|las|the)\s+(?:[a-z]+\s+){0,2}?)?$")


def subordinate_sayer(folded: str, before: list[Unit], s: int, q_start: int) -> str | None:
    """The actor a subordinate clause opens with when its speech verb is the last one before the words."""
    verbs = list(SPEECH.finditer(folded, s, q_start))
    if not verbs:
        return None
    verb = verbs[-1]
    subject = next((u for u in reversed(before) if u.end <= verb.start()), None)
    if subject is None or not re.fullmatch(r"\s*(?:(?:me|te|le|les|nos|lo|la)\s+)?", folded[subject.end : verb.start()]) \
            or not SUBORDINATE_SAYS.search(folded, max(s, subject.start - 40), subject.start):
        return None
    return subject.key


RELATIVE = re.compile(r"(?:,\s*)?(?<![\w])(?:who|quien|quienes|que|which)\s+(?:[\w]+\s+){0,6}$")


def relative_sayer(folded: str, units: list[Unit], s: int, q_start: int) -> str | None:
    """'…by Senator X, who said…' / '…citó a X, quien en una grabación dijo…': the name the relative
    pronoun of the last speech verb stands for."""
    verb = max(SPEECH.finditer(folded, s, q_start), key=lambda v: v.start(), default=None)
    rel = RELATIVE.search(folded, max(s, verb.start() - 60), verb.start()) if verb else None
    if rel is None:
        return None
    # ('Ruiz said Gómez, who denied the charges, had "…"': the relative clause closed before the words)
    rest = re.sub(r"[ \t]*,[ \t]*(?=[a-z])[^,;:.\"“”«»\n]{3,140},", " ", folded[verb.end() : q_start]).rstrip(" ,*")
    if "," in rest:
        return None
    named = [u for u in units if u.end <= rel.start() and not folded[u.end : rel.start()].strip(" ,")]
    return named[-1].key if named else None


def reported_sayer(folded: str, units: list[Unit], s: int, q_start: int) -> str | None:
    """Words someone else is reported to have said, inside the clause of the one who reports them.

    'Ruiz said that Gómez had told a witness: "…"', 'Ruiz recordó que Gómez le
    dijo: «…»', 'Ruiz accused Gómez of saying "…"' (the subject of the last of
    two speech verbs), 'Ruiz quoted Gómez as saying "…"', "Ruiz dismissed
    Gómez's claim that "…"", 'la afirmación de Gómez de que «…»' (whose
    claim the words are).
    """
    lead = folded[s:q_start]
    for u in units:
        if OWNED_WORDS_AFTER.fullmatch(folded, u.end, q_start) or SAYING_AS.match(folded, u.end, q_start):
            return u.key
        if HEARD_BEFORE.search(folded, max(s, u.start - 30), u.start) and HEARD_SAYING.fullmatch(folded, u.end, q_start):
            return u.key  # 'un testigo escuchó a Quelal decir «…»', 'heard Keeler say "…"': the one heard
        if OWNED_WORDS_BEFORE.search(folded, max(s, u.start - 60), u.start) and \
                re.fullmatch(r"(?:\s+(?:de\s+que|que|sobre))?\s*[:,]?\s*", folded[u.end : q_start]):
            return u.key
    # (not a verb inside a relative clause set off by commas: 'Ruiz said Gómez, who denied it, had "…"')
    closed = [m.span() for m in RELATIVE_INSERTION.finditer(lead)]
    verbs = [v for v in SPEECH.finditer(lead) if not any(a < v.start() < b for a, b in closed)]
    if len(verbs) < 2 or PARTICIPLE.fullmatch(verbs[-1].group()):
        return None  # 'Ruiz warned Gómez, saying "…"': the participle is the first subject's
    last = s + verbs[-1].start()
    subject = [u for u in units if u.end <= last and u.start > s + verbs[0].end()
               and len(re.findall(r"\w+", RELATIVE_INSERTION.sub(" ", folded[u.end : last]))) <= 2]
    return subject[-1].key if subject else None


RELATIVE_INSERTION = re.compile(r",\s*(?:who|whom|which|quien|quienes|que|el\s+cual|la\s+cual)\s[^,;:.\"“”«»]{2,140},")
SPEECH_NOUNS = (r"(?:claim|claims|statement|assertion|promise|pledge|vow|words|remark|remarks|comment|comments|warning|"
                r"boast|insistence|description|argument|accusation|allegation|denial|threat|contention|assurance|"
                r"afirmacion|afirmaciones|declaracion|declaraciones|promesa|palabras|advertencia|denuncia|acusacion|"
                r"amenaza|version|tesis|argumento|frase|queja|negativa|insistencia|aseveracion)")
# "Gómez's claim that "…"", "Gómez's promise to "…"" (the words right after)
OWNED_WORDS_AFTER = re.compile(r"(?:'s|')\s+(?:[a-z-]+\s+){0,2}?" + SPEECH_NOUNS + r"(?:\s+(?:that|to|about|of))?\s*[:,]?\s*")
# 'la afirmación de Gómez de que «…»'
OWNED_WORDS_BEFORE = re.compile(r"(?<![\w])" + SPEECH_NOUNS + r"\s+(?:[a-z]+\s+){0,2}?(?:de|del|of|by)\s+"
                                r"(?:(?:la|el|the)\s+)?(?:[a-z]+\s+){0,2}?$")
PARTICIPLE = re.compile(r"\w+(?:ing|ando|iendo)")
# 'quoted Gómez as saying'
HEARD_BEFORE = re.compile(r"(?<![\w])(?:escucho|escucharon|escuche|oyo|oyeron|oi|vio|vieron|heard|hear|hears|overheard|"
                          # 'Ruiz recalled Gómez telling her: "…"', 'Ruiz recuerda a Gómez decirle: «…»'
                          r"saw|recorded|grabo|grabaron|recalled|recalls|remembered|remembers|recordo|recuerda)\s+"
                          r"(?:a\s+|al\s+)?(?:(?:el|la|the)\s+)?$")
HEARD_SAYING = re.compile(r"\s+(?:decir|gritar|afirmar|asegurar|amenazar|advertir|preguntar|say|saying|shout|shouting|"
                          r"tell|telling|warn|warning)(?:le|les)?(?:\s+(?:me|her|him|them|us|you))?(?:\s+(?:que|that))?\s*[:,]?\s*")
SAYING_AS = re.compile(r"\s+as\s+(?:saying|having\s+said|stating|declaring|telling)(?![\w])")


@cache
def _relations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before a name: 'the lawyer for ', 'el abogado de '; after it: "'s lawyer")."""
    words = load("cues")["speaker_relations"]
    alt = alternation(fold_text(w) for w in words["en"] + words["es"])
    # ('el exsocio de Quelal', 'the ex-wife of …': a former one is someone's too; 'amigo de infancia de X', 'a friend
    # from childhood of X': a word or two on the tie may come between)
    return (re.compile(r"(?<![\w])(?:ex-?)?(?:" + alt + r")(?:\s+(?:de|from)\s+(?:(?:la|el|toda\s+la)\s+)?[a-z]{4,})?"
                       r"\s+(?:de|del|for|of|to)\s+(?:(?:la|el|los|las|the)\s+)?"
                       # ('hermana del activista asesinado X', 'the lawyer for slain activist X': a word or two on who X is)
                       r"(?:(?!(?:y|e|and|or|o|que|who|quien)\s)[a-z]{3,}\s+){0,2}$"),
            re.compile(r"(?:'s|')\s+(?:[a-z-]+\s+){0,2}?(?:" + alt + r")(?![\w])"))


@cache
def _relation_words() -> frozenset[str]:
    words = load("cues")["speaker_relations"]
    return frozenset(fold_text(w) for w in words["en"] + words["es"])


def relation_noun(phrase: str) -> bool:
    """Whether a description ('lawyer', 'hermana') is someone known through another person, not a title."""
    return phrase in _relation_words() or phrase.split()[-1] in _relation_words()


def owner(folded: str, u: Unit) -> bool:
    """'the lawyer for Gómez', "Gómez's lawyer", 'el abogado de Gómez': Gómez is named as someone's, not as speaker."""
    before, after = _relations()
    return bool(before.search(folded, max(0, u.start - 40), u.start)) or bool(after.match(folded, u.end, u.end + 40))


ARTICLE_BEFORE = re.compile(r"(?:the|a|an|el|la|los|las|un|una)\s+$")


def owned_description(folded: str, u: Unit) -> tuple[int, int, int] | None:
    """Where the description of someone of ``u``'s is written, as (start, end, start of its name): "Gómez's
    lawyer" (start and name at Gómez), 'el abogado de Gómez' (start at the article, name at 'abogado')."""
    before, after = _relations()
    m = after.match(folded, u.end, u.end + 40)
    if m:
        return u.start, m.end(), u.start
    m = before.search(folded, max(0, u.start - 40), u.start)
    if m is None:
        return None
    article = ARTICLE_BEFORE.search(folded, max(0, m.start() - 6), m.start())
    return (article.start() if article else m.start()), u.end, m.start()


# 'Gómez, Ruiz said, was "…"' / 'Gómez, dijo Ruiz, era «…»' / ', según Ruiz,': a reporting clause set off
# ', said the harbour master Ann Quist,' / ', dijo la capitana del puerto Ana Quispe,': a description may stand
# between the verb and the name
ASIDE_BEFORE = re.compile(r",\s*(?:(?:" + SPEECH.pattern + r"|segun|according\s+to)\s+"
                          r"(?:(?:the|el|la)\s+(?:[\w-]+\s+){1,4}?)?)?$")
ASIDE_AFTER = re.compile(r"\s+(?:" + SPEECH.pattern + r")\s*,")


def parenthetical(folded: str, units: list[Unit], q_start: int) -> str | None:
    for u in units:
        lead = ASIDE_BEFORE.search(folded, max(0, u.start - 60), u.start)
        if lead is None:
            continue
        verb_first = lead.group().strip(" ,") != ""
        if (verb_first and re.match(r"\s*,", folded[u.end : q_start])) or ASIDE_AFTER.match(folded, u.end, q_start):
            return u.key
    return None
