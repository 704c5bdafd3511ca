"""Wire layout: the seed's Metadata rows and real dateline variants."""
import pytest

from depesche.components.metadata import parse


def test_seed_metadata(seed_text):
    meta = parse(seed_text)
    assert meta["date"] == "2020-09"
    d = meta["dateline"]
    assert seed_text[d["start"]:d["end"]] == d["text"] == "MOSKAU" and d["place"] == "Moskau"
    assert meta["agency"] == "dpa-AFX"
    assert meta["editors"] == ["cht", "DP", "mis"]
    assert meta["language"] == "de"
    body = seed_text[meta["body"]["start"]:meta["body"]["end"]]
    assert body.startswith("Angesichts der anhaltenden")
    assert body.endswith("sagte der Außenminister.")  # the codes are not part of the last sentence


@pytest.mark.parametrize("text, place, agency, body_start", [
    ("MOSKAU/MINSK (dpa) - Putin empfing Lukaschenko.", "Moskau/Minsk", "dpa", "Putin"),
    ("FRANKFURT (dpa-AFX) - Der Dax stieg.", "Frankfurt", "dpa-AFX", "Der Dax"),
    ("Berlin (Reuters) – Die Regierung plant.", "Berlin", "Reuters", "Die Regierung"),
    ("PARIS (AFP) - Frankreich wählt.", "Paris", "AFP", "Frankreich"),
    ("Wien (APA) - Der Nationalrat tagt.", "Wien", "APA", "Der Nationalrat"),
    ("Wien – Die Gewerkschaft fordert mehr Geld.", "Wien", None, "Die Gewerkschaft"),
    ("BAD HOMBURG (dpa-AFX) - Fresenius senkt die Prognose.", "Bad Homburg", "dpa-AFX", "Fresenius"),
    ("  date 2019-01-03 ST. PÖLTEN (APA) - Schnee.", "St. Pölten", "APA", "Schnee"),
])
def test_datelines(text, place, agency, body_start):
    meta = parse(text)
    assert meta["dateline"]["place"] == place
    assert meta["agency"] == agency
    assert text[meta["body"]["start"]:].startswith(body_start)


def test_teaser_before_austrian_dateline():
    text = "Die Regierung plant eine Reform. Wien – Die Koalition hat sich geeinigt."
    meta = parse(text)
    assert meta["dateline"]["text"] == "Wien"
    assert meta["body"]["start"] == 0  # the teaser is part of the body


def test_correction_prefix():
    text = "(Wiederholung: Tippfehler im 2. Absatz behoben) BERLIN (dpa) - Der Text."
    meta = parse(text)
    assert meta["correction"]["text"].startswith("(Wiederholung")
    assert meta["agency"] == "dpa" and text[meta["body"]["start"]:] == "Der Text."


@pytest.mark.parametrize("text", [
    "Die Regierung – so heißt es – plant eine Reform.",
    "Ein Satz ohne Kopf und ohne Agentur.",
    "",
    "date 2020-13",
    "(dpa) -",
])
def test_unknown_layouts_are_body(text):
    meta = parse(text)
    assert meta["agency"] is None
    assert 0 <= meta["body"]["start"] <= meta["body"]["end"] <= len(text)


def test_given_date_wins_over_nothing():
    assert parse("Text.", {"date": "2021-02-03"})["date"] == "2021-02-03"


def test_editor_codes_need_a_sentence_end():
    meta = parse("BERLIN (dpa) - Ein Vergleich von Bund/Land/Kommune")
    assert meta["editors"] == []
