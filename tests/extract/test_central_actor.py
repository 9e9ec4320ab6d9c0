"""In a story about one gang or one defendant, what it tells with one actor or none named beside it is about that
gang or that defendant: the story's central actor takes part in those events."""

from __future__ import annotations

from support.extraction import dated_events

BANDA = (
    "Cae la banda de Los Alacranes del Puerto\n\n"
    "Trujillo, 12 de junio de 2025\n\n"
    "La Fiscalía desarticuló este jueves a Los Alacranes del Puerto, una banda dedicada a extorsionar a empresas "
    "de mototaxis en el distrito de La Esperanza.\n\n"
    "Según la Fiscalía, Los Alacranes del Puerto cobraban cuotas semanales a más de cuarenta conductores y "
    "amenazaban a quienes se negaban a pagar.\n\n"
    "La investigación comenzó en octubre de 2024, tras la denuncia de la Asociación de Mototaxistas Unidos. "
    "En enero de 2025, un local de la asociación fue atacado con explosivos.\n\n"
    "Los Alacranes del Puerto fueron llevados ante un juez, que ordenó su prisión preventiva. Los Alacranes "
    "del Puerto negaron los cargos.\n"
)

TRIAL = (
    "Smuggling trial of Rafael Ocampo Lindo opens in Miami\n\n"
    "MIAMI, March 4, 2025\n\n"
    "Rafael Ocampo Lindo, a Panamanian shipping agent, is accused of hiding cocaine in banana containers bound for "
    "Rotterdam. Ocampo Lindo has pleaded not guilty.\n\n"
    "Judge Alma Ruiz hears the case. The trial opened on Monday before a federal jury.\n\n"
    "Prosecutors say Ocampo Lindo paid port workers in Colón to look away, and that he kept the ledgers himself.\n\n"
    "Ocampo Lindo's lawyer, Teresa Bianchi, told jurors her client had never seen the containers.\n"
)


def _actors_on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_a_gangs_story_gives_the_gang_what_it_tells_with_one_actor():
    assert any(any("Alacranes" in n for n in names) and any("Mototaxistas" in n for n in names)
               for names in _actors_on(BANDA, "2024-10"))
    assert any(any("Alacranes" in n for n in names) for names in _actors_on(BANDA, "2025-01"))


def test_a_trials_story_gives_the_defendant_the_day_the_trial_opened():
    assert any(any("Ocampo" in n for n in names) for names in _actors_on(TRIAL, "2025-03-03"))
