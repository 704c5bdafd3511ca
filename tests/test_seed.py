"""Acceptance: what a careful analyst reads out of the seed dispatch
(``spec/seed-article.md``), through the whole shipped pipeline."""
import pytest

from depesche.record import check_spans

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def record(nlp, seed_text):
    if "ner" not in nlp.versions:
        pytest.skip("the shipped NER model is missing (depesche train ner)")
    return nlp(seed_text)


def entity(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert len(found) == 1, f"{name}: {len(found)} entities"
    return found[0]


def mention_texts(e):
    return [m["text"] for m in e["mentions"]]


ACTORS = [  # canonical, type, mentions that must resolve to it (each listed once per occurrence)
    ("Belarus", "LOC", ["Belarus", "Weißrussland", "das Nachbarland", "belarussischen", "belarussische", "Minsk",
                        "die frühere Sowjetrepublik"]),
    ("Russland", "LOC", ["Russland", "russische", "Moskau"]),
    ("Michail Mischustin", "PER", ["Michail Mischustin"]),
    ("Sergej Lawrow", "PER", ["Sergej Lawrow", "Lawrow", "Lawrow"]),
    ("Wladimir Makej", "PER", ["Wladimir Makej", "Makej", "der Außenminister"]),
    ("Wladimir Putin", "PER", ["Wladimir Putin", "Putin", "der Kremlchef"]),
    ("Alexander Lukaschenko", "PER", ["Alexander Lukaschenko", "Lukaschenko", "den 66-Jährigen", "Der Staatschef",
                                      "den Langzeitpräsidenten"]),
    ("Swetlana Tichanowskaja", "PER", ["Swetlana Tichanowskaja"]),
    ("Interfax", "ORG", ["Interfax"]),
    ("Kreml", "ORG", ["Kreml"]),
    ("Nato", "ORG", ["Nato"]),
    ("Innenministerium (Russland)", "ORG", ["Innenministeriums"]),
    ("Ukraine", "LOC", ["Ukraine"]),
    ("Moskau", "LOC", ["MOSKAU", "der russischen Hauptstadt", "Moskau"]),
    ("Opposition", "ORG", ["Die Opposition"]),
]


@pytest.mark.parametrize("name, etype, mentions", ACTORS, ids=[a[0] for a in ACTORS])
def test_actors(record, name, etype, mentions):
    e = entity(record, name)
    assert e["type"] == etype
    have = mention_texts(e)
    for m in mentions:
        assert m in have, f"{m!r} not a mention of {name}: {have}"


def test_roles(record):
    ids = {e["name"]: e["id"] for e in record["entities"]}

    def roles(name):
        return {(r["title"], r["of"]) for r in entity(record, name)["roles"]}

    assert ("Außenminister", ids["Russland"]) in roles("Sergej Lawrow")
    assert ("Außenminister", ids["Belarus"]) in roles("Wladimir Makej")  # inherited from "Kollegen"
    assert ("Regierungschef", ids["Russland"]) in roles("Michail Mischustin")
    assert ("Kremlchef", ids["Russland"]) in roles("Wladimir Putin")
    assert entity(record, "Alexander Lukaschenko").get("age") == 66
    assert entity(record, "Innenministerium (Russland)").get("of") == ids["Russland"]


QUOTES = [  # kind, pieces of the exact span in order, speaker
    ("direct", ["Wir haben dem ersten Ansturm standgehalten"], "Wladimir Makej"),
    ("indirect", ["Es sei nicht zugelassen worden, dass es in Belarus eine Revolution wie im Nachbarland Ukraine gebe"], "Wladimir Makej"),
    ("indirect", ["Nach der Wahl sei die frühere Sowjetrepublik in \"heftige politische Turbulenzen\" geraten"], "Wladimir Makej"),
    ("direct", ["Zwar gibt es noch heute eine gewisse politische Konfrontation, die Intensität hat aber nachgelassen"], "Wladimir Makej"),
    ("indirect", ["Es werde innerhalb der nächsten zwei Wochen sein"], "Sergej Lawrow"),
    ("reported", ["Lawrow bezeichnete Minsk", "als Verbündeten"], "Sergej Lawrow"),
    ("reported", ["sicherte Putin", "Sicherheitskräfte seines Innenministeriums nach Belarus zu schicken"], "Wladimir Putin"),
    ("reported", ["stellte der Kremlchef klar, dass er den 66-Jährigen für den Wahlsieger", "hält"], "Wladimir Putin"),
    ("reported", ["Das kündigte Außenminister Sergej Lawrow", "an"], "Sergej Lawrow"),
]


@pytest.mark.parametrize("kind, pieces, speaker", QUOTES, ids=[q[1][0][:30] for q in QUOTES])
def test_quotes(record, kind, pieces, speaker):
    names = {e["id"]: e["name"] for e in record["entities"]}

    def fits(q):
        pos = 0
        for piece in pieces:
            pos = q["text"].find(piece, pos)
            if pos < 0:
                return False
            pos += len(piece)
        return True

    matches = [q for q in record["quotes"] if fits(q)]
    assert matches, f"no quote contains {pieces}"
    q = matches[0]
    assert q["kind"] == kind
    assert names.get(q["speaker"]) == speaker
    if kind == "direct":
        assert q["text"] == pieces[0]  # exact span, marks excluded


TIMES = [("an diesem Donnerstag", "2020-09-WXX-4"), ("am Mittwoch", "2020-09-WXX-3"),
         ("innerhalb der nächsten zwei Wochen", "P2W"), ("am Wochenende", "2020-09-WXX-WE"),
         ("am 9. August", "2020-08-09"), ("Seit der Abstimmung", "2020-08-09")]


@pytest.mark.parametrize("text, value", TIMES)
def test_time(record, text, value):
    values = [t["value"] for t in record["timexes"] if t["text"] == text]
    assert values and values[0] == value, (text, values)


def test_time_with_full_date(nlp, seed_text):
    text = seed_text.replace("date 2020-09 ", "date 2020-09-02 ")
    values = {t["text"]: t["value"] for t in nlp(text)["timexes"]}
    assert values["an diesem Donnerstag"] == "2020-09-03"
    assert values["am Mittwoch"] == "2020-09-02"


@pytest.mark.parametrize("text, value, unit", [("80,1 Prozent", 80.1, "percent"), ("sechste", 6, "ordinal"),
                                               ("66-Jährigen", 66, "years"), ("zwei Wochen", 2, "weeks")])
def test_amounts(record, text, value, unit):
    hits = [a for a in record["amounts"] if a["text"] == text]
    assert hits and hits[0]["value"] == value and hits[0]["unit"] == unit


EVENTS = [  # type, trigger, sources, targets, status
    ("COOPERATE", "verstärkt", {"Belarus"}, {"Russland"}, None),
    ("CONSULT", "besuchen", {"Michail Mischustin"}, {"Belarus"}, "planned"),
    ("CONSULT", "Treffen", {"Sergej Lawrow"}, {"Wladimir Makej"}, "happened"),
    ("CONSULT", "telefoniert", {"Wladimir Putin", "Alexander Lukaschenko"}, set(), "happened"),
    ("REQUEST", "Bitten", {"Alexander Lukaschenko"}, {"Wladimir Putin"}, "happened"),
    ("AID", "schicken", {"Wladimir Putin"}, {"Belarus"}, "promised"),
    ("SUPPORT", "hält", {"Wladimir Putin"}, {"Alexander Lukaschenko"}, "happened"),
    ("SUPPORT", "bezeichnete", {"Sergej Lawrow"}, {"Belarus"}, "happened"),
    ("PROTEST", "Protesten", set(), {"Alexander Lukaschenko"}, "ongoing"),
    # The criticised election accuses its winner, the source of the election-result event.
    ("ACCUSE", "Kritik", set(), {"Alexander Lukaschenko"}, "ongoing"),
    # The summit: "das Gespräch" keeps the status of the meeting announced the sentence before.
    ("CONSULT", "Gespräch", {"Wladimir Putin"}, {"Alexander Lukaschenko"}, "planned"),
    ("OTHER", "bestätigen", {"Alexander Lukaschenko"}, set(), "happened"),  # the election result
]


@pytest.mark.parametrize("etype, trigger, sources, targets, status", EVENTS, ids=[e[1] for e in EVENTS])
def test_events(record, etype, trigger, sources, targets, status):
    names = {e["id"]: e["name"] for e in record["entities"]}
    hits = [v for v in record["events"] if v["trigger"]["text"] == trigger and v["type"] == etype]
    assert hits, f"no {etype} event on {trigger!r}"
    v = hits[0]
    assert {names[x] for x in v["source"]} == sources
    assert {names[x] for x in v["target"]} == targets
    if status:
        assert v["status"] == status


def test_spans_exact(record):
    assert check_spans(record) == []
