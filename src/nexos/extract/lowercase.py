"""Actors a text names in lower case: instruments it treats as one thing ("el estado de excepción").

Capitalisation finds most names (``entities.py``); these are the ones written like common nouns
that the gold annotators still count as actors. Each finder returns ``(start, end, type)`` spans
over the original text; ``entities.py`` turns them into candidates.
"""

from __future__ import annotations

import re
from functools import cache

from nexos.extract.descriptions import demonym_codes
from nexos.extract.lexicon import fold_text, load, policy_heads, policy_phrases

# a definite article or a possessive: "el estado de excepción" is one, "un estado de excepción" the idea
DEFINITE = re.compile(r"(?<![\w])(?:el|la|del|al|su|sus|nuestro|nuestra|the|its|his|her|their|our|this|that|este|"
                      r"esta|ese|esa|dicho|dicha)\s+(?:(?!(?:a|an|un|una|any|cualquier)\s)[\w'’-]+\s+)?$")
QUOTED = re.compile(r"[\"“«]([a-záéíóúñ][\w'’-]*(?:\s+[\w'’-]+){1,6})[\"”»]")


def policies(text: str, folded: str, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Lower-case instruments of one sentence: listed phrases after 'the'/'el', quoted named instruments.

    ``folded`` is ``fold_text(text)``, which keeps every offset.
    """
    s0, e0 = sent
    out = []
    for m in policy_phrases().finditer(folded, s0, e0):
        # ("el estado de conmoción interior" and "la conmoción interior" are one instrument, named the short way)
        lead = re.sub(r"(?:estado de|state of)\s+$", "", folded[max(0, m.start() - 40) : m.start()])
        if text[m.start()].islower() and DEFINITE.search(lead):
            out.append((m.start(), m.end(), "policy"))
    for m in QUOTED.finditer(text, s0, e0):
        words = m.group(1).split()
        if fold_text(words[0]) in policy_heads() and re.search(r"\s(?:de|del|of|for|para|on|against|contra)\s",
                                                                m.group(1)):
            out.append((m.start(1), m.end(1), "policy"))  # 'el llamado "plan de choque contra la extorsión"'
    return out


# 'Belgian customs', 'the Dominican army', 'la policía dominicana': a country's force named by its nationality
BODY_NOUNS_EN = (r"customs|army|navy|police|coast\s+guard|military|air\s+force|marines|border\s+police|national\s+guard|"
                 r"border\s+guard|gendarmerie|intelligence\s+service|armed\s+forces|"
                 # (the prosecution and the ministries wire copy names by nationality: 'the Dominican attorney
                 # general's office', 'the Venezuelan foreign ministry')
                 r"attorney\s+general's\s+office|prosecutor's\s+office|prosecutors'\s+office|foreign\s+ministry|"
                 r"defen[cs]e\s+ministry|interior\s+ministry|justice\s+ministry|security\s+ministry|"
                 # ('the Guatemalan government', 'el gobierno hondureño': the country's government, named by nationality)
                 r"government")
BODY_NOUNS_ES = (r"aduana|ejercito|armada|policia|guardia\s+costera|fuerza\s+aerea|fuerzas\s+armadas|marina|"
                 r"gendarmeria|guardia\s+nacional|policia\s+fronteriza|fiscalia|cancilleria|procuraduria|gobierno")


@cache
def _national_body() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = sorted({fold_text(f) for fs in load("demonyms").values() for f in fs if len(f) > 3}, key=len, reverse=True)
    nation = "|".join(re.escape(f) for f in forms)
    return (re.compile(rf"(?<![\w])(?:{nation})\s+(?:{BODY_NOUNS_EN})(?![\w])"),
            re.compile(rf"(?<=\s)(?:{BODY_NOUNS_ES})\s+(?:{nation})(?![\w])"))


MEMBER_AFTER = re.compile(r"\s+(?:officers?|officials?|agents?|soldiers?|troops|personnel|sources?|spokes(?:man|woman|person)|"
                          r"commanders?|chiefs?|generals?|colonels?|units?|patrols?|members?|veterans?)(?![\w])")


def national_bodies(text: str, folded: str, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """'Belgian customs seized…', 'el ejército dominicano': a country's force named by its nationality, the
    nationality capitalised in English and the noun in lower case (a name in capitals is read as a name)."""
    en, es = _national_body()
    out = []
    for m in en.finditer(folded, *sent):
        if MEMBER_AFTER.match(folded, m.end()):
            continue  # 'a former Venezuelan army officer', 'Honduran police officers': people, not the body
        if text[m.start()].isupper() and text[m.end() - 1].islower():
            out.append((m.start(), m.end(), "government_body"))
    for m in es.finditer(folded, *sent):
        if text[m.start()].islower() and re.search(r"(?<![\w])(?:el|la|los|las|del|al)\s+$", folded[max(0, m.start() - 5) : m.start()]):
            out.append((m.start(), m.end(), "government_body"))
    return out


# a country's government named by its level, not its country: 'the federal government', 'el Gobierno nacional',
# 'el Ejecutivo' (the gold annotators count it as an actor; coref joins it to the one government the text names)
WHOLE_GOVERNMENT_EN = re.compile(r"(?<![\w])the\s+((?:federal|national|central)\s+government)(?![\w])")
WHOLE_GOVERNMENT_ES = re.compile(r"(?<![\w])(?:el|del|al)\s+(gobierno\s+(?:nacional|federal|central)|ejecutivo(?:\s+nacional)?)(?![\w])")


def whole_governments(text: str, folded: str, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """'the federal government', 'el Gobierno nacional', 'del Ejecutivo': the span after the article."""
    out = []
    for rx in (WHOLE_GOVERNMENT_EN, WHOLE_GOVERNMENT_ES):
        for m in rx.finditer(folded, *sent):
            words = text[m.start(1) : m.end(1)].split()
            if words[0] == "Ejecutivo" or words[0].lower() == "gobierno" and words[1].islower() \
                    or words[0].islower() and words[-1] == "government":
                out.append((m.start(1), m.end(1), "government_body"))
    return out


# A buyer's network from overseas named by its origin, not by a name: 'a Balkan network', 'las redes albanesas',
# 'un clan albanés'. The reports treat it as an actor (it buys, finances, sends emissaries); a name beside it ('the
# Kulla group, an Albanian network', 'los clanes montenegrinos Škaljari y Kavač') is the actor instead.
OVERSEAS_EN = (r"albanian|balkan|serbian|montenegrin|kosovar|bulgarian|georgian|italian|calabrian|sicilian|corsican|"
               r"dutch|belgian|turkish|russian|chinese|nigerian")
OVERSEAS_ES = (r"albanes(?:a|as|es)?|balcanic[oa]s?|serbi[oa]s?|montenegrin[oa]s?|kosovar(?:es)?|bulgar[oa]s?|"
               r"georgian[oa]s?|italian[oa]s?|calabres(?:a|as|es)?|sicilian[oa]s?|cors[oa]s?|holandes(?:a|as|es)?|"
               r"neerlandes(?:a|as|es)?|belgas?|turc[oa]s?|rus[oa]s?|chin[oa]s?|nigerian[oa]s?")
OVERSEAS_NETWORK_EN = re.compile(rf"(?<![\w])(?:{OVERSEAS_EN})\s+(?:(?:crime|criminal|trafficking|drug)\s+)?"
                                 r"(?:networks?|clans?|mafias?|syndicates?)(?![\w])")
OVERSEAS_NETWORK_ES = re.compile(r"(?<![\w])(?:la|las|el|los|una|un|unas|otras|otra)\s+((?:red|redes|clan|clanes|mafia|mafias)\s+"
                                 rf"(?:(?:criminal|criminales|de origen)\s+)?(?:{OVERSEAS_ES}))(?![\w])")
APPOSED = re.compile(r",\s+(?:a|an|una|un|the|la|el)\s+$")


def overseas_networks(text: str, folded: str, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """(start, end, 'criminal_group') of each overseas network the sentence names by its origin alone."""
    out = []
    spans = [(m.start(), m.end()) for m in OVERSEAS_NETWORK_EN.finditer(folded, *sent) if text[m.start()].isupper()]
    spans += [(m.start(1), m.end(1)) for m in OVERSEAS_NETWORK_ES.finditer(folded, *sent) if text[m.start(1)].islower()]
    for start, end in spans:
        if APPOSED.search(folded, max(0, start - 12), start) or re.match(r"\s+[A-ZÁÉÍÓÚÑŠŽČĆ]", text[end : end + 3]):
            continue  # 'the Kulla group, an Albanian network', 'los clanes montenegrinos Škaljari y Kavač'
        out.append((start, end, "criminal_group"))
    return out


# the words of a prosecution's and of a defence ministry's names, however the text writes the office
_PROSECUTION = ("attorney general", "fiscalia", "procuraduria", "ministerio publico", "prosecutor", "prosecutors",
                "prosecution")
_DEFENCE = ("defence", "defense", "defensa")
# what a force's name holds in other words: 'Haitian police' is the 'Haitian National Police' the text named
BODY_KIN = {
    "police": ("police", "policia", "gendarmerie", "gendarmeria", "carabineros"),
    "army": ("army", "ejercito", "armed forces", "fuerzas armadas", "fuerza armada", "military"),
    "military": ("armed forces", "fuerzas armadas", "fuerza armada", "military", "army", "ejercito"),
    "armed forces": ("armed forces", "fuerzas armadas", "fuerza armada", "military"),
    "navy": ("navy", "armada", "marina", "naval"),
    "marines": ("marines", "infanteria de marina"),
    "customs": ("customs", "aduana", "aduanas"),
    "coast guard": ("coast guard", "guardia costera", "guardacostas"),
    "air force": ("air force", "fuerza aerea"),
    "national guard": ("national guard", "guardia nacional"),
    "border police": ("border", "fronteriza", "frontera"),
    "border guard": ("border", "fronteriza", "frontera"),
    "gendarmerie": ("gendarmerie", "gendarmeria"),
    "intelligence service": ("intelligence", "inteligencia"),
    "attorney general's office": _PROSECUTION,
    "prosecutor's office": _PROSECUTION,
    "prosecutors' office": _PROSECUTION,
    "foreign ministry": ("foreign", "exteriores", "cancilleria", "relaciones exteriores", "state department"),
    "defence ministry": _DEFENCE,
    "defense ministry": _DEFENCE,
    "interior ministry": ("interior",),
    "justice ministry": ("justice", "justicia"),
    "security ministry": ("security", "seguridad"),
    "government": ("government", "gobierno", "administration", "administracion"),
}
BODY_KIN_ES = {"policia": "police", "ejercito": "army", "armada": "navy", "marina": "navy", "aduana": "customs",
               "guardia costera": "coast guard", "fuerza aerea": "air force", "fuerzas armadas": "armed forces",
               "gendarmeria": "gendarmerie", "guardia nacional": "national guard", "policia fronteriza": "border police",
               "fiscalia": "prosecutor's office", "cancilleria": "foreign ministry", "procuraduria": "attorney general's office",
               "gobierno": "government"}


def national_body_parts(name: str) -> tuple[str, str] | None:
    """('HT', 'police') for 'Haitian police' / 'la policía haitiana' written as a national body, else None."""
    folded = re.sub(r"\s+", " ", fold_text(name)).strip()
    for form, code in demonym_codes().items():
        if folded.startswith(form + " ") and folded[len(form) + 1 :] in BODY_KIN:
            return code, folded[len(form) + 1 :]
        if folded.endswith(" " + form) and folded[: -len(form) - 1] in BODY_KIN_ES:
            return code, BODY_KIN_ES[folded[: -len(form) - 1]]
    return None


# A group's ruling organ written in lower case: "the ELN's central command", "el comando central de la guerrilla",
# "el secretariado de las FARC". Its own actor (analysts name it: the COCE, the Secretariat), of the kind of the
# group that owns it; only a guerrilla's or a band's, since "the army's high command" is the army speaking.
ORGANS_EN = r"(?:central command|high command|general staff|central committee|national directorate|secretariat|ruling council)"
ORGANS_ES = r"(?:comando central|alto mando|comite central|direccion nacional|secretariado|consejo de mando)"
ORGAN_OF_EN = re.compile(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})['’]s\s+(" + ORGANS_EN + r")(?![\w])")
ORGAN_OF_ES = re.compile(r"(?<![\w])(?:el|al|del|su)\s+(" + ORGANS_ES + r")\s+(?:de\s+la|del|de\s+las|de\s+los|de)\s+"
                         r"(guerrilla|banda|organizacion|[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})(?![\w])")
GROUP_WORDS = {"guerrilla": "armed_group", "banda": "criminal_group", "organizacion": "criminal_group"}


def group_organs(text: str, folded: str, sent: tuple[int, int], kinds: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each group organ the sentence names; ``kinds`` gives the type of the groups the text
    names (folded name → type), which says whose organ it is."""
    out = []
    for m in ORGAN_OF_EN.finditer(text, *sent):
        words = fold_text(m.group(1)).split()  # ('The ELN's': the name ends the capitalised run)
        typ = next((kinds[" ".join(words[n:])] for n in range(len(words)) if " ".join(words[n:]) in kinds), None)
        if typ in ("armed_group", "criminal_group"):
            out.append((m.start(2), m.end(2), typ))
    for m in ORGAN_OF_ES.finditer(folded, *sent):
        words = m.group(2).split()
        typ = GROUP_WORDS.get(words[0]) or next(
            (kinds[" ".join(words[:n])] for n in range(len(words), 0, -1) if " ".join(words[:n]) in kinds), None)
        if typ in ("armed_group", "criminal_group") and text[m.start(1)].islower():
            out.append((m.start(1), m.end(1), typ))
    return out
