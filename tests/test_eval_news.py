"""Gold-news scorers on hand-made gold/prediction pairs with known scores."""
from pathlib import Path

import pytest

from depesche.evaluate import merge, news

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold-news" / "docs"


def entity(eid, etype, *spans, form="name", name=None):
    return {"id": eid, "name": name or eid, "type": etype,
            "mentions": [{"start": s, "end": e, "text": "", "form": form} for s, e in spans]}


def record(entities=(), **layers):
    return {"text": "x" * 200, "entities": list(entities), **layers}


def clusters(*groups):
    return [frozenset(g) for g in groups]


# --------------------------------------------------------------------------- coreference

# Pradhan et al. 2014 (the reference-scorer paper), figure 1:
# key {a b c} {d e f g}, response {a b} {c d} {f g h i}.
KEY = clusters("abc", "defg")
RESPONSE = clusters("ab", "cd", "fghi")


def test_muc_textbook():
    r_num, r_den, p_num, p_den = news.muc(KEY, RESPONSE)
    assert (r_num, r_den, p_num, p_den) == (2, 5, 2, 5)  # R = P = 0.4


def test_b_cubed_textbook():
    r_num, r_den, p_num, p_den = news.b_cubed(KEY, RESPONSE)
    assert r_num / r_den == pytest.approx(5 / 12)  # (5/3 + 5/4) / 7
    assert p_num / p_den == pytest.approx(1 / 2)  # (2 + 1 + 1) / 8


def test_ceaf_e_textbook():
    r_num, r_den, p_num, p_den = news.ceaf_e(KEY, RESPONSE)
    assert r_num / r_den == pytest.approx(0.65)  # (0.8 + 0.5) / 2
    assert p_num / p_den == pytest.approx(1.3 / 3)


def test_conll_is_mean_of_three():
    res = news.coref_scores([(KEY, RESPONSE)])
    f = lambda p, r: 2 * p * r / (p + r)  # noqa: E731
    expected = (0.4 + f(0.5, 5 / 12) + f(1.3 / 3, 0.65)) / 3
    assert res["CoNLL"] == pytest.approx(expected)


def test_muc_vilain_example_and_singletons():
    # Vilain et al. 1995: key {A B C D}, response {A B} {C D} -> R 2/3, P 1
    assert news.muc(clusters("ABCD"), clusters("AB", "CD")) == (2, 3, 2, 2)
    # singletons have no links: nothing to gain or lose in MUC, but B3/CEAF count them
    assert news.muc(clusters("A", "B"), clusters("A", "B")) == (0, 0, 0, 0)
    assert news.coref_scores([(clusters("A", "B"), clusters("A", "B"))])["B3"]["F1"] == 1.0


def test_coref_exact_restricts_to_shared_mentions():
    gold = record([entity("e1", "PER", (0, 5), (10, 12), (20, 25)), entity("e2", "LOC", (30, 35))])
    pred = record([entity("p1", "PER", (0, 5), (20, 25), (40, 45)), entity("p2", "LOC", (30, 35))])
    res, _ = news.score_coref([("d", gold, pred)])
    assert res["exact"]["CoNLL"] == 1.0  # (10,12) and (40,45) are dropped
    assert res["all"]["MUC"]["R"] == pytest.approx(1 / 2)  # key {0,10,20}: 3 parts -> 1 link of 2
    assert res["all"]["MUC"]["P"] == pytest.approx(1 / 2)


# --------------------------------------------------------------------------- mentions

def test_mentions_by_type_and_form():
    gold = record([entity("e1", "PER", (0, 5), (10, 12)), entity("e2", "LOC", (30, 35)),
                   entity("e3", "ORG", (50, 55), form="nominal")])
    pred = record([entity("p1", "ORG", (0, 5)), entity("p2", "LOC", (30, 35), (60, 65)),
                   entity("p3", "ORG", (50, 55), form="pronoun")])
    res, errors = news.score_mentions([("d", gold, pred)])
    assert (res["name"]["tp"], res["name"]["pred"], res["name"]["gold"]) == (2, 3, 3)
    assert res["type:PER"]["tp"] == 0 and res["type:LOC"]["F1"] == pytest.approx(2 / 3)
    assert res["form:nominal"]["tp"] == 0 and res["form:all"]["tp"] == 3
    assert any("type ORG for gold PER" in e for e in errors)


# --------------------------------------------------------------------------- quotes

def test_quotes_overlap_kind_speaker_cue():
    gold = record([entity("e1", "PER", (0, 5), (100, 102)), entity("e2", "ORG", (150, 155))], quotes=[
        {"kind": "direct", "start": 10, "end": 50, "speaker": "e1", "cue": {"start": 52, "end": 57}},
        {"kind": "indirect", "start": 60, "end": 90, "speaker": "e2", "cue": None},
        {"kind": "reported", "start": 120, "end": 140, "speaker": "e1", "cue": {"start": 141, "end": 145}},
    ])
    pred = record([entity("s1", "PER", (100, 102)), entity("s2", "PER", (0, 5), (150, 155))], quotes=[
        {"kind": "direct", "start": 10, "end": 50, "speaker": "s1", "cue": {"start": 52, "end": 57}},  # exact, right
        {"kind": "direct", "start": 62, "end": 90, "speaker": "s1", "cue": None},  # 28/30 overlap, wrong kind+speaker
        {"kind": "reported", "start": 125, "end": 160, "speaker": "s2", "cue": {"start": 141, "end": 146}},  # < 50%
    ])
    res, _ = news.score_quotes([("d", gold, pred)])
    assert res["exact"]["tp"] == 1 and res["overlap"]["tp"] == 2
    assert res["kind_accuracy"] == 0.5 and res["speaker_accuracy"] == 0.5
    assert (res["cue"]["tp"], res["cue"]["pred"], res["cue"]["gold"]) == (1, 2, 2)


def test_speaker_entity_merged_with_speaker_counts():
    # the predicted speaker entity holds a mention of the gold speaker: right
    gold = record([entity("e1", "PER", (0, 5))], quotes=[{"kind": "direct", "start": 10, "end": 20, "speaker": "e1", "cue": None}])
    pred = record([entity("x", "PER", (0, 5), (30, 35))], quotes=[{"kind": "direct", "start": 10, "end": 20, "speaker": "x", "cue": None}])
    assert news.score_quotes([("d", gold, pred)])[0]["speaker_accuracy"] == 1.0


def test_speaker_is_the_gold_entity_the_prediction_stands_for():
    # a wrong speaker that merely swallowed one mention of the gold speaker is wrong:
    # the predicted entity stands for the gold entity it shares most mentions with
    gold = record([entity("e1", "PER", (0, 5), (40, 45)), entity("e2", "ORG", (60, 70))],
                  quotes=[{"kind": "reported", "start": 60, "end": 90, "speaker": "e2", "cue": None}])
    pred = record([entity("x", "PER", (0, 5), (40, 45), (60, 70))],
                  quotes=[{"kind": "reported", "start": 60, "end": 90, "speaker": "x", "cue": None}])
    assert news.score_quotes([("d", gold, pred)])[0]["speaker_accuracy"] == 0.0


# --------------------------------------------------------------------------- events

def event(etype, src, tgt, start, status="happened"):
    return {"type": etype, "source": src, "target": tgt, "status": status,
            "trigger": {"start": start, "end": start + 3, "text": "abc"}}


def test_events_alignment_symmetry_and_status():
    ents = [entity("e1", "PER", (0, 5)), entity("e2", "LOC", (10, 15)), entity("e3", "LOC", (20, 25))]
    gold = record(ents, events=[event("ACCUSE", ["e1"], ["e2"], 100), event("CONSULT", ["e1"], ["e3"], 110),
                                event("AID", ["e2"], ["e3"], 120)])
    pred = record([entity("a", "PER", (0, 5)), entity("b", "LOC", (10, 15)), entity("c", "LOC", (20, 25), (30, 35)),
                   entity("z", "ORG", (40, 45))],
                  events=[event("ACCUSE", ["a"], ["b"], 100),  # right through the alignment
                          event("CONSULT", ["c"], ["a"], 110, "planned"),  # symmetric: right, status wrong
                          event("AID", ["b"], ["z"], 130)])  # wrong target (unaligned), other trigger
    res, errors = news.score_events([("d", gold, pred)])
    assert res["full"]["tp"] == 2 and res["type"]["tp"] == 3 and res["trigger"]["tp"] == 2
    assert res["status_accuracy"] == 0.5
    assert any(e.startswith("d missed AID") for e in errors)


def test_asymmetric_direction_matters():
    ents = [entity("e1", "PER", (0, 5)), entity("e2", "LOC", (10, 15))]
    gold = record(ents, events=[event("ACCUSE", ["e1"], ["e2"], 100)])
    pred = record(ents, events=[event("ACCUSE", ["e2"], ["e1"], 100)])
    assert news.score_events([("d", gold, pred)])[0]["full"]["tp"] == 0


# --------------------------------------------------------------------------- timex, amounts, spans

def test_timex_and_amounts():
    gold = record(timexes=[{"start": 0, "end": 11, "text": "am Dienstag", "value": "2021-03-02"},
                           {"start": 20, "end": 25, "text": "heute", "value": "2021-03-04"}],
                  amounts=[{"start": 40, "end": 50, "text": "", "value": 80.1, "unit": "percent"},
                           {"start": 60, "end": 70, "text": "", "value": 3.0, "unit": "person"}])
    pred = record(timexes=[{"start": 3, "end": 11, "text": "Dienstag", "value": "2021-03-02"},
                           {"start": 20, "end": 25, "text": "heute", "value": "2021-03-05"}],
                  amounts=[{"start": 40, "end": 50, "text": "", "value": 80.1, "unit": "percent"},
                           {"start": 60, "end": 70, "text": "", "value": 3.0, "unit": "people"},
                           {"start": 80, "end": 85, "text": "", "value": 1.0, "unit": "year"}])
    t, _ = news.score_timex([("d", gold, pred)])
    assert t["strict"]["F1"] == 0.5 and t["lenient"]["F1"] == 1.0 and t["value_accuracy"] == 0.5
    a, _ = news.score_amounts([("d", gold, pred)])
    assert (a["span"]["tp"], a["span"]["pred"], a["span"]["gold"]) == (2, 3, 2)
    assert a["value_accuracy"] == 1.0 and a["unit_accuracy"] == 0.5


def test_align_spans_one_to_one():
    gold = [{"start": 0, "end": 10}, {"start": 0, "end": 10}]
    pred = [{"start": 0, "end": 10}, {"start": 1, "end": 10}, {"start": 5, "end": 10}]
    assert news.align_spans(gold, pred, 0.5) == [(0, 0), (1, 1)]
    assert news.align_spans(gold, pred) == [(0, 0)]


def test_gold_against_itself_is_perfect():
    golds = news.load_gold(GOLD_DIR)[:5]
    scores, errors = news.evaluate([(n, g, g) for n, g in golds])
    assert scores["coref"]["all"]["CoNLL"] == pytest.approx(1.0)
    assert scores["entities"]["form:all"]["F1"] == 1.0
    assert scores["quotes"]["speaker_accuracy"] == 1.0 and scores["quotes"]["cue"]["F1"] == 1.0
    assert scores["events"]["full"]["F1"] == 1.0 and scores["amounts"]["value_accuracy"] == 1.0
    assert scores["timex"]["strict"]["F1"] == 1.0 and scores["timex"]["value_accuracy"] == 1.0
    assert not any(errors.values())


def test_cli_registers_news_and_merge():
    from depesche.cli import build_parser

    args = build_parser().parse_args(["eval", "news", "--layers", "quotes,events", "--errors", "3"])
    assert args.func is news.run and args.dir == news.DEFAULT_DIR and args.errors == 3
    assert build_parser().parse_args(["eval", "merge"]).func is merge.run


# --------------------------------------------------------------------------- cross-document merge

def test_name_perturbations():
    assert merge.genitive("Wladimir Putin") == "Wladimir Putins"
    assert merge.genitive("Friedrich Merz") == "Friedrich Merz'"
    assert merge.transliterate("Sergej Lawrow") == "Sergey Lavrov"
    assert merge.is_personal_name("Ursula von der Leyen")
    assert not merge.is_personal_name("Sprecher des chinesischen Außenministeriums")


def test_merge_pairwise_scores():
    items = [merge.Item("1", "PER", "Anna Berg", "Anna Berg"), merge.Item("2", "PER", "Anna Berg", "Anna Berg"),
             merge.Item("3", "PER", "Anna Bergs", "Anna Berg"), merge.Item("4", "PER", "Otto Berg", "Otto Berg"),
             merge.Item("4", "PER", "Anna Berg", "Anna Berg")]  # same document as Otto: pairs only across documents
    surname = lambda it: it.name.split()[-1].rstrip("s")  # noqa: E731 - merges too eagerly
    res, errors = merge.score(items, surname)
    # gold-same cross-doc pairs: 1-2 1-3 2-3 1-4A 2-4A 3-4A = 6; merged: all 9 cross-doc pairs
    assert (res["tp"], res["pred"], res["gold"], res["pairs"]) == (6, 9, 6, 9)
    assert sum(not same for _, _, same in errors) == 3


def test_merge_on_gold_set_runs():
    results, _ = merge.evaluate(news.load_gold(GOLD_DIR))
    assert {"gold:all", "genitive", "translit", "namesake"} <= results.keys()
    assert results["gold:all"]["gold"] > 0 and results["genitive"]["gold"] > 0
