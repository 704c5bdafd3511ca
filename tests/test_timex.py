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


# ---------------------------------------------------------------- historical narratives (data/timex-dev work)

def _core(text: str, t: dict) -> str:
    """The TIMEX2 extent: without the leading preposition signal."""
    sig = t.get("signal")
    return text[sig["end"]:t["end"]].strip() if sig and sig["start"] == t["start"] else t["text"]


def narrative(text: str) -> list[tuple[str, str]]:
    return [(_core(text, t), t["value"]) for t in find_timexes(text, dct="2021-04-01", narrative=True)]


def test_a_history_opening_without_a_year_takes_the_first_year_it_names():
    text = "Am 4. März verließ die Flotte den Hafen. Am 9. März 1701 erreichte sie Kreta."
    assert narrative(text)[0] == ("4. März", "1701-03-04")


def test_story_years_before_names_are_years_but_counts_are_not():
    text = ("Die Stadt fiel 1410 an den Orden. 1412 wurde die Burg erneuert, 1415 folgte der Dom. "
            "Später eroberten die Rebellen 1418 Marienfeld und 1419 plünderten Söldner das Kloster.")
    got = narrative(text)
    assert ("1418", "1418") in got and ("1419", "1419") in got
    counts = "Im Jahr 1412 zog der Herzog mit 1400 Soldaten nach Süden; 1413 folgten 1200 Reiter. 1414 und 1415 blieb es ruhig."
    assert [v for _, v in narrative(counts)] == ["1412", "1413", "1414", "1415"]


def test_two_digit_bc_range_start():
    assert narrative("Der Bürgerkrieg (49-46 v. Chr.) zerstörte die Republik.") == [("49", "BC0049"), ("46 v. Chr.", "BC0046")]
    assert narrative("Er herrschte zwischen 37 und 34 v. Chr. über Judäa.") == [("37", "BC0037"), ("34 v. Chr.", "BC0034")]


def test_a_dated_event_with_a_relative_clause_sets_the_year():
    text = "Nach dem Konzil von 1215, bei dem auch Gesandte aus Ungarn erschienen, reiste er im Mai nach Rom."
    assert narrative(text)[-1] == ("Mai", "1215-05")
    # without the relative clause "von 1806" stays an older state of things
    text = "Die Grenzen von 1806 galten nicht mehr. Am 4. Mai 1815 zog er ab. Im Juni kam er zurück."
    assert narrative(text)[-1] == ("Juni", "1815-06")


def test_approximate_years_after_a_bound():
    assert narrative("Die Mühle arbeitete bis etwa 1870 und verfiel dann.") == [("etwa 1870", "1870")]
    assert narrative("Ab etwa 1530 wuchs die Vorstadt.") == [("etwa 1530", "1530")]
    assert narrative("Das Heer zählte etwa 1500 Mann.") == []


def test_left_part_of_a_century_pair():
    assert narrative("Im 11. und 12. Jahrhundert blühte der Handel.") == [("11.", "10"), ("12. Jahrhundert", "11")]
    assert [(v, t.get("mod")) for t in find_timexes("Vom Ende des 14. bis Mitte des 15. Jahrhunderts zerfiel das Reich.", narrative=True)
            for v in [t["value"]]] == [("13", "END"), ("14", "MID")]
    t = [t for t in find_timexes("Bis ins frühe 17. Jahrhundert blieb es so.", narrative=True)][0]
    assert (t["value"], t["mod"]) == ("16", "START") and t["text"].endswith("frühe 17. Jahrhundert")


def test_range_jahren_stays_outside_the_extent():
    assert narrative("In den Jahren 1520 bis 1524 wurde gebaut.") == [("1520", "1520"), ("1524", "1524")]
    assert narrative("Im Jahre 1520 wurde gebaut.") == [("Jahre 1520", "1520")]


def test_planned_dates_do_not_move_the_story():
    text = ("Am 3. Mai 1921 beantragte er eine Vertagung auf den 1. März 1922. "
            "Der Rat stimmte am 20. Mai zu und setzte Wahlen für den 9. Januar an. Am 30. Mai trat er zurück.")
    assert narrative(text)[-1] == ("30. Mai", "1921-05-30")


def test_about_a_clock_time_keeps_gegen():
    t = find_timexes("Am 2. Juni 1880 erschienen die Soldaten gegen 10 Uhr am Tor.", narrative=True)[1]
    assert (t["text"], t["value"], t["mod"]) == ("gegen 10 Uhr", "1880-06-02T10:00", "APPROX")


def test_vague_reference_with_a_date_in_apposition_takes_the_date():
    text = "Am 1. April 1950 landeten sie. Kurz darauf, am 6. April 1950, fiel die Hauptstadt."
    assert narrative(text)[1] == ("Kurz darauf", "1950-04-06")


def test_a_glance_back_leaves_the_story_year():
    text = "Am 5. März 1940 schrieb er an den König. Den im Vorjahr noch erwünschten Pakt lehnte er ab. Ende Mai reiste er ab."
    assert narrative(text)[-1] == ("Ende Mai", "1940-05")


def test_a_few_and_how_long_after():
    assert [v for _, v in narrative("Nach ein paar Wochen kehrte er zurück.")] == ["PXW"]
    text = "Am 2. Januar 1855 fiel die Festung nach 200 Tagen Belagerung."
    assert narrative(text)[1][1] == "P200D"
    assert narrative("Am 2. Januar 1855 begann der Sturm. Nach drei Tagen gaben sie auf.")[1][1] == "1855-01-05"


def test_turn_of_the_year():
    assert narrative("Zur Jahreswende 1790/91 kam der Erlass.")[0][1] == "1791-01-01"
    assert narrative("Zur Jahreswende 1790 kam der Erlass.")[0][1] == "1790-01-01"


def test_adjective_durations_stay_out_of_histories():
    assert narrative("Nach mehrtägigen Kämpfen fiel die Stadt im Mai 1799.") == [("Mai 1799", "1799-05")]
    assert one("Nach mehrtägigen Verhandlungen gab es eine Einigung.", "2020-09")["value"] == "PXD"


@pytest.mark.parametrize("name", ["timex-dev"])
def test_timex_dev_set_scores(name):
    """The LLM-annotated history passages in data/timex-dev (development data, CC BY-SA)."""
    data = Path(__file__).resolve().parents[1] / "data" / name
    if not (data / "keyinline").is_dir():
        pytest.skip("data/timex-dev not built")
    docs = ev.load_dir(data)
    res = ev.score([(ev.system_spans(d), d.gold) for d in docs])
    assert res["strict"]["F1"] >= 0.95 and res["value"]["F1"] >= 0.95


def test_span_after_an_event_named_in_the_genitive():
    got = narrative("Am 3. Mai 1790, vier Monate nach Josephs Tod, unterschrieb er.")
    assert got[1] == ("vier Monate nach Josephs Tod", "P4M")
    assert narrative("Er blieb zwei Jahre nach Paris fern.") == [("zwei Jahre", "P2Y")]


def test_centuries_in_a_story_before_christ():
    text = "Im Jahr 212 v. Chr. fiel die Stadt. Im 4. Jahrhundert hatte sie geblüht. Erst im 18. Jahrhundert wurde sie ausgegraben."
    assert [v for _, v in narrative(text)] == ["BC0212", "BC03", "17"]
    assert [v for _, v in narrative("Im 4. Jahrhundert baute man die Kirche.")] == ["03"]


def test_spelled_out_eras():
    assert narrative("Um 30 vor Christi Geburt starb sie.") == [("Um 30 vor Christi Geburt", "BC0030")]
    assert narrative("Im Jahr 9 nach Christus schlugen sie die Legionen.")[0][1] == "0009"
    assert narrative("Bis ins 6. Jahrhundert nach Christus blieb die Schule offen.")[0][1] == "05"


def test_key_words_found_in_lower_case_exactly_where_ignorecase_finds_them():
    """The pre-check on the lower-cased text never skips a pattern re.IGNORECASE would run."""
    import re

    from hypothesis import given, settings, strategies as st

    from depesche.timex import _LOWER_KEYS, _Keys

    words = [w for key in _LOWER_KEYS.values() for w in key.split("|") if w.isalpha()]
    words += ["er jahre", "er-jahre", "0ern", "jh.", "İ", "K", "ẞ", "x", " "]
    words += [w.replace("s", "ſ").replace("i", "ı") for w in words]
    part = st.tuples(st.sampled_from(words), st.sampled_from([str, str.upper, str.title]))

    @settings(max_examples=500, deadline=None)
    @given(st.lists(part, max_size=6).map(lambda ps: "".join(f(w) for w, f in ps)),
           st.sampled_from(sorted(_LOWER_KEYS)), st.integers(0, 3))
    def check(text, name, cut):
        start = min(cut, len(text))
        expected = bool(re.search(_LOWER_KEYS[name], text[start:], re.IGNORECASE))
        assert _Keys(text, start, len(text))(name) == expected

    check()
