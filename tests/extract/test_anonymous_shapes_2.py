"""Unnamed sources in shapes the sourcing lexicon left out: a plural heard where or how it was heard, people who
name or describe someone, one of a group, people counted after 'according to', 'al tanto de', and a source taken
up again by its description in the sentences after."""

from __future__ import annotations

from support.extraction import extracted


def _flagged(text: str, words: str) -> bool:
    return any(words in c.text and c.anonymous_source for c in extracted(text).claims)


def test_a_plural_heard_where_or_how() -> None:
    assert _flagged("Diplomats in Bogota say the talks are close to collapse.\n", "Diplomats in Bogota say")
    assert _flagged("Diplomáticos en Bogotá dicen que las negociaciones están a punto de fracasar.\n",
                    "Diplomáticos en Bogotá dicen")
    assert _flagged("Agentes de aduanas del puerto, entrevistados por separado, describieron el mismo sistema de pagos.\n",
                    "Agentes de aduanas del puerto")
    assert _flagged("Analistas de seguridad consultados por este diario coinciden en que el grupo se expande.\n",
                    "Analistas de seguridad")


def test_people_who_name_or_describe_someone() -> None:
    assert _flagged("Former colleagues describe her as ruthless.\n", "Former colleagues describe her")
    assert _flagged("Antiguos compañeros la describen como implacable.\n", "Antiguos compañeros la describen")
    assert _flagged('A European diplomat who has followed the talks called the proposal "dead on arrival."\n',
                    "A European diplomat")
    assert _flagged("Un diplomático europeo que ha seguido las conversaciones calificó la propuesta de «letra muerta».\n",
                    "Un diplomático europeo")


def test_one_of_a_group() -> None:
    assert _flagged("One of the officers, a sergeant with twenty years in the force, said the orders came from the top.\n",
                    "One of the officers")
    assert _flagged("Dos de los agentes, que llevan años en la unidad, dijeron que las órdenes venían de arriba.\n",
                    "Dos de los agentes")


def test_people_counted_after_according_to() -> None:
    assert _flagged("The mayor met the gang's leaders twice in 2023, according to two people present at the meetings.\n",
                    "two people present")
    assert _flagged("El alcalde se reunió dos veces con los cabecillas, de acuerdo con dos personas que estuvieron "
                    "presentes.\n", "dos personas")
    assert _flagged("Un oficial de seguridad occidental al tanto de la inteligencia dijo que los drones se compraron en "
                    "Irán.\n", "Un oficial de seguridad")


def test_a_source_taken_up_again_by_its_description() -> None:
    text = ("A senior police official, who spoke on condition of anonymity, described the operation in detail. The "
            "official said the gang had paid at least four commanders in the district.\n")
    assert _flagged(text, "The official said")
    text = ("Dos exempleados, que hablaron bajo condición de anonimato, describieron el esquema.\n\n"
            "Según los exempleados, la empresa pagaba a inspectores para ignorar la carga.\n")
    assert _flagged(text, "Según los exempleados")


def test_a_named_person_taken_up_again_is_no_unnamed_source() -> None:
    text = ("Interior Minister Jorge Salas met reporters on Monday. The minister said the gang had paid at least "
            "four commanders in the district.\n")
    assert not _flagged(text, "The minister said")
