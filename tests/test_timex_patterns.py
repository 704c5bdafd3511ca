"""German time patterns added for news conventions and narrative reference tracking (sentences written for the tests)."""
from __future__ import annotations

import pytest

from depesche.timex import find_timexes


def values(text: str, dct: str | None = None, **kw) -> dict[str, str]:
    return {t["text"]: t["value"] for t in find_timexes(text, dct=dct, **kw)}


def story(text: str) -> dict[str, str]:
    return values(text, "2011-02-16", narrative=True)


# ---------------------------------------------------------------- narratives

def test_a_story_rolls_into_the_next_year_but_not_across_sections():
    assert story("Am 8. November 1620 siegte er. Im Januar verhängte der Kaiser die Acht.")["Im Januar"] == "1621-01"
    # a new paragraph may go back in time, and so may a pluperfect
    assert story("Am 8. November 1620 siegte er.\nIm Januar verhängte der Kaiser die Acht.")["Im Januar"] == "1620-01"
    assert story("Am 8. November 1620 siegte er. Im Januar hatte der Kaiser die Acht verhängt.")["Im Januar"] == "1620-01"
    # a month shortly before the last one is a step back, not a new year
    assert story("Am 8. Juni 1620 siegte er. Im April fiel die Stadt.")["Im April"] == "1620-04"


@pytest.mark.parametrize("text, span, value, mod", [
    ("Im Jahr 1926 sprach er. In der ersten Hälfte der 30er Jahre wuchs es.",
     "In der ersten Hälfte der 30er Jahre", "193", "START"),
    ("Im Jahr 1926 sprach er, in den frühen dreißiger Jahren wuchs es.", "in den frühen dreißiger Jahren", "193", "START"),
    ("Im Jahr 1861 begann es. In den 90ern endete es.", "In den 90ern", "189", None),
    ("Im Jahr 1926 sprach er über die sechziger Jahre des 18. Jahrhunderts.",
     "die sechziger Jahre des 18. Jahrhunderts", "176", None),
    ("Das war die Krise des ausgehenden 16. Jahrhunderts.", "ausgehenden 16. Jahrhunderts", "15", "END"),
    ("Im ersten Halbjahr 1864 stieg die Zahl.", "Im ersten Halbjahr 1864", "1864-H1", None),
    ("Am 12. April 1861 begann es. Tags darauf fiel das Fort.", "Tags darauf", "1861-04-13", None),
    ("Am 12. April 1861 begann es. Im Verlauf des Jahres fiel das Fort.", "Im Verlauf des Jahres", "1861", None),
    ("Er dauerte vom 3. bis zum 29. November 1847.", "vom 3.", "1847-11-03", None),
])
def test_decades_centuries_halves_and_days(text, span, value, mod):
    found = {t["text"]: t for t in find_timexes(text, dct="2011-02-16", narrative=True)}
    assert found[span]["value"] == value and found[span].get("mod") == mod


def test_seasons_roll_over_and_set_the_month_a_story_continues_from():
    assert story("Im Herbst 1862 fror es. Im Frühjahr taute es.")["Im Frühjahr"] == "1863-SP"
    assert story("Im Herbst 1862 fror es. Im Winter schneite es.")["Im Winter"] == "1862-WI"
    assert story("Im Winter 1862 fror es. Am 5. März taute es.")["Am 5. März"] == "1863-03-05"


def test_a_day_by_day_story_names_its_nights_and_war_years():
    assert story("Am 20. November 1970 flogen sie nachts nach Laos.")["nachts"] == "1970-11-20TNI"
    assert story("Im Jahr 1918 siegte er. Das folgende Kriegsjahr brachte Not.")["Das folgende Kriegsjahr"] == "1919"


@pytest.mark.parametrize("text, span, value", [
    ("Der Krieg 1861–65 war blutig.", "65", "1865"),
    ("Die Jahre 1999/00 waren gut.", "00", "2000"),
])
def test_the_short_end_of_a_year_range(text, span, value):
    assert story(text)[span] == value


def test_an_apposition_names_the_day_of_an_anaphor():
    got = story("Am 3. September 1632 zog er ab. Die erst am Folgetag, dem 16. November 1632, beginnende Schlacht.")
    assert got["am Folgetag"] == "1632-11-16"
    assert story("Im Februar 1944 fiel es. Erst drei Monate später, am 18. Mai, kam er.")["drei Monate später"] == "1944-05-18"


def test_side_remarks_do_not_move_the_story():
    got = story("Im Dezember 1918 tagte er. Er zitiert Erinnerungen aus dem Jahr 1920. Am 28. Dezember trat er aus.")
    assert got["Am 28. Dezember"] == "1918-12-28"


def test_years_later_count_from_a_remark_just_made():
    text = ("Am 3. Mai 1634 fiel er. 1635 kam es, 1636 fiel es, 1637 kam es. 1792 schrieb Schiller darüber. "
            "Sieben Jahre später vollendete er es. Am 5. Mai fiel es.")
    got = story(text)
    assert got["Sieben Jahre später"] == "1799" and got["Am 5. Mai"] == "1637-05-05"


def test_half_of_something_else_is_no_half_year():
    assert story("In der zweiten Hälfte des kurzen 20. Jahrhunderts lebte er.") == {"20. Jahrhunderts": "19"}


# ---------------------------------------------------------------- news

@pytest.mark.parametrize("text, dct, span, value", [
    # no tense cue: the nearer year
    ("Er gilt als Kandidat für die Wahl im Januar.", "2023-08", "im Januar", "2024-01"),
    ("Erwachsene dürfen damit ab dem 1. April Cannabis besitzen.", "2024-02-23", "ab dem 1. April", "2024-04-01"),
    ("Der Bundesrat befasst sich voraussichtlich im März mit dem Gesetz.", "2024-02-23", "im März", "2024-03"),
    # a modal with a perfect infinitive reports the past
    ("Der Mann soll am Dienstagabend zwei Fahrgäste verletzt haben.", "2023-07-12", "am Dienstagabend",
     "2023-07-11TEV"),
    ("Er soll bereits im Sommer Sprengstoff beschafft haben.", "2023-02-15", "im Sommer", "2022-SU"),
    ("Russland griff in der Nacht zum Mittwoch an.", "2023-05-17", "in der Nacht zum Mittwoch", "2023-05-17TNI"),
    ("Borrell will beide in drei Wochen einladen.", "2023-03", "in drei Wochen", "2023-WXX"),
    ("Die Firma hob die Prognose für kommende Woche an.", "2024-02", "kommende Woche", "2024-WXX"),
    ("Die Firma hob die Prognose für das Gesamtjahr an.", "2023-05", "das Gesamtjahr", "2023"),
    ("Die Heim-EM beginnt im kommenden Juni.", "2023-09-10", "im kommenden Juni", "2024-06"),
    ("Die Polizei hat in der Nacht Tränengas eingesetzt.", "2024-05-15", "in der Nacht", "2024-05-14TNI"),
    ("In Lilienthal mussten am Samstag Straßen evakuiert werden.", "2023-12-31", "am Samstag", "2023-12-30"),
])
def test_news_years_and_weeks(text, dct, span, value):
    assert values(text, dct)[span] == value


@pytest.mark.parametrize("text, span, value", [
    ("Das knapp zweistündige Gespräch war offen.", "knapp zweistündige", "PT2H"),
    ("Verdi rief zu dem 27-stündigen Ausstand auf.", "27-stündigen", "PT27H"),
    ("Das geschah vor wenigen Wochen.", "vor wenigen Wochen", "PAST_REF"),
    ("Sie prüft nun, ob sie klagt.", "nun", "PRESENT_REF"),
    ("Die Lufthansa bietet bislang zehn Prozent.", "bislang", "PRESENT_REF"),
    ("Verdi fordert eine Laufzeit von zwölf Monaten.", "zwölf Monaten", "P12M"),
    ("Die Notenbank warnt seit Monaten davor.", "seit Monaten", "PXM"),
    ("Die Behörde klagte nach mehr als zweijährigen Ermittlungen.", "mehr als zweijährigen", "P2Y"),
    ("Der Weltmeister von 1990 soll helfen.", "1990", "1990"),
])
def test_news_durations_and_references(text, span, value):
    assert values(text, "2024-02")[span] == value


def test_news_bounds_and_modifiers_stay_outside_the_span():
    t = {x["text"]: x for x in find_timexes("Seit Anfang Mai wird gestreikt, bis zu 30 Tage lang.", dct="2023-05-20")}
    assert (t["Anfang Mai"]["value"], t["Anfang Mai"]["mod"]) == ("2023-05", "START")
    assert (t["30 Tage"]["value"], t["30 Tage"]["mod"]) == ("P30D", "EQUAL_OR_LESS")
    assert find_timexes("Seit Dezember wird gestreikt.", dct="2024-05")[0]["mod"] == "ON_OR_AFTER"
    assert find_timexes("Die Firma wuchs in gut drei Jahren.", dct="2024")[0]["mod"] == "MORE_THAN"


@pytest.mark.parametrize("text", [
    "Weil lobte die Einsatzkräfte als Helden dieser Tage.",
    "Der 45-jährige Schütze wurde gefasst.",
    "Die Polizei nahm einen 33 Jahre alten Mann fest.",
    "Die Männer im Alter von 24, 31 und 45 Jahren wurden gefasst.",
    "Der Euro kostete zuletzt 1,0660 US-Dollar.",
    "Nun, das ist nun mal so.",
])
def test_ages_and_prices_are_no_times_in_news(text):
    assert find_timexes(text, dct="2023-02-15") == []


def test_narratives_keep_ages_and_leave_news_words_alone():
    assert story("Er starb im Alter von 54 Jahren.") == {"54 Jahren": "P54Y"}
    assert story("Im Jahr 1900 ging er nun nach Rom.") == {"Im Jahr 1900": "1900"}
