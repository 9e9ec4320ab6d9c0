"""Date expressions in English and Spanish: spans, ISO values, precision, kind."""

from __future__ import annotations

import pytest

from nexos.extract.dates import DateMention, find_dates, normalize_date

# 2025-03-06 is a Thursday.
ANCHOR = "2025-03-06"


def only(text: str, lang: str, anchor: str | None = ANCHOR) -> DateMention:
    found = find_dates(text, lang, anchor)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


def summary(m: DateMention) -> tuple:
    return (m.text, m.value, m.precision, m.kind, m.end_value)


# --------------------------------------------------------------------------- absolute, English

@pytest.mark.parametrize("text, expected", [
    ("Troops landed on January 3, 2026, at dawn.", ("January 3, 2026", "2026-01-03", "day", "absolute", None)),
    ("He was seized on 3 January 2026.", ("3 January 2026", "2026-01-03", "day", "absolute", None)),
    ("Filed Jan. 3, 2026 in Miami.", ("Jan. 3, 2026", "2026-01-03", "day", "absolute", None)),
    ("By January 2026 the talks had failed.", ("January 2026", "2026-01", "month", "absolute", None)),
    ("The law passed in 2024.", ("2024", "2024", "year", "absolute", None)),
    ("A victory in 2024-2025 was feared.", ("2024-2025", "2024", "year", "range", "2025")),
    ("the 2025-2029 U.S. presidential campaign", ("2025-2029", "2025", "year", "range", "2029")),
    ("the 2025 United Nations General Assembly", ("2025", "2025", "year", "absolute", None)),
    ("during her October 2024 visit", ("October 2024", "2024-10", "month", "absolute", None)),
    ("Prices rose by mid-2024.", ("mid-2024", "2024", "year", "absolute", None)),
    ("Elections are due in early 2025.", ("early 2025", "2025", "year", "absolute", None)),
    ("The raids began in late 2023.", ("late 2023", "2023", "year", "absolute", None)),
    ("Published 2026-01-03.", ("2026-01-03", "2026-01-03", "day", "absolute", None)),
    ("Signed 03/01/2026 in Bogotá.", ("03/01/2026", "2026-03-01", "day", "absolute", None)),
    ("Cartels grew in the 1990s.", ("1990s", "199", "decade", "absolute", None)),
    ("Fighting flared between March and May 2024.",
     ("between March and May 2024", "2024-03", "month", "range", "2024-05")),
    ("Talks ran March 3-5, 2026 in Havana.", ("March 3-5, 2026", "2026-03-03", "day", "range", "2026-03-05")),
    ("It governed from 2019 to 2022.", ("from 2019 to 2022", "2019", "year", "range", "2022")),
    ("On Tuesday, March 4, 2025, he spoke.", ("Tuesday, March 4, 2025", "2025-03-04", "day", "absolute", None)),
    ("By the end of 2023 it was over.", ("end of 2023", "2023", "year", "absolute", None)),
    ("Violence peaked in the mid-1990s.", ("mid-1990s", "199", "decade", "absolute", None)),
    ("A relic of the '80s.", ("'80s", "198", "decade", "absolute", None)),
    ("The 25/12/2024 raid", ("25/12/2024", "2024-12-25", "day", "absolute", None)),
])
def test_english_absolute(text: str, expected: tuple) -> None:
    assert summary(only(text, "en")) == expected


# --------------------------------------------------------------------------- absolute, Spanish

@pytest.mark.parametrize("text, expected", [
    ("Fue capturado el 3 de enero de 2026.", ("3 de enero de 2026", "2026-01-03", "day", "absolute", None)),
    ("Llegó el 3 de enero a Caracas.", ("3 de enero", "2025-01-03", "day", "absolute", None)),
    ("En enero de 2026 se rompió el diálogo.", ("enero de 2026", "2026-01", "month", "absolute", None)),
    ("La ley se aprobó en 2024.", ("2024", "2024", "year", "absolute", None)),
    ("Subió a mediados de 2024.", ("mediados de 2024", "2024", "year", "absolute", None)),
    ("Cayó a finales de 2023.", ("finales de 2023", "2023", "year", "absolute", None)),
    ("Se anunció a principios de 2025.", ("principios de 2025", "2025", "year", "absolute", None)),
    ("Firmado el 03/01/2026.", ("03/01/2026", "2026-01-03", "day", "absolute", None)),
    ("La cumbre fue del 3 al 5 de mayo de 2024.",
     ("del 3 al 5 de mayo de 2024", "2024-05-03", "day", "range", "2024-05-05")),
    ("El cártel nació en los años noventa.", ("años noventa", "199", "decade", "absolute", None)),
    ("Habló el lunes 3 de marzo.", ("lunes 3 de marzo", "2025-03-03", "day", "absolute", None)),
    ("Gobernó entre 2019 y 2022.", ("entre 2019 y 2022", "2019", "year", "range", "2022")),
    ("Hubo combates de marzo a mayo de 2024.",
     ("de marzo a mayo de 2024", "2024-03", "month", "range", "2024-05")),
    ("Se fundó en la década de 1990.", ("década de 1990", "199", "decade", "absolute", None)),
    ("El 1º de mayo de 2024 marcharon.", ("1º de mayo de 2024", "2024-05-01", "day", "absolute", None)),
    ("Ocurrió a mediados de marzo de 2024.", ("mediados de marzo de 2024", "2024-03", "month", "absolute", None)),
    ("Las elecciones del 28 de julio del 2024.", ("28 de julio del 2024", "2024-07-28", "day", "absolute", None)),
])
def test_spanish_absolute(text: str, expected: tuple) -> None:
    assert summary(only(text, "es")) == expected


# --------------------------------------------------------------------------- relative

@pytest.mark.parametrize("text, expected", [
    ("He resigned last Tuesday.", ("last Tuesday", "2025-03-04", "day")),
    ("Police said on Tuesday that", ("Tuesday", "2025-03-04", "day")),
    ("The minister said Thursday that", ("Thursday", "2025-03-06", "day")),
    ("They meet next Monday.", ("next Monday", "2025-03-10", "day")),
    ("It happened yesterday.", ("yesterday", "2025-03-05", "day")),
    ("Talks resume today.", ("today", "2025-03-06", "day")),
    ("Two weeks later, he fled.", ("Two weeks later", "2025-03-20", "day")),
    ("a week earlier, the army moved", ("a week earlier", "2025-02-27", "day")),
    ("Sales fell last year.", ("last year", "2024", "year")),
    ("He was freed the following year.", ("the following year", "2026", "year")),
    ("The vote is next month.", ("next month", "2025-04", "month")),
    ("Prices rose last month.", ("last month", "2025-02", "month")),
    ("Exports doubled this year.", ("this year", "2025", "year")),
    ("He landed two days ago.", ("two days ago", "2025-03-04", "day")),
    ("It began three years ago.", ("three years ago", "2022", "year")),
    ("It was signed earlier this year.", ("earlier this year", "2025", "year")),
    ("He was arrested last March.", ("last March", "2024-03", "month")),
    ("Rebels struck the day before yesterday.", ("the day before yesterday", "2025-03-04", "day")),
])
def test_english_relative(text: str, expected: tuple) -> None:
    m = only(text, "en")
    assert (m.text, m.value, m.precision) == expected
    assert m.kind == "relative"


@pytest.mark.parametrize("text, expected", [
    ("Ocurrió el pasado martes.", ("pasado martes", "2025-03-04", "day")),
    ("Ocurrió el martes pasado.", ("martes pasado", "2025-03-04", "day")),
    ("Lo dijo ayer.", ("ayer", "2025-03-05", "day")),
    ("Hoy se reúnen.", ("Hoy", "2025-03-06", "day")),
    ("Lo anunció anteayer.", ("anteayer", "2025-03-04", "day")),
    ("Fue detenido hace dos semanas.", ("hace dos semanas", "2025-02-20", "day")),
    ("Empezó hace tres años.", ("hace tres años", "2022", "year")),
    ("Las ventas cayeron el año pasado.", ("año pasado", "2024", "year")),
    ("Habrá elecciones el próximo año.", ("próximo año", "2026", "year")),
    ("Subió el mes pasado.", ("mes pasado", "2025-02", "month")),
    ("Se reunieron la semana pasada.", ("semana pasada", "2025-02", "month")),
    ("Este año crecieron.", ("Este año", "2025", "year")),
    ("Dos semanas después, huyó.", ("Dos semanas después", "2025-03-20", "day")),
    ("Lo dijo este martes.", ("este martes", "2025-03-04", "day")),
    ("Volvió el pasado mes de marzo.", ("pasado mes de marzo", "2024-03", "month")),
    ("Llegó a finales del año pasado.", ("finales del año pasado", "2024", "year")),
    ("Lo vio el pasado 3 de marzo.", ("pasado 3 de marzo", "2025-03-03", "day")),
    ("Al día siguiente se fue.", ("día siguiente", "2025-03-07", "day")),
])
def test_spanish_relative(text: str, expected: tuple) -> None:
    m = only(text, "es")
    assert (m.text, m.value, m.precision) == expected


def test_relative_without_anchor_has_no_value() -> None:
    for text, lang in [("He resigned last Tuesday.", "en"), ("Fue hace dos semanas.", "es"),
                       ("Llegó el 3 de enero.", "es")]:
        m = only(text, lang, anchor=None)
        assert (m.value, m.precision) == (None, None)


def test_anchor_with_time_part_is_accepted() -> None:
    assert only("It happened yesterday.", "en", "2025-03-06T09:30:00Z").value == "2025-03-05"


def test_day_without_year_prefers_recent_past() -> None:
    # Published early January: "December 28" is last year, "January 10" this one.
    assert only("Raids on December 28 left ten dead.", "en", "2026-01-05").value == "2025-12-28"
    assert only("The vote on January 10 is key.", "en", "2026-01-05").value == "2026-01-10"


# --------------------------------------------------------------------------- durations

@pytest.mark.parametrize("text, lang, span", [
    ("He ruled for nearly two decades.", "en", "for nearly two decades"),
    ("For nearly 20 years the cartel thrived.", "en", "For nearly 20 years"),
    ("Gobernó durante casi 20 años.", "es", "durante casi 20 años"),
    ("Vive allí desde hace dos años.", "es", "desde hace dos años"),
    ("Over the past decade, exports grew.", "en", "Over the past decade"),
])
def test_durations_are_found_without_value(text: str, lang: str, span: str) -> None:
    m = only(text, lang)
    assert (m.text, m.kind, m.value, m.precision) == (span, "duration", None, None)


# --------------------------------------------------------------------------- false positives

@pytest.mark.parametrize("text, lang", [
    ("We may act soon.", "en"),
    ("May God protect them.", "en"),
    ("They march on the capital.", "en"),
    ("The army sent 1500 soldiers.", "en"),
    ("He paid $2000 in bribes.", "en"),
    ("The army sent 2000 soldiers.", "en"),
    ("See https://www.youtube.com/watch?v=xq5TDv3NL7w now.", "en"),
    ("Call +58 212 2024 5555 for details.", "en"),
    ("Article 2024 of the code applies.", "en"),
    ("Files at https://example.org/2024/05/report.html were removed.", "en"),
    ("They were in their 20s.", "en"),
    ("Crowds gathered for Super Tuesday.", "en"),
    ("Ismael 'El Mayo' Zambada fue detenido.", "es"),
    ("Marcharon hasta la Plaza de Mayo.", "es"),
    ("Más de 2000 soldados llegaron.", "es"),
    ("Hoy en día nadie lo cree.", "es"),
    ("Por la mañana llovió.", "es"),
    ("Los martes hay mercado.", "es"),
    ("Viajó a Santo Domingo.", "es"),
    ("Cobra 1.500 pesos por día.", "es"),
    ("Ref. ID-2024-0042 fue archivado.", "es"),
])
def test_false_positives(text: str, lang: str) -> None:
    assert find_dates(text, lang, ANCHOR) == []


def test_mayo_with_day_is_a_date_but_as_a_name_is_not() -> None:
    text = "El Mayo Zambada fue arrestado el 25 de julio; la Plaza de Mayo se llenó el 5 de Mayo."
    assert [m.text for m in find_dates(text, "es", ANCHOR)] == ["25 de julio", "5 de Mayo"]


def test_month_with_cue_before_a_count() -> None:
    m = only("Since mid-January, 4,000 migrants crossed.", "en")
    assert (m.text, m.value, m.precision) == ("mid-January", "2025-01", "month")
    assert only("A partir de mañana rige el decreto.", "es").value == "2025-03-07"


def test_month_name_needs_a_cue() -> None:
    assert [m.text for m in find_dates("In May, he left. March was cold.", "en", ANCHOR)] == ["May"]
    assert [m.text for m in find_dates("Volvió en mayo; mayo fue duro.", "es", ANCHOR)] == ["mayo"]


# --------------------------------------------------------------------------- API details

def test_offsets_and_window() -> None:
    text = "In 2019 the party split. On January 3, 2026, Maduro was seized."
    every = find_dates(text, "en", ANCHOR)
    assert [m.text for m in every] == ["2019", "January 3, 2026"]
    later = find_dates(text, "en", ANCHOR, start=20)
    assert [(m.start, m.text) for m in later] == [(every[1].start, "January 3, 2026")]
    assert find_dates(text, "en", ANCHOR, end=20)[0].text == "2019"


def test_mentions_do_not_overlap_and_are_ordered() -> None:
    text = "Del 3 al 5 de mayo de 2024 y en mayo de 2025, y también el año pasado."
    found = find_dates(text, "es", ANCHOR)
    assert [m.text for m in found] == ["Del 3 al 5 de mayo de 2024", "mayo de 2025", "año pasado"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_unknown_language_falls_back_to_english() -> None:
    assert only("Signed on January 3, 2026.", "und").value == "2026-01-03"


@pytest.mark.parametrize("expr, lang, expected", [
    ("January 3, 2026", "en", ("2026-01-03", "day")),
    ("mediados de 2024", "es", ("2024", "year")),
    ("last month", "en", ("2025-02", "month")),
    ("hace dos semanas", "es", ("2025-02-20", "day")),
    ("the 1990s", "en", ("199", "decade")),
    ("for nearly two decades", "en", (None, None)),
    ("nothing here", "en", (None, None)),
])
def test_normalize_date(expr: str, lang: str, expected: tuple) -> None:
    assert normalize_date(expr, lang, ANCHOR) == expected


def test_abbreviated_spanish_months_only_with_a_year() -> None:
    found = find_dates("El 3 ago. 2024 zarpó; el 5 mar 2023 volvió; vive junto al mar 20 años.", "es", None, 0, 80)
    assert [(d.text, d.value) for d in found if d.kind == "absolute"] == [("3 ago. 2024", "2024-08-03"),
                                                                          ("5 mar 2023", "2023-03-05")]


# --------------------------------------------------------------------------- weekends, years said after a day, futures

@pytest.mark.parametrize("text, lang, span, value", [
    # 2025-03-06 is a Thursday: the weekend just gone is 1-2 March, the next one 8-9 March
    ("Rebels shelled the town last weekend.", "en", "last weekend", "2025-03"),
    ("Talks resumed over the weekend.", "en", "weekend", "2025-03"),
    ("El ministro visitó Tumaco el fin de semana.", "es", "fin de semana", "2025-03"),
    ("Hubo combates el pasado fin de semana.", "es", "pasado fin de semana", "2025-03"),
    ("Hubo combates el fin de semana pasado.", "es", "fin de semana pasado", "2025-03"),
])
def test_a_weekend_is_dated_to_its_month(text: str, lang: str, span: str, value: str) -> None:
    m = only(text, lang)
    assert (m.text, m.value, m.precision, m.kind) == (span, value, "month", "relative")


def test_a_weekend_across_a_month_end_and_habitual_weekends() -> None:
    assert only("Troops arrived last weekend.", "en", "2025-04-03").value == "2025-03"  # 29-30 March
    assert find_dates("Los fines de semana cierran la plaza.", "es", ANCHOR) == []
    assert find_dates("Markets open at weekends.", "en", ANCHOR) == []


@pytest.mark.parametrize("text, lang, span, value", [
    ("He was arrested on October 8 last year in Envigado.", "en", "October 8 last year", "2024-10-08"),
    ("He was arrested on 8 October last year.", "en", "8 October last year", "2024-10-08"),
    ("Fue capturado el 8 de octubre del año pasado.", "es", "8 de octubre del año pasado", "2024-10-08"),
    ("Fue capturado en octubre del año pasado.", "es", "octubre del año pasado", "2024-10"),
    ("They met in October last year.", "en", "October last year", "2024-10"),
    ("Elections are due in June next year.", "en", "June next year", "2026-06"),
])
def test_a_day_or_month_followed_by_its_year_in_words(text: str, lang: str, span: str, value: str) -> None:
    m = only(text, lang)
    assert (m.text, m.value) == (span, value)


@pytest.mark.parametrize("text, lang, value", [
    ("La Gobernación convocó para el lunes un consejo de seguridad.", "es", "2025-03-10"),
    ("La fiscalía solicitará el lunes la prisión preventiva.", "es", "2025-03-10"),
    ("The court will rule on Monday on the request.", "en", "2025-03-10"),
    ("The hearing is scheduled for Monday.", "en", "2025-03-10"),
    # past tense keeps the day just gone
    ("La fiscalía solicitó el lunes la prisión preventiva.", "es", "2025-03-03"),
    ("The court ruled on Monday.", "en", "2025-03-03"),
])
def test_a_weekday_in_a_future_clause_is_the_coming_one(text: str, lang: str, value: str) -> None:
    assert only(text, lang).value == value


@pytest.mark.parametrize("text, span, value", [
    ("Atacaron el puesto en la madrugada del sábado.", "sábado", "2025-03-01"),
    ("Lo mataron la noche del martes.", "martes", "2025-03-04"),
    # a weekday with its day number: the day of that number that falls on that weekday
    ("La Policía llegó el lunes 3 a la vereda.", "lunes 3", "2025-03-03"),
    ("El paro empezó el viernes 28.", "viernes 28", "2025-02-28"),
])
def test_spanish_weekday_after_a_time_of_day_or_before_its_day_number(text: str, span: str, value: str) -> None:
    m = only(text, "es")
    assert (m.text, m.value) == (span, value)


def test_a_bare_weekday_after_a_habit_stays_unread() -> None:
    assert find_dates("Abre de lunes a viernes.", "es", ANCHOR) == []


def test_a_count_after_a_weekday_is_no_day_number() -> None:
    assert only("El lunes 40 agentes llegaron a la vereda.", "es").text == "lunes"


def test_del_before_a_weekday_is_that_day() -> None:
    from nexos.extract.dates import find_dates

    found = [(d.text, d.value) for d in find_dates("repitió Ocampo en su alocución del martes.", "es", "2025-10-05")]
    assert found == [("martes", "2025-09-30")]
    assert find_dates("los del martes no vinieron", "es", "2025-10-05") == []


# --------------------------------------------------------------------------- dates that count from the story's date

@pytest.mark.parametrize("text, lang, span, story", [
    ("She was deported in August of that year.", "en", "August of that year", ("year", 8, 0, 0)),
    ("The following March, the bank froze the accounts.", "en", "The following March", ("next", 3, 0, 0)),
    ("Troops came back in October the following year.", "en", "October the following year", ("year", 10, 0, 1)),
    ("He died on the 9th of that month.", "en", "9th of that month", ("month", 0, 9, 0)),
    ("y en noviembre de ese año huyó.", "es", "noviembre de ese año", ("year", 11, 0, 0)),
    ("Volvió en marzo del año siguiente.", "es", "marzo del año siguiente", ("year", 3, 0, 1)),
    ("El 9 de ese mes apareció el cuerpo.", "es", "9 de ese mes", ("month", 0, 9, 0)),
])
def test_a_date_counted_from_the_story_waits_for_it(text: str, lang: str, span: str, story: tuple) -> None:
    m = only(text, lang)
    assert (m.text, m.value, m.story) == (span, None, story)


def test_a_story_date_takes_its_year_or_month_from_the_date_before() -> None:
    from nexos.extract.dates import in_story

    assert in_story(only("She was deported in August of that year.", "en"), "2021-03").value == "2021-08"
    assert in_story(only("The following March, it closed.", "en"), "2021-10").value == "2022-03"
    assert in_story(only("The following March, it closed.", "en"), "2021-01-05").value == "2021-03"
    assert in_story(only("El 9 de ese mes apareció.", "es"), "2021-07").value == "2021-07-09"
    assert in_story(only("El 9 de ese mes apareció.", "es"), "2021") is None


def test_de_before_a_lower_case_spanish_month_is_a_cue() -> None:
    assert summary(only("Su informe de enero advierte del riesgo.", "es")) == ("enero", "2025-01", "month", "absolute", None)
    assert only("La alerta temprana de febrero lo decía.", "es").value == "2025-02"
    assert find_dates("Marcharon por la avenida de Mayo.", "es", ANCHOR) == []


def test_an_ordinal_morning_is_no_tomorrow() -> None:
    assert find_dates("Aguantaron tres noches, y la cuarta mañana se fueron del pueblo.", "es", ANCHOR) == []
    assert find_dates("La primera mañana llegó la patrulla.", "es", ANCHOR) == []
    assert only("Se reúnen mañana.", "es").value == "2025-03-07"
