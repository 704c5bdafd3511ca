"""The public API and per-document error isolation."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import depesche
from depesche.pipeline import Component, Input
from depesche.record import LISTS, check_spans, iter_spans, spans_match


def test_record_shape(nlp, seed_text):
    record = nlp(seed_text)
    assert record["text"] == seed_text and len(record["id"]) == 16
    for key in LISTS:
        assert isinstance(record[key], list)
    assert record["meta"]["components"]["metadata"]
    assert "error" not in record
    assert check_spans(record) == []


def test_pipe_keeps_order_and_isolates_errors(nlp):
    items = ["BERLIN (dpa) - Eins.", "", ("Drei.", {"date": "2020-01-02", "id": "d3"}), Input("x" * 50, {}, "big")]
    small = depesche.load(max_chars=40)
    records = list(small.pipe(items))
    assert [r.get("error", {}).get("code") for r in records] == [None, "E_EMPTY", None, "E_TOO_LARGE"]
    assert records[2]["id"] == "d3" and records[2]["meta"]["date"] == "2020-01-02"
    assert records[1]["error"]["stage"] == "reader" and records[1]["error"]["doc_id"] == records[1]["id"]


class Boom(Component):
    name, version = "boom", "1"

    def __call__(self, doc):
        if "Boom" in doc.text:
            raise RuntimeError("kaputt")
        return doc


def test_stage_crash_is_coded_and_others_continue():
    nlp = depesche.load(stages=["sentences"])
    nlp.components.append(Boom())
    records = list(nlp.pipe(["Gut.", "Boom.", "Auch gut."]))
    assert "error" not in records[0] and "error" not in records[2]
    assert records[1]["error"]["code"] == "E_STAGE" and records[1]["error"]["stage"] == "boom"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400) | st.builds(lambda a, b: a + " (dpa) - " + b + "./ab/CD", st.text(max_size=50), st.text(max_size=200)))
def test_every_span_matches_the_text(nlp, text):
    record = nlp(text)
    assert record["text"] == text
    assert check_spans(record) == []
    body = record["meta"].get("body")
    if body:
        assert 0 <= body["start"] <= body["end"] <= len(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000), st.sampled_from(["start", "end", "text"]), st.integers(-3, 3))
def test_the_fast_span_check_agrees_with_the_full_one(nlp, seed_text, pick, field, shift):
    """``spans_match`` (run on every ingested record) says no exactly when ``check_spans`` names a culprit."""
    record = nlp(seed_text)
    spans = [sp for _, sp in iter_spans(record)]
    sp = spans[pick % len(spans)]
    sp[field] = sp[field] + shift if field != "text" else sp["text"][:max(0, len(sp["text"]) + shift)]
    assert spans_match(record) == (check_spans(record) == [])


@pytest.mark.parametrize("text", ["\ud800 kaputt", "a\u0301\u200f\u202e„„„»»", "(" * 200 + "dpa) -"])
def test_odd_unicode(nlp, text):
    assert check_spans(nlp(text)) == []


def test_extra_stages_run_after_the_default_ones():
    import depesche

    nlp = depesche.load(stages=["sentences"], extra_stages=["hanging_stage:HangInC"])
    assert [c.name for c in nlp.components] == ["sentences", "hang_in_c"]
    assert "error" not in nlp("BERLIN (dpa) - Ein Satz.")
    with pytest.raises(ModuleNotFoundError):
        depesche.load(stages=["sentences"], extra_stages=["no_such_module_here:Stage"])


def test_one_name_one_referent_per_dispatch():
    """On recogniser slips: a surname repeated after the full name is that person, whether
    missed or typed as a place; a generic head before a listed organisation is not its name."""
    import given_ents_stage

    from depesche.pipeline import Pipeline

    text = ("HAMBURG (dpa) - Die Reederin Henrike Obermöllenkamp hat der Nachrichtenagentur Reuters ein Interview "
            "gegeben. Obermöllenkamp sagte, das Verteidigungsbündnis Nato müsse handeln. Später wiederholte "
            "Obermöllenkamp ihre Forderung.")
    given_ents_stage.GIVEN[:] = [("Henrike Obermöllenkamp", "PER"), ("Nachrichtenagentur Reuters", "ORG"),
                                 ("Obermöllenkamp", "LOC"), ("Verteidigungsbündnis Nato", "LOC")]
    nlp = Pipeline(["sentences", "tagger"], extra_stages=["given_ents_stage:GivenEnts",
                                                         "depesche.components.entities:Entities"])
    record = nlp(text)
    people = [e for e in record["entities"] if e["type"] == "PER"]
    assert len(people) == 1 and len(people[0]["mentions"]) == 3
    names = {text[m["start"]:m["end"]] for e in record["entities"] for m in e["mentions"] if m["form"] == "name"}
    assert {"Reuters", "Nato"} <= names and not {"Nachrichtenagentur Reuters", "Verteidigungsbündnis Nato"} & names


def test_names_split_at_a_finite_verb_but_not_at_name_particles():
    import spacy
    from spacy.tokens import Doc

    from depesche.components.entities import _without_verbs

    words = ["Kim", "Jong", "Un", "lud", "Ahmed", "bin", "Salem", "ein", "."]
    doc = Doc(spacy.blank("de").vocab, words=words, tags=["NE", "NE", "NE", "VVFIN", "NE", "VAFIN", "NE", "PTKVZ", "$."])
    assert _without_verbs(doc, [(0, 7, "PER")], words) == [(0, 3, "PER"), (4, 7, "PER")]
    assert _without_verbs(doc, [(0, 7, "OTH")], words) == [(0, 7, "OTH")]  # a title may hold a verb
    assert _without_verbs(doc, [(0, 4, "PER")], words) == [(0, 3, "PER")]  # "Kim Jong Un lud": the verb is no name
