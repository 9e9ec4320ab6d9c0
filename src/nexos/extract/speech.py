"""Words that report speech, and the actors a stretch of text names: shared by the quote readers.

``SPEECH`` is the reporting verbs (said, dijo, warned, alertó, reza…) on folded
text; ``actor_units`` the actors named in a span, longest names first and
possessives left out; ``addressed`` whether an actor after a verb is spoken to.
"""

from __future__ import annotations

import re

from nexos.extract.phrases import Unit
from nexos.extract.phrases import units as _all_units

SPEECH = re.compile(
    r"(?<![\w])(?:said|says|say|stated|stating|states|told|tells|declared|declaring|added|adding|wrote|writes|"
    r"posted|tweeted|warned|warning|insisted|argued|explained|asked|replied|announced|claimed|claiming|saying|"
    r"dijo|dice|decia|afirmo|afirma|afirmando|declaro|declara|declarando|senalo|senala|agrego|anadio|escribio|"
    r"publico|trino|advirtio|aseguro|asegura|sostuvo|explico|pregunto|respondio|anuncio|denuncio|manifesto|"
    r"expreso|indico|subrayo|recalco|enfatizo|resume|resumio|explica|cuenta|conto|recuerda|recordo|insiste|insistio|"
    r"concluye|concluyo|lamenta|lamento|admite|admitio|reconoce|reconocio|relata|relato|comenta|comento|puntualiza|"
    r"puntualizo|precisa|preciso|apunta|apunto|asegura|agrega|anade|sentencia|sentencio|"
    r"notes|noted|recalls|recalled|concluded|concludes|admits|admitted|acknowledged|continued|explains|insists|"
    r"recounted|recounts|observed|remarked|stressed|emphasised|emphasized|cautioned|complained|shouted|"
    r"testified|alleged|alleges|maintained|maintains|"
    # verbs that report words with a stance: whoever denounces or vows something in quotes said it
    r"denounced|denounces|condemned|condemns|accused|accuses|urged|urges|vowed|vows|promised|pledged|responded|"
    r"reiterated|confirmed|denied|denies|assured|criticized|criticised|dismissed|rejected|lamented|praised|"
    r"boasted|threatened|demanded|quipped|joked|conceded|concedes|predicted|commented|pointed\s+out|"
    r"condeno|condena|acuso|acusa|critico|critica|rechazo|rechaza|nego|niega|reitero|reitera|confirmo|confirma|"
    r"prometio|promete|amenazo|amenaza|exigio|exige|destaco|destaca|celebro|replico|replica|ironizo|aclaro|aclara|"
    r"asevero|cuestiono|reclamo|insto|opino|opina|considero|considera|defendio|zanjo|remato|exclamo|grito|narra|"
    r"narro|describe|describio|agregaron|dijeron|afirmaron|aseguraron|senalaron|denunciaron|explicaron|"
    # more of the plural ('Dos exempleados …, que hablaron bajo anonimato, contaron que «…»')
    r"contaron|relataron|comentaron|indicaron|sostuvieron|advirtieron|admitieron|reconocieron|insistieron|"
    r"recordaron|manifestaron|expresaron|confirmaron|negaron|reiteraron|respondieron|anadieron|"
    r"dicen|cuentan|relatan|aseguran|afirman|denuncian|explican|senalan|recuerdan|advierten|"
    r"repitio|repite|repetia|juro|jura|swore|swears|swear|answered|replies|responds|"
    # the perfect tenses ('había sostenido en los alegatos la fiscal', 'ha dicho que'); English 'has said' is 'said'
    r"(?:ha|han|habia|habian|habria|hubiera)\s+(?:dicho|afirmado|declarado|sostenido|asegurado|senalado|advertido|"
    r"explicado|denunciado|insistido|reconocido|admitido|negado|reiterado|anunciado|prometido|escrito|publicado|"
    r"recordado|calificado|acusado|alertado|argumentado|repetido)|"
    # promising as one goes ('llegó prometiendo «arrancar de raíz» a las pandillas', 'took office vowing to "…"')
    r"prometiendo|promising|vowing|"
    # the present of the English verbs and more Spanish ones ('she warns', 'detalló', 'confesó', 'reveló')
    r"warns|adds|argues|asks|claims|promises|pledges|pledging|demands|demanding|urging|rejects|rejecting|threatens|announcing|"
    r"criticizes|criticises|praises|dismisses|condemning|denouncing|acknowledges|suggested|suggests|stresses|observes|emphasizes|emphasises|"
    r"underlined|underscored|confirms|testifies|revealed|reveals|"
    r"detallo|detalla|detallaron|confeso|confiesa|revelo|revela|resalto|resalta|indica|manifiesta|expresa|asevera|"
    r"escribe|espeto|contaba|explicaba|recordaba|insistia|"
    # boasting and musing report words too ('presume en videos de «…»', 'muses about "…"')
    r"presume|presumia|presumio|presumen|boasts|brags|bragged|muses|mused|dares|dared|taunts|taunted|mocks|mocked|"
    r"retorts|retorted|asserted|asserts|contended|contends|countered|counters|protested|exclaimed|whispered|snapped|"
    r"fumed|scoffed|declares|announces|reflected|wondered|described|describes|"
    r"alerto|alertaron|alertan|tuiteo|posteo|informo|informaron|expuso|planteo|argumento|arguyo|bromeo|contesto|"
    r"matizo|apostillo|acoto|remarco|se\s+queja|se\s+quejo|se\s+quejan|se\s+quejaba|complains|secundo|"
    # a text that says something: 'the banner reads', 'reza el panfleto', 'se lee en el comunicado'
    r"reads|reza|rezan|rezaba|se\s+lee|se\s+leia|"
    # talk of something, hold that it is so, applaud it as something
    r"habla\s+de|hablo\s+de|hablan\s+de|hablaba\s+de|speaks\s+of|spoke\s+of|talks\s+(?:of|about)|talked\s+(?:of|about)|"
    r"sostiene|sostienen|sostenia|holds\s+that|aplaudio|aplaude|aplaudieron|celebra|celebraba|hailed|hails|"
    r"applauded|applauds|welcomed|celebrated|celebrates|"
    # the imperfect of a report ('un panfleto advertía que «…»')
    r"advertia|advertian|advierte|advierten|afirmaba|aseguraba|senalaba|denunciaba|decian|exigia|amenazaba|"
    # asking for something in quotes ('pide al Gobierno «una salida política»', 'calls for "a full inquiry"')
    r"pide|piden|pidio|pidieron|pedia|reclama|reclaman|calls\s+for|called\s+for|asks\s+for|asked\s+for|"
    # a chronicle's narration verbs ('—…—suelta, y vuelve a servir', '—…—repone', '—…—murmura')
    r"suelta|solto|espeta|remata|murmura|murmuro|susurra|susurro|repone|repuso|responde|suspira|suspiro|bromea|"
    r"ironiza|interrumpe|interrumpio|corrige|corrigio|clama|clamo|tercia|tercio|zanja|"
    r"muttered|mutters|sighed|sighs|murmured|murmurs|"
    # answering back ('"…," the senator shot back', '«…», reviró la senadora')
    r"shot\s+back|fires\s+back|fired\s+back|hit\s+back|snapped\s+back|interjected|objected|yelled|screamed|"
    r"revira|reviro|retruca|retruco|ataja|atajo|rebate|rebatio|refuta|refuto|desmiente|desmintio|concede|concedio|"
    r"increpo|reprocha|reprocho|recrimina|recrimino|abundo|ahondo|contraataco|"
    # pleading in court ('la defensa alegó que la prueba era «puramente referencial»')
    r"alego|alega|alegaron|alegan|"
    # word sent through someone ('la columna le mandó razón de que «…»', 'mandaron a decir que', 'sent word that')
    r"(?:mando|mandaron|manda|mandan|mandaba|mandaban)\s+(?:razon|a\s+decir)|hizo\s+saber|hicieron\s+saber|"
    r"sent\s+word|sends\s+word)(?![\w])"
)
SPEAKER_TYPES = {"person", "government_body", "political_party", "armed_group", "criminal_group", "ngo",
                 "international_org", "state", "company", "media", "group", "other"}


_POSSESSIVES = frozenset("su sus his her its their".split())


def actor_units(refs: list, s: int, e: int, text: str | None = None) -> list[Unit]:
    """The actors named in ``[s, e)``; where a short mention overlaps a longer name, the name.

    "El Ministerio del Interior": a short reference read into the longer
    name must not hide it. Given the text, a possessive ("su campaña", "his
    lawyer") is left out: it names an owner, never who speaks.
    """
    inside = [r for r in refs if s <= r.start and r.end <= e
              and not (text and r.kind == "pronoun" and text[r.start : r.end].lower() in _POSSESSIVES)]
    longest = [r for r in inside if not any(o.start < r.end and r.start < o.end
                                            and o.end - o.start > r.end - r.start for o in inside)]
    return _all_units(longest, s, e)


# 'dijo a la ANP', 'told the AP', 'declaró ante la prensa': who was spoken to, not the speaker
ADDRESSEE = re.compile(r"(?<![\w])(?:a|al|ante|to|told)\s+(?:(?:la|el|los|las|the)\s+)?$"
                       # 'le dijo la madre al comandante X', 'she said to Commander X': a post word or two between
                       r"|(?<![\w])(?:a|al|ante|to)\s+(?:(?:la|el|los|las|the)\s+)?(?:(?:vice|sub)?(?:comandante|coronel|"
                       r"general|ministr[oa]|president[ea]|alcalde|alcaldesa|gobernador[a]?|fiscal|juez[a]?|senador[a]?|"
                       r"diputad[oa]|jef[ea]|director[a]?|capitan|sargento|agente|teniente|commander|colonel|minister|"
                       r"president|mayor|governor|prosecutor|judge|senator|chief|director|captain|officer|sergeant|"
                       r"detective|lieutenant)\s+){1,2}$")
def addressed(folded: str, q_end: int, start: int) -> bool:
    """'«…», dijo a la ANP' / '"…," he said to the AP': an actor right after the verb that is spoken to.

    'told ACN X' keeps X: only the actor right after 'told' is the audience,
    and only when nobody else follows it.
    """
    lead = folded[q_end:start]
    verb = SPEECH.search(lead)
    to = ADDRESSEE.search(lead)
    # (the speaker may stand between: '«…», le dijo la madre al comandante X')
    return bool(verb and to and len(lead[verb.end() : to.start()].split()) <= 3)
