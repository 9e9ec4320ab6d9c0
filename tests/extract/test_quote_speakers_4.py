"""Who says the words when the attribution is a hyphenated name, a perfect tense, a role, a body or someone unnamed."""

from __future__ import annotations

import pytest

from support.extraction import extracted, quotes, said

CASES = {
    # a hyphenated name between the words and the verb
    "en_hyphenated_name_then_verb": (
        'Police raided the camp on Monday. "The valley will not stay a hostage," police spokeswoman '
        "Anne-Marie Duvalier tells reporters.\n",
        "The valley will not stay", "Anne-Marie Duvalier"),
    # a perfect tense with the subject after it
    "es_habia_sostenido_la_fiscal_x": (
        "La fiscal del caso, Rosa Elvira Quintero, habló ante el juez. Luego el juez Tomás Barrera condenó a "
        "Pedro Almanza.\n\n«Almanza no era un recadero: era el jefe de la zona», había sostenido en los alegatos "
        "la fiscal del caso, Rosa Elvira Quintero, de la Unidad de Delitos.\n",
        "no era un recadero", "Rosa Elvira Quintero"),
    # promising as one goes
    "es_llego_prometiendo": (
        "Raúl Fiallos llegó a la presidencia prometiendo «arrancar de raíz» a las pandillas.\n",
        "arrancar de raíz", "Raúl Fiallos"),
    "en_took_office_vowing": (
        'Mayor Dana Whitfield took office vowing "zero tolerance" for the gangs of the harbour.\n',
        "zero tolerance", "Dana Whitfield"),
    # a role that points back at who was given it
    "en_the_pilot_answered": (
        "The pilot, Arturo Beltrán Cruz, is a cooperating witness. Defense attorney Mark Feld asked him about the "
        'money. "I would tell the truth," the pilot answered.\n',
        "I would tell the truth", "Arturo Beltrán Cruz"),
    "en_the_witness_said_he_made": (
        "The pilot, Arturo Beltrán Cruz, is a cooperating witness for the government. Defense attorney Mark Feld "
        "said Beltrán had told police he never met Omar Vidal, a statement the witness said he made \"because I "
        'feared for my children."\n',
        "because I feared", "Arturo Beltrán Cruz"),
    "es_afirmo_el_litigante": (
        "La defensa de Almanza, a cargo del abogado Ernesto Villalba Ruiz, anunció que apelará. «Mi cliente fue "
        "condenado por un chisme de pueblo», afirmó el litigante.\n",
        "condenado por un chisme", "Ernesto Villalba Ruiz"),
    "es_luego_el_litigante_afirmo": (
        "La defensa de Almanza, a cargo del abogado Ernesto Villalba Ruiz, anunció que apelará. Luego el "
        "litigante afirmó que «el testigo principal fue comprado por la fiscalía».\n",
        "el testigo principal", "Ernesto Villalba Ruiz"),
    "es_su_ministro_lo_secundo": (
        "Según la testigo, fue Julio Ferrán, ministro del Interior y sombra del presidente Mario Campos, quien "
        "negoció con la banda. El viernes el "
        "presidente Campos acusó a la prensa de mentir. Su ministro, por supuesto, lo secundó: «Yo no conozco a "
        "ningún Bardales y quien diga lo contrario miente».\n",
        "no conozco a ningún Bardales", "Julio Ferrán"),
    # a body that says the words about a person
    "en_ministry_said_that_she": (
        "Minister Laura Pineda was photographed with a gang boss, according to a viral post. The Ministry of "
        'Security said in a statement that the photo "was taken at a public forum in 2019," and that she "has '
        'never met with members of any gang."\n',
        "has never met", "Ministry of Security"),
    "es_ministerio_senalo_que_la_ministra": (
        "El Ministerio de Seguridad señaló en un comunicado que la ministra Laura Pineda «nunca se reunió con "
        "miembros de ninguna pandilla».\n",
        "nunca se reunió", "Ministerio de Seguridad"),
    "es_al_considerar_que": (
        "El 3 de mayo, la Oficina de Control de Activos (OFAC) sancionó a Rubén Calderas y a tres empresas, al "
        "considerar que «lavaban dinero del narcotráfico en la frontera».\n",
        "lavaban dinero", "Oficina de Control de Activos"),
    "en_which_said_and_called_for": (
        "The move drew a statement from Peru's Interior Ministry, which said Peru \"will never accept foreign "
        'troops on its soil" and called for talks "among equals."\n',
        "among equals", "Interior Ministry"),
    # someone unnamed
    "es_dos_exempleados_contaron": (
        "Dos exempleados de la empresa, que hablaron bajo condición de anonimato, contaron que «los jefes "
        "llegaban los viernes con maletas».\n",
        "los jefes llegaban", "exempleados de la empresa"),
    "en_two_former_employees_said": (
        "Two former employees of the firm, who spoke on condition of anonymity, said the owners \"came every "
        'Friday with backpacks full of cash."\n',
        "came every Friday", "former employees of the firm"),
    "es_es_cierto_que_un_exfuncionario": (
        "Y es cierto que un exfuncionario de la Policía Nacional, que me pidió reservar su nombre, me confirmó "
        "que se ordenó retirar los radares «por instrucciones de muy arriba».\n",
        "por instrucciones", "exfuncionario de la Policía Nacional"),
    "en_its_true_that_a_former_officer": (
        "It is true that a former customs officer, who asked that his name be withheld, told me the radars were "
        'removed "on orders from very high up."\n',
        "on orders from", "former customs officer"),
    "en_xs_lawyer_said_before": (
        "Police arrested Juan Torres on Monday. Torres's lawyer said his client was a delivery driver who had "
        'been "arrested for his accent."\n',
        "arrested for his accent", "Torres's lawyer"),
    "es_el_abogado_de_x_dijo_que": (
        "La policía detuvo a Juan Torres el lunes. El abogado de Torres dijo que su cliente «es un repartidor "
        "detenido por su acento».\n",
        "es un repartidor", "abogado de Torres"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_speaker(name: str) -> None:
    text, words, speaker = CASES[name]
    assert said(quotes(text), words) == speaker, name


@pytest.mark.parametrize("text, alias", [
    ("A guard who asked not to be named because he feared reprisals said the riot began \"a little after "
     'midnight" on Sunday.\n', "A guard who asked not to be named"),
    ("Una vecina que pidió no ser identificada contó que los disparos empezaron «poco antes de la medianoche».\n",
     "Una vecina que pidió no ser identificada"),
])
def test_an_unnamed_speaker_keeps_why_the_name_is_withheld(text: str, alias: str) -> None:
    """The description and the clause that withholds the name: how a reader names that source."""
    ex = extracted(text)
    assert any(alias in e.aliases for e in ex.entities), [(e.name, e.aliases) for e in ex.entities]


MORE = {
    # more reporting verbs
    "en_warns_analyst_x": (
        'The city council met on Monday. "The truce will not survive the summer," warns analyst Corinne Whitaker.\n',
        "The truce will not survive", "Corinne Whitaker"),
    "en_x_warns_that": (
        'Police found the bodies on Monday. Corinne Whitaker warns that the truce is "a dead letter."\n',
        "a dead letter", "Corinne Whitaker"),
    "es_detallo_el_fiscal_x": (
        "La fiscalía abrió una causa. «Los pagos se hacían cada quince días en efectivo», detalló el fiscal Rodrigo "
        "Salcedo.\n",
        "Los pagos se hacían", "Rodrigo Salcedo"),
    # someone of a named person's who labels
    "en_xs_defenders_call": (
        "President Omar Valdés has closed the ports to inspectors. Valdés's defenders call all this \"a sovereign "
        'trade policy."\n',
        "a sovereign trade policy", "Valdés's defenders"),
    "es_los_defensores_de_x_llaman": (
        "El presidente Omar Valdés cerró los puertos a los inspectores. Los defensores de Valdés llaman a todo esto "
        "«una política comercial soberana».\n",
        "una política comercial soberana", "defensores de Valdés"),
    # a pronoun set off goes on from the sentence before, not the last man named
    "en_he_said_set_off_goes_on": (
        "The pilot, Walter Mamani, testified on Monday. He testified that a police colonel, Rubén Ortega, received "
        "$20,000 per flight to warn the group about patrols. On landing in Apure, he said, the loads were handed to "
        'soldiers of the Guardia Nacional, who charged "a fee per kilo" before trucking the drug to the coast.\n',
        "a fee per kilo", "Walter Mamani"),
}


def test_a_pronoun_before_a_naming_verb_is_the_man_named_before() -> None:
    """'he calls himself "…"' where the pronoun was left unresolved: the last man named before the clause."""
    text = ('Jean-Ernst Malvoisin, known as "Ti Manno," breaks away from 400 Zanmi with about 60 fighters and founds '
            'Baz Solèy in Croix-des-Pins. His former boss\'s men call him a traitor; he calls himself "the protector '
            'of the hills."\n')
    assert said(quotes(text), "the protector of the hills") in ("Ti Manno", "Jean-Ernst Malvoisin")


@pytest.mark.parametrize("name", sorted(MORE))
def test_more_speakers(name: str) -> None:
    text, words, speaker = MORE[name]
    assert said(quotes(text), words) == speaker, name
