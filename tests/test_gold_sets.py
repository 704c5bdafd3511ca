"""The gold sets (held-out ``data/gold-news``, tuning ``data/gold-dev``) must stay consistent.

Every span must slice the text exactly, every reference must resolve and
every label must come from the contract's enums; the JSON in docs/ must be
what the authoring sources build to (so nobody edits offsets by hand).
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = {"gold-news": 40, "gold-dev": 35}  # folder under data/ -> number of dispatches
DOCS = [p for name in SETS for p in sorted((ROOT / "data" / name / "docs").glob("*.json"))]

spec = importlib.util.spec_from_file_location("build_gold_news", ROOT / "scripts" / "build_gold_news.py")
gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold)


def doc_id(path):
    return f"{path.parent.parent.name}/{path.stem}"


@pytest.mark.parametrize("name, count", SETS.items())
def test_set_present(name, count):
    folder = ROOT / "data" / name
    docs = sorted((folder / "docs").glob("*.json"))
    assert len(docs) == count
    assert {p.stem for p in docs} == {p.stem for p in (folder / "src").glob("*.py")}


def test_ids_unique_and_dev_disjoint_from_test_set():
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in DOCS]
    assert len(ids) == len(set(ids))
    dev = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in DOCS if p.parent.parent.name == "gold-dev"]
    assert dev and all(i.startswith("gold-dev-") for i in dev)


@pytest.mark.parametrize("path", DOCS, ids=doc_id)
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
        assert all(m["form"] in {"name", "nominal", "pronoun", "derived"} for m in e["mentions"])


@pytest.mark.parametrize("path", DOCS, ids=doc_id)
def test_docs_match_sources(path):
    src = path.parent.parent / "src" / f"{path.stem}.py"
    assert path.read_text(encoding="utf-8") == gold.render(src), "run scripts/build_gold_news.py [data/gold-dev]"


def test_find_respects_word_boundaries():
    text = "Aber er sagte, er komme. Der Kanzler kam."
    assert gold.find(text, "er*") == [(5, 7), (15, 17)]
    assert gold.find(text, "sagte, [er]") == [(15, 17)]
    assert gold.find(text, "Der...kam.") == [(25, 41)]
    with pytest.raises(gold.GoldError):
        gold.find(text, "er")
