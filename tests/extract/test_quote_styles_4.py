"""Quotes and unnamed sources in the shapes of chronicles, fact checks and alias-heavy reports.

Every small document here is written for these tests (fictional people,
places and groups). A quote passes when its words come back with the actor
who said them; an unnamed source passes when the claim holding its
description is marked anonymous.
"""

from __future__ import annotations

import pytest

from support.extraction import extracted
from support.extraction import quotes as _quotes
from support.extraction import said as _said

CASES = {
    # a dialogue line with no narrator after a narrative paragraph about one person: that person's words, even
    # when the line ends in a rhetorical question (no answer line follows, so no interviewer asked it)
    "es_linea_tras_parrafo_narrativo": (
        "Crónica de Villa Rosales\n\nPor Marta Ibáñez | 2 de abril de 2026\n\n"
        "La doctora Eugenia Carvajal Ríos atiende el único puesto de salud del corregimiento desde 2015. "
        "Ha pedido dos veces una ambulancia.\n\n"
        "—Aquí el médico llega en lancha una vez al mes. Los cobradores llegan todos los días. ¿A quién cree "
        "que le obedece la gente?\n\n"
        "La alcaldía no respondió a las preguntas de este medio.\n",
        "el médico llega en lancha", "Eugenia Carvajal Ríos"),
    # a chronicle's narration verb with no subject: the person the paragraph before is about
    "es_suelta_sin_sujeto": (
        "Crónica del mercado\n\nPor Marta Ibáñez | 2 de abril de 2026\n\n"
        "Doña Felisa Arango vende arepas frente a la iglesia desde hace veinte años.\n\n"
        "—Antes nos protegían, ahora nos cobran la cuota —suelta, y sigue atendiendo.\n",
        "Antes nos protegían", "Felisa Arango"),
    "es_repone_sin_sujeto": (
        "Crónica del puerto\n\nPor Marta Ibáñez | 2 de abril de 2026\n\n"
        "El pescador Aníbal Quiñones Mosquera perdió su lancha en la última crecida.\n\n"
        "—Nadie nos ha dado ni un peso por lo que se llevó el río —repone, mirando el agua.\n",
        "Nadie nos ha dado ni un peso", "Aníbal Quiñones Mosquera"),
    # a post brought in with 'A post…' speaks for the account the next sentence says published it, not the platform
    # (handles are names only in texts longer than a post, hence the paragraph after)
    "en_post_published_by_account": (
        "Viral claim checked\n\nBy Nora Lindqvist | June 4, 2026\n\n"
        "A post shared 9,000 times on Facebook since Friday claims that \"the governor hid rifles for the gang in "
        "his ranch.\" The post, first published by the account @ValleyAlert, shows a blurred photo of a truck.\n"
        "The governor's office said the photo was taken in 2019 at a cattle fair and that the truck belongs to a dairy. Police in the valley told this outlet they had no open case on the ranch, and the state prosecutor declined to comment on the post or on the account that spread it. The dairy\'s owner said he had never met the governor and had never been to the ranch in the photo.\n",
        "the governor hid rifles", "@ValleyAlert"),
    "es_publicacion_compartida_por_cuenta": (
        "Verificación\n\nPor Nora Lindqvist | 4 de junio de 2026\n\n"
        "Una publicación difundida en TikTok desde el viernes asegura que \"el alcalde esconde armas de la banda\". "
        "La publicación, compartida primero por la cuenta @VozDelValle, muestra una foto borrosa.\n"
        "La gobernación dijo que la foto fue tomada en 2019 en una feria ganadera y que el camión pertenece a una lechería. La policía del valle dijo a este medio que no tiene ninguna investigación abierta sobre la finca, y la fiscalía prefirió no comentar la publicación ni la cuenta que la difundió. El dueño de la lechería dijo que nunca ha conocido al alcalde.\n",
        "el alcalde esconde armas", "@VozDelValle"),
    # a role description and then the name set off by commas: the named person speaks
    "en_spokeswoman_then_name": (
        "Rumour denied\n\nBy Nora Lindqvist | June 4, 2026\n\n"
        "The Ministry of Public Security said it had found nothing. \"We check every rumour because fear helps the "
        "gangs,\" a ministry spokeswoman, Irene Castellón Mora, told reporters.\n",
        "We check every rumour", "Irene Castellón Mora"),
    # 'the letter said': whoever the sentence that brought the letter in names as its writer, not who read it out
    "en_the_letter_said": (
        "Jailed boss writes\n\nBy Nora Lindqvist | June 4, 2026\n\n"
        "The Coast Boys are led by Dwayne Mitchell. In a letter read by his lawyer at a hearing last week, Mitchell "
        "rejected the charges. \"They call us gangsters because it is easier than building a clinic,\" the letter "
        "said.\n",
        "They call us gangsters", "Dwayne Mitchell"),
    # a bare speech verb set off by commas before the words: whoever spoke earlier in the sentence goes on
    "es_anade_entre_comas": (
        "Cobros en Comas\n\nPor Redacción | 3 de mayo de 2026\n\n"
        "La Policía Nacional del Perú registró once denuncias este año. Ramiro Cutipa Huanca, dirigente de los "
        "mototaxistas, dice que los cobros los hacen jóvenes de Los Chacales, aunque la policía, añade, \"nunca "
        "llega al que manda\".\n",
        "nunca llega al que manda", "Ramiro Cutipa Huanca"),
    # word sent by a group in a clause of time: the group's words, not the sentence's subject
    "es_mando_razon_en_subordinada": (
        "La vereda\n\nPor Redacción | 3 de mayo de 2026\n\n"
        "El profesor Anselmo Riascos vive en la vereda desde 1990. Él mismo admite que no puede volver a su finca "
        "desde que Los Pumas le mandaron razón, a comienzos de agosto, de que \"no se meta en lo que no le "
        "importa\".\n",
        "no se meta en lo", "Pumas"),
    # 'according to X' makes X the one a bare 'he said' goes on from
    "en_according_to_then_he_said": (
        "The man they call Tigre\n\nBy Staff | May 2, 2026\n\n"
        "Prosecutors know him as Rafael Dussán Ocampo, alias Tigre. Its money is run by Marisol Gaitán Peña, alias "
        "la Mona, Tigre's partner since 2017. She pays the checkpoints and, according to Ignacio Paredes, a "
        "deserter, she decides who gets punished. \"La Mona is the brain. He is the face,\" he said.\n",
        "La Mona is the brain", "Ignacio Paredes"),
    # whom 'told' has right after it is spoken to; 'the legislator' is the person introduced as one
    "en_role_told_outlet": (
        "Video checked\n\nBy Staff | May 2, 2026\n\n"
        "The video was shared by Ernesto Villalba Soto, a Costa Rican legislator for the Patria party. Villalba did "
        "not remove his post. Asked about the rating, the legislator told FactDesk by text message: \"Maybe the "
        "video is old. The danger is real.\"\n",
        "Maybe the video is old", "Ernesto Villalba Soto"),
    # 'Critics of X, including deputy Y, accuse it of "…"': the one named among the critics, not the object 'it'
    "en_critics_including_deputy": (
        "Timeline\n\nBy Staff | October 2, 2026\n\n"
        "The following month - The Supreme Court approves his extradition. Critics of the government, including "
        "opposition deputy Fernanda Rosales of the Liberal Party, accuse it of \"extraditing the small fish while "
        "protecting its own allies.\"\n",
        "extraditing the small fish", "Fernanda Rosales"),
    # a charging paper's words are the office that filed it
    "en_indictment_describes": (
        "Timeline\n\nBy Staff | October 2, 2026\n\n"
        "May 14, 2025 - Federal prosecutors in the Southern District of New York unseal an indictment charging both "
        "brothers with conspiring to import cocaine. The indictment describes the clan as a \"family-run logistics "
        "service\" for traffickers.\n",
        "family-run logistics service", "Southern District of New York"),
    "es_acusacion_describe": (
        "Cronología\n\nPor Redacción | 2 de octubre de 2026\n\n"
        "La Fiscalía General presentó una acusación contra los hermanos en mayo. La acusación describe al clan "
        "como una \"empresa familiar de logística\" para los narcos.\n",
        "empresa familiar de logística", "Fiscalía General"),
    # an office opens the clause and a title and a name set off before the verb say who speaks for it
    "es_cargo_y_nombre_entre_comas": (
        "Comunicado\n\nPor Redacción | 2 de octubre de 2026\n\n"
        "La Comandancia General de la Policía, general Luis Ruiz Tapia, afirmó: «No habrá tregua con las bandas».\n",
        "No habrá tregua", "Luis Ruiz Tapia"),
    "en_office_then_spokesman_name": (
        "Statement\n\nBy Staff | October 2, 2026\n\n"
        "The Interior Ministry of Peru, spokesman Luis Ruiz Tapia, said: \"There will be no truce with the gangs.\"\n",
        "There will be no truce", "Luis Ruiz Tapia"),
    # ... but a relative named in the aside ('hermano de X') is not who speaks
    "es_hermano_de_no_habla": (
        "Comunicado\n\nPor Redacción | 2 de octubre de 2026\n\n"
        "Juan Pérez Soto, hermano de Luis Ruiz Tapia, afirmó: «No habrá tregua con las bandas».\n",
        "No habrá tregua", "Juan Pérez Soto"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_speaker_of_each_quote(name: str) -> None:
    text, words, speaker = CASES[name]
    assert _said(_quotes(text), words) == speaker


def test_an_interview_question_before_an_answer_is_still_nobodys() -> None:
    text = ("Entrevista\n\nPor Marta Ibáñez | 2 de abril de 2026\n\n"
            "Conversamos con el alcalde Ramiro Ospina Vélez sobre la ola de extorsiones.\n\n"
            "—¿Quién cobra la vacuna en el barrio de los pescadores?\n\n"
            "—La cobran los hombres del Clan del Golfo, todos lo saben.\n")
    got = _quotes(text)
    assert not [q for q, _ in got if "Quién cobra" in q]
    assert _said(got, "La cobran los hombres") == "Ramiro Ospina Vélez"



ANONYMOUS = {
    "en_of_whom_names_withheld": (
        "Auditors interviewed nine port workers, three of whom asked that their names be withheld, about the bribes.\n",
        "three of whom asked that their names be withheld"),
    "en_police_intelligence_describes": (
        "Police intelligence describes the new boss as more violent than his predecessor.\n",
        "Police intelligence describes"),
    "es_segun_varios_asistentes": (
        "Según varios asistentes, a la asamblea llegaron unos veinte hombres armados con brazaletes.\n",
        "Según varios asistentes"),
    "es_inteligencia_policial": (
        "La inteligencia policial ubica al cabecilla en una finca cercana a la frontera.\n",
        "La inteligencia policial"),
    "en_counted_and_interviewed_separately": (
        "Two former members of the bloc, interviewed separately, named the colonel as the officer who warned them.\n",
        "interviewed separately"),
    "es_entrevistados_por_separado": (
        "Dos exintegrantes de la columna, entrevistados por separado, señalaron al coronel como su protector.\n",
        "entrevistados por separado"),
    "es_lo_resume_asi": (
        "Un comisario retirado que conoce el barrio lo resume así: por cada cobrador detenido aparecen dos.\n",
        "Un comisario retirado"),
}


@pytest.mark.parametrize("name", sorted(ANONYMOUS))
def test_the_claim_with_an_unnamed_source_is_anonymous(name: str) -> None:
    text, words = ANONYMOUS[name]
    ex = extracted(text)
    held = [c for c in ex.claims if words in c.text]
    assert held and all(c.anonymous_source for c in held)


def test_a_named_spokeswoman_is_no_unnamed_source() -> None:
    ex = extracted("Rumour denied\n\nBy Nora Lindqvist | June 4, 2026\n\n\"We check every rumour,\" a ministry "
                   "spokeswoman, Irene Castellón Mora, told reporters.\n")
    held = [c for c in ex.claims if "We check every rumour" in c.text]
    assert held and not any(c.anonymous_source for c in held)


def test_counted_reports_are_no_unnamed_people() -> None:
    ex = extracted("Según varios informes, la banda controla el puerto desde 2022.\n")
    assert not any(c.anonymous_source for c in ex.claims)


def test_a_two_word_demonym_before_a_noun_is_no_person() -> None:
    ex = extracted("The video was shared by Ernesto Villalba Soto, a Costa Rican legislator, and by a Puerto Rican "
                   "singer.\n")
    assert not [e for e in ex.entities if e.name in ("Costa Rican", "Puerto Rican")]
