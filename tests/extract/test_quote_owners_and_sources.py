"""Whose words: a defence's lawyer, a subject Spanish leaves unsaid, a quote that closes its sentence; and sources
who keep their names back."""

from __future__ import annotations

from support.extraction import extracted, said
from support.extraction import quotes as _quotes


def _anonymous(text: str, words: str) -> bool:
    return any(c.anonymous_source for c in extracted(text).claims if words in c.text)


def test_officials_of_a_country_with_no_name_are_an_anonymous_source_en() -> None:
    text = ("In November 2024, police seized $2.1 million in cash from a vault used by Cambios del Puerto, a seizure "
            "that, according to Colombian officials, first exposed the network's structure.\n")
    assert _anonymous(text, "according to Colombian officials")


def test_officials_of_a_country_with_no_name_are_an_anonymous_source_es() -> None:
    text = ("En noviembre de 2024 la policía incautó 2,1 millones de dólares en una bóveda de Cambios del Puerto. "
            "Según funcionarios colombianos, esa incautación expuso por primera vez la estructura de la red.\n")
    assert _anonymous(text, "Según funcionarios colombianos")


def test_people_who_will_not_go_on_the_record_are_an_anonymous_source_en() -> None:
    text = ("Lafontant has not named anyone, and that matters. Diplomats I speak to — they won't go on the record — "
            "say he is under enormous pressure to show results before the summer.\n")
    assert _anonymous(text, "they won't go on the record")


def test_people_who_will_not_speak_in_public_are_an_anonymous_source_es() -> None:
    text = ("Los diplomáticos no quisieron hablar en público, pero reconocen que el comisario está bajo una enorme "
            "presión para mostrar resultados antes del verano.\n")
    assert _anonymous(text, "no quisieron hablar en público")


def test_a_defences_lawyer_labels_not_the_defendant_es() -> None:
    got = _quotes("Agentes de la Policía Nacional del Ecuador capturaron ayer a Byron Alexis Quiñónez Caicedo, alias Pecas, "
                  "señalado como jefe de una célula de Los Lobos.\n\n"
                  "Los dos detenidos fueron trasladados a Machala. La defensa de Quiñónez, a cargo del abogado Washington "
                  "Andrade Lucio, calificó la detención de \"montaje\" y aseguró que su cliente \"es un comerciante de "
                  "mariscos perseguido por la Policía\".\n")
    assert said(got, "montaje") == "Washington Andrade Lucio"
    assert said(got, "es un comerciante de mariscos") == "Washington Andrade Lucio"


def test_a_defences_lawyer_labels_not_the_defendant_en() -> None:
    got = _quotes("Both men were taken to Machala. The defence of Byron Quiñónez, led by attorney Washington Andrade, "
                  "called the arrest a \"frame-up\" and said his client \"is a seafood trader hounded by the police\".\n")
    assert said(got, "frame-up") == "Washington Andrade"


def test_a_subject_spanish_leaves_unsaid_labels_es() -> None:
    got = _quotes("La respuesta del diputado Leonel Arriaga Mejía ha sido la previsible. El domingo, rodeado de su "
                  "bancada, habló de una \"cacería de brujas\" orquestada por sus rivales y por una \"prensa "
                  "vendida\".\n")
    assert said(got, "cacería de brujas") == "Leonel Arriaga Mejía"
    assert said(got, "prensa vendida") == "Leonel Arriaga Mejía"


def test_an_infinitive_of_calling_labels_es() -> None:
    got = _quotes("El diputado Marvin Ulloa Torres, de la Alianza Cívica Hondureña, se apresuró a llamar a Arriaga "
                  "\"narcodiputado\" en redes sociales antes de que existiera una acusación formal.\n")
    assert said(got, "narcodiputado") == "Marvin Ulloa Torres"


def test_a_quote_that_closes_its_sentence_is_not_attributed_by_the_next_one_en() -> None:
    got = _quotes("Hermógenes Pulido was extradited from Spain in January. Pulido's lawyer, Marisol Whitcombe-Ayala of "
                  "Miami, said in a statement that her client \"is being used as a trophy in a political war.\" She "
                  "added: \"This indictment rests on the word of drug traffickers buying their own freedom.\"\n")
    assert said(got, "used as a trophy") == "Marisol Whitcombe-Ayala"
    assert said(got, "This indictment rests") == "Marisol Whitcombe-Ayala"


def test_a_listed_place_after_a_persons_title_and_before_surnames_is_a_given_name() -> None:
    from nexos.extract.entities import Candidate, _resolve_overlaps

    for text, title in (("La defensa, a cargo del abogado Washington Andrade Lucio, pidió su libertad.", "abogado "),
                        ("The defence, led by attorney Washington Andrade, asked for bail.", "attorney ")):
        s = text.index(title) + len(title)
        kb = Candidate(s, s + len("Washington"), "Washington", "government_body", "kb", 0.9, kb_id="gov_usa")
        e = text.index(",", s)
        rule = Candidate(s, e, text[s:e], "person", "rules", 0.45)
        got = _resolve_overlaps([kb, rule], text)
        assert [(c.text, c.type) for c in got] == [(text[s:e], "person")]
