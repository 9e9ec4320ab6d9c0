"""A count after the sentence's verb ('The transfer was authorised less than four weeks after soldiers recaptured
him', 'El desplazamiento se produce dos semanas después del asesinato de …') that, counted forward, would land after
the document came out tells what happened that long before the story's day. A count that opens its sentence ('Two
days after the video appeared, …') still counts forward."""

from __future__ import annotations

from support.extraction import dated_events

EN = (
    "Gang boss pleads not guilty\n\n"
    "NEW YORK, July 21, 2025 (Meridian Wire) - A gang boss extradited from Ecuador pleaded not guilty on Monday to "
    "drug trafficking charges before a federal judge in Brooklyn.\n\n"
    "On Sunday, Ecuador's government authorised the transfer of Raúl Benítez Soto to the United States. The "
    "transfer was authorised less than four weeks after soldiers of the Ecuadorian Army recaptured Benítez in Manta.\n"
)

ES = (
    "Desplazados en el sur de Bolívar\n\n"
    "Cartagena, 21 de junio de 2025 (Agencia Nexo).- Al menos 1.400 campesinos han abandonado sus veredas en el sur "
    "de Bolívar por los combates entre grupos armados.\n\n"
    "El miércoles, combates entre el ELN y el Clan del Golfo dejaron al menos seis muertos en la vereda La Esmeralda. "
    "El desplazamiento se produce dos semanas después del asesinato del líder comunal Efraín Mosquera Ruiz en la "
    "misma vereda.\n"
)


def test_a_count_after_the_verb_counts_back_from_the_storys_day_en():
    got = dated_events(EN)
    assert any(d == "2025-06-22" and "Ecuadorian Army" in names for d, names in got), got
    assert not any(d and d > "2025-07-21" for d, _names in got), got


def test_a_count_after_the_verb_counts_back_from_the_storys_day_es():
    got = dated_events(ES)
    assert any(d == "2025-06-04" and "Efraín Mosquera Ruiz" in names for d, names in got), got
    assert not any(d and d > "2025-06-21" for d, _names in got), got
