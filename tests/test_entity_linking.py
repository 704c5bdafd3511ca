"""Which KB entry a name links to when several share it ("Bundesrat", "Bundesregierung",
"Grüne"): the one of the country the dispatch is from, by its dateline or the places it names.
The names come from a stand-in NER stage, so these test the linking rule, not the model."""
import pytest


@pytest.fixture(scope="module")
def kb_ids(given_record):
    """``run(text, names)``: entity name -> KB id, ``names`` from a stand-in NER stage (conftest)."""
    return lambda text, names: {e["name"]: e.get("kb") for e in given_record(text, names)["entities"]}


BODY = "Die Bundesregierung will das Gesetz ändern. Der Bundesrat stimmte zu. Die Grünen kritisierten den Plan."
NAMES = [("Bundesregierung", "ORG"), ("Bundesrat", "ORG"), ("Grünen", "ORG")]


@pytest.mark.parametrize("dateline, country", [("BERLIN (dpa) - ", "de"), ("WIEN (APA) - ", "at")])
def test_same_named_bodies_are_those_of_the_datelines_country(kb_ids, dateline, country):
    ids = kb_ids(dateline + BODY, NAMES)
    assert ids["Bundesregierung"] == f"inst:{country}-bundesregierung"
    assert ids["Bundesrat"] == f"inst:{country}-bundesrat"
    assert ids["Grüne"] == f"party:{country}-gruene"


def test_the_swiss_bundesrat_in_a_dispatch_from_bern(kb_ids):
    ids = kb_ids("BERN (sda) - Der Bundesrat will das Gesetz ändern.", [("Bundesrat", "ORG")])
    assert ids["Bundesrat"] == "inst:ch-bundesrat"


@pytest.mark.parametrize("places, country", [("Wien und Graz", "at"), ("Berlin und München", "de")])
def test_without_a_dateline_the_places_named_decide(kb_ids, places, country):
    text = f"{BODY} In {places} gab es Proteste."
    a, b = places.split(" und ")
    ids = kb_ids(text, NAMES + [(a, "LOC"), (b, "LOC")])
    assert ids["Bundesregierung"] == f"inst:{country}-bundesregierung"


@pytest.mark.parametrize("dateline, fdp, gruene", [("BERN (sda) - ", "party:ch-fdp", "party:ch-gruene"),
                                                   ("BERLIN (dpa) - ", "party:de-fdp", "party:de-gruene"),
                                                   ("", "party:de-fdp", "party:de-gruene")])
def test_parties_of_the_same_name_in_switzerland_and_germany(kb_ids, dateline, fdp, gruene):
    ids = kb_ids(dateline + "Die FDP und die Grünen lehnen den Plan ab.", [("FDP", "ORG"), ("Grünen", "ORG")])
    assert ids[next(n for n in ids if "FDP" in n)] == fdp and ids["Grüne"] == gruene


@pytest.mark.parametrize("dateline, party", [("WIEN (APA) - ", "party:at-spoe"), ("BERLIN (dpa) - ", "party:de-spd"),
                                             ("BERN (sda) - ", "party:ch-sp")])
def test_the_social_democrats_are_the_party_of_the_datelines_country(kb_ids, dateline, party):
    """"Die Sozialdemokraten" names the SPÖ in Vienna, the SPD in Berlin and the SP in Bern."""
    ids = kb_ids(dateline + "Die Sozialdemokraten lehnen den Plan ab.", [("Sozialdemokraten", "ORG")])
    assert [i for i in ids.values() if i.startswith("party:")] == [party]


def test_a_bodys_own_initials_in_brackets_are_not_the_kbs_acronym(kb_ids):
    """"Internet Watch Foundation (IWF)": the text defines IWF as that body's initials, so it is not
    the KB's IWF (the IMF in German); an expansion of a known acronym keeps its entry."""
    ids = kb_ids("LONDON (dpa) - Die Internet Watch Foundation (IWF) warnt vor Fehlern. Die IWF fordert Geld.",
                 [("Internet Watch Foundation", "ORG"), ("IWF", "ORG"), ("IWF", "ORG")])
    assert ids == {"Internet Watch Foundation": None, "London": "city:london"}
    ids = kb_ids("WASHINGTON (dpa) - Die Central Intelligence Agency (CIA) schweigt.",
                 [("Central Intelligence Agency", "ORG"), ("CIA", "ORG")])
    assert ids["CIA"] == "inst:us-cia"


@pytest.mark.parametrize("text, city", [
    ("KIEL (dpa) - Nach dem Essen fuhr die Delegation ab.", False),
    ("KIEL (dpa) - Der Minister lud die Gäste zum Essen ein.", False),
    ("KIEL (dpa) - Die Delegation fuhr am Abend nach Essen.", True),
])
def test_a_city_that_is_also_a_noun_is_the_noun_after_an_article(kb_ids, text, city):
    """"nach dem Essen", "zum Essen": the meal; "nach Essen": the city."""
    assert (kb_ids(text, []).get("Essen") == "city:essen") == city
