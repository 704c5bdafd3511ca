"""German amounts: number formats, units, what is counted, offsets."""
from __future__ import annotations

import pytest

from depesche.amounts import find_amounts


def one(text: str) -> dict:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, value, unit", [
    ("Die Partei kam auf 23,4 Prozent.", "23,4 Prozent", 23.4, "percent"),
    ("Die Quote lag bei 7 %.", "7 %", 7, "percent"),
    ("Der Konzern verlor 3,5 Mrd. Euro.", "3,5 Mrd. Euro", 3.5e9, "EUR"),
    ("Ein Ticket kostet 1.250 Euro.", "1.250 Euro", 1250, "EUR"),
    ("Der Fonds hat 2,75 Millionen Dollar.", "2,75 Millionen Dollar", 2.75e6, "USD"),
    ("Das Budget beträgt 12 Mio. Franken.", "12 Mio. Franken", 12e6, "CHF"),
    ("Die Strecke ist 42 Kilometer lang.", "42 Kilometer", 42, "km"),
    ("Die Zinsen stiegen um 0,25 Prozentpunkte.", "0,25 Prozentpunkte", 0.25, "percentage_points"),
    ("Er bekam eine Million Stimmen.", "eine Million", 1e6, "count"),
])
def test_numbers_with_units(text, span, value, unit):
    a = one(text)
    assert (a["text"], a["value"], a["unit"]) == (span, value, unit)


def test_what_is_counted_and_how():
    a = one("Sie erhielt 61,2 Prozent der Stimmen.")
    assert a["of"] == "der Stimmen"
    a = one("Bei dem Unglück gab es 14 Tote.")
    assert (a["value"], a["unit"], a["of"]) == (14, "count", "Tote")
    a = one("Zwei Drittel der Befragten stimmten zu.")
    assert (round(a["value"], 4), a["unit"], a["of"]) == (0.6667, "fraction", "der Befragten")
    a = one("Tausende Menschen zogen durch die Stadt.")
    assert (a["value"], a["kind"], a["of"]) == (1000, "vague", "Menschen")
    a = one("Der Umsatz wuchs um 2,3 Prozent.")
    assert a["rel"] == "by"
    a = one("Die Inflation stieg auf 4 Prozent.")
    assert a["rel"] == "to"
    assert one("Es kamen rund 500 Gäste.")["approx"] == "rund"


def test_ages_and_ordinals():
    a = one("Der 71-Jährige trat zurück.")
    assert (a["text"], a["value"], a["unit"], a["kind"]) == ("71-Jährige", 71, "years", "age")
    assert one("Sie ist 38 Jahre alt.")["value"] == 38
    a = one("Er strebt eine fünfte Amtszeit an.")
    assert (a["text"], a["value"], a["unit"], a["of"]) == ("fünfte", 5, "ordinal", "Amtszeit")
    a = one("Sie ist die 3. Kandidatin.")
    assert (a["text"], a["value"], a["unit"], a["of"]) == ("3.", 3, "ordinal", "Kandidatin")
    assert find_amounts("Das Spiel endete 2:1 Sieg.") == []


@pytest.mark.parametrize("text", [
    "Am 9. August 2020 um 14.30 Uhr begann die Sitzung.",
    "Im Jahr 2019 war alles anders.",
    "Im 20. Jahrhundert entstand die Stadt.",
    "Er traf Merkel in Minsk.",
    "Die Frist endet am 1.9.2020.",
])
def test_dates_and_names_are_not_amounts(text):
    assert find_amounts(text) == []


def test_offsets_exact_and_range_respected():
    text = "Vorspann 50 Euro. Hauptteil: 3,5 Mrd. Euro und 80,1 Prozent der Stimmen, 14 Tote. Ende 7 Prozent"
    start, end = text.index("Hauptteil"), text.index("Ende")
    found = find_amounts(text, start, end)
    assert [a["text"] for a in found] == ["3,5 Mrd. Euro", "80,1 Prozent", "14"]
    for a in found:
        assert text[a["start"]:a["end"]] == a["text"]
        assert start <= a["start"] and a["end"] <= end


def test_spans_always_exact_on_arbitrary_text():
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="0123456789 .,:%€-–einszwölfDrittelMillionenMrd.EuroProzentJährigeTote", max_size=80))
    def check(text):
        for a in find_amounts(text):
            assert text[a["start"]:a["end"]] == a["text"] and isinstance(a["value"], (int, float))

    check()
