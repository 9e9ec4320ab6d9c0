"""Claims: every assertive sentence becomes at least one "document D asserts X".

A claim is anchored to its sentence and says who asserts it (the author, or
a reported speaker: "X said", "según Y", "prosecutors allege"), whether the
source is anonymous, what it cites, its hedges and loaded terms, and the
actors it names. Its kind comes from what the sentence does (quote,
relation, event, characterisation, causal, quantitative, prediction,
prescription). Headings, datelines and footnote lines are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TypeVar

from nexos.assess import language as lang_cues
from nexos.extract.context_ties import EXTRACTOR as INFERRED
from nexos.extract.coref import Resolution
from nexos.extract.lexicon import alternation, fold_text, people_nouns
from nexos.extract.quote_unnamed import UNNAMED
from nexos.extract.quotes import Quote
from nexos.extract.speech import SPEECH
from nexos.ingest.metadata import looks_like_dateline
from nexos.model import Claim, Document, Event, Relation

_R = TypeVar("_R", Relation, Event)

CAUSAL = re.compile(r"(?<![\w])(?:because|caused|causing|led to|leads to|fuel(?:ed|s|ing)?|result(?:ed|s)? in|due to|"
                    r"enabl(?:ed|es|ing)|driv(?:en|es|ing)|prompt(?:ed|ing)|thanks to|provoc(?:o|aron|a)|caus(?:o|aron|a)|"
                    r"debido a|por culpa de|gracias a|permiti(?:o|eron)|genero|generaron|alimenta|alimento|impuls(?:o|a))(?![\w])")
QUANT = re.compile(r"(?<![\w])(?:\d[\d,.]*\s*(?:%|percent|por ciento|million|millones|billion|mil|tons?|toneladas|kilos?|"
                   r"hectares?|hectareas|dollars|dolares|pesos)?|leading|largest|biggest|highest|lowest|record|increase[sd]?|"
                   r"decrease[sd]?|doubled|tripled|mayor|menor|principal|aumento|aumentaron|disminuyo|duplico|millions|"
                   r"thousands|miles|cientos|hundreds)(?![\w])")
PREDICT = re.compile(r"(?<![\w])(?:will|would|is going to|are going to|could bring|threatens to|is expected to|"
                     r"va a|van a|podria|podrian|se espera|amenaza con|continuara|seguira|sera|seran)(?![\w])")
PRESCRIBE = re.compile(r"(?<![\w])(?:must|should|need to|needs to|urgent need|ought to|has to|have to|it is time|"
                       r"debe|deben|deberia|deberian|hay que|es necesario|urge|es hora de|tiene que|tienen que)(?![\w])")
ANONYMITY = re.compile(
    r"(?<![\w])(?:(?:who|that)\s+(?:asked|requested|spoke|declined|refused|agreed to speak)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|"
    r"on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|to\s+be\s+named|to\s+be\s+identified)|"
    r"speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|on\s+condition\s+of\s+anonymity|"
    r"(?:que|quien|quienes)\s+(?:pidio|pidieron|solicito|solicitaron|prefirio|prefirieron)\s+(?:no\s+ser\s+(?:identificad[oa]s?|nombrad[oa]s?|citad[oa]s?)|"
    r"(?:el\s+)?anonimato|reserva\s+de\s+(?:su\s+)?(?:nombre|identidad)|omitir\s+su\s+nombre)|"
    r"pidio\s+reserva\s+de\s+(?:su\s+)?(?:nombre|identidad)|bajo\s+(?:condicion\s+de\s+)?anonimato|"
    r"(?:spoke|speaking|talked)\s+on\s+background|on\s+background|off\s+the\s+record|"
    r"(?:pidio|pidieron|prefirio|prefirieron|solicito|solicitaron)\s+(?:reservar|no\s+dar|no\s+revelar|omitir)\s+su(?:s)?\s+(?:nombres?|identidad(?:es)?)|"
    r"(?:que|quien|quienes)\s+(?:no\s+quiso|no\s+quisieron)\s+(?:identificarse|dar\s+su\s+nombre|ser\s+identificad[oa]s?)|"
    # a stand-in for the name: 'a girl identified here as M.', 'un joven a quien llamaremos J.'
    r"identified\s+(?:(?:here|only|simply|in\s+this\s+report)\s+)+(?:as|by)|"
    r"identificad[oa]s?\s+(?:(?:aqui|solo|solamente|unicamente|en\s+este\s+(?:informe|texto|reportaje))\s+)+(?:como|con)|"
    r"a\s+quien(?:es)?\s+(?:aqui\s+)?(?:llamaremos|llamamos|identificaremos)|not\s+(?:his|her|their)\s+real\s+names?|"
    r"nombres?\s+ficticios?)(?![\w])")


# plural nouns that stand for an institution speaking, not for unnamed people
INSTITUTIONAL = re.compile(r"(?:police|authorities|troops|soldiers|military|prosecutors|judges|policias|autoridades|"
                           r"soldados|militares|uniformados|fiscales|jueces)(?![\w])")


# words before a plural that tie it to someone named or told of before: 'the senators', 'his lawyers', 'sus abogados'
OWNED_OR_DEFINITE = (r"(?:the|these|those|his|her|their|its|our|my|your|whose|both|all|los|las|sus|su|estos|estas|esos|"
                     r"esas|ambos|ambas|cuyos|cuyas|todos|todas|and|y|e)")


@cache
def _unnamed_people() -> re.Pattern[str]:
    """People a sentence leans on without naming them, in shapes the sourcing lexicon leaves out.

    'denuncias de comerciantes que aseguran', 'Investigators say', 'by the
    count of former employees', 'three people who have worked for X told
    us', 'me dicen tres vecinos distintos', 'informes de inteligencia que yo
    he visto' (papers seen, not named). The nouns are the plural people nouns
    of ``people_nouns.txt``.
    """
    plural = alternation(people_nouns() | {"people", "persons", "personas", "sources", "fuentes"})  # (words of letters)
    some = (r"(?:two|three|four|five|six|several|some|many|a\s+few|dos|tres|cuatro|cinco|seis|varios|varias|algunos|"
            r"algunas|unos|unas|muchos|muchas)")
    says = (r"(?:say|said|says|tell|told|claim|claimed|believe|suspect|insist|recall|estimate|describe|described|"
            r"recount|recounted|confide|confided|testify|testified|dicen|dijeron|aseguran|aseguraron|afirman|afirmaron|"
            r"cuentan|contaron|denuncian|denunciaron|sostienen|creen|relatan|explican|recuerdan|coinciden|describen|"
            r"describieron|relataron|declararon|confiesan|confesaron|senalan|senalaron|agree|coincide|"
            # naming someone: 'Former colleagues call him "the Accountant"', 'Antiguos compañeros la describen como…'
            r"call\s+(?:him|her|them|it)|calls\s+(?:him|her|them|it)|(?:lo|la|los|las|le|les)\s+(?:llaman|describen|definen))")
    office = rf"(?:{INSTITUTIONAL.pattern}|(?:officials|funcionarios|funcionarias)(?![\w]))"
    where = r"(?:\s+(?:in|at|from|on|near|inside|of|en|de|del|desde)\s+(?:(?:the|el|la|los|las)\s+)?[a-z.'-]+(?:\s+[a-z.'-]+)?){0,2}"
    heard = (r"(?:\s*,\s*(?:interviewed|consulted|contacted|reached|questioned|entrevistad[oa]s|consultad[oa]s|contactad[oa]s)"
             r"\s[^,.;:]{1,50},|\s+(?:interviewed|consulted|contacted|reached|entrevistad[oa]s|consultad[oa]s|contactad[oa]s)"
             r"\s+(?:by|por|para)\s+(?:this|the|our|este|esta|nuestro|nuestra)\s+[a-z]+)?")
    # the verbs that may come before their speaker ('…, said officials in Lima'; not 'X, angry, told journalists in Lima')
    said = (r"(?:said|says|dijeron|dicen|aseguran|aseguraron|afirman|afirmaron|cuentan|contaron|denuncian|denunciaron|"
            r"sostienen|relatan|relataron|explican|recuerdan|senalan|senalaron|declararon)")
    return re.compile(
        r"(?<![\w])(?:"
        # 'comerciantes que aseguran', 'residents who say'
        rf"(?:{plural})\s+(?:que|quienes|who)\s+(?:[a-z]+\s+)?{says}"
        # 'Investigators say' opening a sentence: a trade with no article and no name ('Police say', 'Prosecutors
        # said' are the police's and the prosecution's)
        rf"|^\s*(?!{INSTITUTIONAL.pattern})(?:{plural})\s+{says}"
        # hearsay opening a sentence: 'Dicen que el capo…', 'Cuentan que…' (a plural with no subject), 'Reports
        # suggest…', 'Media reports said…' (reports no one is named for)
        r"|^\s*(?:dicen|cuentan|comentan|murmuran|rumoran)\s+que"
        r"|^\s*(?:(?:media|press|news|local|some|other|recent|several)\s+)?reports\s+(?:suggest|suggested|say|said|"
        r"indicate|indicated|claim|claimed)(?![\w])"
        # a plural with a word or two before it, opening the sentence or trailing it after a comma: 'Former
        # employees describe', '…, local fishermen said', '…, although diplomats say' (not 'the senators said', 'his
        # lawyers say', "Mayor Ruiz's supporters said"; nor '…, state officials said', which is an office's word like
        # the police's and the prosecution's)
        # ('Diplomats in Bogotá say', 'Customs agents at the port, interviewed separately, described', 'Analistas de
        # seguridad consultados por este diario coinciden': where they are, or how they were heard, may come between)
        rf"|(?:^\s*|(?<=,)\s+)(?!{OWNED_OR_DEFINITE}\s)(?:[a-z.-]+\s+){{0,2}}?(?!{office})(?:{plural})(?P<w1>{where}){heard}\s+"
        rf"(?:have\s+|had\s+)?{says}"
        # the same after the verb, with no article: '…, dijeron pescadores de la zona', 'said residents in Lima'
        rf"|(?<=,)\s+{said}\s+(?!{office})(?:{plural})(?=\s+(?:de|del|en|of|in|at|from|familiar|close|who|que)\s|\s*[,.;]|$)"
        # 'One of the officers, a sergeant with twenty years in the force, said', 'Uno de los agentes dijo': one of a
        # group, not named
        rf"|(?:^\s*|(?<=,)\s+)(?:one|two|three|some|several|many|most|uno|una|dos|tres|algunos|algunas|varios|varias)\s+"
        rf"(?:of\s+(?:the|these|those)|de\s+(?:los|las|estos|estas|esos|esas))\s+(?:[a-z.-]+\s+){{0,2}}?(?:{plural})(?P<w2>{where})"
        rf"(?:\s*,[^,.;:]{{1,80}},)?\s+(?:(?:me|nos|le|les)\s+)?(?:{says}|{said}|told|dijo|aseguro|afirmo|conto|explico|relato)"
        # 'according to two people present at the meetings', 'de acuerdo con dos personas que estuvieron presentes':
        # people counted, none named
        # ('according to two Mexican intelligence officers,': two words on who they are)
        rf"|(?:according\s+to|segun|de\s+acuerdo\s+con)\s+{some}\s+(?:[a-z-]+\s+){{0,2}}?(?:{plural})(?=\s*[,.;]|\s+(?:who|that|"
        rf"que|present|presentes|in|at|inside|on|en|de|del|close|cercan[oa]s)\s)"
        # 'según los investigadores, se encontraría en Venezuela', 'according to the residents,': people of the story,
        # none named (not 'según la policía', an office's word)
        rf"|(?:according\s+to|segun|de\s+acuerdo\s+con)\s+(?:the|los|las)\s+(?!{INSTITUTIONAL.pattern})(?:{plural})(?=\s*,)"
        # 'Venezuelan officials say', 'Bolivian intelligence officials describe' opening a sentence: officials of a
        # country or a service, none named (not 'The officials said', 'His officials say')
        rf"|^\s*(?!{OWNED_OR_DEFINITE}\s)(?:[a-z.-]+\s+){{1,3}}?(?:officials|funcionarios)\s+(?:have\s+)?{says}"
        # 'by the count of former employees', 'by the account of residents'
        rf"|(?:by|in)\s+the\s+(?:count|account|estimate|reckoning|telling)s?\s+of\s+(?:[a-z-]+\s+){{0,2}}?(?:{plural})"
        # 'three people who have worked for X told us'
        rf"|{some}\s+(?:[a-z-]+\s+)?(?:{plural})\s+(?:who|que|quienes)\s+[^,.;:!?]{{1,60}}?\s+{says}"
        # 'me dicen tres vecinos distintos'
        rf"|{says}\s+{some}\s+(?:{plural})"
        # papers the writer or the speaker saw, not named: 'informes que yo he visto', 'documents seen by'
        r"|(?:informes?|documentos?|expedientes?|reportes?|reports?|documents?|files?|records?)\s+(?:[a-z]+\s+){0,3}?"
        r"(?:que\s+(?:yo\s+|nosotros\s+)?(?:he|hemos|ha|han)\s+(?:visto|leido|revisado|consultado)|"
        r"(?:seen|reviewed|obtained)\s+by\s+(?:this|the|our|me|us)(?![\w]))"
        r")(?![\w])", re.M)


def _names_a_body(res: Resolution, start: int, end: int) -> bool:
    """Whether where people are said to be names the body they belong to ('Analysts at the Coastal Institute say'):
    the body's people speak for it, named."""
    return any(start <= r.start < end and res.by_key.get(r.key) is not None
               and res.by_key[r.key].type not in ("location", "state", "person") for r in res.refs)


BACK_REACH = 500  # how far back (characters) an unnamed source may be spoken of again by its description
# the nouns an unnamed source's description may be taken up again by ('the official', 'los exempleados'); not a body
# ('the police', 'the military'), whose definite description is the institution's word
_NOT_HEADS = frozenset("police policia policias military militares authorities autoridades government gobierno army "
                       "ejercito troops tropas".split())


@cache
def _person_heads() -> frozenset[str]:
    nouns = set(people_nouns())
    for lang in ("en", "es"):
        nouns |= set(lang_cues.settings("sourcing", lang).get("person_nouns") or [])
    nouns |= {"official", "officials", "officer", "officers", "funcionario", "funcionaria", "funcionarios", "agente",
              "diplomat", "diplomatico", "diplomatica", "investigator", "investigador", "investigadora", "employee",
              "exempleado", "exempleada", "analyst", "analista", "insider", "source", "sources", "fuentes", "mando",
              "mandos", "aide", "asesor", "asesora", "informant", "informante", "witness", "testigo"}
    return frozenset(nouns - _NOT_HEADS)


# 'the official said', 'according to the former employees', 'según el oficial', 'dijo el funcionario'
_AGAIN_DET = r"(?:the|this|that|these|those|el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha)"


_LETTERS = re.compile(r"[a-z]+")


def _described_again(folded: str, recent: list[str]) -> re.Match[str] | None:
    """Where a sentence takes up, by a definite description and as the one who speaks, an unnamed source described
    in the sentences just before ('A senior official, who spoke on condition of anonymity, described the raid. The
    official said…'); the description's person noun must be the same."""
    heads = {w for t in recent for w in _LETTERS.findall(fold_text(t)) if w in _person_heads()}
    if not heads:
        return None
    return _again_pattern(tuple(sorted(heads))).search(folded)


@lru_cache(maxsize=256)  # (a document's sources are described with a few nouns; the same few recur across documents)
def _again_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """``_described_again``'s pattern for these person nouns, compiled once while it is in use."""
    alt = alternation(heads)
    said = r"(?:[a-z]+\s+){0,3}?(?:" + SPEECH.pattern + r")"
    return re.compile(r"(?:(?:according\s+to|segun|de\s+acuerdo\s+con)\s+" + _AGAIN_DET + r"\s+(?:same\s+|mism[oa]s?\s+)?"
                      r"(?:[a-z-]+\s+)?(?:" + alt + r")(?![\w])|(?<![\w])" + _AGAIN_DET + r"\s+(?:same\s+|mism[oa]s?\s+)?"
                      r"(?:[a-z-]+\s+)?(?:" + alt + r")\s+" + said + r"|" + SPEECH.pattern + r"\s+" + _AGAIN_DET + r"\s+"
                      r"(?:[a-z-]+\s+)?(?:" + alt + r")(?![\w]))")


def _within_sentences(spans: list[tuple[int, int, str]], doc: Document) -> list[tuple[int, int, str]]:
    """Each span cut back to the sentence it ends in.

    A description read backwards over a full stop ('… hid in a tunnel. One
    insider said') belongs to the sentence that holds its speaker, not to
    the one before, whose last words it took in.
    """
    out = []
    for s, e, t in spans:
        start = doc.sentence_start(e - 1)  # the last sentence that starts before the span ends
        if start > s:
            t, s = t[start - s :], start
        out.append((s, e, t))
    return out


# what ``_skip`` reads in a line: its words, a footnote's link or a bare link, the mark a sentence closes with
_WORD = re.compile(r"\w+")
_FOOTNOTE_LINK = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d+\]|\(\d+\)|\d+\.)\s*<?https?://")
_BARE_LINK = re.compile(r"<?(?:https?://|www\.)\S+>?\.?")
_CLOSED_LINE = re.compile(r"[.!?…:\"”»’')\]]\s*[¹²³⁴⁵⁶⁷⁸⁹⁰\d]*$")


def _skip(text: str, s: int, e: int, asserts: bool = False) -> bool:
    """Whether ``text[s:e]`` is no claim: a dateline, a fragment, a footnote line, a heading.

    A heading that uses loaded words or cites an unnamed source
    (``asserts``) is kept: a headline asserts its framing ("la seguridad
    como coartada del autoritarismo") and what its sources say.
    """
    t = text[s:e].strip()
    if looks_like_dateline(t):
        return True
    words = _WORD.findall(t)
    if len(words) < 4:
        # a short section heading keeps its verdict ('Officials and their accomplices', 'Funcionarios y
        # complicidades'); a lone word or a bare label line says nothing
        return not (asserts and len(words) >= 2)
    if _FOOTNOTE_LINK.match(t) or _BARE_LINK.fullmatch(t):
        return True
    if not _CLOSED_LINE.search(t) and len(words) <= 12:
        return not asserts  # a heading or a title line
    return False


def _kind(folded: str, has_quote: bool, has_rel: bool, has_event: bool) -> str:
    if has_quote:
        return "quote"
    if has_event:
        return "event"
    if has_rel:
        return "relation"
    if PRESCRIBE.search(folded):
        return "prescription"
    if CAUSAL.search(folded):
        return "causal"
    if PREDICT.search(folded):
        return "prediction"
    if QUANT.search(folded):
        return "quantitative"
    return "characterisation"


def _within(items: list, s: int, e: int) -> list:
    return [x for x in items if s <= x.start < e]


def _by_evidence_start(records: Sequence[_R]) -> dict[int, list[_R]]:
    """Each evidence start -> the records with evidence starting there, in ``records`` order, each once."""
    out: dict[int, list[_R]] = {}
    for r in records:
        for start in dict.fromkeys(ev.start for ev in r.evidence):
            out.setdefault(start, []).append(r)
    return out


def extract_claims(doc: Document, res: Resolution, relations: list[Relation], events: list[Event],
                   quotes: list[Quote]) -> list[Claim]:
    text = doc.text
    lang = doc.language if doc.language in ("en", "es") else "und"  # undetermined: both lexicons
    # an interview's answers and a transcript's turns are reported speech though no quotation mark sets them off
    loaded = lang_cues.find_loaded_terms(text, lang, speech=[(q.start, q.end) for q in quotes])
    hedges = lang_cues.find_hedges(text, lang)
    anon = _within_sentences(lang_cues.find_anonymous_sources(text, lang), doc)
    attributions = lang_cues.find_attributions(text, lang)
    disputes = lang_cues.find_disputes(text, lang)
    claims: list[Claim] = []
    described: list[tuple[int, str]] = []  # (sentence start, description) of each unnamed source met so far
    # the relations and events each sentence is evidence of, in their order (a sentence's claim lists its own)
    rels_at, evs_at = _by_evidence_start(relations), _by_evidence_start(events)
    for s, e in doc.sentences or [(0, len(text))]:
        sq = [q for q in quotes if s <= q.start < e]
        an = [a for a in anon if s <= a[0] < e]
        if not sq and _skip(text, s, e, asserts=bool(_within(loaded, s, e) or an)):
            continue  # a sentence of quoted words is a claim however short ('"Nobody listened."'); a headline
            # that cites unnamed sources asserts on their word ('Sources: port chief took bribes')
        folded = fold_text(text[s:e])
        srels = rels_at.get(s, [])
        # a tie inferred across sentences (model.context) rests on this sentence but is not what it states: the
        # claim keeps its own kind
        stated = [r for r in srels if r.extractor != INFERRED]
        sevs = evs_at.get(s, [])
        sloaded = _within(loaded, s, e)
        cl = Claim(
            key=f"{doc.id}:c{len(claims) + 1}", document=doc.id, start=s, end=e, text=text[s:e],
            kind=_kind(folded, bool(sq), bool(stated), bool(sevs)), extractor="rules.claims",
        )
        cl.loaded_terms = sloaded
        sh = [h for h in _within(hedges, s, e) if getattr(h, "category", "hedge") == "hedge"]
        cl.hedged, cl.hedges = bool(sh), [h.term for h in sh]
        if an:
            cl.anonymous_source = True
            cl.source_description = text[an[0][0] : an[0][1]]
        else:
            m = ANONYMITY.search(folded)
            if m:  # "an officer, who asked not to be named, said": the source is the phrase before the request
                cl.anonymous_source = True
                lead = text[s : s + m.start()].rstrip(" ,")
                cl.source_description = " ".join(lead.split()[-8:] + [text[s + m.start() : s + m.end()]])
            elif (m := _unnamed_people().search(folded)) and not any(
                    m.group(g) and _names_a_body(res, s + m.start(g), s + m.end(g)) for g in ("w1", "w2")):
                cl.anonymous_source = True
                cl.source_description = text[s + m.start() : s + m.end()]
        if not cl.anonymous_source:
            again = _described_again(folded, [t for at, t in described if s - BACK_REACH <= at < s])
            if again:  # 'A senior official, who asked not to be named, … The official said…': the same source goes on
                cl.anonymous_source = True
                cl.source_description = text[s + again.start() : s + again.end()]
        if cl.anonymous_source and cl.source_description:
            described.append((s, cl.source_description))
        cl.negated = bool(_within(disputes, s, e))
        _attribute(cl, res, _within(attributions, s, e))
        cl.citations = _citations(doc, s, e)
        cl.entities = list(dict.fromkeys(r.key for r in res.refs if s <= r.start < e))
        unnamed = next((res.by_key[q.speaker] for q in sq if q.speaker in res.by_key
                        and res.by_key[q.speaker].subtype == UNNAMED), None)
        if unnamed and not cl.anonymous_source:  # '"…," one dredge operator said': words of someone unnamed
            cl.anonymous_source = True
            cl.source_description = unnamed.aliases[0] if unnamed.aliases else unnamed.name
        if sq:
            cl.quote, cl.speaker = sq[0].text, sq[0].speaker
            cl.attributed_to = cl.attributed_to or sq[0].speaker
        claims.append(cl)
        for r in srels:
            r.claims.append(cl.key)
        for v in sevs:
            v.claims.append(cl.key)
        for q in sq[1:]:
            extra = Claim(key=f"{doc.id}:c{len(claims) + 1}", document=doc.id, start=s, end=e, text=text[s:e],
                          kind="quote", quote=q.text, speaker=q.speaker, attributed_to=q.speaker,
                          citations=list(cl.citations), entities=list(cl.entities), extractor="rules.quotes")
            claims.append(extra)
    return claims


def _attribute(cl: Claim, res: Resolution, atts: list) -> None:
    for a in atts:
        s0, e0 = getattr(a, "speaker_start", None), getattr(a, "speaker_end", None)
        if s0 is None or e0 is None:
            continue
        key = next((r.key for r in res.refs if r.start < e0 and s0 < r.end), None)
        if key:
            cl.attributed_to = key
            return
        if not cl.source_description:
            cl.source_description = getattr(a, "speaker_text", None)


def _citations(doc: Document, s: int, e: int) -> list[str]:
    urls = []
    for c in doc.citations:
        if not c.url:
            continue
        inside = c.start is not None and s <= c.start < e + 4
        supports = c.sentence_start is not None and c.sentence_start == s
        if inside or supports:
            urls.append(c.url)
    return list(dict.fromkeys(urls))
