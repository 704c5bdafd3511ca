"""German time expressions: extents, TIMEX3 values at the dct's precision, the scorer."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from depesche.evaluate import timex as ev
from depesche.timex import find_timexes

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timex"


def one(text: str, dct: str | None = None, **kw) -> dict:
    found = find_timexes(text, dct=dct, **kw)
    assert len(found) == 1, found
    return found[0]


def values(text: str, dct: str | None = None, **kw) -> list[tuple[str, str]]:
    return [(t["text"], t["value"]) for t in find_timexes(text, dct=dct, **kw)]


@pytest.mark.parametrize("text, dct, span, value", [
    ("Die Abstimmung fand am 9. August statt.", "2020-09", "am 9. August", "2020-08-09"),
    ("Er wurde am 9. August 2016 gewählt.", None, "am 9. August 2016", "2016-08-09"),
    ("Das Amt trat sie 2014 an.", None, "2014", "2014"),
    ("Im Herbst 2015 stieg die Zahl.", None, "Im Herbst 2015", "2015-FA"),
    ("Der Flug startet um 14.30 Uhr.", "2021-03-04", "um 14.30 Uhr", "2021-03-04T14:30"),
    ("Die Frist lief am 1.9.2020 ab.", None, "am 1.9.2020", "2020-09-01"),
    ("Die Frist lief am 01.09.20 ab.", "2020", "am 01.09.20", "2020-09-01"),
    ("Im 19. Jahrhundert wuchs die Stadt.", None, "Im 19. Jahrhundert", "18"),
    ("Anfang Mai 1998 kam die Wende.", None, "Anfang Mai 1998", "1998-05"),
    ("Der Plan stammt aus dem Jahr 1987.", None, "Jahr 1987", "1987"),
    ("Weihnachten 2019 blieb ruhig.", None, "Weihnachten 2019", "2019-12-25"),
    ("Zu Ostern 2021 wurde gelockert.", None, "Ostern 2021", "2021-04-04"),
    ("Im dritten Quartal 2019 stieg der Gewinn.", None, "Im dritten Quartal 2019", "2019-Q3"),
])
def test_absolute_dates(text, dct, span, value):
    t = one(text, dct)
    assert (t["text"], t["value"]) == (span, value)
    assert t["type"] in ("DATE", "TIME")


def test_positions_and_decades_carry_mod():
    t = one("Mitte der 80er Jahre zog sie nach Bonn.", "2019-05")
    assert (t["value"], t["mod"]) == ("198", "MID")
    t = one("Ende September wird entschieden.", "2020-09")
    assert (t["value"], t["mod"]) == ("2020-09", "END")
    assert one("Die Reform kam in den Achtzigerjahren.", "2019")["value"] == "198"


def test_month_precision_dct_keeps_unknown_parts_unknown():
    # a Wednesday in September 2020, week unknown; never a made-up day
    assert one("Sie sprach am Mittwoch mit Journalisten.", "2020-09")["value"] == "2020-09-WXX-3"
    assert one("Am Wochenende gab es Streit.", "2020-09")["value"] == "2020-09-WXX-WE"
    assert one("Die Sitzung beginnt um 9 Uhr.", "2020-09")["value"] == "2020-09-XXT09:00"
    assert one("Heute wird gewählt.", "2020-09")["value"] == "2020-09-XX"
    assert one("Am Freitag wurde gestreikt.", "2020")["value"] == "2020-WXX-5"
    assert one("Am Freitag wurde gestreikt.")["value"] == "XXXX-WXX-5"


def test_weekdays_resolve_in_the_publication_week():
    dct = "2020-09-02"  # a Wednesday
    assert one("Der Minister will an diesem Donnerstag nach Riga reisen.", dct)["value"] == "2020-09-03"
    assert one("Das sagte die Sprecherin am Mittwoch.", dct)["value"] == "2020-09-02"
    assert one("Am Montag hatten Hunderte demonstriert.", dct)["value"] == "2020-08-31"
    assert one("Am Freitag soll der Vertrag unterzeichnet werden.", dct)["value"] == "2020-09-04"
    assert one("Am Freitag hatte die Polizei geräumt.", dct)["value"] == "2020-08-28"
    assert one("Die Regierung will am kommenden Montag entscheiden.", dct)["value"] == "2020-09-07"
    assert one("Am vergangenen Mittwoch war Ruhe.", dct)["value"] == "2020-08-26"
    assert one("Die Firma hatte am Dienstagabend informiert.", dct)["value"] == "2020-09-01TEV"


def test_year_of_a_day_follows_dct_and_tense():
    assert one("Sie war am 12. November in Rom.", "2020-09")["value"] == "2019-11-12"
    assert one("Am 12. November soll gewählt werden.", "2020-09")["value"] == "2020-11-12"
    assert one("Der Gipfel soll am 10. Januar beginnen.", "2020-11")["value"] == "2021-01-10"
    assert one("Im Februar war der Umsatz gesunken.", "2020-09")["value"] == "2020-02"


@pytest.mark.parametrize("text, value", [
    ("Vergangene Woche traf sie den Kanzler.", "2020-W35"),
    ("Im vergangenen Jahr sank der Absatz.", "2019"),
    ("Im Vorjahr war es anders.", "2019"),
    ("Gestern regnete es.", "2020-09-01"),
    ("Übermorgen wird gewählt.", "2020-09-04"),
    ("Vor zwei Wochen wurde er entlassen.", "2020-W34"),
    ("Nächsten Monat kommt der Bericht.", "2020-10"),
    ("Gestern Abend kam es zu Krawallen.", "2020-09-01TEV"),
])
def test_relative_to_full_dct(text, value):
    assert one(text, "2020-09-02")["value"] == value


def test_durations_sets_and_fuzzy_references():
    t = one("Es werde innerhalb der nächsten zwei Wochen sein.", "2020-09-02")
    assert (t["type"], t["value"], t["anchor"], t["mod"]) == ("DURATION", "P2W", "2020-09-02", "EQUAL_OR_LESS")
    assert t["text"] == "innerhalb der nächsten zwei Wochen"
    t = one("Sie wartet seit drei Jahren auf ein Urteil.", "2020")
    assert (t["type"], t["value"], t["text"]) == ("DURATION", "P3Y", "seit drei Jahren")
    assert one("Der Streit dauerte knapp zwei Jahre.")["mod"] == "APPROX"
    assert one("Die Gruppe trifft sich jeden Montag.")[("value")] == "XXXX-WXX-1"
    t = one("Der Ausschuss tagt zweimal pro Woche.")
    assert (t["type"], t["value"], t["freq"]) == ("SET", "P1W", "2X")
    t = one("Der Bericht erscheint jährlich.")
    assert (t["type"], t["value"]) == ("SET", "P1Y")
    assert one("In den kommenden Jahren wird gebaut.", "2020-09")["value"] == "FUTURE_REF"
    assert one("Beide hatten zuletzt oft telefoniert.", "2020-09")["value"] == "PAST_REF"
    assert one("Derzeit gibt es keine Pläne.", "2020-09")["value"] == "PRESENT_REF"
    assert one("Der Bau verzögerte sich um ein halbes Jahr.")["value"] == "P6M"


def test_narrative_mode_uses_the_last_mentioned_date():
    text = "Am 3. Mai 1915 begann der Angriff. Zwei Tage später fiel die Stadt. Im Juli zogen sie ab. Am selben Tag kam Regen."
    got = values(text, "2011-02-16", narrative=True)
    assert got == [("Am 3. Mai 1915", "1915-05-03"), ("Zwei Tage später", "1915-05-05"),
                   ("Im Juli", "1915-07"), ("Am selben Tag", "1915-07")] or got[:3] == [
        ("Am 3. Mai 1915", "1915-05-03"), ("Zwei Tage später", "1915-05-05"), ("Im Juli", "1915-07")]
    assert values("Um 480 v. Chr. zogen die Perser nach Westen.", None, narrative=True) == [("Um 480 v. Chr.", "BC0480")]


def test_narrative_reference_time_follows_the_story():
    def got(text):
        return dict(values(text, "2011-02-16", narrative=True))

    # a season names a year the next month belongs to
    assert got("Am 3. Mai 1788 kam er an. Im Sommer 1789 brach die Revolution aus. Ende August schwor er.")[
        "Ende August"] == "1789-08"
    # "bis zum ..." alone moves the story on; a range end and "seit" do not
    assert got("Am 20. Dezember 1860 trat Carolina aus. Bis zum 1. Februar 1861 folgten andere, "
               "Florida am 10. Januar.")["am 10. Januar"] == "1861-01-10"
    assert got("Am 3. Mai 1915 begann es. Von 1914 bis 1918 dauerte der Krieg. Im Juli zogen sie ab.")[
        "Im Juli"] == "1914-07"
    # "die Allianz von 1814" and a date in another calendar are side remarks
    assert got("Am 25. März 1815 erneuerten sie ihre Allianz von 1814. Am 16. Juni schlug er zu.")[
        "Am 16. Juni"] == "1815-06-16"
    assert got("Am 10. November 1917 (28. Oktober) fiel die Stadt. Am 12. zogen sie ab.")["Am 12."] == "1917-11-12"
    # a comparison and a far-off "bis" are remarks too
    assert got("Am 3. September 1939 wurde er, wie bereits 1911, Marineminister. Am 5. Mai sprach er.")[
        "Am 5. Mai"] == "1939-05-05"
    assert got("Am 4. Februar 1945 traf man sich in Jalta, die Teilung hielt bis 1989. Im März fiel Köln.")[
        "Im März"] == "1945-03"
    # a remark decades outside the story's years is no new "now"
    story = "Am 1. September 1939 begann der Krieg. 1940 fiel Paris. 1941 folgte der Angriff. 1944 landeten sie. "
    assert got(story + "Ein Historiker schrieb 1985 darüber. Am 8. Mai endete der Krieg.")["Am 8. Mai"] == "1944-05-08"


@pytest.mark.parametrize("text, span, value", [
    ("Am 23. August 1944 trat er zurück, am 24. die Armee.", "am 24.", "1944-08-24"),
    ("Am 3. Juli 1863 fiel die Stadt. Am Abend desselben Tages zog Lee ab.", "Am Abend desselben Tages", "1863-07-03TEV"),
    ("Am 3. Juli 1863 fiel die Stadt. Am nächsten Morgen regnete es.", "Am nächsten Morgen", "1863-07-04TMO"),
    ("Er regierte vom 1. Juli bis 3. August 1863.", "vom 1. Juli", "1863-07-01"),
    ("Vom 20. Dezember bis zum 5. Januar 1863 fror es.", "Vom 20. Dezember", "1862-12-20"),
    ("Gegen Ende 1967 waren es 485.000 Soldaten.", "Gegen Ende 1967", "1967"),
    ("Im Jahr 44 v. Chr. wurde Caesar ermordet.", "Im Jahr 44 v. Chr.", "BC0044"),
    ("Im 3. Jahrtausend v. Chr. entstanden sie.", "Im 3. Jahrtausend v. Chr.", "BC2"),
    ("In der ersten Hälfte des 19. Jahrhunderts wuchs sie.", "In der ersten Hälfte des 19. Jahrhunderts", "18"),
    ("Der Angriff begann im Morgengrauen des 22. Juni 1941.", "im Morgengrauen des 22. Juni 1941", "1941-06-22TMO"),
    ("Nur zwei Tage nach seiner Hochzeit reiste er ab.", "zwei Tage nach seiner Hochzeit", "P2D"),
    ("In den Jahren vor dem Ersten Weltkrieg wuchs sie.", "In den Jahren vor dem Ersten Weltkrieg", "PXY"),
    ("Im Jahr 1742 reiste er. Von Mitte November bis Anfang Dezember 1740 blieb er.", "Von Mitte November", "1740-11"),
    ("Im Jahr 1742 reiste er. Von November bis Februar 1741 blieb er.", "Von November", "1740-11"),
    ("Im Jahr 1400 begann es. Während der folgenden Jahrhunderte herrschten sie.",
     "Während der folgenden Jahrhunderte", "PXCE"),
    ("Der Aufstand dauerte von 500 bis 494 v. Chr.", "von 500", "BC0500"),
    ("Im Herbst 1862 fiel Schnee. Im folgenden Frühjahr regnete es.", "Im folgenden Frühjahr", "1863-SP"),
])
def test_narrative_expressions(text, span, value):
    assert (span, value) in values(text, "2011-02-16", narrative=True)


def test_fallback_to_a_shorter_reading_and_measures():
    assert values("Die Front war 1600 km lang.", None, narrative=True) == []
    t = one("Gegen Ende 1967 waren es viele.")
    assert (t["value"], t["mod"]) == ("1967", "END")


@pytest.mark.parametrize("text, dct, value", [
    ("Gestern regnete es.", "2020", "2020-XX-XX"),
    ("Heute Abend spricht er.", "2020", "2020-XX-XXTEV"),
    ("Am Vortag hatte er gesprochen.", "2020-09", "2020-09-XX"),
    ("Ende der Woche fällt die Entscheidung.", "2020-09", "2020-WXX"),  # ISO weeks belong to a year
    ("Vergangene Woche war es ruhig.", "2020", "2020-WXX"),
    ("Morgen früh fliegt er.", "2020-09-02", "2020-09-03TMO"),
    ("Im kommenden Sommer wird gewählt.", "2020-09", "2021-SU"),
    ("Im vergangenen Winter war es kalt.", "2020-09", "2019-WI"),
])
def test_news_values_at_the_dct_precision(text, dct, value):
    assert one(text, dct)["value"] == value


@pytest.mark.parametrize("text", [
    "Lukaschenko ließ sich mit 80,1 Prozent bestätigen.",
    "In Minsk demonstrierten 2000 Menschen.",
    "August Bebel sprach vor dem Reichstag.",
    "Die Oktoberrevolution veränderte Russland.",
    "Es gab 1500 Verletzte und 3,5 Milliarden Euro Schaden.",
    "Der Zar Nikolaus II. dankte ab.",
    "Er kostet 1.250 Euro.",
])
def test_no_false_timexes(text):
    assert find_timexes(text, dct="2020-09-02") == []


def test_offsets_are_absolute_and_exact():
    text = "Kopfzeile 1999. Danach: Am 9. August 2020 und am Mittwoch um 14.30 Uhr, seit drei Jahren."
    start = text.index("Danach")
    found = find_timexes(text, start, len(text) - 5, dct="2020-09-02")
    assert found and all(t["start"] >= start and t["end"] <= len(text) - 5 for t in found)
    for t in found:
        assert text[t["start"]:t["end"]] == t["text"]
        if "signal" in t:
            sig = t["signal"]
            assert text[sig["start"]:sig["end"]] == sig["text"] and sig["start"] == t["start"]
    assert "1999" not in [t["text"] for t in found]


def test_seed_like_dispatch_with_both_dct_precisions():
    text = ("Der Minister will an diesem Donnerstag nach Kiew reisen. Das kündigte die Sprecherin am Mittwoch an. "
            "Ein Gipfel soll innerhalb der nächsten zwei Wochen stattfinden; er war bereits am Wochenende angekündigt worden. "
            "Gewählt wurde am 9. August.")
    month = {t["text"]: t["value"] for t in find_timexes(text, dct="2020-09")}
    day = {t["text"]: t["value"] for t in find_timexes(text, dct="2020-09-02")}
    assert month["an diesem Donnerstag"] == "2020-09-WXX-4" and day["an diesem Donnerstag"] == "2020-09-03"
    assert month["am Mittwoch"] == "2020-09-WXX-3" and day["am Mittwoch"] == "2020-09-02"
    assert day["am Wochenende"] == "2020-W35-WE"
    assert month["am 9. August"] == day["am 9. August"] == "2020-08-09"


def test_since_an_event_the_text_dated():
    text = "Der Rat tagte nach der Abstimmung am 14. Mai. Seit der Abstimmung wird protestiert. Seit dem Urteil nicht."
    found = find_timexes(text, dct="2021-06")
    since = [t for t in found if t["text"].startswith("Seit")]
    assert len(since) == 1
    assert (since[0]["text"], since[0]["value"], since[0]["mod"]) == ("Seit der Abstimmung", "2021-05-14", "ON_OR_AFTER")
    assert since[0]["event"]["text"] == "Abstimmung"


def test_scorer_on_fixture_directory(capsys):
    docs = ev.load_dir(FIXTURES / "mini")
    (doc,) = docs
    assert doc.dct == "2011-02-16" and len(doc.gold) == 5  # the DATETIME timex is not a mention
    assert all(doc.text[g["start"]:g["end"]] == g["text"] for g in doc.gold)
    perfect = [{"start": g["start"], "end": g["end"], "value": g["val"]} for g in doc.gold]
    res = ev.score([(perfect, doc.gold)])
    assert res["strict"]["F1"] == res["lenient"]["F1"] == res["value"]["F1"] == 1.0
    shifted = [{**p, "end": p["end"] - 1, "value": "X"} for p in perfect]
    res = ev.score([(shifted, doc.gold)])
    assert res["strict"]["F1"] == 0.0 and res["lenient"]["F1"] == 1.0 and res["value_accuracy"] == 0.0
    ours = ev.score([(ev.system_spans(doc), doc.gold)])
    assert ours["strict"]["F1"] == 1.0 and ours["value"]["F1"] == 1.0
    args = argparse.Namespace(dir=FIXTURES / "mini", dev="01_Test", errors=0, speed=None)
    assert ev.run(args) == 0
    assert "strict P/R/F1 1.000/1.000/1.000" in capsys.readouterr().out
    # while tuning: the dev line only, and errors only of dev documents
    lines = ev.evaluate(docs, {doc.name: ev.system_spans(doc)}, {"01_Test"}, dev_only=True)
    assert len(lines) == 1 and lines[0].startswith("dev")
    assert ev.run(argparse.Namespace(dir=FIXTURES / "mini", dev="", errors=5, speed=None, dev_only=True)) == 0
    out = capsys.readouterr().out
    assert "heldout" not in out and "01_Tes" not in out.split("tagging time")[1]


@pytest.mark.shared
def test_wikiwarsde_quality():
    data = SHARED / "data" / "wikiwarsde"
    if not data.is_dir():
        pytest.skip(f"WikiWarsDE not found at {data} (needs ../shared)")
    docs = ev.load_dir(data)
    res = ev.score([(ev.system_spans(d), d.gold) for d in docs])
    assert res["strict"]["F1"] >= 0.85 and res["value"]["F1"] >= 0.75


_ALPHABET = "0123456789 .,:/-–()äöüßJahrMaiAugustUhrv.Chr.heutemorgenseitderWocheJahrhundert"


@pytest.mark.parametrize("dct", [None, "2020", "2020-09", "2020-12-31"])
def test_spans_always_exact_on_arbitrary_text(dct):
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=_ALPHABET, max_size=80), st.booleans())
    def check(text, narrative):
        for t in find_timexes(text, dct=dct, narrative=narrative):
            assert text[t["start"]:t["end"]] == t["text"] and t["value"]

    check()
