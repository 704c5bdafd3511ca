"""The gold dev set must stay internally consistent.

Same checks as the held-out set: every span slices the text exactly, every
reference resolves, every label comes from the contract's enums, and docs/
is exactly what the authoring sources build to.
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "gold-dev"
DOCS = sorted((DEV / "docs").glob("*.json"))

spec = importlib.util.spec_from_file_location("build_gold_news", ROOT / "scripts" / "build_gold_news.py")
gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold)


def test_dev_set_present():
    assert len(DOCS) == 20
    assert {p.stem for p in DOCS} == {p.stem for p in (DEV / "src").glob("*.py")}


def test_dev_ids_unique_and_disjoint_from_test_set():
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in DOCS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("gold-dev-") for i in ids)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_record_is_valid(path):
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert rec["synthetic"] is True
    gold.validate(rec)  # offsets, ids, enums, PLOVER modes, weekday sanity
    text = rec["text"]
    body = rec["meta"]["body"]
    assert 0 <= body["start"] < body["end"] <= len(text)
    if "dateline" in rec["meta"]:
        d = rec["meta"]["dateline"]
        assert text[d["start"]:d["end"]] == d["text"]
    for e in rec["entities"]:
        assert e["name"] and e["mentions"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_docs_match_sources(path):
    src = DEV / "src" / f"{path.stem}.py"
    assert path.read_text(encoding="utf-8") == gold.render(src), "run scripts/build_gold_news.py data/gold-dev"
