"""Verbatim quotes and who said them.

A quote is text inside quotation marks (“ ” " " « » ‘ ’ ' ' „ “ ‹ ›) or after a Spanish
dialogue dash that is speech, not a name or a scare quote: four words or
more, or introduced by a speech verb or a colon, or a word or two someone
is said to have called something (X called them "narco-terrorists"). The
speaker is the actor named around it ("…," said X / X said: "…" / X,
stating, "…" / "…," according to X); a description ("…," the minister said)
or a pronoun or a verb with no subject ("She added:", "Luego añadió:") is
the person named before. A paragraph that opens a quote and leaves it open
goes on in the next one (the convention for quotes over several
paragraphs) and shares its speaker.

Helpers: ``speech`` (the reporting verbs), ``quote_sources`` (a body or a
text that speaks: 'the group said', 'el comunicado señala'), ``quote_forms``
(what layout sets apart: interviews, labels, lists, block quotes, fact-check
lines) and ``quote_people`` (which person a role, a pronoun or a verb that
goes on points at).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nexos.extract.coref import ORG_TYPES, Resolution
from nexos.extract.descriptions import gender
from nexos.extract.lexicon import capital_countries, country_names, fold_text
from nexos.extract.phrases import Unit
from nexos.extract.quote_agents import AGENT_LEAD, claim_owner, passive_agent, promiser
from nexos.extract.quote_forms import (
    attribution_after,
    block_quotes,
    claim_poster,
    fact_check_speaker,
    interview_answers,
    introduced_block,
    label_speaker,
    published_text_speaker,
    thread_author,
)
from nexos.extract.quote_people import (
    agreeing,
    bare_subject,
    by_role,
    closing_subject,
    goes_on,
    last_person,
    owned_description,
    owner,
    parenthetical,
    person_nouns,
    previous_sayer,
    relation_noun,
    relative_sayer,
    reported_sayer,
    role_noun,
    sentence_before_subject,
    subordinate_sayer,
    topic_person,
)
from nexos.extract.quote_sources import brought_in_by, described_speaker, staff_speaker
from nexos.extract.quote_unnamed import (
    SPANISH_AFTER_A,
    bare_plural,
    bare_plural_speaker,
    description,
    one_of_them,
    opening_person,
    owned_speaker,
    possessed_speaker,
    stand_ins,
    unnamed_speaker,
)
from nexos.extract.speech import SPEAKER_TYPES, SPEECH, actor_units, addressed
from nexos.model import Document

# curly quotes and guillemets may hold a line break (hard-wrapped text) but not a paragraph break: a quote
# over paragraphs opens each one and closes only the last (OPEN_PARAGRAPH); a curly mark may close a
# straight one and the other way round (copy typed in two editors: “…" / "…”)
QUOTE = re.compile(r"(?m)“((?:[^”\"\n]|\n(?![ \t]*\n)){2,800})[”\"]|\"([^\"”\n]{2,800})[\"”]|«((?:[^»\n]|\n(?![ \t]*\n)){2,800})»|‘([^’\n]{8,800})’|^\s*[—–]\s*([^\n—–]{8,400})"
                   # 'straight single quotes': an apostrophe inside a word ("don't") does not close them
                   r"|(?<![\w'])'(?=[^\W\d_])((?:[^'\n]|'(?=\w)){8,600}?)(?<=[\w.,!?…])'(?![\w])"
                   # low-high „…“ (or „…”) and single guillemets ‹…›
                   r"|„((?:[^“”\n]|\n(?![ \t]*\n)){2,800})[“”]|‹([^›\n]{2,800})›"
                   # a paragraph that goes on with a quote begun in the one before opens with '»' in Spanish
                   r"|^[ \t]*»((?:[^»«\n]|\n(?![ \t]*\n)){2,800})»")
QUOTE_GROUPS = range(1, 10)  # the groups of QUOTE that hold the quoted words
@dataclass
class Quote:
    start: int  # of the quoted words, without the marks
    end: int
    text: str
    speaker: str | None
    sentence: tuple[int, int]


_DESCRIBED = r"(?:a|an|one|the|un|una|uno|el|la|los|las)"
# '"…," according to X' / '«…», según X': the source comes after the quote like a speech verb's subject
# ('U.S. Attorney General X said', 'el fiscal de EE. UU. X dijo': a word may hold an abbreviation's dots, and a
# hyphen: '"…," spokeswoman Marie-Lourdes Alcindor tells reporters')
AFTER_CUE = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:(?:[\w'’.-]*\w\.?(?:\s\w{1,2}\.)?\s+){0,6}?" + SPEECH.pattern +
                       # '"…," Ernesto Villagrán, spokesman for the prison service, told reporters': a name,
                       # then what the name is, set off by commas, then the verb
                       # (a title may be abbreviated: '"…," Gen. Rodrigo Ruiz, who leads the operation, told reporters')
                       # (a name may be hyphenated: '"…," Jean-Robert Dorléans, a police spokesman, said')
                       r"|(?:[\w'’][\w'’-]*\.?\s+){0,4}[\w'’][\w'’-]*\s*,\s*[^,;.\"“”«»]{3,80},\s*(?:\w+\s+){0,1}?"
                       + SPEECH.pattern +
                       r"|(?:according\s+to|segun|de\s+acuerdo\s+con)(?![\w]))")
# '«…», declaró el viernes en conferencia de prensa', '"…," he said the next day': when, not who
_WHEN = (r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|ano|mes|semana|fin\s+de\s+semana|manana|tarde|"
         r"noche|madrugada|pasado|pasada|mismo|misma|next|following|same|day|week|month|year|morning|afternoon|evening|"
         r"night|weekend)(?![\w])")
# '"…," a resident said' / '«…», dijo un vecino' / '"…," said the police': a speaker described,
# not named, and not the person named before (a description of one person is tried first)
UNNAMED_AFTER = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:(?:me|nos|le|les)\s+)?(?:" + _DESCRIBED + r"\s+(?:[\w'-]+\s+){1,3}?"
                           + SPEECH.pattern + "|" + SPEECH.pattern + r"\s+" + _DESCRIBED + r"\s(?!" + _WHEN + r"))")
def _unnamed_after_verb(after: str, lang: str) -> bool:
    """'"…," a resident said' / '«…», dijo un vecino': a described speaker, not 'dijo a este diario' (an addressee)."""
    m = UNNAMED_AFTER.match(after)
    if m is None or not re.search(r"(?<![\w])a\s$", m.group()):
        return m is not None
    return not (lang == "es" or SPANISH_AFTER_A.match(after, m.end() - 1))


# '"…" y anunció' / '"…" and added': a second verb of the subject named before the quote
COORDINATED = re.compile(r"^[\"”»’“›*\s]*(?:y|e|and)\s")
# '"…", while Y said "…"' / '«…», mientras que Y dijo': a new clause, whose speaker is not this quote's
NEW_CLAUSE = re.compile(r"^[\"”»’“›*\s]*,?\s*(?:while|whereas|but|although|mientras(?:\s+que)?|pero|aunque)\s")
# 'X called them "narco-terrorists"': a short quote is the speaker's label for something
PASSIVE_LABEL = re.compile(r"(?<![\w])(?:was|were|has been|have been|is|are|being|fue|fueron|ha sido|han sido)\s+\w")
ACCORDING_OPENER = re.compile(r"\s*(?:according to|segun|de acuerdo con)\s[^,.;]{2,80},")
LABEL_VERB = re.compile(r"(?<![\w])(?<!so-)(?<!so )(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed)|"
                        r"term(?:s|ed)|describ(?:ed|es|e|ing)\s+(?:\w+\s+){1,4}as|califico|calificaron|califica|calificar|"
                        r"(?:describe|describen|define|definen|retrata|retratan)\s+(?:\w+\s+){1,4}como|"
                        r"llamo|llamaron|llama|llaman|califican|tildan|denominan|tildo|tildaron|tilda|denomino|bautizo|llamar(?:l[oa]s?)?|tildar(?:l[oa]s?)?|"
                        r"describio\s+(?:\w+\s+){1,4}como|(?<!\slo\s)(?<!\sla\s)(?<!\slos\s)(?<!\slas\s)(?<!\sle\s)(?<!\sles\s)"
                        r"(?:describio|definio|retrato)\s+como|acusa|acusan|acuso|acusaron|accuses|accused|"
                        # 'desestimó el informe como «ficción»', 'lo tachó de «montaje»', 'portrayed him as "…"'
                        r"(?:desestimo|descarto|definio|presento|catalogo|retrato)\s+(?:\w+\s+){1,3}(?:como|de)|"
                        r"tacho|tacha|tacharon|tachan|(?:senalo|senalaron|senala|senalan|sindico|sindica)\s+(?:\w+\s+){0,3}?como|"
                        r"(?:portrayed|characteri[sz]ed|painted|derided|decried|denounced|dismissed|defended|hailed|"
                        r"praised)\s+(?:[\w'’]+\s+){1,3}as|"
                        # 'blamed X for the "…"', 'compared X to "…"', 'thanked X for his "…"', 'culpó a X del «…»'
                        r"(?:sees|saw|views|viewed|regards|regarded|ve|veia|ven|considera|consideraba)\s+(?:[\w'’]+\s+){1,3}(?:as|como)|"
                        r"blame[sd]?|compar(?:es|ed)\s+(?:[\w'’]+\s+){1,3}(?:to|with)|thank(?:s|ed)|"
                        r"culpo|culpa|culpan|culparon|responsabilizo|responsabiliza|comparo\s+(?:\w+\s+){1,3}con|"
                        # 'atribuyó el ataque a «estructuras criminales»', 'attributed the attack to "…"': a cause named
                        r"(?:atribuyo|atribuyeron|atribuye|atribuyen)\s+(?:\w+\s+){1,4}?a|"
                        r"(?:attribut(?:es|ed)|pinned)\s+(?:[\w'’]+\s+){1,4}?(?:to|on)|"
                        r"agradecio|agradece|agradecieron|"
                        # attacking or praising something in quotes ('took aim at X's "arrogance"', 'arremetió contra
                        # la «soberbia» de X', 'elogió el «coraje» de', 'ha descrito a las bandas como «…»')
                        r"slammed|blasted|attacked|ridiculed|lashed\s+out\s+at|took\s+aim\s+at|hit\s+out\s+at|"
                        r"arremetio\s+contra|cargo\s+contra|se\s+burlo\s+de|ataco|fustigo|ridiculizo|elogio|elogia|"
                        r"(?:ha|han|habia|habian)\s+(?:\w+mente\s+)?(?:descrito|definido|calificado|tildado|llamado|"
                        r"catalogado|tachado|acusado)|"
                        # 'referred to the network as "the company"', 'se refirió a la red como «la empresa»'
                        r"refer(?:s|red)\s+to\s+(?:[\w'’]+\s+){1,4}as|se\s+refiri[oe]\s+a\s+(?:\w+\s+){1,4}como)"
                        r"(?![\w])")
INTRO_PHRASE = re.compile(
    r"^\s*(?:consultad[oa]s?|entrevistad[oa]s?|citad[oa]s?|preguntad[oa]s?|contactad[oa]s?|asked|interviewed|"
    # 'Pressed by Senator X, Minister Y replied', 'Interpelado por la senadora X, el ministro Y respondió'
    r"pressed|questioned|challenged|confronted|prompted|interrupted|presionad[oa]s?|interpelad[oa]s?|"
    r"cuestionad[oa]s?|increpad[oa]s?|"
    r"contacted|reached|according to|segun|de acuerdo con|in|at|on|during|en|durante|tras|after|"
    # 'Speaking to reporters after meeting X, Y said', 'Dirigiéndose a X, la jueza Y dijo', 'Ante la jueza X, Y dijo'
    r"speaking|responding|replying|addressing|referring|commenting|reacting|answering|testifying|writing|talking|"
    r"before|regarding|about|asked about|dirigiendose|refiriendose|respondiendo|hablando|comentando|reaccionando|"
    r"ante|frente a|sobre|acerca de|respecto a|al referirse|al responder|al ser consultad[oa]|al hablar|"
    # 'When X appeared in court, Judge Y warned', 'Cuando X compareció, el juez Y advirtió'
    r"when|while|once|cuando|mientras|una vez que|luego de|despues de|antes de|"
    # 'Like X, his partner Y denied…', 'Al igual que X, su socio Y dijo', 'A diferencia de X, …'
    r"like|unlike|as with|apart from|aside from|besides|despite|al igual que|a diferencia de|ademas de|as for|turning to|"
    # 'Standing next to X, Y said', 'Flanked by X,', 'Junto a X, Y dijo', 'Acompañada de X,'
    r"standing|sitting|flanked|accompanied|alongside|next to|beside|together with|along with|"
    r"junto a|junto con|al lado de|acompanad[oa] (?:de|por)|flanquead[oa] por|"
    r"en cuanto a|respecto de|"
    r"pese a|a pesar de|with|without|con|sin)\b[^,]{0,100},")
# 'X was described by Senator Y as "…"', 'X fue calificado por la senadora Y como «…»': the agent labels
PASSIVE_AGENT = re.compile(r"(?<![\w])(?:was|were|has\s+been|have\s+been|is|are|being|fue|fueron|ha\s+sido|han\s+sido|es|son)"
                           r"\s+(?:\w+\s+)?(?:described|called|labell?ed|branded|dubbed|termed|portrayed|characteri[sz]ed|"
                           # 'X was told by Senator Y: "…"', 'X fue advertido por el juez Y: «…»': the agent speaks
                           r"told|asked|warned|reminded|assured|advertid[oa]s?|interpelad[oa]s?|increpad[oa]s?|"
                           r"calificad[oa]s?|llamad[oa]s?|tildad[oa]s?|descrit[oa]s?|denominad[oa]s?|definid[oa]s?)"
                           r"\s+(?:by|por)\s")
# 'X, according to prosecutor Y, "…"', 'X, según el fiscal Y, «…»': the source set off inside the clause
ACCORDING_ASIDE = re.compile(r",\s*(?:according to|segun|de acuerdo con)\s[^,.;]{2,80},")
ACCORDING_INTRO = re.compile(r"^\s*(?:according to|segun|de acuerdo con)\b")
ROLE_AFTER = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:\w+\s+){0,1}?" + SPEECH.pattern +
                        r"\s+(?:el|la|los|las|the|a|an|un|una)\s+((?:[a-z]+\s+){0,2}[a-z]+)")

# ', Liliana Barrios, aseguró': the speech verb right after an appositive name
APPOSITIVE_VERB = re.compile(r"\s*,\s*(?:(?:le|les|nos|me|se|also|then|later|tambien|luego|ademas)\s+){0,2}" + SPEECH.pattern)

# '"…," the priest said' (subject before the verb)
ROLE_BEFORE_VERB = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:the|el|la)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+" + SPEECH.pattern)


def _role_speaker(res: Resolution, folded: str, rm: re.Match[str], q_start: int, at: int = 0,
                  last: bool = True) -> str | None:
    """'…," the minister said' / '—…—dijo el sacerdote' / '«…», indicó la cartera': who that description
    points back to (``rm`` matched ``folded`` from ``at``).

    A body ('the group', 'la cartera') or a text ('the report') is the
    actor it stands for; a person is the one introduced with that word, or
    else the last person named: a definite description after a quote refers
    back, an indefinite one ("a resident said") brings in someone unnamed
    (the last person only when ``last``).
    """
    body = described_speaker(res, folded, at + rm.start(), at + rm.end(), q_start)
    if body:
        return body
    role = rm.group(rm.lastindex or 1)
    key = by_role(res, folded, role, q_start)
    if key is None and last and role.split()[0] in person_nouns() \
            and re.search(r"(?<![\w])(?:el|la|the)\s+$", folded[: at + rm.start(rm.lastindex or 1)]):
        key = last_person(res, q_start, 600)
    return key


ARTICLES = {"en": r"a|an|the|one|two|some", "es": r"un|una|unos|unas|el|la|los|las|uno|dos"}


def _subjectless(raw: str, lead: str, lang: str = "") -> bool:
    """'Luego añadió:' / 'Later, he added that': a speech verb whose subject is the person before.

    Not 'A resident said:', whose subject is someone new: no article and no
    name may come before the verb (Spanish 'a' is a preposition: 'No nombraba a
    nadie, pero advertía que…' has no subject of its own).
    """
    m = SPEECH.search(lead)
    if not m:
        return False
    head = lead[: m.start()]
    articles = ARTICLES.get(lang) or "|".join(ARTICLES.values())
    if re.search(r"(?<![\w])(?:" + articles + r")(?![\w])", head):
        return False
    words = re.findall(r"\w+", raw[: m.start()])
    return not any(w[0].isupper() for w in words[1:])


# (four-letter abbreviated titles are no stop: 'Cnel. Ruiz', 'Gral. Pérez', 'Supt. Ortiz')
SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{4})(?<!cnel)(?<!gral)(?<!sgto)(?<!mons)(?<!insp)(?<!cmdt)(?<!supt)(?<!comm)"
                           r"(?<!lcda)(?<!licd)(?<!dipl)(?<!prof)(?<!capt)(?<!lieut)(?<!cmdr)[.!?;](?=\s)")


# 'A former broker told us:' / 'Un vecino dijo:': a subject brought in without a name ('A report by X' is X's)
UNNAMED_BEFORE = re.compile(
    r"^[\s*]*(?:a|an|one|another|un|una|uno|otro|otra|two|three|four|several|dos|tres|cuatro|varios|varias)\s+(?!(?:[\w-]+\s+){0,2}?(?:year|week|month|day|decade|time|moment|ano|mes|semana|"
    r"dia|vez|momento|report|study|statement|document|letter|paper|memo|analysis|video|post|informe|estudio|comunicado|"
    r"documento|carta|analisis|mensaje|publicacion|pamphlet|leaflet|flyer|banner|note|panfleto|narcomanta|manta|"
    r"pancarta|nota)s?(?![\w]))")
SPOKESPERSON = re.compile(r"(?<![\w])(?:spokes(?:person|man|woman)|representative|vocer[oa]|portavoz|representante)"
                          r"(?![\w])")

SPOKES_AFTER = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:" + SPEECH.pattern + r"\s+)?(?:a|an|one|un|una|uno)\s+"
                          r"(?:[\w-]+\s+)?" + SPOKESPERSON.pattern + r"\s+(?:for|of|at|from|de|del)(?![\w])")


def _named_next(doc: Document, res: Resolution, folded: str, q_start: int, q_end: int) -> str | None:
    """'"Nobody sleeps here anymore." Ana Prado has run a bakery…': a quote that opens its paragraph
    and names its speaker in the next sentence, as its subject ('Ana Prado…', 'Mayor Ana Prado…'), after
    a speech verb ('Así lo resume Ana Prado', 'So says Ana Prado') or after 'Con estas palabras, …'.
    """
    para = doc.paragraph_at(q_start)
    nxt = next((s for s in doc.sentences if q_end <= s[0] < q_end + 6), None)
    if para is not None and (nxt is None or nxt[0] >= para[1]) and not folded[q_end : para[1]].strip(" *.\"'"):
        # '"…"' + 'Those were the words of X, …' / 'Así lo dijo X': a paragraph that hands the one before to X
        nxt = next((s for s in doc.sentences if para[1] <= s[0] < para[1] + 8), None)
        if nxt is None or not NEXT_PARAGRAPH_CUE.match(folded, nxt[0]):
            return None
        para = doc.paragraph_at(nxt[0])
    if para is None or nxt is None or nxt[0] >= para[1] or folded[para[0] : q_start].strip(" *"):
        return None
    first = next((u for u in actor_units(res.refs, nxt[0], min(nxt[1], nxt[0] + 100), doc.text)
                  if res.by_key[u.key].type in SPEAKER_TYPES), None)
    if first is None or res.by_key[first.key].type != "person" \
            or not any(r.start == first.start and r.kind == "name" for r in res.refs):
        return None
    lead = folded[nxt[0] : first.start]
    if SPEECH.search(lead) or THESE_WORDS.match(lead) or NEXT_PARAGRAPH_CUE.match(lead) or (len(lead.split()) <= 2 and not re.search(r"[,;:]", lead)):
        return first.key
    return None


# a paragraph that opens by handing the quote before it to someone
NEXT_PARAGRAPH_CUE = re.compile(
    r"[\s*]*(?:(?:those|these)\s+were\s+the\s+words\s+of|the\s+words\s+(?:are|were)\s+(?:those\s+)?of|so\s+(?:said|says)|"
    r"that\s+(?:is|was)\s+how|thus\s+(?:spoke|said)|(?:esas|estas)\s+fueron\s+las\s+palabras\s+del?|las\s+palabras\s+son\s+del?|"
    r"asi\s+(?:lo\s+)?(?:dijo|dice|expreso|resumio|resume|explico|explica|afirmo|afirma|aseguro|asegura|describe|describio|"
    r"relata|relato|cuenta|conto|advirtio|advierte|denuncio|denuncia|recuerda|recordo)|con\s+(?:estas|esas)\s+palabras|"
    r"with\s+(?:these|those)\s+words)(?![\w])")
# '«…». Con estas palabras, la alcaldesa X anunció…': the next sentence hands the words to its subject
THESE_WORDS = re.compile(r"^[\s*]*(?:con\s+(?:estas|esas|aquellas)\s+palabras|with\s+(?:these|those)\s+words|"
                         r"en\s+(?:estos|esos)\s+terminos|in\s+(?:these|those)\s+terms)(?![\w])")


# 'La publicación original apareció en la cuenta de X @Foo' / 'The post first appeared on the account @Foo'
POSTED_ON = re.compile(
    r"[\s>*]*(?:(?:the|this|that|la|el|esta|este|esa|ese)\s+)?(?:original\s+)?(?:post|tweet|message|video|publicacion|"
    r"mensaje|trino|tuit|posteo|video)s?\s+(?:original\s+)?(?:[\w]+\s+){0,2}?(?:appeared|was\s+posted|was\s+published|"
    r"was\s+first\s+posted|was\s+first\s+published|came|originated|aparecio|fue\s+publicad[oa]|se\s+publico|salio|"
    r"surgio|provino|circulo\s+primero)\s+(?:[\w]+\s+){0,3}?(?:account|profile|page|channel|cuenta|perfil|pagina|canal)"
    r"(?![\w])")


def _post_author(doc: Document, res: Resolution, folded: str, q_end: int) -> str | None:
    """'> "ÚLTIMA HORA: …"' + 'La publicación original apareció en la cuenta de X @Foo': the account that posted it.

    The sentence right after the quote (in the next paragraph at most) says
    the post appeared on an account: the account named there (a handle
    first) is who wrote the words.
    """
    nxt = next((s for s in doc.sentences if q_end <= s[0] < q_end + 8), None)
    if nxt is None:
        return None
    m = POSTED_ON.match(folded, nxt[0], nxt[1])
    if m is None:
        return None
    near = [u for u in actor_units(res.refs, m.end(), min(nxt[1], m.end() + 60), doc.text)
            if res.by_key[u.key].type in SPEAKER_TYPES - {"state", "person"} or doc.text[u.start] == "@"]
    handles = [u for u in near if doc.text[u.start] == "@"]
    return (handles or near)[0].key if handles or near else None


def _set_off(folded: str, units: list[Unit], limit: int) -> str | None:
    """'A spokeswoman for Hendricks, Carol Dunn, said': the name between commas right before the speech verb."""
    return next((u.key for u in units if folded[: u.start].rstrip().endswith(",")
                 and APPOSITIVE_VERB.match(folded, u.end, limit)), None)


# ', gremio al que pertenece X,' / ', whose members include X,': a description or a relative clause set off by
# commas right after the subject (it opens lower case; ', Liliana Barrios,' is a name set off, see _set_off)
INSERTION = re.compile(r"[ \t]*,[ \t]*(?=[a-záéíóúñ])[^,;:.\"“”«»\n]{3,140},")


def _past_insertion(text: str, units: list[Unit], clause_start: int) -> list[Unit]:
    """The clause's actors less those inside a description set off after its subject.

    'La Asociación X, gremio al que pertenece Y, emitió un comunicado': Y
    is named to say what X is; the subject that speaks is X. Only when the
    first actor opens the clause (two words at most before it).
    """
    if not units or len(re.findall(r"\w+", text[clause_start : units[0].start])) > 2:
        return units
    m = INSERTION.match(text, units[0].end)
    if m is None or SPEECH.search(fold_text(m.group())):
        return units  # 'Honduras, he shouted, is "…"': a reporting clause set off names the speaker
    named = [u for u in units[1:] if u.start < m.end()]
    if named and TITLE_THEN_NAME.fullmatch(fold_text(text[m.start() : named[-1].start])) \
            and re.fullmatch(r"[ \t]*,", text[named[-1].end : m.end()]) and APPOSITIVE_VERB.match(fold_text(text), m.end() - 1):
        # 'Comandancia General de la Policía, general Luis Ruiz, afirmó:': a title and a name set off right before
        # the verb name who speaks for what opens the clause (not 'X, hermano de Luis Ruiz, afirmó')
        return named[-1:] + [u for u in units[1:] if u.start >= m.end()]
    if units[0].start > clause_start + 1 and INCLUDING.match(fold_text(m.group())):
        # 'Critics of the government, including deputy X of the Y Party, accuse it of "…"': the one named among
        # the unnamed subject speaks for them, not what the subject is critical of
        return named[:1] + [u for u in units[1:] if u.start >= m.end()] if named else units
    return [units[0]] + [u for u in units[1:] if u.start >= m.end()]


# ', general ', ', el coronel ', ', its director ': a comma and a few title words with no 'of' before a name
TITLE_THEN_NAME = re.compile(r"[ \t]*,[ \t]*(?:(?!(?:de|del|of|for|to|a|al|con|with|y|and)\s)[a-z.]+\s+){1,3}")
INCLUDING = re.compile(r"\s*,\s*(?:including|among\s+them|incluid[oa]s?|incluyendo|entre\s+(?:ellos|ellas))\s")


def _speaker(doc: Document, res: Resolution, q_start: int, q_end: int, sent: tuple[int, int]) -> str | None:
    """Who said the quote at ``[q_start, q_end)`` (its marks included) in sentence ``sent``."""
    folded = fold_text(doc.text)
    unsaid = SOURCE_UNSAID.match(folded, sent[0], q_start)
    if unsaid and not actor_units(res.refs, sent[0], unsaid.end(), doc.text):
        # 'Según explicó, la información que permitió ubicar a alias X provino de «…»': the one who explained is
        # who spoke before, never whom the reported clause names
        return _subject_before(doc, res, folded, sent)
    key = agreeing(doc, res, _speaker_of(doc, res, q_start, q_end, sent), sent, q_start, q_end)
    going_on = goes_on(doc, sent, q_start, q_end)
    if going_on or bare_subject(doc, sent, q_start, q_end):
        # '…, Colonel Luis Vera said. "…," he added.': who spoke last goes on, not the last person named; a
        # bare '"…," he said' goes on from the sentence right before
        sayer = previous_sayer(doc, res, folded, sent[0], 2 if going_on else 1) \
            or _previous_unnamed(doc, res, sent[0], loose=not going_on)
        if sayer and agreeing(doc, res, sayer, sent, q_start, q_end) == sayer:
            return sayer
    return key


# 'Según explicó,', 'Según dijo el jueves,': a source whose verb has no subject of its own
SOURCE_UNSAID = re.compile(r"[\s*]*(?:segun|de acuerdo con lo que)\s+(?:lo\s+que\s+)?(?:(?:le|les|nos|me)\s+)?"
                           r"(?:explico|dijo|senalo|detallo|indico|preciso|anadio|agrego|informo|relato|conto|afirmo|"
                           r"aseguro|declaro|expuso|manifesto|sostuvo|explicaron|dijeron|senalaron|detallaron|"
                           r"indicaron|informaron|relataron|contaron|afirmaron|aseguraron)(?![\w])[^,.;:]{0,30},")


def _previous_unnamed(doc: Document, res: Resolution, pos: int, loose: bool = False) -> str | None:
    """'One coffee farmer, who asked not to be named, said the fees … "…," he said': the unnamed person the
    sentence before opens with, when a speech verb follows the description there.

    ``loose`` (a bare '"…," she said' right after): any verb will do, and an opening phrase may come first
    ('At the market, a fish seller shrugged when asked. "Nothing changes," she said').
    """
    start = doc.sentence_start(pos, 1)
    if start >= pos:
        return None
    folded = fold_text(doc.text)
    s0 = start + len(doc.text[start:pos]) - len(doc.text[start:pos].lstrip(" *\n\t"))
    said = _opening_unnamed(doc, res, folded, s0, pos)
    if said or not loose:
        return said
    opened = _past_opener(folded, s0, pos)
    if opened > s0:
        s0 = opened + len(folded[opened:pos]) - len(folded[opened:pos].lstrip())
    return _opening_unnamed(doc, res, folded, s0, pos, any_verb=True)


# 'contó que', 'said that': a speech verb whose reported clause follows
REPORTS_THAT = re.compile(SPEECH.pattern + r"\s+(?:que|that)\s")


def _unnamed_reports(doc: Document, res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> str | None:
    """'Uno de ellos, de quince años, contó que el Chato le ofreció una moto a cambio de «hacer unos viajes»': the
    short words inside the clause that 'one of them' reports are that person's."""
    s0 = _clause_opening(folded, sent[0], q_start)
    if not REPORTS_THAT.search(folded, s0, q_start):
        return None
    return one_of_them(doc, res, s0)  # (not 'An official … confirmed that …, unlike the claim of "300 armed men"')


def _clause_opening(folded: str, start: int, q_start: int) -> int:
    """Where the clause at ``start`` opens, past blanks, list stars and an opening phrase ('At the market,')."""
    return _past_opener(folded, start + len(folded[start:q_start]) - len(folded[start:q_start].lstrip(" *")), q_start)


def _past_opener(folded: str, s: int, end: int) -> int:
    """Where the clause at ``s`` goes on after an opening phrase ('At the market,', 'With X in jail,'); ``s``
    when it has none, or when the phrase is a source ('According to X,')."""
    intro = INTRO_PHRASE.match(folded[s:end])
    return s + intro.end() if intro and not ACCORDING_INTRO.match(intro.group()) else s


def _opening_unnamed(doc: Document, res: Resolution, folded: str, s0: int, end: int,
                     any_verb: bool = False) -> str | None:
    """The unnamed person a description opening ``[s0, end)`` brings in ('A shopkeeper said'), when a speech
    verb follows it before ``end`` (or any verb, with ``any_verb``)."""
    if not UNNAMED_BEFORE.match(folded[s0:end]):
        return None
    if (any_verb or SPEECH.search(folded, s0, end)) and (one := one_of_them(doc, res, s0)):
        return one  # ('Uno de ellos, de no más de quince años, contó que…')
    if any_verb:  # (any verb: the description's first words must hold a noun for people)
        noun_end = opening_person(doc.text, s0, end)
        return unnamed_speaker(doc, res, s0, noun_end) if noun_end else None
    found = description(doc.text, s0, end, doc.language)
    # ('A shopkeeper across the street was less impressed: "…"': a colon introduces the words as well as a verb)
    if found is None or found.start() - s0 >= 4 or not (SPEECH.search(folded, found.end(), end)
                                                         or folded[:end].rstrip(" *").endswith(":")):
        return None
    # ('A regional security analyst, Teresa Amaya of the X Observatory, said …': the name set off says who)
    return _name_set_off(res, doc.text, found.end()) or unnamed_speaker(doc, res, found.start(), found.end())


# 'who introduced himself as', 'que se identificó solo como', 'who gave her name as': the name that follows is the
# person's own (the relative clause names the speaker, not someone else)
SELF_NAMED = re.compile(r"(?:(?:introduced|identified|presented)\s+(?:himself|herself)|gave\s+(?:his|her)\s+name|"
                        r"said\s+(?:his|her)\s+name\s+(?:was|is)|se\s+identific[oó]|se\s+present[oó]|dijo\s+llamarse)\s+"
                        r"(?:only\s+|simply\s+|just\s+|solo\s+|sólo\s+|solamente\s+|únicamente\s+)?(?:as\s+|como\s+)?"
                        r"[\"“'‘«]?(?:(?:el|la|the)\s+)?$")
SELF_NAMED_CLAUSE = re.compile(r"\s*,?\s*(?:who|que|quien)\s+" + SELF_NAMED.pattern)


# the words after which an English 'it' opens a clause (its subject) rather than ends a verb (its object)
IT_OPENS = frozenset("and but or that because if when while as so since although though then whether where".split())


# (also 'asked', 'warned', 'pressed': 'Ruiz asked Gómez: "Who paid for the boats?"' is Ruiz's question)
TOLD_BEFORE = re.compile(r"(?<![\w])(?:told|asked|warned|urged|pressed|reminded|assured|questioned|interrupted)\s+$")
WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def _object_pronoun(folded: str, u: Unit) -> bool:
    """'accuse it of "…"', 'called him "…"': a pronoun in the object case, which never says the words; 'the
    legislator told Checkpoint by text message:': whom 'told' has right after it is spoken to."""
    if TOLD_BEFORE.search(folded, max(0, u.start - 8), u.start):
        return True
    word = folded[u.start : u.end]
    if word in ("him", "them"):
        return True
    prev = WORD_BEFORE.search(folded, max(0, u.start - 25), u.start)
    return word == "it" and prev is not None and prev.group(1) not in IT_OPENS


# ', añade, «' / ', he adds, "': a speech verb set off by commas with no subject of its own, right before the words
BARE_SAYS_ASIDE = re.compile(r",\s*(?:(?:he|she)\s+)?(?:" + SPEECH.pattern + r")\s*,\s*$")


# 'the Front said it "does not recognise" the army's account': words a speech verb before them governs, with its
# subject before it; whoever the rest of the sentence names is not their speaker
SAID_BEFORE_WORDS = re.compile(r"(?<![\w])(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she)\s+"
                               r"(?:(?:is|was|has|had|would|will|were|are|have|not)\s+){0,2}[\"“]?$")


def _claimed(doc: Document, res: Resolution, folded: str, q_start: int) -> str | None:
    """The poster of the post a fact check's claim line quotes, when no 'Who said it:' line names a speaker."""
    return None if fact_check_speaker(doc, res, q_start) else claim_poster(doc, res, folded, q_start)


def _speaker_of(doc: Document, res: Resolution, q_start: int, q_end: int, sent: tuple[int, int]) -> str | None:
    posted = thread_author(doc, res, q_start + 1, q_end - 1)  # '> **2/5** — "…"': the post's line is all it is
    if posted:
        return posted
    folded = fold_text(doc.text)
    published = published_text_speaker(doc, res, folded, sent, q_start) or _claimed(doc, res, folded, q_start)
    if published:
        return published  # 'The post claims that X "…"': the page that posted it
    after = folded[q_end : q_end + 150].split("\n", 1)[0]  # the speaker is named in the same paragraph
    # '"…,"[4] said X': a note marker between the words and who said them reads as blank (offsets kept)
    after = re.sub(r"^([\"”»’“›,\s]*)(\[\^?\d{1,3}\])", lambda n: n.group(1) + " " * len(n.group(2)), after)
    stop = SENTENCE_STOP.search(after)  # ... and in the same sentence ("Gen. Ruiz" is not a stop)
    after = after[: stop.start()] if stop else after
    framed = _framed_by(res, folded, after, q_end)
    if framed:
        return framed
    # '"…" y anunció' continues the subject before; '«…». El alcalde lo niega' is a new sentence
    inverted = not COORDINATED.match(after) and not NEW_CLAUSE.match(after) and not re.match(r"^[\"”»’“›*]*\s*[.!?;]", after) \
        and not _closed_sentence(doc.text, q_end) and not SAID_BEFORE_WORDS.search(folded, sent[0], q_start) \
        and not INTRODUCES_NEXT.match(after)
    unnamed = _unnamed_after(doc, res, after, q_end) if inverted else None
    if unnamed:
        return unnamed
    lead = re.match(r"[\"”»’“›*,\s]*(?:[—–-]\s*)?", after)
    if inverted and re.match(r"(?:his|her|their|su|sus)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+\s+(?:" + SPEECH.pattern + ")",
                             after[lead.end() :]):
        owned = possessed_speaker(doc, res, q_end + lead.end(), q_end + len(after))
        if owned:
            return owned  # '"He is innocent," his lawyer said': the lawyer, not the client
    key = _named_after(doc, res, folded, after, q_start, q_end) if inverted else None
    if key is not None:
        return key or None  # NOBODY: the words after name the speaker as no one named
    aside = BARE_SAYS_ASIDE.search(folded, max(sent[0], q_start - 40), q_start)
    going_on = previous_sayer(doc, res, folded, aside.start(), 0) if aside else None
    if going_on:
        return going_on  # 'X dice que…, aunque la policía, añade, «…»': X goes on; the police are what X speaks of
    sent = _new_subject_clause(res, folded, sent, q_start)
    staff = staff_speaker(res, folded, _clause_opening(folded, sent[0], q_start), q_start)
    if staff is not None:
        return staff or None  # 'Prosecutors said he was "…"': the prosecutors' office, never 'he'
    before = [u for u in actor_units(res.refs, sent[0], q_start, doc.text) if res.by_key[u.key].type in SPEAKER_TYPES
              and not _object_pronoun(folded, u)]
    spokes = SPOKES_AFTER.match(after) if inverted and not before else None
    if spokes:  # '"…," a spokesman for the ministry said': the body it speaks for
        bodies = [u for u in actor_units(res.refs, q_end + spokes.end(), q_end + len(after))
                  if res.by_key[u.key].type in SPEAKER_TYPES - {"person"}]
        if bodies:
            return bodies[0].key
    if not before and inverted and CAPTION_AFTER.match(after):
        account = _last_account(doc, res, sent[0])
        if account:
            return account  # ('"…," the caption reads' / '«…», reza la leyenda': the post of the account named before)
    if not before and inverted and _unnamed_after_verb(after, doc.language):
        return None  # '"…," a resident said': nobody named
    if not before:
        state = _capital_voice(res, folded, sent[0], q_start)
        if state:
            return state  # ('Moscow called it "…"': the state its capital stands for)
        lead = len(doc.text[sent[0] : q_start]) - len(doc.text[sent[0] : q_start].lstrip(" *"))
        if bare_plural(doc.text, sent[0] + lead, q_start) and SPEECH.search(folded, sent[0], q_start):
            return bare_plural_speaker(doc, res, sent[0] + lead, q_start)  # 'Vecinos de X consultados… dijeron'
        opening = _opening_unnamed(doc, res, folded, sent[0] + lead, q_start)
        if opening:
            return opening  # 'A shopkeeper said: "…"'
        joined = _joined_unnamed(doc, res, folded, before, sent[0] + lead, q_start)
        if joined:
            return joined
        owned = _possessed_subject(doc, res, folded, sent[0] + lead, q_start)
        if owned:
            return owned
        return _unstated_subject(doc, res, folded, q_start, q_end, sent)
    unsaid = _unsaid_subject(doc, res, folded, before, sent, q_start) if doc.language == "es" else None
    if unsaid:
        return unsaid
    return _clause_subject(doc, res, folded, before, q_start, sent)


# the words a Spanish clause may hold before its verb when its subject is unsaid: adverbs and clitics
UNSAID_LEAD = frozenset("tambien luego despues ademas incluso ya entonces asimismo finalmente mas tarde no lo la le les "
                        "se me nos los las tan solo solamente apenas aun todavia nuevamente otra vez".split())
SUBJECT_BACK_SENTENCES = 3  # how many sentences back an unsaid subject is looked for


def _unsaid_subject(doc: Document, res: Resolution, folded: str, before: list[Unit], sent: tuple[int, int],
                    q_start: int) -> str | None:
    """'En su programa, llamó al alcalde X «un títere»', 'Dijo que X era «una mentirosa»', 'Ante la prensa,
    calificó el presupuesto de X de «un regalo»': a Spanish speech or naming verb with no subject before it (an
    opener set off by a comma, adverbs and clitics only) says the words of the clause's unsaid subject; who the
    clause names after the verb is its object or the reported clause's subject. The unsaid subject is the actor
    that opens one of the sentences before (up to SUBJECT_BACK_SENTENCES back, the nearest that has one)."""
    verb = _first_saying(folded, sent[0], q_start)
    if verb is None or verb.group().endswith("n"):
        return None  # ('dijeron que X era «…»': a plural no one named)
    named = [u for u in before if u.start != u.end]
    if not named or any(u.start < verb.start() for u in named):
        return None  # an actor before the verb is its subject or its topic: other readings decide
    if not subject_free_lead(folded, sent[0], verb.start()):
        return None  # ('El ministro dijo', 'Un policía en el lugar, que…, describió': a subject of its own)
    if verb.re is SPEECH and INVERTED_SUBJECT.match(folded, verb.end()):
        return None  # ('Por sus ventanillas, dice un exfuncionario de la X, «…»': the subject after the verb)
    return _subject_before(doc, res, folded, sent)


# a speech verb's subject after it ('dijo el ministro', 'dice un exfuncionario'); a naming verb's object stands there
# instead ('calificó el presupuesto de X de «…»')
INVERTED_SUBJECT = re.compile(r"\s+(?:el|la|los|las|un|una|unos|unas)\s")


# what opens a Spanish sentence before its subject or verb: a preposition, an adverb, a day ('En su programa,',
# 'Ante la prensa,', 'Días después,', 'El lunes,')
OPENER_ES = re.compile(r"\s*(?:en|ante|durante|tras|despues|luego|al|con|desde|por|para|sin|segun|mas\s+tarde|dias?|"
                       r"semanas?|horas?|meses|anos?|ayer|hoy|anoche|entonces|asi|ademas|finalmente|incluso|alli|aqui|alla|aca|"
                       r"(?:el|la|los|las|este|esta|ese|esa)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
                       r"dia|noche|tarde|manana|mes|ano|semana|pasado|pasada|mismo|misma|proximo|proxima))(?![\w])")
OPENER_PART = re.compile(r"\s*(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|que|quien|y|e)\s")


def _first_saying(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The earliest speech or naming verb in ``[start, end)``."""
    verbs = [m for rx in (SPEECH, LABEL_VERB) for m in rx.finditer(folded, start, end)]
    return min(verbs, key=lambda m: m.start(), default=None)


def subject_free_lead(folded: str, start: int, verb: int) -> bool:
    """Whether a Spanish clause holds no subject before its verb: adverbs and clitics only, after an opener set
    off by commas ('En su programa del lunes, rodeado de su bancada, llamó…'; not 'La defensa de X, a cargo del
    abogado Y, calificó…', 'Un policía en el lugar, que…, describió…')."""
    parts = folded[start:verb].split(",")
    if any(w not in UNSAID_LEAD for w in re.findall(r"[a-z]+", parts[-1])):
        return False
    if len(parts) == 1:
        return True
    return OPENER_ES.match(parts[0]) is not None and not any(OPENER_PART.match(p) for p in parts[1:-1])


def _subject_before(doc: Document, res: Resolution, folded: str, sent: tuple[int, int]) -> str | None:
    """The actor that opens the nearest of the sentences before (up to SUBJECT_BACK_SENTENCES) that opens with one."""
    sents = doc.sentences or []
    i = next((k for k, sp in enumerate(sents) if sp[0] == sent[0]), None)
    if i is None:
        return None
    if i > 0:
        # '«…», dijo el viceministro X. Añadió que las ONG son «…»': whoever the sentence before gave words to goes on
        sayer = previous_sayer(doc, res, folded, sents[i][0], 1)
        if sayer:
            return sayer
    for k in range(i - 1, max(-1, i - 1 - SUBJECT_BACK_SENTENCES), -1):
        subject = _opening_actor(doc, res, folded, sents[k])
        if subject:
            return subject
    return None


def _opening_actor(doc: Document, res: Resolution, folded: str, sent: tuple[int, int]) -> str | None:
    """The actor that opens a sentence as its subject, past an opener set off by a comma ('Días después, la
    concejala X se sumó'): the first speaker named within four words of the start, not after a preposition."""
    units = [u for u in actor_units(res.refs, sent[0], sent[1], doc.text)
             if u.start != u.end and res.by_key[u.key].type in SPEAKER_TYPES]
    if not units:
        return None
    first = units[0]
    start = sent[0]
    comma = folded.find(",", sent[0], first.start)
    if comma >= 0 and not any(u.start < comma for u in units):
        start = comma + 1  # past the opener
    if len(re.findall(r"\w+", folded[start : first.start])) > 4 or _object(folded, start, first):
        return None
    return first.key


# '; the president replied', ', pero el ministro dijo': a clause of its own, opening with a subject noun phrase
NEW_SUBJECT = re.compile(r"\s*(?:the|his|her|their|its|el|la|los|las|su|sus)\s+(?:[\w-]+\s+){1,5}?(?:" + SPEECH.pattern + r")")


def _new_subject_clause(res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> tuple[int, int]:
    """'La Defensoría pidió su derogación; el presidente respondió que «…»': the words are the second clause's,
    whose subject is a description, not the first clause's named subject. The clause, when it names nobody."""
    joins = [j for j in CLAUSE_JOIN.finditer(folded, sent[0], q_start) if j.group().strip() == ";"
             or re.search(r"(?:but|pero|while|whereas|mientras)", j.group())]
    if not joins:
        return sent
    j = joins[-1]
    said = NEW_SUBJECT.match(folded, j.end(), q_start)
    if said is None or any(res.by_key[u.key].type in SPEAKER_TYPES for u in actor_units(res.refs, j.end(), said.end())):
        return sent
    return (j.end(), sent[1])


# '"Who paid for the boats?" Gomez answered: "The mayor did."': a speech verb and a colon after the words open the
# next quote; they do not say who spoke this one
INTRODUCES_NEXT = re.compile(r"[\"”»’“›*\s]*[^,\"“”«».;:]{1,80}?(?:" + SPEECH.pattern + r")[^\"“”«».;:]{0,40}:\s*[\"“«‘]")


def _closed_sentence(text: str, q_end: int) -> bool:
    """'…that her client "is being used as a trophy." She added: "…"': a full stop inside the closing mark and a
    capital after it end the sentence; what follows is a new one, not the words' attribution (that takes a comma)."""
    return bool(re.search(r"[^.]\.[\"”»’]$", text[max(0, q_end - 3) : q_end])) and bool(re.match(r"[ \t]+[A-ZÁÉÍÓÚÑ]", text[q_end : q_end + 3]))


# '«…», como lo quiso vender el Gobierno' / '"…," as the ministry put it': words the text hands to whoever framed
# the thing that way, named right after
FRAMED_ES = re.compile(r"^[\"”»’“›*\s]*,?\s*(?:tal\s+)?como\s+(?:lo|la|los|las|le|les)\s+(?:[a-z]+\s+){1,3}?(?=[^\s,.;])")
FRAMED_EN = re.compile(r"^[\"”»’“›*\s]*,?\s*as\s+(?:[\w'’.-]+\s+){1,6}?(?:put|puts|called|calls|described|describes|termed|terms|"
                       r"dubbed|framed|frames|labell?ed|branded|pitched|sold|painted|would\s+have\s+it|likes\s+to\s+call)"
                       r"(?:\s+it)?(?![\w])")


def _framed_by(res: Resolution, folded: str, after: str, q_end: int) -> str | None:
    """The actor an 'as X put it' / 'como lo llamó X' clause right after the quote names."""
    es = FRAMED_ES.match(after)
    m = es or FRAMED_EN.match(after)
    if m is None:
        return None
    lo, hi = (q_end + m.end(), q_end + min(len(after), m.end() + 60)) if es else (q_end, q_end + m.end())
    actors = [u for u in actor_units(res.refs, lo, hi, folded) if res.by_key[u.key].type in SPEAKER_TYPES]
    return actors[0].key if actors else None


NOBODY = ""  # a speaker the words name as someone unnamed
# '"…," one dredge operator said' / '«…», dijo una vendedora' / 'said a former manager who…': an indefinite subject
# '«Estamos cansadas», dijo a este periodista una madre': whom the words were said to may stand before the speaker
ADDRESSEE_ES = r"(?:a\s+(?:(?:este|esta|ese|esa)\s+(?:periodista|diario|medio|reporter[oa]|cronista|periodico|revista|" \
               r"agencia|redaccion|portal)|la\s+prensa|periodistas|reporteros)\s+)?"
INDEFINITE_AFTER = re.compile(r"^[\"”»’“›*\s,.]*(?:[—–-]\s*)?(?:(?:me|nos|le|les)\s+)?(?:" + SPEECH.pattern +
                              r"\s+" + ADDRESSEE_ES + r")?(?:a|an|one|another|un|una|uno|otro|otra|two|three|dos|tres|varios|varias)\s")


def _unnamed_after(doc: Document, res: Resolution, after: str, q_end: int) -> str | None:
    """The unnamed people an indefinite description right after the quote brings in, with the speech verb
    before or after it; named actors inside the description ('a former Masur manager') are only its words."""
    m = INDEFINITE_AFTER.match(after)
    if m is None:
        return None
    found = description(doc.text, q_end + m.start(), q_end + len(after), doc.language)
    if found is None or found.start() > q_end + m.end() - 1 \
            or re.search(r"(?<![\w])(?:a|al|to|ante)\s+$", doc.text[q_end : found.start()]):
        return None  # ('relató a un periodista': who was spoken to)
    if m.group().strip(" \"”»’“›*,.—–-").split()[0] not in ("a", "an", "one", "another", "un", "una", "uno", "otro", "otra",
                                                            "two", "three", "dos", "tres", "varios", "varias") \
            or re.match(r"\s*(?:,[^,]{1,90},\s*)?" + SPEECH.pattern, fold_text(doc.text[found.end() : q_end + len(after)])):
        # the verb before the description, or right after it ('one dredge operator said'; not ', un exmaestro que
        # presume de…', which describes the name in quotes)
        return (_apposed_person(res, doc.text, found.end()) or _self_named(res, doc.text, found.end(), q_end + len(after))
                or unnamed_speaker(doc, res, found.start(), found.end()))
    return None


def _self_named(res: Resolution, text: str, end: int, limit: int) -> str | None:
    """The person a relative clause right after a description names as the speaker himself ('a farmer who
    introduced himself as Tomás', 'un campesino que se identificó solo como Rodrigo'), before ``limit``."""
    return next((r.key for r in res.refs if end < r.start < limit and r.kind != "pronoun" and res.by_key.get(r.key)
                 and res.by_key[r.key].type == "person" and SELF_NAMED_CLAUSE.fullmatch(fold_text(text[end : r.start]))),
                None)


def _name_set_off(res: Resolution, text: str, end: int) -> str | None:
    """The person whose name opens the aside set off by a comma right after a description ('a regional security
    analyst, Teresa Amaya of the X Observatory,')."""
    comma = re.match(r"\s*,\s*", text[end : end + 6])
    if comma is None:
        return None
    at = end + comma.end()
    person = next((r for r in res.refs if r.start == at and r.kind != "pronoun" and res.by_key.get(r.key)
                   and res.by_key[r.key].type == "person"), None)
    return person.key if person is not None else None


def _apposed_person(res: Resolution, text: str, end: int) -> str | None:
    """'"…," a ministry spokeswoman, Ana Ruiz, told reporters': the person whose name is set off by commas right
    after the description, who is named and so no unnamed source."""
    aside = re.match(r"\s*,\s*([^,]{3,60}),", text[end : end + 70])
    if aside is None:
        return None
    a, b = end + aside.start(1), end + aside.end(1)
    person = next((r for r in res.refs if r.start == a and r.kind != "pronoun" and res.by_key.get(r.key)
                   and res.by_key[r.key].type == "person"), None)
    return person.key if person is not None and person.end >= b - 1 else None


# 'dijo a este diario a la salida del Palacio de Justicia', 'told reporters outside the Ministry of Defence': a place or
# an occasion after the verb, never its subject
WHERE_BEFORE = re.compile(r"(?<![\w])(?:salida|entrada|puerta|puertas|sede|afueras|frente|camino|regreso|llegada|"
                          r"in|at|outside|inside|near|from|en|desde|hacia|tras|durante|during|after|before|"
                          r"gate|steps|entrance|exit|headquarters)\s+(?:(?:de|del|a|al|of)\s+)?(?:(?:la|el|los|las|the)\s+)?$")


def _where_or_when(res: Resolution, folded: str, u: Unit) -> bool:
    """An actor other than a person after a word for a place or a time: where the words were said."""
    return res.by_key[u.key].type != "person" and bool(WHERE_BEFORE.search(folded, max(0, u.start - 30), u.start))


DASH_CREDIT = re.compile(r"[\"”»’]*\s*(?:[—–]|(?<=\s)-)\s*")  # (folded text writes a dash as '-')


def _dash_credit(res: Resolution, folded: str, after: str, q_end: int) -> str | None:
    """'"…" — J. P. Ortega, a prosecutor': the actor a dash right after the words credits them to."""
    dash = DASH_CREDIT.match(after)
    if dash is None:
        return None
    credited = next((u for u in actor_units(res.refs, q_end + dash.end(), q_end + len(after), folded)
                     if u.start == q_end + dash.end() and res.by_key[u.key].type in SPEAKER_TYPES), None)
    return credited.key if credited else None


# ', quien …', ', who …', ', cuyo …': a relative clause after the speech verb, about whoever comes before it
RELATIVE_AFTER = re.compile(r",\s*(?:quien|quienes|who|whom|whose|cuyo|cuya|cuyos|cuyas|el\s+cual|la\s+cual|which|que)\s")


def _named_after(doc: Document, res: Resolution, folded: str, after: str, q_start: int, q_end: int) -> str | None:
    """'"…," the minister said' / '"…," said X' / '"…," according to X': the speaker the words after name
    (NOBODY when they name someone of X's, not X)."""
    credited = _dash_credit(res, folded, after, q_end)
    if credited:
        return credited
    verb = SPEECH.search(after)
    rel = RELATIVE_AFTER.search(after, verb.end()) if verb else None
    if rel:
        after = after[: rel.start()]  # ('«…», explicó el jefe policial, quien pidió recursos al ministro X': X is the
        # relative clause's, not the speaker)
    rm = ROLE_AFTER.match(after) or ROLE_BEFORE_VERB.match(after)
    if rm and re.search(r"(?<![\w])a\s+$", after[: rm.start(rm.lastindex or 1)]) \
            and SPANISH_AFTER_A.match(after, rm.start(rm.lastindex or 1) - 1):
        rm = None  # '«…», dijo a este diario': Spanish 'a' and who heard the words, no article and no speaker
    if rm and any(r.start < q_end + rm.end() for r in actor_units(res.refs, q_end, q_end + len(after))):
        rm = None  # an actor inside the words that looked like a description
    if rm and re.match(_WHEN, rm.group(rm.lastindex or 1)):
        rm = None  # '«…», resumió el mes pasado en Kingston el secretario X': when the words were said, no role
    if rm:
        # '"…," said the lab's director, Iván Sotomayor': the name set off right after the description
        named = next((u for u in actor_units(res.refs, q_end + rm.end(), q_end + len(after), folded)
                      if res.by_key[u.key].type == "person"
                      and re.fullmatch(r"[\w\s'’-]{0,30}?,\s*", folded[q_end + rm.end() : u.start])), None)
        if named is not None:
            return named.key
    key = _role_speaker(res, folded, rm, q_start, q_end, last=False) if rm else None
    if key:
        return key
    if not AFTER_CUE.match(after):
        return _role_speaker(res, folded, rm, q_start, q_end) if rm else None
    # (a possessive is an owner, never the speaker: '"…," said his lawyer, Ana Ruiz')
    near = [u for u in actor_units(res.refs, q_end, q_end + len(after), folded)
            if res.by_key[u.key].type in SPEAKER_TYPES and not addressed(folded, q_end, u.start)
            and not _where_or_when(res, folded, u)]
    owned = [u for u in near if res.by_key[u.key].type == "person" and owner(folded, u)]
    if owned and len(owned) == len(near):
        # '"…," Gómez's lawyer said' / 'dijo el abogado de Gómez': not Gómez, but someone of his, unnamed
        found = owned_description(folded, owned[0])
        if found and found[0] - q_end < 60 and not re.search(r"(?<![\w])(?:a|an|un|una)\s+$", folded[found[0] - 4 : found[2]]):
            return owned_speaker(doc, res, *found)
        return NOBODY  # ('"…," a lawyer for Gómez said' / 'según el abogado de Gómez')
    near = [u for u in near if u not in owned]
    persons = [u for u in near if res.by_key[u.key].type == "person"]
    if ROLE_AFTER.match(after):
        # '"…", indicó la directora de la Unidad X, Paula Cifuentes': the name set off after the description
        persons = [u for u in persons if folded[: u.start].rstrip().endswith(",")] or persons
    # "…," said X  /  "…," X said  /  "…", told ACN X  /  "…," according to X
    if persons and folded[persons[0].start : persons[0].end] in ("he", "she"):
        # '"…," he says' opening its paragraph: the subject of the paragraph before ('Her husband, Leo Ibbott, is
        # less talkative. He shrugs when asked about Keeler.'), not the last man named there, when the sex agrees
        subject = closing_subject(doc, res, q_start)
        if subject and subject != persons[0].key and res.by_key[subject].type == "person" \
                and gender(res.by_key[subject].name) in (None, {"he": "m", "she": "f"}[folded[persons[0].start : persons[0].end]]):
            return subject
    verb = SPEECH.search(folded, q_end, q_end + len(after))
    if near and persons and near[0] not in persons and verb and near[0].end <= verb.start() \
            and all(u.start >= verb.end() for u in persons):
        # ('"…," Imogen Stroud said of Nolan Dunmore': the subject before the verb, though its name was not read as a
        # person's, not the person the words are about or spoken to)
        return near[0].key
    if persons or near:
        return (persons or near)[0].key
    if rm:  # '"…," the colonel said': the last person named, when no one was brought in with that word
        return _role_speaker(res, folded, rm, q_start, q_end)
    # "…," the group's statement said / «…», se lee en el comunicado: the body or the text's issuer
    return described_speaker(res, folded, q_end, q_end + len(after), q_start)


def _layout_speaker(doc: Document, res: Resolution, q_start: int, q_end: int, lead: str) -> str | None:
    """Speakers the layout names: a name label ('Ortega: "…"'), a fact check's 'Who said it:' line, an
    attribution line after the words ('— Pablo Escobar'), the line with a colon over a list or block quote."""
    key = label_speaker(doc, res, q_start) or fact_check_speaker(doc, res, q_start) or thread_author(doc, res, q_start, q_end)
    if key is None and not lead.strip(" *>-•·"):
        key = attribution_after(doc, res, q_end)
    if key:
        return key
    colon = introduced_block(doc, q_start)
    intro = doc.sentence_at(colon) if colon is not None else None
    if colon is None or intro is None:
        return None
    return _speaker(doc, res, colon + 1, colon + 1, (intro[0], colon + 1))


ACCORDING = re.compile(r"^[\s*]*(?:according\s+to|segun|de\s+acuerdo\s+con|conforme\s+a|in|en)\s")


# 'The caption reads: "…"' / 'El texto de la publicación dice: «…»': the words of a post, whose account wrote them
# the nouns for a post's words ('the caption', 'el texto', 'el trino'), before or after their verb
CAPTION_NOUNS = r"(?:caption|text|legend|post|tweet|message|leyenda|texto|publicacion|mensaje|trino|tuit|posteo)"
CAPTION_LEAD = re.compile(r"(?<![\w])(?:the|its|their|el|la|su|sus)\s+" + CAPTION_NOUNS +
                          r"(?:\s+(?:de|del|of)\s+(?:la|el|the)?\s*\w+)?"
                          r"\s+(?:reads|read|says|said|states|dice|decia|reza|rezaba|senala|senalaba)\s*:?\s*$")


CAPTION_AFTER = re.compile(r"[\"”»’“›*\s,.]*(?:(?:the|its|el|la|su)\s+" + CAPTION_NOUNS +
                           r"\s+(?:reads|read|says|said|states|dice|decia|reza|rezaba)|"
                           r"(?:reads|read|says|said|dice|decia|reza|rezaba)\s+(?:the|its|el|la|su)\s+" + CAPTION_NOUNS +
                           r")(?![\w])")


def _last_account(doc: Document, res: Resolution, pos: int) -> str | None:
    """The last account ('@…') named in the paragraph before ``pos``."""
    para = doc.paragraph_at(pos)
    lo = para[0] if para else max(0, pos - 600)
    handles = [r for r in res.refs if lo <= r.start < pos and doc.text[r.start] == "@" and r.key in res.by_key]
    return handles[-1].key if handles else None


def _unstated_subject(doc: Document, res: Resolution, folded: str, q_start: int, q_end: int,
                      sent: tuple[int, int]) -> str | None:
    """No actor before the quote in its sentence: who the text around it points at.

    "Él mismo se presentó como «…»", "She added that «…»", "Luego añadió:
    «…»": a pronoun or an unstated subject points at the person of the
    sentences before; a quote that is a paragraph of its own may be
    introduced by a colon before it or named in the sentence after it.
    """
    if any(sent[0] <= p < sent[1] for p in res.unnamed_subjects):
        return None  # ('The governor of Chocó welcomed the arrests. "…," he wrote': someone unnamed)
    lead = folded[sent[0] : q_start]
    posted = _post_author(doc, res, folded, q_end) if not lead.strip(" *>") else None
    laid_out = posted or _layout_speaker(doc, res, q_start, q_end, lead)
    if laid_out:
        return laid_out
    colon = re.search(r":[ \t]*\n\s*$", folded[max(0, sent[0] - 400) : sent[0]]) if not lead.strip(" *") else None
    if colon:  # 'X described the night the men came:' + a paragraph that is the quote: who the colon introduced
        at = max(0, sent[0] - 400) + colon.start()
        intro_sent = doc.sentence_at(at)
        if intro_sent:
            return _speaker(doc, res, at + 1, at + 1, (intro_sent[0], at + 1))
    if CAPTION_LEAD.search(lead):
        account = _last_account(doc, res, sent[0])
        if account:
            return account
    named_next = _named_next(doc, res, folded, q_start, q_end) if not lead.strip(" *") else None
    if named_next:
        return named_next
    if SPEECH.search(lead) or ACCORDING.match(lead) or lead.rstrip(" *").endswith(":"):
        # 'El comunicado señala: «…»', 'According to the statement, "…"', 'The group said that "…"'
        body = described_speaker(res, folded, sent[0], q_start, q_start) or _role_says(res, folded, [], sent[0], q_start)
        if body:
            return body  # ('The pilot told jurors: "…"': the person introduced as the pilot)
    if re.match(r"^\s*(?:Él|él|Ella|ella|He|he|She|she)\b", doc.text[sent[0] : q_start]) or _pronoun_says(doc.text, folded, sent[0], q_start) \
            or not lead.strip(" *") or _subjectless(doc.text[sent[0] : q_start], lead, doc.language or ""):
        # a person the words name by name is spoken of, not speaking ('"Mateo never sold anything. …"' after a
        # paragraph about his father): the speaker is found among the others
        named_inside = frozenset(r.key for r in res.refs if q_start <= r.start < q_end and r.kind == "name")
        # ('Luego agregó: «…»' opening its paragraph: the subject of the paragraph before, as for a quote that opens it,
        # not the last person named there, in a relative clause)
        para = doc.paragraph_at(sent[0])
        opens = para[0] if para is not None and not doc.text[para[0] : sent[0]].strip() else q_start
        return _signer(res, folded, sent[0]) or closing_subject(doc, res, opens, named_inside) \
            or sentence_before_subject(doc, res, sent[0], named_inside) or last_person(res, sent[0], avoid=named_inside)
    return None


# 'Afterwards he told reporters, "…"', 'In a voice note he said: "…"': a subject pronoun right before the speech verb
PRONOUN_SAYS = re.compile(r"(?<![\w])(?:[Hh]e|[Ss]he|[Éé]l|[Ee]lla)\s+")
SAYS_LAST = re.compile(r"(?:(?:also|then|later|simply|tambien|luego|despues)\s+)?" + SPEECH.pattern + r"[^.;!?\"“”«»]{0,40}$")


def _pronoun_says(text: str, folded: str, s: int, q_start: int) -> bool:
    """A subject pronoun right before the clause's last speech verb ('Él dijo' read in the text, not folded,
    where it would be the article)."""
    return any(SAYS_LAST.match(folded, m.end(), q_start) for m in PRONOUN_SAYS.finditer(text, s, q_start))


def _clause_subject(doc: Document, res: Resolution, folded: str, before: list[Unit], q_start: int,
                    sent: tuple[int, int]) -> str | None:
    """The actor of the clause before the quote that says it ('X said: "…"', 'X, stating, "…"')."""
    before = [u for u in before if not _qualifier(doc.text, res, u, before)]
    joins = list(CLAUSE_JOIN.finditer(folded, sent[0], q_start))
    tail = [u for u in before if joins and u.start >= joins[-1].end()]
    if tail and SPEECH.search(folded, tail[0].end, q_start):
        before = tail  # 'X said "…", while Y said "…"': the second quote is the second clause's
    intro = INTRO_PHRASE.match(folded[sent[0] : q_start])
    if intro and ACCORDING_INTRO.match(intro.group()) and not SPEECH.search(folded, sent[0] + intro.end(), q_start):
        # 'According to Ruiz, Gómez "betrayed the people"': the source the opening names
        source = [u for u in before if u.start < sent[0] + intro.end() and not owner(folded, u)]
        if source:
            return source[0].key
    passive = PASSIVE_AGENT.search(folded, sent[0], q_start)
    if passive and not SPEECH.search(folded, passive.end(), q_start):
        agents = [u for u in before if u.start >= passive.end()]
        if agents:
            return agents[0].key
    aside = ACCORDING_ASIDE.search(folded, sent[0], q_start)
    if aside and not SPEECH.search(folded, aside.end(), q_start):
        # '…, según el ministro de Defensa, el general X, «…»': the name set off after the source is the same source
        end = q_start if re.fullmatch(r"[^,.;]{2,80},\s*[*]*", folded[aside.end() : q_start]) else aside.end()
        source = [u for u in before if aside.start() < u.start < end and not owner(folded, u)]
        source = [u for u in source if res.by_key[u.key].type == "person"] or source
        if source:
            return source[0].key
    topic = _topic_only(doc, res, folded, before, sent, q_start, intro)
    if topic:
        return topic
    if intro:
        before = [u for u in before if u.start >= sent[0] + intro.end()] or before
    main = _participle_subject(folded, before, sent[0] + (intro.end() if intro else 0), q_start)
    if main:
        return main  # 'The Gold Board suspended the firm's licence, citing "…"': the board, not the firm
    aside = parenthetical(folded, before, q_start)
    if aside:
        # 'Gómez, Ruiz said, was "…"'; 'He testified that Zárate … . On landing, he said, the loads …': a pronoun
        # set off goes on from whoever spoke in the sentence before, when the sex agrees
        said = [u for u in before if u.key == aside and folded[u.start : u.end] in ("he", "she", "el", "ella")]
        sayer = previous_sayer(doc, res, folded, sent[0], 1) if said else None
        if sayer and sayer != aside and res.by_key[sayer].type == "person" \
                and gender(res.by_key[sayer].name) in (None, gender(res.by_key[aside].name)):
            return sayer
        return aside
    owned = [u for u in before if res.by_key[u.key].type == "person" and _possessive(doc.text, folded, u, before)]
    if owned and len(owned) == len(before):
        # "Gómez's lawyer said:": someone of Gómez's, not Gómez; unnamed, when the description opens the clause
        return _owned_says(doc, res, folded, owned[0], sent[0] + (intro.end() if intro else 0), q_start)
    before = [u for u in before if u not in owned]
    clause = folded[sent[0] + (intro.end() if intro else 0) : q_start]
    before = _past_insertion(doc.text, before, sent[0] + (intro.end() if intro else 0))
    at = sent[0] + (intro.end() if intro else 0)
    joined = _joined_unnamed(doc, res, folded, before, at, q_start) or _possessed_subject(doc, res, folded, at, q_start)
    if joined:
        return joined
    if UNNAMED_BEFORE.match(clause) and not SPOKESPERSON.search(clause):
        # 'A former broker for the Clan del Golfo told us:' is someone unnamed, not the clan (nor 'the senator'
        # of 'A member of the senator's party'): the people the description brings in
        found = description(doc.text, at, q_start, doc.language)
        # ('Un exasesor del diputado contó que en la oficina de Arriaga «…»': whoever the reported words name
        # after the verb is not its subject)
        verb = SPEECH.search(folded, found.end(), q_start) if found else None
        if verb and folded.startswith(" llamarse", verb.end()):  # ('una mujer que dijo llamarse Rosa contó:')
            verb = SPEECH.search(folded, verb.end(), q_start)
        # ('A cousin who visited him in jail said…': whoever the relative clause names is not the speaker either)
        relative = found and verb and re.match(r"\s*,?\s*(?:who|que|quien|quienes)\s", folded[found.end() : verb.start()])
        # ('A farmer who introduced himself as Tomás said:', 'un campesino que se identificó como Rodrigo dijo': unless
        # the clause gives the speaker's own name)
        named = _self_named(res, doc.text, found.end(), verb.start()) if relative and found and verb else None
        if named:
            return named
        inside = verb.start() if relative else found.end() if found else 0
        if found and found.start() - at < 4 and all(found.start() <= u.start < inside for u in before
                                                    if res.by_key[u.key].type == "person"
                                                    and (verb is None or u.start < verb.start())):
            return unnamed_speaker(doc, res, found.start(), found.end())
    if UNNAMED_BEFORE.match(clause) and not any(res.by_key[u.key].type == "person" for u in before):
        # 'A spokesman for the ministry said:' speaks for the ministry
        return before[0].key if SPOKESPERSON.search(clause) else None
    plural = bare_plural(doc.text, at + len(clause) - len(clause.lstrip(" *")), q_start)
    if plural and all(plural.start() <= u.start < plural.end() for u in before if res.by_key[u.key].type == "person"):
        # 'Vecinos de la colonia X, consultados por AIN, dijeron que…': the neighbours, not the colonia
        return bare_plural_speaker(doc, res, plural.start(), q_start)
    body = _body_says(res, folded, before, at, q_start) or _role_says(res, folded, before, at, q_start)
    if body:
        return body
    persons = [u for u in before if res.by_key[u.key].type == "person"] or before
    # 'La defensora regional para el Magdalena Medio, Liliana Barrios, aseguró que «…»': a name set
    # off by commas just before the speech verb is the subject the description before it announced
    named = _set_off(folded, persons, q_start)
    if named:
        return named
    relative = subordinate_sayer(folded, before, sent[0], q_start) or relative_sayer(folded, persons, sent[0], q_start) \
        or reported_sayer(folded, before, sent[0], q_start) or _recorded_sayer(folded, persons, sent[0], q_start)
    if relative:
        return relative  # 'Gómez was criticised by Senator X, who said that "…"', 'Ruiz said Gómez told her: "…"'
    verb = REPORTS_THAT.search(folded, at, q_start)
    if verb and any(u.end <= verb.start() for u in before) and any(u.start >= verb.end() for u in persons):
        # 'The ELN's central command replies that the president "…"': the person the reported clause names is
        # what the words are about; the speaker is named before the verb
        before = [u for u in before if u.end <= verb.start()]
        persons = [u for u in before if res.by_key[u.key].type == "person"] or before
    named_as = [u for u in persons if NAMED_AS.search(folded, max(sent[0], u.start - 30), u.start)
                and SPEECH.match(folded, u.end + len(folded[u.end : q_start]) - len(folded[u.end : q_start].lstrip()))]
    if named_as:
        return named_as[-1].key  # 'a user the agent identified as Vaca wrote: "…"': the one identified
    # X said: "…" / X, stating, "…": the subject of the speech verb, the first actor of the clause
    if SPEECH.search(folded[persons[0].end : q_start]) or folded[:q_start].rstrip(" *").endswith(":"):
        return _titled_head(doc.text, persons) or _owned_unit(folded, before, persons[0]) or persons[0].key
    return persons[-1].key


# "The Colombian army's Eighteenth Brigade": an owner's name, "'s" and up to two words before the owned actor's name
OWNED_GAP = re.compile(r"(?:'s|’s|')\s+(?:[a-z-]+\s+){0,2}")


def _owned_unit(folded: str, units: list[Unit], owner_unit: Unit) -> str | None:
    """The actor an organisation's possessive names right after it ('the army's Eighteenth Brigade told us' is the
    brigade's word; 'the group's Northeastern War Front said' the front's), else None. A person's possessive is
    read by ``_possessed_subject``."""
    for u in units:
        if u.start > owner_unit.end and OWNED_GAP.fullmatch(folded, owner_unit.end, u.start):
            return u.key
    return None


# 'a wiretap in which X allegedly tells an associate:', 'un audio en el que X le dice a un socio:': a clause on a
# recording or a text, whose own subject says the words
RECORDED_IN = re.compile(r"(?<![\w])(?:in|on|during|where|en|donde|durante)\s+(?:which|whom|(?:el|la|los|las)\s+(?:que|cual|cuales)|"
                         r"que)?\s*$")
SAYER_GAP = re.compile(r"\s+(?:(?:allegedly|reportedly|apparently|supposedly|purportedly|can\s+be\s+heard|is\s+heard|"
                       r"supuestamente|presuntamente|aparentemente|se\s+escucha\s+a|me|le|les|nos|lo|la|se)\s+){0,2}")


def _recorded_sayer(folded: str, persons: list[Unit], s: int, q_start: int) -> str | None:
    """The person who opens a clause on a recording or a text ('in which', 'en el que') right before its speech
    verb, when that verb is the last one before the words."""
    verb = max(SPEECH.finditer(folded, s, q_start), key=lambda v: v.start(), default=None)
    if verb is None:
        return None
    for u in persons:
        if u.end <= verb.start() and SAYER_GAP.fullmatch(folded, u.end, verb.start()) \
                and RECORDED_IN.search(folded, max(s, u.start - 20), u.start):
            return u.key
    return None


# "Spain's Ministry of Justice", "the U.S. Treasury Department": a state's name, possessive or bare, right before
# a body's name
QUALIFIER_GAP = re.compile(r"(?:['’]s?)?\s+")


def _qualifier(text: str, res: Resolution, u: Unit, units: list[Unit]) -> bool:
    """Whether ``u`` is a state or place that only says whose the body named right after it is ("Venezuela's
    Foreign Ministry denounced …": the ministry speaks, not Venezuela)."""
    if res.by_key[u.key].type not in ("state", "location"):
        return False
    nxt = next((v for v in units if v.start >= u.end), None)
    return nxt is not None and nxt.key != u.key and res.by_key[nxt.key].type in ORG_TYPES \
        and bool(QUALIFIER_GAP.fullmatch(text, u.end, nxt.start))



# "Keeler's neighbour Ruth Penhall", "Keeler's former cellmate, Tom Hale,": the possessive and a few lower-case words
POSSESSED_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+")


# "The Pacto Histórico, Petro's coalition, accused…": the possessor inside an apposition set off by commas
APPOSITION_OPENS = re.compile(r"\s*,\s*")
POSSESSED_NOUN_CLOSES = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,")


def _apposed_possessor(text: str, u: Unit, units: list[Unit]) -> bool:
    """Whether ``u`` owns the noun of an apposition to the actor named right before it."""
    before = [v for v in units if v.end <= u.start]
    return bool(before) and APPOSITION_OPENS.fullmatch(text, before[-1].end, u.start) is not None \
        and POSSESSED_NOUN_CLOSES.match(text, u.end) is not None


def _possessive(text: str, folded: str, u: Unit, units: list[Unit]) -> bool:
    """Whether ``u`` is named only as someone's owner ("Gómez's lawyer", "Keeler's boss Ruth Penhall", "the Pacto
    Histórico, Petro's coalition,"): it is not who speaks."""
    return owner(folded, u) or _possessor(text, u, units) or _apposed_possessor(text, u, units)


def _possessor(text: str, u: Unit, units: list[Unit]) -> bool:
    """Whether ``u`` owns the person named right after it ("Keeler's boss Ruth Penhall said": Penhall speaks)."""
    nxt = next((v for v in units if v.start >= u.end), None)
    return nxt is not None and bool(POSSESSED_NAME.fullmatch(text, u.end, nxt.start))


# a preposition (and an article or title words) before an actor: it is an object or a topic, not the subject
PREPOSITIONS_ES = r"de|del|a|al|contra|sobre|con|para|por|ante|hacia"
OBJECT_BEFORE = re.compile(r"(?<![\w])(?:" + PREPOSITIONS_ES + r"|entre|cuanto\s+a|respecto\s+(?:de|a)|"
                           r"of|about|against|with|for|to|on|at|from|towards?|as\s+for|turning\s+to|regarding)"
                           r"\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-z]+\s+){0,2}$")


def _object(folded: str, lo: int, u: Unit) -> bool:
    """Whether a preposition within the 30 characters before ``u`` (not before ``lo``) makes it an object."""
    return OBJECT_BEFORE.search(folded, max(lo, u.start - 30), u.start) is not None


def _topic_only(doc: Document, res: Resolution, folded: str, before: list[Unit], sent: tuple[int, int],
                q_start: int, intro: re.Match[str] | None) -> str | None:
    """'La fiscal Rut Peñafiel habló con la prensa. De Quelal dijo que «…»', 'A Quelal lo describió como «…»',
    'As for Keeler, he insisted that "…"': the actors before the speech verb are its objects or its topic, and the
    clause's subject is left unsaid (or is a pronoun for the topic): the subject of the sentence before speaks."""
    first = SPEECH.search(folded, sent[0], q_start)
    verb_at = first.start() if first else None
    if verb_at is None and folded[:q_start].rstrip(" *").endswith(":"):
        verb_at = q_start  # ('Contra Quelal lanzó una frase dura: «…»': the colon introduces the words)
    # (who the reported clause names is not the subject, 'she said he ran'; a subject read into the verb stands at it)
    before = [u for u in before if verb_at is not None and (u.start < verb_at or u.start == u.end == verb_at)]
    if not before:
        return None
    at = sent[0] + (intro.end() if intro else 0)
    zero = [u for u in before if u.start == u.end and res.by_key[u.key].type == "person"]
    named = [u for u in before if u.start != u.end and u.start >= at]
    spanish = doc.language == "es"
    if zero and spanish and all(_object(folded, sent[0], u) for u in named):
        return zero[0].key  # ('Defendió a Quelal y sostuvo que «…»': the subject coreference read into the verb)
    if intro:
        topic = {u.key for u in before if u.start < at}
        rest = [u for u in before if u.start >= at]
        opens_with_subject = re.match(r"\s*(?:el|la|los|las|un|una|unos|unas|este|esta|su|sus|the|a|an|his|her|their)\s",
                                      folded[at:verb_at])
        if not topic or opens_with_subject or not all(u.key in topic and folded[u.start : u.end] in _SUBJECT_PRONOUNS
                                                      for u in rest) or (not rest and not spanish):
            return None  # ('En cuanto a Quelal, la exesposa dijo…': a subject of its own)
    else:
        # 'De Quelal dijo', 'A Quelal lo describió', 'Contra Quelal lanzó': a preposition opens the clause, and a verb
        # (after a clitic) follows its actor
        opening = re.match(r"\s*(?:" + PREPOSITIONS_ES + r")\s", folded[at:verb_at])
        if not spanish or not opening or not named or named[0].start - at > 40 \
                or not re.match(r"\s*(?:(?:lo|la|los|las|le|les|se)\s+)?(?!(?:el|la|los|las|un|una|y|e|,)\s)[a-z]",
                                folded[named[-1].end : verb_at + 1]) \
                or not all(_object(folded, sent[0], u) for u in named):
            return None
    start = doc.sentence_start(sent[0], 1)
    if start >= sent[0]:
        return None
    prior = [u for u in actor_units(res.refs, start, sent[0], doc.text) if res.by_key[u.key].type == "person"
             and u.key not in {v.key for v in before} and not _object(folded, start, u)]
    return prior[0].key if prior else None


def _body_says(res: Resolution, folded: str, before: list[Unit], at: int, q_start: int) -> str | None:
    """'The ministry said in a statement that she "has never met…"', 'La OFAC señaló que Ruiz «…»': a body that
    opens the clause and says the words; the person the reported clause is about comes after its one speech verb.
    """
    if not before or res.by_key[before[0].key].type in ("person", "state") \
            or len(re.findall(r"\w+", folded[at : before[0].start].rsplit(",", 1)[-1])) > 3 or owner(folded, before[0]):
        return None
    verbs = list(SPEECH.finditer(folded, before[0].end, q_start))
    persons = [u for u in before if res.by_key[u.key].type == "person"]
    if len(verbs) != 1 or not persons or any(u.start < verbs[0].end() and u.key != before[0].key for u in before[1:]):
        return None
    return before[0].key


# 'the witness said', 'afirmó el litigante' before the words: a definite description right before (or right after)
# the last speech verb
ROLE_SUBJECT = re.compile(r"(?<![\w])(?:the|el|la)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+$")


def _role_says(res: Resolution, folded: str, before: list[Unit], at: int, q_start: int) -> str | None:
    """'…, a statement the witness said he made "…"', 'El litigante afirmó que «…»': the person introduced
    before with that role (or a word for it) says the words, when no actor is named between the description
    and its verb; the actors named before it, or after the verb ('La funcionaria subrayó que la cooperación con
    Brasil «…»'), are what the sentence is about."""
    verb = max(SPEECH.finditer(folded, at, q_start), key=lambda v: v.start(), default=None)
    if verb is None:
        return None
    m = ROLE_SUBJECT.search(folded, max(at, verb.start() - 40), verb.start())
    if m is None or not role_noun(m.group(1)) \
            or any(u.end > m.start() and u.start < verb.start() and folded[u.start : u.end] not in _SUBJECT_PRONOUNS
                   for u in before) \
            or re.search(r"(?<![\w])(?:of|de|del)\s", m.group(1)):
        return None
    return by_role(res, folded, m.group(1), m.start())


_SUBJECT_PRONOUNS = frozenset("he she they him them el ella ellos ellas".split())


NAMED_AS = re.compile(r"(?:identified|identificad[oa]|named|described|descrit[oa]|known)\s+(?:only\s+)?(?:as|como)\s+$")
# where a second clause opens: '…, y un oficial, que …, dijo'
# ('Y es cierto que un exfuncionario …, que pidió reservar su nombre, me confirmó': a clause that a verb reports)
JOIN_BEFORE = re.compile(r"(?:,\s*|\s)(?:y|e|and|but|pero|while|mientras|aunque|whereas|que|that)\s+|;\s*")


def _joined_unnamed(doc: Document, res: Resolution, folded: str, before: list[Unit], at: int, q_start: int) -> str | None:
    """The unnamed person who says the words in a clause of their own after a named actor's: 'La división
    instaló un puesto, y un oficial, que no estaba autorizado para declarar, dijo que «…»'; or right after an
    inverted verb: 'Nadie la atendió, se queja una comerciante del mercado, que prefirió reservar su nombre: «…»'."""
    verbs = list(SPEECH.finditer(folded, at, q_start))
    if not verbs:
        return None
    v = verbs[-1]
    persons = [u for u in before if res.by_key[u.key].type == "person"]
    joins = [j for j in JOIN_BEFORE.finditer(folded, at, v.start())]
    for j in reversed(joins):
        found = description(doc.text, j.end(), v.start(), doc.language)
        if found is None or found.start() - j.end() > 1:
            continue
        gap = folded[found.end() : v.start()]
        if re.fullmatch(r"\s*(?:,[^,;]{1,120},\s*)?(?:(?:me|nos|le|les)\s+)?", gap) \
                and not any(found.end() <= u.start < v.start() for u in persons):
            return unnamed_speaker(doc, res, found.start(), found.end())
        break
    inverted = description(doc.text, v.end(), q_start, doc.language) if re.search(r",\s*(?:se\s+)?$", folded[at : v.start()]) else None
    if inverted is not None and inverted.start() - v.end() <= 1 \
            and not any(u.start >= v.end() and not inverted.start() <= u.start < inverted.end() for u in persons):
        return unnamed_speaker(doc, res, inverted.start(), inverted.end())
    return None


def _owned_says(doc: Document, res: Resolution, folded: str, u: Unit, at: int, q_start: int) -> str | None:
    """"Piñate's lawyer said his client was "…"", 'El abogado de Gómez dijo que «…»': the unnamed person of
    ``u``'s whom the description opening the clause names, when a speech verb follows it."""
    found = owned_description(folded, u)
    if found is None or len(re.findall(r"\w+", folded[at : found[0]])) > 2 \
            or not re.match(r"\s*(?:,[^,;]{1,100},\s*)?(?:(?:me|nos|le|les)\s+)?" + SPEECH.pattern, folded[found[1] : q_start]):
        return None
    return owned_speaker(doc, res, *found)


def _possessed_subject(doc: Document, res: Resolution, folded: str, at: int, q_start: int) -> str | None:
    """'Her lawyer said she "…"', 'Su abogado, consultado por este diario, dijo: «…»': the unnamed person a
    possessive description opening the clause names, when its speech verb follows."""
    at += len(folded[at:q_start]) - len(folded[at:q_start].lstrip(" *"))
    # ('Su ministro, por supuesto, lo secundó:': a clitic may come before the verb)
    says = re.match(r"[\w'’ -]{3,40}?\s*(?:,[^,;]{1,100},\s*)?(?:(?:lo|la|los|las|le|les|me|nos)\s+)?(?=" + SPEECH.pattern + ")",
                    folded[at:q_start])
    if says is None or any(res.by_key[u.key].type == "person" for u in actor_units(res.refs, at + 4, at + says.end())
                           if folded[u.start : u.end] not in _POSSESSIVE_WORDS):
        return None  # ('His lawyer, Ana Ruiz, said': the name set off says it)
    # 'Su ministro … lo secundó' after 'X, ministro de Seguridad': the person given that title before
    title = POSSESSED_TITLE.match(folded, at, at + says.end())
    titled = by_role(res, folded, title.group(1), at) if title and not relation_noun(title.group(1)) else None
    return titled or possessed_speaker(doc, res, at, q_start)


# 'Su ministro', 'his deputy minister': a possessive and a title (a relative or a lawyer is someone unnamed)
POSSESSED_TITLE = re.compile(r"(?:his|her|their|su|sus)\s+((?:[a-z]+\s+){0,1}[a-z]+)(?=\s*[,\s])")


_POSSESSIVE_WORDS = frozenset("his her their su sus".split())


# ', citing "…"' / ', describing the company as "…"' / ', calificándolo de «…»': a participle whose subject is the
# main clause's
PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?:citing|describing|calling|labell?ing|branding|dubbing|terming|saying|adding|noting|arguing|alleging|claiming|"
    r"stating|warning|explaining|insisting|declaring|accusing|citando|calificando(?:l[oa]s?)?|describiendo(?:l[oa]s?)?|"
    r"diciendo|senalando|alegando|argumentando|afirmando|asegurando|advirtiendo|explicando|agregando|anadiendo|"
    r"llamando(?:l[oa]s?)?|tildando(?:l[oa]s?)?|acusando(?:l[oa]s?)?|"
    # Spanish 'al' and an infinitive says the same: 'sancionó a X y a tres empresas, al considerar que «…»'
    r"al\s+(?:considerar|senalar|afirmar|asegurar|advertir|argumentar|alegar|sostener|denunciar|estimar|concluir|"
    r"explicar|calificar(?:l[oa]s?)?|acusar(?:l[oa]s?)?|describir(?:l[oa]s?)?|llamar(?:l[oa]s?)?|tildar(?:l[oa]s?)?))"
    r"(?![\w])[^,;:\"“”«»]{0,80}$")


def _participle_subject(folded: str, before: list[Unit], clause: int, q_start: int) -> str | None:
    """The subject that opens the main clause when the quote hangs on a participle after a comma.

    Whoever the main clause acts on ('sanctioned Masur and Tovar, describing
    the company as "…"') is not the speaker; a possessive before the
    subject ("the Treasury's Office of …") only owns it.
    """
    m = PARTICIPLE_CLAUSE.search(folded, clause, q_start)
    if m is None:
        return None
    opening = [u for u in before if u.start < m.start()]
    # ('El 12 de mayo, la OFAC sancionó…': a time set off by a comma before the subject is no word of the clause)
    # ('9 October 2024 — The Treasury's OFAC sanctions…': a timeline entry's date and dash are no words of it either)
    if not opening or len(re.findall(r"\w+", re.split(r",|—|–|\s-\s|:", folded[clause : opening[0].start])[-1])) > 3:
        return None  # the clause does not open with an actor
    subject = opening[0]
    if re.match(r"['’]s?\s", folded[subject.end : subject.end + 3]) and len(opening) > 1 \
            and len(re.findall(r"\w+", folded[subject.end + 2 : opening[1].start])) <= 2:
        # "the Treasury's Office of …": the office, which the Treasury owns; "The company's majority owner, X": X
        subject = opening[1]
    return None if owner(folded, subject) else subject.key


# 'Homeland Security Investigations (HSI) Houston Special Agent in Charge': capitalised words, an acronym in
# brackets and the small words of a title, with no verb or comma
TITLE_RUN = re.compile(r"(?:[\s()]+|[A-ZÁÉÍÓÚÑ][\w.'’-]*|in|of|the|for|de|del|la|para)*")


def _titled_head(text: str, persons: list[Unit]) -> str | None:
    """The person at the end of one run of title words that opens with another actor (the office's acronym
    or place read as a person): 'HSI Houston Special Agent in Charge Teresa Ruiz said' is Teresa Ruiz's."""
    if len(persons) < 2 or not TITLE_RUN.fullmatch(text, persons[0].end, persons[-1].start):
        return None
    return persons[-1].key


# ('—…—dijo el domingo pasado—': when, not who)
NARRATOR_ROLE = re.compile(r"\s*(?:(?:me|nos|le|les)\s+)?" + SPEECH.pattern +
                           r"\s+(?:el|la|the)\s+(?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|semana|mes|"
                           r"ano|fin|manana|tarde|noche|madrugada|pasado|proximo|mismo|misma|otro|otra|day|week|month|year|"
                           r"morning|night|evening|next|other|same)\b)((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s*(?:[,.;]|$|en|a|con|desde|in|to|at))")
# '—…—asegura.' / '—…—dijo ante la iglesia': a speech verb with no subject of its own
NARRATOR_VERB = re.compile(r"\s*(?:(?:me|nos|le|les)\s+)?" + SPEECH.pattern)
# an indefinite subject ('dijo a este diario un vecino'), not a place or audience ('dijo ante una iglesia')
UNNAMED_SUBJECT = re.compile(r"(?<![\w])(?<!ante )(?<!a )(?<!en )(?<!con )(?<!desde )(?<!para )(?<!por )(?<!de )"
                             r"(?<!sobre )(?<!tras )(?<!entre )(?<!hacia )(?<!frente a )"
                             r"(?:un|una|unos|unas|uno|dos|tres|varios|varias|otro|otra)\s")
DIALOGUE_LINE = re.compile(r"(?m)^[ \t]*[—–][ \t]*(?=\S)(.+)$")
# '—le pregunté a Montoya', '—insistí', '—I asked': a narrator in the first person, the writer speaking
FIRST_PERSON_NARRATOR = re.compile(r"[ \t]*(?:(?:le|les|me|nos)\s+)?(?:pregunté|insistí|respondí|contesté|comenté|repliqué|"
                                   r"dije|quise\s+saber|interrumpí|I\s+asked|I\s+said|I\s+insisted|we\s+asked)"
                                   r"(?![\w])")
TIME_BEFORE = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|h(?:rs?)?\.?))?|[ap]\.\s?m\.)\**\s*$", re.I)
COLON_DASH = re.compile(r"(?:(?<=\S):[ \t]*|(?<=[.!?])[ \t]+)[—–][ \t]*(?=\w|¿|¡)([^—–\n]+)")
# '—dijo—. Nadie hizo nada.': a narrator between dashes, then the words go on to the end of the line
NARRATED_ON = re.compile(r"[—–][ \t]*(?:dij[oe]|dice|dijeron|contó|conto|cuenta|agregó|agrego|añadió|anadio|afirmó|afirmo|"
                         r"explicó|explico|insistió|insistio|asegura|aseguró|aseguro|said|says|added)[^—–\n]{0,60}[—–][ \t.,]*"
                         r"(?=\w|¿|¡)([^—–\n]+)")


def _introducing_paragraph(doc: Document, res: Resolution, line_start: int) -> str | None:
    """'Un comerciante que prefirió no dar su nombre me explicó que…' + a dialogue line with no narrator: the
    subject of a paragraph of one sentence that reports speech, when that subject is a person or unnamed people."""
    before = doc.text[: doc.text.rfind("\n", 0, line_start) + 1].rstrip()
    para_start = max(before.rfind("\n\n"), 0)
    sent = doc.sentence_at(para_start + len(before[para_start:]) - len(before[para_start:].lstrip()))
    if sent is None or sent[1] < len(before) - 2:
        return None  # the paragraph before holds more than one sentence, or none
    verb = SPEECH.search(fold_text(doc.text[sent[0] : sent[1]]))
    if verb is None:
        return None
    unnamed = description(doc.text, sent[0], sent[0] + verb.start(), doc.language)
    if unnamed is not None and unnamed.start() - sent[0] < 4:
        return unnamed_speaker(doc, res, unnamed.start(), unnamed.end())
    people = [u for u in actor_units(res.refs, sent[0], sent[0] + verb.start(), doc.text)
              if res.by_key[u.key].type == "person"]
    return people[0].key if people else None


def _set_off_person(res: Resolution, folded: str, units: list[Unit], ns: int) -> str | None:
    """'—…—declaró el portavoz de la X, comisario Néstor Ruiz, en conferencia': the person a narrator sets off
    by commas after the body whose spokesperson they are, not the body."""
    if res.by_key[units[0].key].type == "person":
        return None
    return next((u.key for u in units[1:] if res.by_key[u.key].type == "person" and not owner(folded, u)
                 and re.search(r",\s*(?:[a-z.]+\s+){0,2}$", folded[max(ns, u.start - 30) : u.start])), None)


_SPACE = re.compile(r"\s*")
_DASH_OPENS = re.compile(r"[ \t]*[—–]")


def _answered(text: str, line_end: int) -> bool:
    """Whether the next paragraph after a dialogue line is itself a dialogue line (an answer)."""
    space = _SPACE.match(text, line_end)
    return bool(space and DIALOGUE_LINE.match(text, space.end()))


def _after_dialogue(text: str, line_start: int) -> bool:
    """Whether the paragraph before a dialogue line is a dialogue line too (a conversation goes on): the last
    line with text before it opens with a dash (read in place, without copying the text before)."""
    end = text.rfind("\n", 0, line_start) + 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and bool(_DASH_OPENS.match(text, text.rfind("\n", 0, end) + 1, end))


def _dialogue(doc: Document, res: Resolution) -> list[Quote]:
    """Spanish dialogue: '—Quote —says X—. More quote.' Quote and narrator alternate between dashes."""
    text, folded = doc.text, fold_text(doc.text)
    out: list[Quote] = []
    asked = False  # the line before was a question: an interview's answer follows
    interviewee: str | None = None  # whom the lines before the first question are about
    for m in DIALOGUE_LINE.finditer(text):
        line_start = m.start(1)
        pieces = [(p.start(), p.end()) for p in re.finditer(r"[^—–]+", m.group(1))]
        quotes = [(line_start + a, line_start + b) for i, (a, b) in enumerate(pieces) if i % 2 == 0]
        narrators = [(line_start + a, line_start + b) for i, (a, b) in enumerate(pieces) if i % 2 == 1]
        # a line ending in a question is an interviewer's when an answer line follows; before narration it is
        # the speaker's own rhetorical question ('—Aquí la policía viene una vez al mes. ¿A quién le va a temer?')
        question = m.group(1).rstrip().endswith("?") and _answered(text, m.end())
        answer = asked
        asked = question
        if question and not narrators:
            if interviewee is None:
                interviewee = topic_person(doc.text, res, line_start)
            continue  # '—¿Quién está detrás?': the interviewer's question, nobody's quote
        # '—¿…?' + '—Calculamos que…': with no narrator, an answer is the interviewee's, the person
        # the lines before the interview are about (not someone a later question names)
        speaker = (interviewee or topic_person(doc.text, res, line_start)) if answer and not narrators else None
        if not narrators and not answer:
            # ('Un vecino me explicó que…' + the line; else the person the narrative paragraph before is about)
            speaker = _introducing_paragraph(doc, res, line_start) or (
                None if _after_dialogue(text, line_start) else topic_person(doc.text, res, line_start))
        for ns, ne in narrators:
            if FIRST_PERSON_NARRATOR.match(text, ns, ne):
                speaker = None  # '—¿Y si no funciona? —le pregunté a Montoya.': the writer's own words
                break
            # ('—dice, sentada en la puerta de su casa—': an owner, not the speaker)
            named = [u for u in actor_units(res.refs, ns, ne, doc.text) if res.by_key[u.key].type in SPEAKER_TYPES]
            # ('—…—le dijo al alcalde X': X is spoken to; the speaker is the person of the lines before)
            units = [u for u in named if not addressed(folded, ns, u.start)] if NARRATOR_VERB.match(folded, ns, ne) \
                else named
            if named and not units:
                speaker = topic_person(doc.text, res, line_start)
                break
            if units:
                speaker = _set_off_person(res, folded, units, ns) or units[0].key
                break
            rm = NARRATOR_ROLE.match(folded, ns, ne)
            if rm:  # '—…—me dijo el sacerdote—': the person that description points back to
                speaker = _role_speaker(res, folded, rm, line_start)
                break
            clause = re.split(r"[,.;:]", folded[ns:ne], maxsplit=1)[0]
            if NARRATOR_VERB.match(clause) and UNNAMED_SUBJECT.search(clause):
                speaker = unnamed_speaker(doc, res, ns, ne)  # '—…—dijo a este diario un vecino'
                break
            if NARRATOR_VERB.match(clause):
                # '—…—dice, mientras señala…': the person of the lines before ('—…—dijo a este diario un
                # vecino' brings in someone new); '—…—dice él': a man of them
                sex = re.search(r"(?<![\w])(el|ella)\s*$", clause.rstrip(" ."))
                speaker = topic_person(doc.text, res, line_start,
                                        {"el": "m", "ella": "f"}[sex.group(1)] if sex else None)
                break
        for i, (qs, qe) in enumerate(quotes):
            seg = text[qs:qe]
            lead = len(seg) - len(seg.lstrip(" .,;"))
            qs2, qe2 = qs + lead, qs + len(seg.rstrip())
            # ('—…—dice—. Mandarle zapatos.': the words go on after the narrator, however short)
            if len(text[qs2:qe2].split()) >= (3 if i == 0 else 2):
                out.append(Quote(qs2, qe2, text[qs2:qe2], speaker, doc.sentence_at(qs2) or (qs2, qe2)))
    return out


# who many call', 'a quien sus críticos llaman': the words that open a relative clause's own unnamed subject
_SOME_PEOPLE = (r"(?:many|some|most|critics|others|residents|locals|neighbou?rs|his|her|their|prosecutors|investigators|"
                r"police|authorities|officials|agents|the\s+(?:press|locals|residents|media|police|critics|prosecutors|"
                r"investigators|authorities)|muchos|algunos|otros|sus|criticos|vecinos|la\s+prensa|los\s+vecinos|"
                r"los\s+criticos|los\s+fiscales|los\s+investigadores|las\s+autoridades|los\s+agentes)\s")
# holding or guessing that something is so: the words in the clause after are the thinker's ('believes the gang is
# now "a franchise"', 'no descartó que el director haya recibido «pagos periódicos»')
THINK_VERB = re.compile(r"(?<![\w])(?:believes|believed|thinks|thought|suspects|suspected|fears|feared|estimates|estimated|"
                        r"(?:did|does|do)\s+not\s+rule\s+out|ruled\s+out|cree|creia|creen|piensa|pensaba|sospecha|"
                        r"sospechaba|teme|temia|estima|estimo|calcula|calculo|(?:no\s+)?descart[oa]|supone|suponia)(?![\w])")
# ', whom' / ', a quien': a relative clause whose subject is named after the pronoun
OBJECT_RELATIVE = re.compile(r",\s*(?:whom|of\s+whom|a\s+quien(?:es)?|(?:a|al|de|del)\s+(?:que|la\s+que|los\s+que|las\s+que)|"
                             r"de\s+quien(?:es)?|(?:who|que|quien)(?=\s+" + _SOME_PEOPLE + r"))\s")
UNNAMED_LABELLERS = re.compile(r"\s*" + _SOME_PEOPLE)
# 'que el gobierno de X calificó', 'that the mayor called': an object relative whose subject opens with a determiner
# between that subject and its verb: nothing, or one word ('que el gobierno ya calificó')
SUBJECT_THEN_VERB = re.compile(r"\s+(?:[a-z]+\s+)?")
BARE_OBJECT_RELATIVE = re.compile(r"(?<![\w])(?:que|that|which)\s+(?=(?:el|la|los|las|the|su|sus|his|her|its|their)\s)")
# 'a network called', 'an operation dubbed': a thing and the participle that brings in its name
NAMED_THING = re.compile(r"(?<![\w])(?:a|an|the|one|un|una|el|la)\s+(?:[a-z-]+\s+){1,2}(?:called|named|dubbed|termed|labell?ed)\s*$")
# ', and' / '; ' / ', pero': where a new clause, with its own subject, begins
CLAUSE_JOIN = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas|y|e|pero|mientras\s+que|aunque)\s+")


def _labeller(res: Resolution, text: str, folded: str, s: int, q_start: int, doc: Document | None = None) -> str | None:
    """'Castro called the raid a success against "narco-terrorists"': who chose the quoted word.

    The first actor of the clause before a naming verb, or before a speech
    verb when the quoted words are not a name ('condenó la «agresión
    imperialista»', not 'said the "Total Peace" plan'); the verb and the
    quote must be close (a few words apart), so a scare quote later in a
    long sentence is not pinned on anyone.
    """
    verbs = list(LABEL_VERB.finditer(folded, s, q_start))
    if verbs and NAMED_THING.search(folded, s, verbs[-1].end()) and text[q_start + 1 : q_start + 2].isupper() \
            and not folded[verbs[-1].end() : q_start].strip():
        return None  # 'ran a network called "The Pipeline"': the name of a thing, nobody's label
    if text[q_start + 1 : q_start + 2].islower():
        verbs += list(SPEECH.finditer(folded, s, q_start)) + list(THINK_VERB.finditer(folded, s, q_start))
    verb = max(verbs, key=lambda v: v.start(), default=None)
    # ('Vargas aseguró en una entrevista con la radio local que los cargos son «políticos»': words inside a reported
    # clause are the reporter's subject's, however far the verb, unless they hold a name)
    # (English may leave out 'that': 'said the plan, approved last week by the council, was "dead on arrival"')
    reported = verb is not None and verb.re in (SPEECH, THINK_VERB) and not _holds_name(text, q_start) \
        and (REPORTED_CLAUSE.search(folded, verb.end(), q_start) or doc is not None and doc.language == "en")
    # ('said the company, which had won three contracts from X last year, had paid "kickbacks"': an insertion
    # set off by commas does not count towards the distance)
    if verb is None or len(INSERTION.sub(" ", folded[verb.end() : q_start]).split()) > (14 if reported else 6):
        return None
    # 'The GNB did not reply, and the Defence Ministry has rejected … as "propaganda"': the subject
    # is in the clause of the verb, after the last coordinating conjunction before it
    joins = list(CLAUSE_JOIN.finditer(folded, s, verb.start()))
    s0, s = s, joins[-1].end() if joins else s
    # ('lo señaló como «…»': an object pronoun read back to someone is no subject)
    actors = _past_insertion(text, [u for u in actor_units(res.refs, s, verb.start())
                                    if res.by_key[u.key].type in SPEAKER_TYPES
                                    and folded[u.start : u.end] not in OBJECT_PRONOUNS], s)
    if joins and not actors and not joins[-1].group().lstrip().startswith(";"):
        # 'X se refirió al exgobernador Y, detenido en marzo, y lo calificó como «…»': a verb joined on with no
        # subject of its own shares the first clause's (its subject, not its objects); 'His public defender entered
        # a plea and called the indictment "…"': someone of his, unnamed, not the man 'His' means
        lead = s0 + len(folded[s0 : joins[-1].start()]) - len(folded[s0 : joins[-1].start()].lstrip(" *"))
        shared = (possessed_speaker(doc, res, lead, joins[-1].start()) if doc is not None else None) \
            or _shared_subject(res, text, folded, s0, joins[-1].start())
        if shared:
            return shared
    actors = _accounts_over_platforms(text, actors)
    if doc is not None and actors and folded[actors[0].start : actors[0].end] in _POSSESSIVE_WORDS \
            and not any(res.by_key[u.key].type == "person" and folded[u.start : u.end] not in _POSSESSIVE_WORDS
                        for u in actors[1:]):
        # 'His public defender called the indictment "…"': someone of his, unnamed, not the man 'His' means ('His
        # lawyer, Otávio Brandão, said …': the name set off says who)
        possessed = possessed_speaker(doc, res, actors[0].start, verb.start())
        if possessed:
            return possessed
    actors = [u for u in actors if not _qualifier(text, res, u, actors)]  # "Venezuela's Foreign Ministry"
    if re.match(r"\w+(?:ing|ndo)\b", verb.group()) and folded[: verb.start()].rstrip().endswith(","):
        # 'X sanctioned Y and Z, describing the company as "…"': a participle speaks for the main clause's subject
        main = _participle_subject(folded, actors, s, q_start)
        if main:
            return main
    opened = _past_opener(folded, s, verb.start())
    actors = [u for u in actors if u.start >= opened] or actors  # 'With X in jail, Y said the port "…"'
    if len(actors) > 1 and JOINED_SUBJECT.search(folded, max(s, actors[-1].start - 40), actors[-1].start) \
            and CLITICS_ONLY.fullmatch(folded, actors[-1].end, verb.start()):
        return actors[-1].key  # 'X presentó los cargos y el juez Y los calificó como «…»': the second clause's subject
    # 'X, whom Y described as "dangerous"', 'X, a quien Y llamó «corrupto»': the relative clause's own subject
    # ('X, who many call "the Admiral"', 'X, a quien muchos llaman «…»': someone unnamed, not X)
    rel = max(OBJECT_RELATIVE.finditer(folded, s, verb.start()), key=lambda r: r.start(), default=None)
    if rel is not None and not [u for u in actors if u.start >= rel.end()] and UNNAMED_LABELLERS.match(folded, rel.end()):
        return None
    if rel is not None and not [u for u in actors if u.start >= rel.end()]:
        # 'La Fiscalía acusó a X, a quien describió como «…»': no subject of its own, the relative clause goes on
        # from the main clause's subject, neither the antecedent just before the comma nor an object
        subjects = [u for u in actors if u.start < rel.start() and folded[u.end : rel.start()].strip()
                    and not _object(folded, s, u)]
        if subjects:
            return subjects[0].key
    actors = [u for u in actors if rel is None or u.start >= rel.end()] or actors
    # 'una medida que el gobierno de X calificó de «unilateral»', 'a plan that the mayor called "…"': the relative
    # clause's own subject, after the pronoun, labels, not what the clause is about
    # (only when that subject stands right before the verb: in 'había defendido ante el Congreso que el X —así se hace
    # llamar…— tiene «…»' the clause is what was defended, and X is spoken of)
    bare = max(BARE_OBJECT_RELATIVE.finditer(folded, s, verb.start()), key=lambda r: r.start(), default=None)
    if bare is not None and any(u.start >= bare.end() and SUBJECT_THEN_VERB.fullmatch(folded, u.end, verb.start())
                                for u in actors):
        actors = [u for u in actors if u.start >= bare.end()]
    # 'La defensa de Quiñónez, a cargo del abogado X, calificó…': someone of Quiñónez's labels, not Quiñónez
    owned = [u for u in actors if res.by_key[u.key].type == "person" and _possessive(text, folded, u, actors)]
    if doc is not None and owned and len(owned) == len(actors):
        # "Condori's defenders call all this "…"": someone of Condori's, unnamed, when the description opens the clause
        found = owned_description(folded, owned[0])
        if found and len(re.findall(r"\w+", folded[s : found[0]])) <= 2:
            return owned_speaker(doc, res, *found)
    actors = [u for u in actors if u not in owned] or actors
    first = _first_saying(folded, s, q_start) if doc is not None and doc.language == "es" else None
    first_verb = first.start() if first else None
    if doc is not None and doc.language == "es" and actors and first_verb is not None \
            and all(u.start > first_verb and _object(folded, s, u) for u in actors) \
            and subject_free_lead(folded, s, first_verb):
        # ('Ante la prensa, calificó el presupuesto de X de «…» y acusó al alcalde de «…»': X is an object of the
        # first verb; the unsaid subject speaks)
        return _subject_before(doc, res, folded, doc.sentence_at(s) or (s, q_start))
    persons = [u for u in actors if res.by_key[u.key].type == "person"]
    aside = _aside_voice(res, folded, actors, s, verb, q_start) if verb.re is SPEECH else None
    if aside:
        return aside
    if not actors:
        unsaid = None
        if doc is not None and doc.language == "es" and first_verb is not None and not verb.group().endswith("n") \
                and subject_free_lead(folded, s, first_verb) \
                and not (first_verb == verb.start() and verb.re is SPEECH and INVERTED_SUBJECT.match(folded, verb.end())):
            # ('Después, tildó la medida de «absurda»': the unsaid subject of the sentences before)
            unsaid = _subject_before(doc, res, folded, doc.sentence_at(s) or (s, q_start))
        # ('The indictment describes the gang as "…"': the body that issued the text the subject names)
        return unsaid or _document_owner(res, folded, s, verb.start()) \
            or described_speaker(res, folded, s, verb.start(), q_start) or _pronoun_labeller(res, text, s, verb.start())
    # ('His lawyer, Daniela Insfrán, called the charges "…"': the name set off right before the naming verb)
    named = next((u.key for u in persons if folded[: u.start].rstrip().endswith(",")
                  and SET_OFF_TO_VERB.fullmatch(folded, u.end, verb.start())), None)
    return named or _set_off(folded, persons, verb.end()) or (persons or actors)[0].key


SET_OFF_TO_VERB = re.compile(r"\s*,\s*(?:(?:le|les|lo|la|los|las|nos|me|se|also|then|later|tambien|luego|ademas)\s+){0,2}")
OBJECT_PRONOUNS = frozenset("lo la los las le les him them".split())
# ' y el juez ', ' and Judge ': a new subject joined on without a comma
JOINED_SUBJECT = re.compile(r"\s(?:y|e|and)\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-z]+\s+){0,2}$")
CLITICS_ONLY = re.compile(r"\s+(?:(?:lo|la|los|las|le|les|se|also|then|tambien|luego)\s+)*")


def _shared_subject(res: Resolution, text: str, folded: str, s: int, end: int) -> str | None:
    """The subject of the clause at ``[s, end)``: its first actor that no preposition makes an object (past an
    opening phrase and a description set off after the subject), a person set off by commas before others."""
    opened = _past_opener(folded, s, end)
    units = [u for u in actor_units(res.refs, opened, end, text) if res.by_key[u.key].type in SPEAKER_TYPES]
    units = [u for u in _past_insertion(text, units, opened) if not _object(folded, opened, u)]
    if not units:
        return None
    persons = [u for u in units if res.by_key[u.key].type == "person"]
    set_off = next((u for u in persons if folded[: u.start].rstrip().endswith(",")
                    and folded[u.end : end].lstrip().startswith(",")), None)
    return (set_off or units[0]).key


# 'Y hired X, who later told the court that …', 'Y chocó con X, quien advirtió de un «caos»': a relative clause
# on X whose verb reports words
RELATIVE_SAYS = re.compile(r",\s*(?:who|quien|quienes|que|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales)\s+"
                           r"(?:(?:later|also|then|had|has|once|luego|tambien|despues|mas\s+tarde|ya|me|nos|le|les|lo|la)\s+){0,2}")


def _relative_speaker(res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> str | None:
    """'Y hired X, who later told the court that the deal was "a trap"': X, the relative clause's antecedent
    (named right before the comma), when the clause's first verb reports words and no other does before the quote."""
    found = None
    for m in RELATIVE_SAYS.finditer(folded, sent[0], q_start):
        found = m
    if found is None:
        return None
    verb = SPEECH.match(folded, found.end()) or LABEL_VERB.match(folded, found.end())
    if verb is None or SPEECH.search(folded, verb.end(), q_start) or re.search(r"[;:]", folded[verb.end() : q_start]):
        return None
    rest = INSERTION.sub(" ", folded[verb.end() : q_start])
    if len(rest.split()) > 14 or "," in rest.rstrip(" ,"):
        return None  # ('X said Y, who denied the charges, had "lied"': the clause closed, the main one goes on)
    units = actor_units(res.refs, sent[0], found.start() + 1)
    named = [u for u in units if res.by_key[u.key].type in SPEAKER_TYPES and not folded[u.end : found.start()].strip()]
    if re.match(r",\s*(?:who|quien|quienes)\s", folded[found.start() :]) \
            and (not named or res.by_key[named[-1].key].type != "person"):
        # 'X, a congressman from the opposition Movimiento Patria Firme, who wrote …': 'who' is the person the
        # apposition describes, not the party named inside it
        people = [u for u in units if res.by_key[u.key].type == "person"
                  and APPOSED_BEFORE_WHO.fullmatch(folded, u.end, found.start())]
        if people:
            return people[-1].key
    return named[-1].key if named else None


# ', a Paraguayan congressman from the opposition Movimiento Patria Firme' (up to the comma before 'who')
APPOSED_BEFORE_WHO = re.compile(r"\s*,\s*(?:a|an|the|un|una|el|la)\s[^,;:.\"“”«»()]{1,120}")


# '…, according to X.', '…, según admitió X en un comunicado': the source named after a few quoted words
TRAILING_SOURCE = re.compile(r"[\"”»’]?[^.;:!?\"“”«»]{0,80}?,\s*(?:according\s+to|segun|de\s+acuerdo\s+con)\s+"
                             r"(?:(?:lo\s+que\s+)?(?:" + SPEECH.pattern + r")\s+)?")


def _trailing_source(res: Resolution, folded: str, sent: tuple[int, int], q_end: int) -> str | None:
    """'The police took part in the "technical advice" of the raids, according to X': X."""
    m = TRAILING_SOURCE.match(folded, q_end, sent[1])
    if m is None:
        return None
    lead = AGENT_LEAD.match(folded, m.end(), sent[1])
    named = [u for u in actor_units(res.refs, m.end(), sent[1], folded) if res.by_key[u.key].type in SPEAKER_TYPES]
    if not named or named[0].start > lead.end() or re.search(r"[,;:(]", folded[named[0].end : sent[1]]):
        return None  # ('El «licenciado» es, según la Fiscalía, Ulises C.': the source must close the sentence)
    return named[0].key


# 'las maras están «acabadas», como asegura Bukele', 'the gangs are "finished," as the president claims': the words
# are the one the 'as' clause right after them names
AS_SAYS_VERB_FIRST = re.compile(r"[\s\"”»’',]*,?\s*(?:como|tal\s+como)\s+(?:lo\s+|la\s+|los\s+|las\s+)?"
                                r"(?:repite|repiten|dice|dicen|asegura|aseguran|sostiene|sostienen|afirma|afirman|insiste|"
                                r"proclama|pregona|llama|llaman|describe|dijo|aseguro|afirmo|sostuvo|repitio|prometio|"
                                r"promete|anuncio|califico|denuncia|denuncio)\s+")
TITLE_WORDS = re.compile(r"(?:(?:el|la|los|las|the)\s+)?(?:[a-z]+\s+){0,2}")  # 'the president ', 'el ministro '
AS_SAYS_SUBJECT_FIRST = re.compile(r"[\s\"”»’',]*,?\s*(?:as|como)\s+")
AS_SAYS_AFTER = re.compile(r"\s+(?:(?:has|had|have|always|often|likes\s+to|keeps|repeatedly|once)\s+)*(?:says|said|claims|"
                           r"claimed|insists|insisted|puts\s+it|put\s+it|calls\s+it|called\s+it|repeats|repeated|"
                           r"promised|promises|boasts|boasted|dice|dijo|asegura|aseguro|sostiene|afirma|repite)(?![\w])")


def _as_says(res: Resolution, folded: str, sent: tuple[int, int], q_end: int) -> str | None:
    """The speaker an 'as' clause right after the quote names ('«acabadas», como asegura Bukele', '"finished," as
    the president claims')."""
    named = [u for u in actor_units(res.refs, q_end, min(sent[1], q_end + 80), folded)
             if res.by_key[u.key].type in SPEAKER_TYPES]
    if not named:
        return None
    first = named[0]
    verb_first = AS_SAYS_VERB_FIRST.match(folded, q_end, first.start)
    if verb_first and TITLE_WORDS.fullmatch(folded, verb_first.end(), first.start):
        return first.key
    subject_first = AS_SAYS_SUBJECT_FIRST.match(folded, q_end, first.start)
    if subject_first and TITLE_WORDS.fullmatch(folded, subject_first.end(), first.start) and AS_SAYS_AFTER.match(folded, first.end):
        return first.key
    return None


def _aside_voice(res: Resolution, folded: str, actors: list[Unit], s: int, verb: re.Match[str], q_start: int) -> str | None:
    """'Gómez, Senator Ruiz said, was "a danger"', 'Gómez, dijo la senadora Ruiz, es «un peligro»': the reporting
    clause set off by commas inside the sentence gives the words to its own subject, not to the clause's."""
    comma = folded.rfind(",", s, verb.start())
    if comma < 0:
        return None
    if folded[verb.end() : q_start].lstrip().startswith(","):
        inside = [u for u in actors if u.start > comma]
        return inside[-1].key if len(inside) == 1 else None
    close = folded.find(",", verb.end(), q_start)
    if folded[comma + 1 : verb.start()].strip() or close < 0:
        return None
    inside = [u for u in actor_units(res.refs, verb.end(), close) if res.by_key[u.key].type in SPEAKER_TYPES]
    return inside[0].key if inside else None


# 'Para Ruiz, la reforma es «una trampa»', 'In Ruiz's words, the deal was "a betrayal"', 'En palabras de Ruiz, …':
# the sentence gives its view as that source's
OPINION_OPENER = re.compile(r"\s*(?:para|for|to|in\s+the\s+(?:view|eyes|opinion)\s+of|en\s+palabras\s+de|in\s+the\s+words\s+of|"
                            r"in\s+[^,.;]{2,40}?['’]s?\s+(?:words|view|telling|account|version|eyes)|"
                            r"a\s+juicio\s+de|en\s+opinion\s+de|segun|according\s+to)"
                            r"(?![\w])\s*[^,.;]{0,80},")  # (a whole word: not 'Tobias X,', 'Fortunato X,')


# 'The reform, in her view, is "a trap"', 'La reforma, a su juicio, es «una trampa»', 'para ella, es «…»': a view given
# as the person a pronoun points back to
PRONOUN_VIEW = re.compile(r"(?<![\w])(?:in\s+(his|her)\s+(?:view|opinion|words|eyes)|to\s+(him|her),|a\s+su\s+juicio|"
                          r"en\s+su\s+opinion|segun\s+(el|ella)\s*,|para\s+(el|ella)\s*,)")  # ('según él,', not 'según el oficial')


def _pronoun_view(res: Resolution, text: str, folded: str, s: int, q_start: int) -> str | None:
    """The person named last before the sentence whom a view-giving pronoun phrase in it points back to."""
    m = PRONOUN_VIEW.search(folded, s, q_start)
    if m is None or _holds_name(text, q_start) or any(not m.start() <= u.start < m.end() for u in actor_units(res.refs, s, q_start)):
        return None
    resolved = [u for u in actor_units(res.refs, m.start(), m.end()) if res.by_key[u.key].type == "person"]
    if resolved:
        return resolved[0].key  # (the pronoun read back to its person already)
    word = next((g for g in m.groups() if g), None)
    want = {"his": "m", "him": "m", "el": "m", "her": "f", "ella": "f"}.get(word or "")
    prior = [r for r in res.refs if s - 400 < r.start < s and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
             and (want is None or gender(res.by_key[r.key].name) in (None, want))]
    return prior[-1].key if prior else None


def _opinion_source(res: Resolution, text: str, folded: str, s: int, q_start: int) -> str | None:
    """The actor an opening that gives a view as someone's names, for a few quoted words later in the sentence."""
    m = OPINION_OPENER.match(folded, s, q_start)
    if m is None or _holds_name(text, q_start):
        return None
    inside = [u for u in actor_units(res.refs, s, m.end()) if res.by_key[u.key].type in SPEAKER_TYPES]
    if inside and all(owner(folded, u) for u in inside):
        # 'Según el abogado de X, Y Z, las pruebas son «…»': the name set off after the description is its holder's
        named = _apposed_name(res, folded, m.end(), q_start)
        if named:
            return named
    return inside[0].key if inside else None


def _apposed_name(res: Resolution, folded: str, at: int, limit: int) -> str | None:
    """The person named right at ``at`` (after a comma just read) and set off by a comma after the name."""
    after = [u for u in actor_units(res.refs, at, limit) if res.by_key[u.key].type == "person"]
    if after and not folded[at : after[0].start].strip() and folded[after[0].end : limit].lstrip().startswith(","):
        return after[0].key
    return None


# '«Tardía», así calificó Ruiz la captura', '"Overdue" was the word Ruiz used', '"A circus" is how X described it'
WORD_OWNED_AFTER = re.compile(r"[\"”»’\s]*,?\s*(?:(?:asi|so)\s+(?:(?:lo|la|los|las)\s+)?(?:califico|describio|definio|resumio|"
                              r"llamo|bautizo|describe|define|resume|llama|califica)|(?:was|is|fue|es)\s+(?:the\s+word|how|"
                              r"la\s+palabra|el\s+termino|como))(?![\w])")
# 'Ruiz's message to the gangs was blunt: "no mercy"', 'La reacción de Ruiz: «ya era hora»': the words of whoever
# the clause before the colon is about
COLON_LEAD = re.compile(r"[^.;!?\"“”«»]{2,120}:\s*[*]*$")
# 'Ruiz put it bluntly: the deal is "a fraud"', 'Ruiz lo dijo sin rodeos: el acuerdo es «…»': a colon after a clause
# that announces someone's words, and a short clause after it
COLON_SAYS = re.compile(r"(?:" + SPEECH.pattern + r"|put\s+it|puts\s+it|lo\s+dijo|lo\s+puso)[^.;!?\"“”«»:]{0,40}:\s+"
                        r"[^.;!?\"“”«»:]{0,60}$")
# "Ruiz's response was "no comment"", 'La respuesta de Ruiz fue «sin comentarios»': someone's words named as such
OWN_WORDS_WERE = re.compile(r"(?:['’]s?\s+|(?<![\w])(?:la|el|las|los)\s+)(?:[a-z]+\s+)?(?:response|reply|answer|message|"
                            r"verdict|words|comment|reaction|retort|respuesta|replica|mensaje|veredicto|palabras|reaccion|"
                            r"comentario)(?:\s+(?:de|del)\s+[^,;:.\"“”«»]{2,60}?)?\s+(?:was|were|is|fue|fueron|es)\s+"
                            r"(?:(?:simply|simplemente|just|solo)\s+)?$")


def _word_owner(res: Resolution, text: str, folded: str, sent: tuple[int, int], m: re.Match[str]) -> str | None:
    """Who gives a few quoted words that a clause after them or a clause ending in a colon before them points at."""
    if _holds_name(text, m.start()):
        return None
    after = WORD_OWNED_AFTER.match(folded, m.end(), sent[1])
    if after:
        actors = [u for u in actor_units(res.refs, after.end(), sent[1]) if res.by_key[u.key].type in SPEAKER_TYPES]
        return actors[0].key if actors else None
    if text[m.start() + 1 : m.start() + 2].isupper() and len(text[m.start() : m.end()].split()) < 2:
        return None  # ('The operation had a name: "Tormenta"')
    if OWN_WORDS_WERE.search(folded, max(sent[0], m.start() - 100), m.start()) or (
            COLON_SAYS.search(folded, sent[0], m.start()) and not any(
                u.start > folded.rfind(":", sent[0], m.start()) for u in actor_units(res.refs, sent[0], m.start()))):
        actors = [u for u in actor_units(res.refs, sent[0], m.start()) if res.by_key[u.key].type in SPEAKER_TYPES]
        return actors[0].key if actors else None
    if COLON_LEAD.fullmatch(folded, sent[0], m.start()):
        actors = [u for u in actor_units(res.refs, sent[0], m.start()) if res.by_key[u.key].type in SPEAKER_TYPES]
        return actors[0].key if actors else None
    return None


REPORTED_CLAUSE = re.compile(r"(?<![\w])(?:that|que)\s")


# institutions written with a capital inside ordinary words ('un «crimen de Estado»', '"a war on the State"'): no name
INSTITUTION_WORDS = frozenset("estado gobierno ejercito policia fiscalia congreso senado justicia nacion patria "
                              "constitucion republica state government army police congress senate republic".split())


def _holds_name(text: str, q_start: int) -> bool:
    """Whether the words quoted at ``q_start`` (its opening mark) hold a capitalised word after the first (not one
    of the institutions a language writes with a capital)."""
    m = QUOTE.match(text, q_start)
    inner = next((m.group(i) for i in QUOTE_GROUPS if m.group(i) is not None), "") if m else ""
    return any(w[:1].isupper() and fold_text(w.strip(".,;:!?")).lower() not in INSTITUTION_WORDS for w in inner.split()[1:])

# 'he calls himself', 'ella lo llamó': a subject pronoun opening the clause right before the naming verb
PRONOUN_SUBJECT = re.compile(r"\s*(?:(He|he|She|she|Él|él|Ella|ella)\s+)(?:[a-z]+\s+)?(?:(?:lo|la|los|las|le|les|se)\s+)?$")


def _pronoun_labeller(res: Resolution, text: str, s: int, verb: int) -> str | None:
    """'His former allies call him a traitor; he calls himself "…"': the last person named before the clause whose
    sex the pronoun agrees with."""
    m = PRONOUN_SUBJECT.fullmatch(text, s, verb)
    if m is None:
        return None
    want = "m" if m.group(1).lower() in ("he", "él") else "f"
    prior = [r for r in res.refs if s - 400 < r.start < s and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
             and gender(res.by_key[r.key].name) in (None, want)]
    return prior[-1].key if prior else None


def _dropped_subject(doc: Document, res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> str | None:
    """'El domingo, rodeado de su bancada, habló de una «cacería de brujas»': a Spanish verb with its subject left
    unsaid is the last person named before the sentence.

    A speech or naming verb a few words before the quote, no actor and no
    indefinite article ('un vecino habló de…') or capitalised word after the
    sentence's first word between the sentence start and that verb.
    """
    if doc.language != "es":
        return None
    verbs = list(LABEL_VERB.finditer(folded, sent[0], q_start)) + list(SPEECH.finditer(folded, sent[0], q_start))
    verb = max(verbs, key=lambda v: v.start(), default=None)
    if verb is None or len(folded[verb.end() : q_start].split()) > 8 or verb.group().endswith("n"):
        return None  # ('Los presos llaman «la jaula» al pabellón': a plural verb is no one person's)
    head = doc.text[sent[0] : verb.start()]
    if re.search(r"(?<![\w])(?:un|una|unos|unas)(?![\w])", folded[sent[0] : verb.start()]) \
            or any(w[0].isupper() for w in re.findall(r"\w+", head)[1:]) \
            or any(sent[0] <= r.start < verb.start() for r in res.refs):
        return None
    return last_person(res, sent[0])


# 'the TikTok account @x', 'la página de Facebook Patria Libre': the platform, then the word for an account
PLATFORM_ACCOUNT = re.compile(r"\W{0,3}\s*(?:account|page|channel|profile|handle|cuenta|pagina|canal|perfil)\s+(?:de\s+\w+\s+)?"
                              r"\W{0,3}$")


def _accounts_over_platforms(text: str, actors: list[Unit]) -> list[Unit]:
    """'reposted by the TikTok account @x with a voice-over calling …': the account speaks, not the platform."""
    return [u for i, u in enumerate(actors) if not (
        i + 1 < len(actors) and PLATFORM_ACCOUNT.match(fold_text(text[u.end : actors[i + 1].start])))]


# 'Their latest paper muses about "…"' / 'Su informe advierte de «…»': a text that speaks for its authors
OWNED_TEXT = re.compile(r"(?<![\w])(?:its|their|su|sus)\s+(?:[a-z]+\s+){0,2}?(?:paper|report|study|statement|communique|"
                        r"document|brief|memo|letter|analysis|informe|estudio|comunicado|documento|analisis|carta|"
                        r"pronunciamiento|declaracion)s?(?![\w])")


def _document_owner(res: Resolution, folded: str, s: int, verb: int) -> str | None:
    """The body whose paper speaks: the last organisation named before a possessive + document noun.

    Only 'its'/'their' (and Spanish 'su'/'sus' for a body): 'his report' is a
    person's, and who that is coreference must say.
    """
    if not OWNED_TEXT.search(folded, s, verb):
        return _signer(res, folded, s)
    return _last_body_before(res, s)


BODY_SPEAKERS = SPEAKER_TYPES - {"person", "state"}  # organisations that put texts out


def _last_body_before(res: Resolution, pos: int) -> str | None:
    """The organisation (no person, no state) named last in the 400 characters before ``pos``: whose text speaks."""
    prior = [r for r in res.refs if pos - 400 < r.start < pos and res.by_key.get(r.key)
             and res.by_key[r.key].type in BODY_SPEAKERS]
    return max(prior, key=lambda r: r.start).key if prior else None


# 'The mayor's response came hours later: "…"', 'Llegó la respuesta del alcalde: «…»': the words of whoever the
# answer, message or warning before the colon is said to be of
ANSWER_OF = re.compile(r"(?:(?:the|a)\s+)?(?P<en>[^.;:,\"“”«»]{2,40}?)['’]s?\s+(?:\w+\s+)?(?:response|reply|answer|message|"
                       r"words|reaction|retort|warning|promise)(?![\w])[^.;:\"“”«»]{0,60}:\s*[*]*$"
                       r"|(?<![\w])(?:la|el|las|los|su|sus)\s+(?:\w+\s+)?(?:respuesta|reaccion|replica|mensaje|palabras|"
                       r"advertencia|promesa)\s+(?:de|del)\s+(?P<es>(?:la\s+|el\s+)?[^.;:,\"“”«»]{2,40}?)"
                       r"(?:[\s,][^.;:\"“”«»]{0,60})?:\s*[*]*$")


def _answer_of(res: Resolution, folded: str, sent: tuple[int, int], q_start: int) -> str | None:
    m = ANSWER_OF.search(folded, sent[0], q_start)
    if m is None:
        return None
    lo, hi = m.span("en") if m.group("en") is not None else m.span("es")
    named = [u for u in actor_units(res.refs, lo, hi, folded) if res.by_key[u.key].type in SPEAKER_TYPES]
    if named:
        return named[-1].key
    # a post word for someone named before with it ('the mayor' after 'Mayor Pedro Salas')
    post = folded[lo:hi].split()[-1] if folded[lo:hi].split() else ""
    titled = [r for r in res.refs if r.start < lo and res.by_key.get(r.key) and res.by_key[r.key].type == "person"
              and re.search(r"(?<![\w])" + re.escape(post) + r"(?:a|esa)?\s+(?:\w+\s+)?$", folded[max(0, r.start - 30) : r.start])]
    return titled[-1].key if titled and len(post) > 3 else None


# 'Governor Ruiz's "total war"', 'la «guerra total» de la gobernadora Ruiz': a phrase owned by whoever it is of
OWNER_AFTER = re.compile(r"[\"”»’]?\s+(?:de|del)\s+(?:la\s+|el\s+)?(?:(?:[a-z]+)\s+){0,2}?$")


def _possessed_phrase(res: Resolution, text: str, folded: str, sent: tuple[int, int], m: re.Match[str]) -> str | None:
    before = [u for u in actor_units(res.refs, sent[0], m.start(), folded)
              if res.by_key[u.key].type in SPEAKER_TYPES and re.fullmatch(r"['’]s?\s*", text[u.end : m.start()])]
    if before:
        return before[-1].key
    after = next((u for u in actor_units(res.refs, m.end(), min(sent[1], m.end() + 50), folded)
                  if res.by_key[u.key].type in SPEAKER_TYPES), None)
    if after is not None and OWNER_AFTER.fullmatch(folded[m.end() : after.start]) \
            and text[m.end() - 1 : m.end()] in "»”\"’" and re.match(r"\s*(?:la|el|las|los|su)\s+$", folded[max(sent[0], m.start() - 5) : m.start()]):
        return after.key  # (Spanish only after 'la «…» de X': a noun phrase of X's, not 'dijo «…» de X')
    return None


# a text as the subject that labels: 'The indictment … describes X as', 'La denuncia de la Fiscalía califica a X de'
TEXT_SUBJECT = re.compile(r"[\s*]*(?:the|a|an|its|their|el|la|un|una|su|sus)\s+(?:[a-z]+\s+){0,2}?(?:indictment|report|"
                          r"complaint|ruling|judgment|verdict|statement|document|lawsuit|filing|affidavit|resolution|"
                          r"cable|memo|acusacion|informe|denuncia|sentencia|fallo|resolucion|comunicado|documento|"
                          r"demanda|expediente|escrito|auto)(?![\w])")


# '"…," the statement read.' / '«…», señala el comunicado.': the words of a text its issuer put out
TEXT_SAYS_AFTER = re.compile(r"[\"”»’,.\s]*(?:(?:the|its|their|el|la|su|sus)\s+)?(?:statement|communique|press release|"
                             r"release|report|letter|document|note|comunicado|nota|informe|carta|documento|boletin|"
                             r"pronunciamiento)\s+(?:read|reads|said|says|added|adds|stated|states|continued|"
                             r"concluded|dice|decia|senala|senalaba|agrega|agregaba|anade|indica|indicaba|afirma|"
                             r"sostiene|concluye|reza|rezaba)(?![\w])"
                             r"|[\"”»’,.\s]*(?:read|said|added|stated|dice|senala|agrega|indica|afirma|reza)\s+(?:the|its|"
                             r"el|la|su)\s+(?:statement|communique|release|report|letter|comunicado|nota|informe|carta|"
                             r"documento|boletin)(?![\w])")


def _issuer_after(res: Resolution, folded: str, q_start: int, q_end: int) -> str | None:
    """'The ministry announced X. "…," the statement read.': the body named last before the quote put the text
    out (a person named nearer, the one the text is about, is not its author)."""
    said = TEXT_SAYS_AFTER.match(folded, q_end)
    if not said:
        return None
    # ('«…», señala el comunicado de la Fiscalía': the issuer named right after)
    own = ISSUED_BY.match(folded, said.end())
    named = [r for r in res.refs if own and said.end() <= r.start <= own.end() + 1 and res.by_key.get(r.key)
             and res.by_key[r.key].type in BODY_SPEAKERS]
    if named:
        return named[0].key
    # ('In a letter read by his lawyer, Mitchell rejected the charges. "…," the letter said': who wrote it, not the
    # body named last)
    noun = TEXT_NOUN.search(said.group())
    writer = brought_in_by(res, folded, noun.group(), q_start, subject=False) if noun else None
    return writer or _last_body_before(res, q_start)


TEXT_NOUN = re.compile(r"(?<![\w])(?:letter|carta)(?![\w])")


ISSUED_BY = re.compile(r"\s+(?:de|del|of|from|by|issued by|emitido por)\s+(?:la\s+|el\s+|los\s+|the\s+)?")


# 'Un panfleto firmado por Los del Puente' / 'a banner signed by the CJNG': a text that speaks for its signer
SIGNED = re.compile(r"(?<![\w])(?:panfleto|narcomanta|manta|pancarta|cartel|mensaje|comunicado|carta|video|audio|nota|"
                    r"pamphlet|leaflet|flyer|banner|note|message|letter|statement)s?\s+(?:[\w]+\s+){0,3}?"
                    r"(?:firmad[oa]s?|signed|atribuid[oa]s?|attributed|suscrit[oa]s?)\s+(?:por|by|a|to)\s+")


def _signer(res: Resolution, folded: str, pos: int) -> str | None:
    """'Apareció un panfleto firmado por X. (…) advertía que «…»': the signer, when the text before names it last.

    The signed text must be in the 300 characters before ``pos`` with no
    person named after it: a person in between is a likelier subject.
    """
    found = list(SIGNED.finditer(folded, max(0, pos - 300), pos))
    if not found:
        return None
    after = [r for r in res.refs if found[-1].end() <= r.start < pos and res.by_key.get(r.key)]
    signer = [r for r in after if r.start < found[-1].end() + 5 and res.by_key[r.key].type in SPEAKER_TYPES]
    if not signer or any(res.by_key[r.key].type == "person" and r.key != signer[0].key for r in after):
        return None
    return signer[0].key


def find_quotes(doc: Document, res: Resolution) -> list[Quote]:
    text, folded = doc.text, fold_text(doc.text)
    stand_ins(doc, res)  # 'a boy identified only as J.': an actor before any quote points back at him
    out: list[Quote] = _dialogue(doc, res)
    dialogue_lines = {doc.text.rfind("\n", 0, q.start) for q in out}
    answers = [Quote(s, e, text[s:e], who, doc.sentence_at(s) or (s, e)) for s, e, who in interview_answers(doc, res)]
    out.extend(answers)
    for m in COLON_DASH.finditer(text):
        if TIME_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1):
            continue  # ('10:42 a. m. — El ministro dijo…', '10:42 a.m. — …': the time of a live blog's entry, no dialogue)
        # 'Pascacio lo niega: —Eso es una calumnia.', '… desde México. —Aquí todos sabían —dijo—. Nadie hizo
        # nada.': a dialogue dash inside a paragraph, after the clause or the sentence that brings the words in;
        # they run to the next dash or the end of the line, and go on after a narrator's '—dijo—'
        qs, qe = m.start(1), m.start(1) + len(m.group(1).rstrip())
        if len(text[qs:qe].split()) < 2 or QUOTE.search(text, qs, qe) \
                or DIALOGUE_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # (a dash inside a dialogue line opens its narrator: '—¿Y si no funciona? —le pregunté.')
        sent = doc.sentence_at(m.start()) or (m.start(), qe)
        if text[m.start()] == ":":
            who = _speaker(doc, res, m.start(1) - 1, qe, sent)
        else:  # after a full stop: whoever opens the sentence before, named or not ('Un vecino … contó que …')
            prev = doc.sentence_at(m.start() - 1)
            who = (_previous_unnamed(doc, res, qs, loose=True)
                   or (_opening_actor(doc, res, folded, prev) if prev else None))
        out.append(Quote(qs, qe, text[qs:qe], who, sent))
        more = NARRATED_ON.match(text, m.end(1))
        if more:
            ms, me = more.start(1), more.start(1) + len(more.group(1).rstrip())
            if len(text[ms:me].split()) >= 2:
                out.append(Quote(ms, me, text[ms:me], who, doc.sentence_at(ms) or (ms, me)))
    for m in QUOTE.finditer(text):
        if m.group(5) is not None and (text.rfind("\n", 0, m.start(5)) in dialogue_lines
                                       or m.group(5).rstrip().endswith("?")):
            continue  # already read as dialogue, or an interviewer's question
        gi = next(i for i in QUOTE_GROUPS if m.group(i) is not None)
        qs, qe = m.start(gi), m.end(gi)
        words = text[qs:qe].split()
        sent = doc.sentence_at(qs) or (m.start(), m.end())
        lead = folded[max(sent[0], m.start() - 40) : m.start()]
        spoken = bool(SPEECH.search(lead)) or lead.rstrip(" *").endswith((":", ",")) \
            or bool(ACCORDING_OPENER.match(folded, sent[0])) \
            or _said_further_back(res, folded, sent[0], m.start())
        # ('According to Ruiz, Gómez "controlled every load"': the opener is the speech verb)
        if SO_CALLED.search(lead) or ALIAS_BEFORE.search(lead):
            continue  # 'the so-called "total peace"', 'la llamada «paz total»': a name the writer keeps at a distance
        # 'X was called "a coward" by Y', 'X rejected Y's claim that he was "a puppet"', 'the "iron fist" Y promised':
        # the grammar gives the words to Y, though X stands nearer or first
        owned_by = _as_says(res, folded, sent, m.end()) or passive_agent(res, folded, sent, m.start(), m.end()) \
            or claim_owner(res, folded, sent, m.start()) \
            or (promiser(res, folded, sent, m.end()) if len(words) <= 4 and not _holds_name(text, m.start()) else None) \
            or _relative_speaker(res, folded, sent, m.start())
        if owned_by:
            out.append(Quote(qs, qe, text[qs:qe], owned_by, sent))
            continue
        if len(words) < 3 or (len(words) < 4 and not spoken):
            # (one word too when the attribution follows it right after a comma: '"reckless," Ruiz said')
            # (a capital word only when it opens the sentence: '"Unacceptable," she said', not 'launched operation
            # "Tormenta", said the ministry')
            if (len(words) >= 2 or _one_word_said(text, folded, qs, sent[1])
                    and (text[qs : qs + 1].islower() or not text[sent[0] : m.start()].strip(" *"))) \
                    and _short_speech(text, folded, sent, m):
                # ('"…," said X. "He was wrong."': a short quote right after an attribution goes on in its voice)
                out.append(Quote(qs, qe, text[qs:qe], _resumed(text, folded, out, m, doc, res)
                                 or _speaker(doc, res, m.start(), m.end(), sent), sent))
                continue
            # ('X, which said Mexico "…" and called for cooperation "among equals"': the same voice goes on first)
            labeller = _claimed(doc, res, folded, m.start()) or _continued(res, text, out, sent, m) \
                or _capital_voice(res, folded, sent[0], m.start()) \
                or (_labeller(res, text, folded, sent[0], m.start(), doc) if len(words) <= 6 else None) \
                or _opinion_source(res, text, folded, sent[0], m.start()) \
                or _pronoun_view(res, text, folded, sent[0], m.start()) \
                or _word_owner(res, text, folded, sent, m) \
                or _dropped_subject(doc, res, folded, sent, m.start()) \
                or _possessed_phrase(res, text, folded, sent, m) \
                or (_trailing_source(res, folded, sent, m.end()) if not _holds_name(text, m.start()) else None) \
                or _unnamed_reports(doc, res, folded, sent, m.start())
            if labeller:
                out.append(Quote(qs, qe, text[qs:qe], labeller, sent))
            continue  # else a name in quotes ("Total Peace") or a scare quote
        if _title(text[qs:qe], lead):
            continue  # 'published "Los dueños del puerto" in 2021': the name of a work, not words said
        # 'Ana Ruiz called Pedro Gómez "a liar and a thief"', 'described him as "…"': whoever labels, not the labelled
        labelled = LABEL_VERB.search(folded, max(sent[0], m.start() - 60), m.start())
        # 'acusa al gobernador de "criminalizar la pobreza"': the accusing verb is the speech verb here
        said_by_label = labelled is not None and not any(
            v.start() >= labelled.end() for v in SPEECH.finditer(folded, labelled.start(), m.start()))
        labeller = _labeller(res, text, folded, sent[0], m.start(), doc) \
            if labelled and (not spoken or said_by_label) and len(folded[labelled.end() : m.start()].split()) <= 6 else None
        if labelled and PASSIVE_LABEL.search(folded, max(sent[0], labelled.start() - 14), labelled.start() + 1):
            by = re.match(r"[\"”»’\s,.]*(?:by|por)\s", folded[m.end() : m.end() + 8])
            agents = [u for u in actor_units(res.refs, m.end(), sent[1], folded)
                      if res.by_key[u.key].type in SPEAKER_TYPES] if by else []
            labeller = agents[0].key if agents and agents[0].start - m.end() < 30 else labeller
        if labelled and not labeller and TEXT_SUBJECT.match(folded, sent[0], labelled.start()):
            # 'The indictment, filed by prosecutors, describes X as "…"': the text's words, its issuer's if named in
            # the subject ('la denuncia de la Fiscalía'), never X's
            issuer = [u for u in actor_units(res.refs, sent[0], labelled.start(), folded)
                      if res.by_key[u.key].type in SPEAKER_TYPES - {"person"}]
            out.append(Quote(qs, qe, text[qs:qe], issuer[0].key if issuer else None, sent))
            continue
        # 'Para el analista X, del Instituto Y, el alcalde Z «perdió el control…»': a view given as X's, with no
        # verb of saying between that makes the words someone else's
        view = OPINION_OPENER.match(folded, sent[0], m.start())
        viewer = _opinion_source(res, text, folded, sent[0], m.start()) \
            if view and not SPEECH.search(folded, view.end(), m.start()) else None
        if viewer is None and not labeller and not SPEECH.search(folded, sent[0], m.start()):
            viewer = _pronoun_view(res, text, folded, sent[0], m.start())  # 'In her view, the story "…"'
        speaker = labeller or viewer or _resumed(text, folded, out, m, doc, res) or _issuer_after(res, folded, m.start(), m.end()) \
            or _answer_of(res, folded, sent, m.start()) \
            or _dash_credit(res, folded, folded[m.end() : m.end() + 150].split("\n", 1)[0], m.end()) \
            or _carried_over(doc, res, folded, out, m, sent) \
            or _speaker(doc, res, m.start(), m.end(), sent)
        if speaker is None and out and out[-1].speaker and doc.same_paragraph(out[-1].end, qs, unknown=True) \
                and not text[sent[0] : m.start()].strip(" *"):
            speaker = out[-1].speaker  # a second quote right after an attributed one continues it
        if speaker is None and len(words) <= 6:
            speaker = _dropped_subject(doc, res, folded, sent, m.start())
        out.append(Quote(qs, qe, text[qs:qe], speaker, sent))
    for s, e in block_quotes(doc):
        if not any(q.start <= s < q.end for q in out):
            out.append(Quote(s, e, text[s:e], _layout_speaker(doc, res, s, e, ""), doc.sentence_at(s) or (s, e)))
    out.extend(_open_paragraphs(doc, out))
    out = [q for q in out if not _held_by_answer(q, answers)]
    out.sort(key=lambda q: q.start)
    return out


# the words between a capital opening its clause and the verb it says them with: 'Moscow called', 'Caracas quickly
# rejected', 'La Habana también calificó'
CAPITAL_TO_VERB = re.compile(r"\s+(?:(?:has|had|have|quickly|promptly|swiftly|also|then|later|again|ya|tambien|luego|"
                             r"rapidamente|de\s+inmediato)\s+)*")


def _capital_voice(res: Resolution, folded: str, s: int, q_start: int) -> str | None:
    """'Moscow called it "routine."', 'Caracas rejected the sanctions as "…"', 'La Habana calificó el informe de
    «…»': a national capital opening the clause, the verb that says the words right after it, speaks for its state
    when the story names that state."""
    units = actor_units(res.refs, s, q_start, folded)
    if not units or not re.fullmatch(r"[\s*]*(?:(?:but|and|yet|pero|y|mientras)\s+)?", folded[s : units[0].start]):
        return None
    first = res.by_key[units[0].key]
    code = capital_countries().get(fold_text(first.name)) if first.type == "location" else None
    gap = CAPITAL_TO_VERB.match(folded, units[0].end) if code else None
    if gap is None or not (SPEECH.match(folded, gap.end()) or LABEL_VERB.match(folded, gap.end())):
        return None
    states = [e.key for e in res.entities if e.type == "state" and country_names().get(fold_text(e.name)) == code]
    return states[0] if len(states) == 1 else None


def _said_further_back(res: Resolution, folded: str, s: int, q_start: int) -> bool:
    """'El Gobierno venezolano niega esas acusaciones y las atribuye a una «campaña de desestabilización»': a speech
    verb right after the actor that opens the sentence, further back than the words just before the quote, with no
    other actor named between the verb and the quote."""
    verb = SPEECH.search(folded, max(s, q_start - 120), q_start)
    if verb is None:
        return False
    # (a place named after the verb says nothing: 'X said that patrols in the provinces of A and B would be doubled
    # "until further notice"')
    actors = [u for u in actor_units(res.refs, s, q_start, folded)
              if u.start < verb.start() or res.by_key[u.key].type != "location"]
    return bool(actors) and actors[0].start < verb.start() and all(u.end <= verb.start() for u in actors) \
        and (OPENER_TO_VERB.fullmatch(folded, actors[-1].end, verb.start()) is not None
             or APPOSED_OPENER_TO_VERB.fullmatch(folded, actors[0].end, verb.start()) is not None)


_ADVERB_BEFORE_VERB = r"(?:(?:no|ya|tambien|also|then|flatly|again)\s+)?"
OPENER_TO_VERB = re.compile(r"[\s,]*" + _ADVERB_BEFORE_VERB)
# ('X, the army's border commander, said on Friday that …': what the opener is, set off by commas, before the verb)
APPOSED_OPENER_TO_VERB = re.compile(r"\s*,[^,;.\"“”«»]{3,80},\s*" + _ADVERB_BEFORE_VERB)


def _held_by_answer(q: Quote, answers: list[Quote]) -> bool:
    """Words quoted inside an interview's answer that are the interviewee's own: the answer holds them.

    Words the answer gives to someone else ('the colonel told this
    microphone: «…»') are that speaker's quote as well.
    """
    return any(a.start <= q.start < a.end and q is not a and q.speaker in (None, a.speaker) for a in answers)


def _carried_over(doc: Document, res: Resolution, folded: str, found: list[Quote], m: re.Match[str],
                  sent: tuple[int, int]) -> str | None:
    """'"…," said Rafael Kim, who represents X.' + a paragraph that is only '"…"': the same voice goes on.

    The quote opens its paragraph and nothing in its sentence, or in the
    sentence after it, says who speaks; the paragraph before ends with a
    quote and its attribution and no other sentence.
    """
    para = doc.paragraph_at(m.start())
    prev = max((q for q in found if q.end <= m.start()), key=lambda q: q.end, default=None)
    if para is None or prev is None or prev.speaker is None or folded[para[0] : m.start()].strip(" *>"):
        return None
    prev_para = doc.paragraph_at(prev.end)
    if prev_para is None or prev_para == para or folded[prev_para[1] : para[0]].strip():
        return None  # not the paragraph right before
    tail = doc.sentence_at(prev.end)
    if tail is None or tail[1] < prev_para[1] - 2:
        return None  # a sentence of narration after the quote: the story has moved on
    after = folded[m.end() : m.end() + 150].split("\n", 1)[0]
    stop = SENTENCE_STOP.search(after)
    after = after[: stop.start()] if stop else after
    if SPEECH.search(after) or AFTER_CUE.match(after) or _named_next(doc, res, folded, m.start(), m.end()):
        return None
    return prev.speaker


def _resumed(text: str, folded: str, found: list[Quote], m: re.Match[str], doc: Document | None = None,
             res: Resolution | None = None) -> str | None:
    """'"…," said Ana Ruiz, director of CCM. "…"': a quote right after the attribution of another goes on
    in the same voice (not the body the attribution ends on), unless words after it name someone."""
    if not found or not found[-1].speaker or found[-1].end > m.start():
        return None
    gap = text[found[-1].end : m.start()]
    if len(gap) > 200 or "\n" in gap or re.search(r"[\"“”«»]", gap.lstrip(",.;:!?\"”’» *")) or not re.search(r"\.\s+$", gap):
        return None
    verbs = list(SPEECH.finditer(fold_text(gap)))  # (the gap folded once, its speech verbs found once)
    if not verbs:
        return None
    if len(verbs) > 1 and GAP_STOP.search(gap, verbs[0].end(), verbs[-1].start()):
        return None  # ('"…," Kim said. Salas said the state would appeal. "…," he added.': a sentence of its own
        # gives words to someone after the attribution; who goes on is read from it, not from the quote before)
    if doc is not None and res is not None and GAP_STOP.search(gap, verbs[0].end()):
        subject = sentence_before_subject(doc, res, m.start())
        if subject and subject != found[-1].speaker:
            return None  # ('"…," says Marta Gil. Her neighbour, Jorge Paz, nods. "…," he says.': the story turned to him)
    after = folded[m.end() : m.end() + 150].split("\n", 1)[0]  # ('"…," army spokesman Col. Ana Ruiz Vela said')
    stop = SENTENCE_STOP.search(after)
    if BARE_VERB_AFTER.match(after) and len(gap) <= 80:
        return found[-1].speaker  # ('«…», dijo X. «…», agregó.': a verb with no subject of its own goes on)
    return None if AFTER_CUE.match(after[: stop.start()] if stop else after) else found[-1].speaker


GAP_STOP = re.compile(r"(?<=[a-záéíóúñ]{2})[.!?]\s+(?=[A-ZÁÉÍÓÚÑ¿¡])")  # a sentence ends and another opens
BARE_VERB_AFTER = re.compile(r"[\"”»’“›*\s,]*(?:[—–-]\s*)?(?:(?:he|she|el|ella)\s+)?(?:also\s+|tambien\s+|luego\s+)?(?:"
                             + SPEECH.pattern + r")(?:\s+(?:el|ella))?\s*[.;]")


SO_CALLED = re.compile(r"(?<![\w])(?:so-called|so\s+called|self-styled|self-proclaimed|"
                       # 'la llamada «paz total»', not 'lo que ha denominado «…»' (his own word for it)
                       r"(?:el|la|los|las|un|una|del|al|su|sus)\s+(?:mal\s+)?(?:supuest|llamad|autodenominad|"
                       r"autoproclamad|denominad)[oa]s?)\s*$")


# 'alias "los del Muelle Viejo"', 'known as "El Gordo"', 'apodado «el Chino»': a name after its cue, nobody's words
ALIAS_BEFORE = re.compile(r"(?<![\w])(?:alias|aka|a\.k\.a\.|known\s+as|nicknamed|conocid[oa]s?\s+como|apodad[oa]s?|"
                          r"(?:el|la|los|las)\s+(?:alias|apodo|mote))\s*[*_]*\s*$")
LIST_WORDS = frozenset("and or y e o u ni".split())


# what names a work or a plan right before its title in quotes ('his book "…"', 'publicó «…»')
WORK_BEFORE = re.compile(
    r"(?<![\w])(?:book|report|film|documentary|series|album|song|novel|article|column|study|paper|podcast|titled|"
    r"entitled|operation|campaign|programme|program|published|released|libro|informe|documental|pelicula|serie|"
    r"novela|articulo|columna|estudio|titulad[oa]|operacion|campana|programa|publico|lanzo|estreno)"
    r"(?:\s+[\w-]+)?[\s,]*$")  # not a colon: 'publicó: «…»' introduces words said


def _title(quoted: str, lead: str) -> bool:
    """A capitalised quote with no stop of its own right after a word that names a work or a plan."""
    body = quoted.strip()
    return body[:1].isupper() and not body.endswith((".", "!", "?", "…", ",")) and len(body.split()) <= 10 \
        and bool(WORK_BEFORE.search(lead))


def _continued(res: Resolution, text: str, found: list[Quote], sent: tuple[int, int], m: re.Match[str]) -> str | None:
    """'advertía que "los que hablan de más" serían "declarados objetivo"': a few more words of the same speaker.

    Lowercase words (not a name in quotes) a few words after a quote of four
    words or more with a speaker in the same sentence, with a word other than
    a conjunction and no actor named in between.
    """
    prev = max((q for q in found if sent[0] <= q.start and q.end <= m.start()), key=lambda q: q.end, default=None)
    if prev is None or prev.speaker is None or len(prev.text.split()) < 2 or not text[m.start() + 1 : m.start() + 2].islower():
        return None
    gap = re.findall(r"\w+", text[prev.end + 1 : m.start()])
    if len(prev.text.split()) < 4 and len(gap) < 3:
        return None  # ('habló de una «cacería de brujas» orquestada por sus rivales y por una «prensa vendida»': a
        # short quote goes on only across a clause of its own)
    if not set(w.lower() for w in gap) - LIST_WORDS or len(gap) > 8 \
            or any(prev.end < r.start < m.start() for r in res.refs):
        return None  # '"anoche", "el viernes"' is a list of terms, not one speaker going on
    return prev.speaker


# '"reckless," Ruiz said' / '«temerario», dijo Ruiz' / '«temerario», dijo la fiscal …': a word and its attribution
# ('«Injusto», respondió la senadora Ruiz': a post word may stand between the article and the name)
ONE_WORD_SAID = re.compile(r"[\w'-]+(?:(,)[\"”»’]|[\"”»’],\s*(?:" + SPEECH.pattern + r")(?:\s+(?:el\s+|la\s+)?(?:[a-z]+\s+)?|(?=\.)))")


def _one_word_said(text: str, folded: str, qs: int, end: int) -> bool:
    """A word said: its comma inside the marks, or a speech verb after it and a name (or the stop) after the verb
    (not '«peligroso», negó los cargos', the verb of the clause going on)."""
    m = ONE_WORD_SAID.match(folded, qs, end)
    return m is not None and (m.group(1) is not None or text[m.end() : m.end() + 1].isupper()
                              or text[m.end() : m.end() + 1] == ".")  # ('«Inaceptable», respondió.')


def _short_speech(text: str, folded: str, sent: tuple[int, int], m: re.Match[str]) -> bool:
    """'"Nobody listened."' / '"Never again," she said': a few words that are said, not a name.

    A quoted sentence of its own (it opens the sentence and ends with its
    stop inside the marks), or words a speech verb follows.
    """
    body = text[m.start() : m.end()].rstrip("\"”»’“›' ")
    whole = not text[sent[0] : m.start()].strip(" *") and body.endswith((".", "!", "?", "…"))
    after = folded[m.end() : m.end() + 80].split("\n", 1)[0]
    # 'Gómez dijo: «Soy inocente»': two words a speech verb and a colon introduce
    introduced = bool(re.search(SPEECH.pattern + r"[^.;:\"“”«»]{0,60}:\s*$", folded[max(sent[0], m.start() - 100) : m.start()]))
    # '"Never again," she said' / Spanish puts the comma after the mark: '"Es inocente", dijo su abogada'
    comma = body.endswith(",") or after.startswith(",")
    return whole or introduced or (comma and bool(AFTER_CUE.match(after)))


# (the open mark may follow words of the same paragraph: '"…," she said. "We have no police.'; a Spanish
# paragraph that goes on opens with '»')
OPEN_PARAGRAPH = re.compile(r'(?m)(?:^[ \t]*|(?<=[ \t]))["“«](?=[^\W_])([^"“”«»\n]{8,1200})$(?=\n(?:[ \t]*\n)*[ \t]*["“«»])')


def _open_paragraphs(doc: Document, found: list[Quote]) -> list[Quote]:
    """'"First paragraph…' + '"Second paragraph…," she said.': a quote left open at a paragraph end.

    The convention for a quote over several paragraphs: each opens with a
    mark and only the last closes. The open paragraphs take the speaker of
    the quote that goes on in the next paragraph.
    """
    out: list[Quote] = []
    for m in reversed(list(OPEN_PARAGRAPH.finditer(doc.text))):
        if len(m.group(1).split()) < 4:
            continue
        nxt = min((q for q in found + out if q.start > m.end()), key=lambda q: q.start, default=None)
        if nxt is None or nxt.start - m.end() > 6:
            continue
        qs, qe = m.start(1), m.end(1)
        out.append(Quote(qs, qe, doc.text[qs:qe], nxt.speaker, doc.sentence_at(qs) or (qs, qe)))
    return out
