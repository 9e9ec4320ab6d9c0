"""A group in a sentence that points at a place instead of naming it ("aquí manda X", "inside the prison",
"en el pueblo") is active in the place the word stands for: the story's setting, or the place of that kind
named before."""

from __future__ import annotations

from support.extraction import ties


def _placed(text: str, group: str, place: str) -> bool:
    return any(group in a and place in b and t in ("operates_in", "controls") for a, t, b in ties(text))


ALDEA = (
    "Villa Corozal es una aldea de pescadores a orillas de la laguna. Los botes salen antes del alba.\n\n"
    "Los vecinos de Villa Corozal hablan en voz baja. Nadie quiere dar su nombre.\n\n"
    "—Desde hace dos años, aquí no manda la alcaldía sino Los Garzones —dice un pescador.\n"
)

HAMLET = (
    "Villa Corozal is a fishing hamlet on the lagoon. The boats leave before dawn.\n\n"
    "People in Villa Corozal speak quietly. Nobody wants to give a name.\n\n"
    "\"Here, the Garzones gang calls the shots,\" one fisherman says.\n"
)

TOWN = (
    "Puerto Almendro is a fishing town on the lagoon. The boats leave before dawn.\n\n"
    "People in Puerto Almendro speak quietly.\n\n"
    "For two years now, the Garzones gang has charged every boat owner in the town a weekly fee.\n"
)

PENAL = (
    "Al menos doce internos murieron el lunes en la cárcel de Piedra Honda, informaron las autoridades.\n\n"
    "Según la policía, la banda Los Zorzales maneja las extorsiones dentro del penal desde 2021.\n"
)

PRISON = (
    "At least twelve inmates died on Monday at Piedra Honda prison, officials said.\n\n"
    "According to the police, the Zorzales gang has run extortion rackets inside the prison since 2021.\n"
)


def test_here_in_a_chronicle_is_the_place_the_story_names_most():
    assert _placed(ALDEA, "Garzones", "Villa Corozal")
    assert _placed(HAMLET, "Garzones", "Villa Corozal")


def test_the_town_is_the_town_named_before():
    assert _placed(TOWN, "Garzones", "Puerto Almendro")


def test_the_prison_is_the_prison_named_before():
    assert _placed(PENAL, "Zorzales", "Piedra Honda")
    assert _placed(PRISON, "Zorzales", "Piedra Honda")


def test_a_kind_word_that_introduces_a_name_points_at_nothing_before():
    text = ("La cárcel de Piedra Honda volvió a llenarse.\n\n"
            "Los Zorzales operan desde el penal de Cerro Gordo, según la fiscalía.\n")
    assert not _placed(text, "Zorzales", "Piedra Honda")


PLAZA = (
    "La plaza de Villa Rica ya tiene dueños antes de que abra la panadería. Dos muchachos en moto pasan cada "
    "mañana a cobrar la cuota en nombre de Los Garzones.\n"
)

SQUARE = (
    "The market square in Villa Rica already has owners before the bakery opens. Every morning two boys on a "
    "motorbike collect the fee for the Garzones gang.\n"
)


def test_a_group_that_charges_a_fee_right_after_a_place_is_named_operates_there():
    assert _placed(PLAZA, "Garzones", "Villa Rica")
    assert _placed(SQUARE, "Garzones", "Villa Rica")


def test_a_group_merely_named_after_a_place_is_not_placed_there():
    text = ("Investigators traced the shipment to a warehouse in Villa Rica. The State Department designated the "
            "Garzones gang a terrorist organisation last year.\n")
    assert not _placed(text, "Garzones", "Villa Rica")


RIVER = (
    "Two rangers photographed illegal dredges on the Quebrada Honda River last week.\n\n"
    "Villagers say the Garzones gang charges every dredge owner a fee along the river.\n"
)

RIO = (
    "Dos guardaparques fotografiaron dragas ilegales en el río Quebrada Honda la semana pasada.\n\n"
    "Según los vecinos, la banda Los Garzones cobra una cuota a cada draga que trabaja en su tramo del río.\n"
)


def test_the_river_is_the_river_named_before():
    assert _placed(RIVER, "Garzones", "Quebrada Honda")
    assert _placed(RIO, "Garzones", "Quebrada Honda")


def test_a_nationality_word_places_a_group_in_a_country_the_text_names():
    text = ("Police in Panama seized two tons of cocaine. The buyers belonged to the Garzones gang, a Honduran "
            "trafficking family that moved the drug north. Honduras has asked for the files.\n")
    assert _placed(text, "Garzones", "Honduras")
    texto = ("La policía de Panamá decomisó dos toneladas de cocaína. Del lado hondureño, la banda Los Garzones "
             "controla los pasos. Honduras pidió los expedientes.\n")
    assert _placed(texto, "Garzones", "Honduras")


def test_with_no_town_named_before_the_country_named_before_is_where_the_group_holds_ground():
    texto = ("Los asesinatos en Guatemala bajaron a la mitad el año pasado. La banda Los Garzones perdió el control "
             "de barrios enteros.\n")
    assert _placed(texto, "Garzones", "Guatemala")
    text = ("Murders in Guatemala fell by half last year. Since then, the Garzones gang has lost control of whole neighbourhoods.\n")
    assert _placed(text, "Garzones", "Guatemala")


def test_an_event_told_at_a_place_the_sentence_points_at_happened_there() -> None:
    from support.extraction import dated_events
    cronica = ("Crónica de La Palma Alta\n\n15 de octubre de 2025\n\n"
               "La Palma Alta es un caserío de pescadores sobre el río. En La Palma Alta todos conocen a Los Venados.\n\n"
               "El 2 de octubre, el Ejército instaló un retén a la entrada del pueblo.\n")
    assert any(d == "2025-10-02" and "La Palma Alta" in names for d, names in dated_events(cronica))
    story = ("Riot at Cerro Azul\n\nMarch 9, 2025\n\nThe Cerro Azul prison holds 3,000 inmates. Guards at Cerro Azul "
             "prison have long complained of overcrowding.\n\nOn March 8, members of Los Tigres set fire to a "
             "workshop inside the prison.\n")
    assert any(d == "2025-03-08" and any("Cerro Azul" in n for n in names) for d, names in dated_events(story))
