"""Fuzzing readers and the whole pipeline: nothing escapes, nothing is lost, every offset is valid.

Example counts are small for CI (all tests here < 60 s); ``scripts/fuzz_pipeline.py
hypothesis --examples N`` reruns them with many more (``DEPESCHE_FUZZ_EXAMPLES``).
"""
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import depesche
from depesche.errors import CODES
from depesche.pipeline import Input
from depesche.readers import decode, read_paths, read_stream

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("fuzz_pipeline", ROOT / "scripts" / "fuzz_pipeline.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

EXAMPLES = int(os.environ.get("DEPESCHE_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# -- strategies ---------------------------------------------------------------
any_char = st.characters(codec=None, categories=None) | st.sampled_from(fuzz.WEIRD)  # incl. lone surrogates
unicode_text = st.lists(any_char, max_size=300).map("".join)
weird_text = st.lists(st.sampled_from(fuzz.WEIRD + fuzz.QUOTE_CHARS + fuzz.WORDS), max_size=80).map("".join)
header = st.builds("{} date {}-{:02d}-{:02d} ".format, st.sampled_from(["", " "]), st.integers(0, 3000),
                   st.integers(0, 13), st.integers(0, 32))
dateline = st.builds("{} ({}){}".format, st.sampled_from(fuzz.PLACES) | st.text(max_size=20),
                     st.sampled_from(fuzz.AGENCIES) | st.text(max_size=8), st.sampled_from([" - ", " – ", " ", ". "]))
wire_text = st.builds(lambda *parts: "".join(parts), st.sampled_from(["", ""]) | header,
                      st.sampled_from(["", "Korrektur: ", "Berichtigung: im 2. Absatz\n"]), st.sampled_from([""]) | dateline,
                      weird_text | unicode_text, st.sampled_from(fuzz.EDITOR_CODES + [""]))
quote_text = st.builds(lambda opens, body, closes: "".join(opens) + body + "".join(closes),
                       st.lists(st.sampled_from(fuzz.QUOTE_CHARS), max_size=50), weird_text,
                       st.lists(st.sampled_from(fuzz.QUOTE_CHARS), max_size=50))
documents = unicode_text | wire_text | quote_text | weird_text


def assert_good(records, texts):
    """The invariants: one record per input, in order, all lists, coded errors, valid spans."""
    assert len(records) == len(texts)
    for rec, text in zip(records, texts):
        assert fuzz.problems(rec, text) == [], repr(text)[:300]


def assert_inputs(items):
    for item in items:
        assert isinstance(item, Input) and isinstance(item.text, str)
        assert item.error is None or item.error.code in CODES


# -- readers ------------------------------------------------------------------
@FUZZ
@given(st.binary(max_size=2000))
def test_decode_any_bytes(data):
    text, meta = decode(data)
    assert isinstance(text, str) and (not meta or meta["warnings"][0]["code"] == "W_DECODE")


@FUZZ
@given(st.binary(max_size=2000) | st.lists(any_char, max_size=500).map("".join).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_read_stream_any_bytes(data):
    items = list(read_stream(io.BytesIO(data), source="<stdin>"))
    assert items  # a stream is at least one document, even empty or binary
    assert_inputs(items)


@FUZZ
@given(st.lists(st.binary(max_size=200) | st.builds(json.dumps, st.dictionaries(st.sampled_from(["id", "text", "date", "x"]),
       st.none() | st.integers() | st.lists(any_char, max_size=40).map("".join) | st.lists(st.integers(), max_size=2))).map(str.encode),
       max_size=20))
def test_read_jsonl_file_any_lines(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.jsonl"
        path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
        items = list(read_paths([str(path)]))
    assert len(items) == sum(bool(line.replace(b"\n", b" ").strip()) for line in lines)  # one per non-blank line
    assert_inputs(items)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from([".txt", "", ".text"]))
def test_read_text_file_any_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(data)
        items = list(read_paths([str(path)]))
    assert len(items) == 1
    assert_inputs(items)


def test_read_paths_stdin(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(b"\xff\xfe BERLIN (dpa) - kaputt \x81")

    monkeypatch.setattr(sys, "stdin", Stdin)
    [item] = read_paths(["-"])
    assert item.error is None and item.meta["warnings"][0]["code"] == "W_DECODE"


# -- the pipeline -------------------------------------------------------------
@FUZZ
@given(st.lists(documents, min_size=1, max_size=8))
def test_pipeline_any_documents(nlp, texts):
    assert_good(list(nlp.pipe(texts, batch_size=3)), texts)


@FUZZ
@given(st.binary(max_size=1500))
def test_bytes_through_readers_and_pipeline(nlp, data):
    items = list(read_stream(io.BytesIO(data), source="<stdin>"))
    records = list(nlp.pipe(items))
    assert len(records) == len(items)
    for item, rec in zip(items, records):
        assert fuzz.problems(rec, item.text) == []
        if item.error:
            assert rec["error"]["code"] == item.error.code


def test_quotes_nested_50_deep(nlp):
    texts = ["BERLIN (dpa) - " + "„" * 50 + "Wort " * 10 + "“" * 50 + ", sagte Merkel.",
             "„" * 50 + "kein Ende", "“" * 50 + "„" * 50, "".join("„‚»›" [i % 4] + "Ebene " for i in range(50)) + "«" * 13,
             "\"" * 101, "«»" * 200]
    assert_good(list(nlp.pipe(texts)), texts)


def test_100k_character_sentence(nlp):
    text = "BERLIN (dpa) - „" + " ".join(f"Wort{i}" for i in range(15_000))[:100_000]
    t0 = time.perf_counter()
    [rec] = list(nlp.pipe([text]))
    assert_good([rec], [text])
    assert time.perf_counter() - t0 < 60


def test_many_tiny_documents(nlp):
    texts = [["", " ", ".", "a", "„", "\ud800", "(dpa)", "Dr.", "1."][i % 9] + str(i) * (i % 2) for i in range(2000)]
    assert_good(list(nlp.pipe(texts, batch_size=64)), texts)


def test_impossible_header_date_does_not_fail_the_document(nlp):
    rec = nlp(" date 2021-02-30 BERLIN (dpa) - Am Montag sagte Merkel etwas.")
    assert "error" not in rec, rec.get("error")


def test_lone_surrogate_is_a_coded_error(nlp):
    """JSON "\\ud800" escapes reach the pipeline as lone surrogates: coded, not raised."""
    rec = nlp("BERLIN (dpa) - Merkel \ud800 sagte etwas.")
    assert not fuzz.problems(rec, rec["text"])
    assert rec.get("error", {}).get("code") in (None, *CODES)


def test_stream_mode_smoke(capsys, tmp_path):
    assert fuzz.main(["stream", "--docs", "60", "--batch", "30", "--crash-dir", str(tmp_path)]) == 0
    final = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert final["docs"] == 60 and final["crashes"] == final["invalid_offsets"] == final["lost"] == 0


def test_long_sentence_of_trigger_words_within_budget():
    import random

    nlp = depesche.load(time_budget=5.0)
    text = "BERLIN (dpa) - " + fuzz._words(random.Random(1), 5000)[:30_000]
    rec = nlp(text)
    assert "error" not in rec, rec.get("error")
