"""Checks on the LLM-authored synthetic NER dispatches (data/synthetic/ner).

The JSONL files are training data: a bad offset or an overlapping span would
silently teach the model wrong boundaries, so every line is validated here.
"""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NER_DIR = ROOT / "data" / "synthetic" / "ner"
JSONL_FILES = sorted(NER_DIR.glob("synthetic_*.jsonl"))
LABELS = {b + s for b in ("PER", "LOC", "ORG", "OTH") for s in ("", "deriv", "part")}


def _converter():
    spec = importlib.util.spec_from_file_location("markup_to_jsonl", ROOT / "scripts" / "markup_to_jsonl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records():
    for path in JSONL_FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{n}", json.loads(line)


@pytest.mark.skipif(not JSONL_FILES, reason="no synthetic NER files present")
def test_every_line_is_valid():
    ids = set()
    for where, rec in _records():
        assert rec["id"] not in ids, f"{where}: duplicate id"
        ids.add(rec["id"])
        assert rec["synthetic"] is True and rec["license"] == "CC0-1.0", where
        text = rec["text"]
        assert text and text == text.strip(), where
        spans = sorted((e["start"], e["end"], e["label"]) for e in rec["entities"])
        prev_end = 0
        for start, end, label in spans:
            assert label in LABELS, f"{where}: label {label}"
            assert 0 <= start < end <= len(text), f"{where}: offsets {start}-{end}"
            surface = text[start:end]
            assert surface == surface.strip(), f"{where}: whitespace at span edge {surface!r}"
            assert start >= prev_end, f"{where}: overlapping span {surface!r}"
            prev_end = end


@pytest.mark.skipif(not JSONL_FILES, reason="no synthetic NER files present")
def test_jsonl_matches_markup():
    conv = _converter()
    for path in sorted(conv.MARKUP_DIR.glob("batch_*.txt")):
        out = NER_DIR / path.name.replace("batch_", "synthetic_").replace(".txt", ".jsonl")
        assert out.read_text(encoding="utf-8") == conv.render(conv.convert_file(path)), (
            f"{out.name} is stale: run scripts/markup_to_jsonl.py")


def test_parse_dispatch_offsets():
    text, ents = _converter().parse_dispatch(
        "BERLIN ([[ORG|dpa]]) - [[PER|Olaf Scholz]] hat die [[LOCderiv|französische]] Regierung kritisiert.")
    assert text == "BERLIN (dpa) - Olaf Scholz hat die französische Regierung kritisiert."
    assert [(text[e["start"]:e["end"]], e["label"]) for e in ents] == [
        ("dpa", "ORG"), ("Olaf Scholz", "PER"), ("französische", "LOCderiv")]


def test_parse_dispatch_rejects_unknown_label():
    with pytest.raises(ValueError):
        _converter().parse_dispatch("[[PERSON|Anna Berg]] kam.")
