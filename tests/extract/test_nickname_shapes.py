"""One person, two names, in the shapes arrest notes and alias-heavy reports write them: an age between the name
and its nickname, a nickname that is also a country's name, a description then the full name after a nickname,
a real name given "according to" someone, a second nickname after "o simplemente"; and a body's acronym written
as a word in brackets ("Semar")."""

from __future__ import annotations

from support.extraction import extracted


def _people(text: str) -> dict[str, list[str]]:
    """Each person's name → their other names."""
    return {e.name: e.aliases for e in extracted(text).entities if e.type == "person"}


def _named(text: str) -> dict[str, str]:
    """Every name an entity goes by → the entity's type."""
    return {n: e.type for e in extracted(text).entities for n in (e.name, *e.aliases)}


def test_an_age_between_a_name_and_its_nickname_en() -> None:
    people = _people('The suspect, Rodrigo Salcido Lugo, 34, known as "El Tigrillo," was taken into custody on '
                     'Tuesday. Tigrillo had been under surveillance since January.\n')
    assert list(people) == ["Rodrigo Salcido Lugo"]
    assert "Tigrillo" in people["Rodrigo Salcido Lugo"]


def test_an_age_between_a_name_and_its_nickname_es() -> None:
    people = _people("Fue capturado Jorge Iván Ruiz Mena, de 27 años, alias el Flaco, en un barrio de Cali. "
                     "El Flaco tenía dos órdenes de captura.\n")
    assert list(people) == ["Jorge Iván Ruiz Mena"]


def test_a_country_given_as_a_nickname_is_the_man_s_es() -> None:
    named = _named("Entre los capturados está Wilmer Antonio Palacios Mosquera, alias Brasil, de 41 años, "
                   "señalado como jefe financiero de la red.\n")
    assert named.get("Brasil") == "person" and "Brazil" not in named


def test_a_country_given_as_a_nickname_is_the_man_s_en() -> None:
    named = _named('Police arrested Jorge Pérez Lara, alias "Panamá", at a farm near Tumaco.\n')
    assert named.get("Panamá") == "person"
    assert "Panama" not in named


def test_a_region_known_by_a_name_stays_a_place() -> None:
    named = _named("The region known as Catatumbo has seen fighting since January.\n")
    assert named.get("Catatumbo") == "location"


def test_a_description_then_the_full_name_after_a_nickname_en() -> None:
    people = _people('The cell is run by alias "el Profe," a former schoolteacher named Anselmo Tovar Rincón. '
                     'Then there is alias "El Ingeniero," a Colombian identified by prosecutors as Wilmer '
                     "Arboleda Cuesta.\n")
    assert set(people) == {"Anselmo Tovar Rincón", "Wilmer Arboleda Cuesta"}


def test_a_body_between_the_nickname_and_the_name_it_identifies_es() -> None:
    people = _people("Cayó alias Toro, un exsargento al que la Fiscalía identifica como Néstor Benegas Ruiz.\n")
    assert list(people) == ["Néstor Benegas Ruiz"]


def test_a_named_chief_naming_someone_else_is_two_people() -> None:
    people = _people("The gang's chief, Ana Ruiz Peña, named Pedro Gómez Lara as her heir in March.\n")
    assert set(people) == {"Ana Ruiz Peña", "Pedro Gómez Lara"}


def test_a_real_name_given_according_to_someone_en() -> None:
    people = _people("Cenizo, whose legal name according to Colombian prosecutors is Edilberto Quintero Rojas, "
                     "refused to demobilise in 2016.\n")
    assert people == {"Edilberto Quintero Rojas": ["Cenizo"]}


def test_a_second_nickname_after_o_simplemente_es() -> None:
    people = _people('La mano derecha del jefe era Marcelo Nunes Ferreira, conocido como "Marcelão" o simplemente '
                     '"el Gordo", a cargo de los sicarios. El Gordo fue detenido en marzo.\n')
    assert list(people) == ["Marcelo Nunes Ferreira"]


def test_an_acronym_written_as_a_word_in_brackets_en() -> None:
    named = _named("On August 12, Mexico's Secretariat of the Navy (Semar) said marines had inspected a "
                   "container. Semar gave no further details.\n")
    assert named.get("Semar") == "government_body"
    assert sum(1 for e in extracted("On August 12, Mexico's Secretariat of the Navy (Semar) said marines had "
                                     "inspected a container.\n").entities if e.type == "government_body") == 1


def test_a_place_in_brackets_after_a_group_stays_a_place_es() -> None:
    named = _named("Los Choneros (Guayaquil) atacaron un retén la semana pasada.\n")
    assert named.get("Guayaquil") == "location"


def _holder_of_last(text: str, word: str) -> str:
    """The name of the entity whose mention is the last ``word`` of ``text``."""
    at = text.rindex(word)
    return next(e.name for e in extracted(text).entities if any(m.start == at for m in e.mentions))


def test_a_real_name_set_off_by_commas_joins_a_nickname_with_a_particle_en() -> None:
    text = ('Nobody says his name out loud. They call him alias Ojo de Vidrio. His real name, according to '
            'prosecutors, is Arnulfo Quintero Bastidas. Ojo de Vidrio lost an eye in 2008.\n')
    assert _holder_of_last(text, "Ojo de Vidrio") == "Arnulfo Quintero Bastidas"


def test_a_surname_is_the_man_a_relative_is_introduced_through_en() -> None:
    text = ("Tomás Peralta Ruiz runs the river gang. Mono's sister, Inés Peralta, keeps a shop in Iquitos. "
            "Prosecutors charged Peralta in absentia on Monday.\n")
    assert _holder_of_last(text, "Peralta") == "Tomás Peralta Ruiz"


def test_a_nickname_given_through_a_pronoun_en() -> None:
    people = _people("Wilder Ospina Cuero runs the crossing at the river. Everyone on the border calls him alias "
                     "Cangrejo. For years, police files referred to him only as \"El Cangrejo.\" Cangrejo pays the "
                     "local police.\n")
    assert list(people) == ["Wilder Ospina Cuero"]


def test_a_full_name_given_through_a_pronoun_en() -> None:
    people = _people("A man known as alias Sabueso runs the port. His civil registration names him as Edilberto "
                     "Palacios Rivas, 44. The third man is known only as Chapaco. Investigators believe he is Mario "
                     "Cuéllar Rojas, a transport contractor. Sabueso and Chapaco deny it.\n")
    assert set(people) == {"Edilberto Palacios Rivas", "Mario Cuéllar Rojas"}


def test_someone_else_s_relative_after_a_pronoun_is_another_person_en() -> None:
    people = _people("Pedro Ruiz Lara met the mayor on Friday. Police say he is Ana Ruiz Vélez's brother.\n")
    assert set(people) == {"Pedro Ruiz Lara", "Ana Ruiz Vélez"}


def test_a_nickname_given_through_a_clitic_es() -> None:
    people = _people("Wilder Ospina Cuero controla el paso del río. En la frontera todos lo llaman alias Cangrejo. "
                     "Cangrejo le paga a la policía.\n")
    assert list(people) == ["Wilder Ospina Cuero"]


def test_a_clitic_for_someone_the_clause_names_is_another_person_es() -> None:
    people = _people("Pedro Ruiz Lara controla el paso. A su hermano lo llaman el Flaco. El Flaco cobra.\n")
    assert "Flaco" in people


def test_a_family_named_in_the_plural_is_a_group_es() -> None:
    named = _named("Le dijeron que dejara de hablar de los Barreto. Los Barreto son una familia de ganaderos que "
                   "maneja el paso de cocaína hacia Brasil. Su jefe, Aurelio Barreto, nunca fue detenido.\n")
    assert named.get("los Barreto") == "criminal_group" or named.get("Los Barreto") == "criminal_group"
    assert named.get("Aurelio Barreto") == "person"


def test_a_plural_article_before_a_city_or_a_stray_surname_is_no_family_es() -> None:
    named = _named("Los Ángeles recibió a la delegación el lunes.\n")
    assert not any(t == "criminal_group" for t in named.values())


def test_a_family_of_victims_is_a_family_not_a_band_es() -> None:
    named = _named("Los muertos eran Eudis Paiva, de 22 años, y su primo Julio Paiva, de 19. Los mató la banda que "
                   "cobra extorsión en la mina.\n\nEl pueblo amaneció en silencio. Las tiendas no abrieron, la "
                   "escuela suspendió las clases y el cura ofició una misa corta bajo la lluvia. Nadie quiso hablar "
                   "con los periodistas que llegaron desde la capital en dos camionetas; una vecina ofreció café a "
                   "todos y volvió a entrar en su casa sin decir una palabra más.\n\nEn la casa de los Paiva, la tía "
                   "anunció que el lunes llevarán los cuerpos al pueblo para enterrarlos junto a su abuela.\n")
    assert named.get("los Paiva") == "group"


def test_a_family_beside_a_group_the_text_names_for_it_is_that_group_es() -> None:
    groups = [e.name for e in extracted('En el centro de la red está Teodoro Huanca Ticona, alias "el Tío". El menor '
                                        "de los Huanca negocia con los compradores de droga. La red Huanca ilustra "
                                        "un patrón.\n").entities if e.type == "criminal_group"]
    assert groups == ["red Huanca"]


def test_a_nickname_ending_in_e_acute_opens_a_sentence_es() -> None:
    text = ('El locutor Néstor Ayala, a quien todos llaman "Kalé", leía los avisos. Kalé se salvó porque se tiró al '
            "piso.\n\nConversé con los vecinos en la plaza. Kalé dice que va a volver al aire.\n")
    ayala = next(e for e in extracted(text).entities if e.name == "Néstor Ayala")
    assert sum(1 for m in ayala.mentions if text[m.start : m.end] == "Kalé") == 3
    assert "Conversé" not in _named(text)
