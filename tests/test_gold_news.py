"""The held-out gold news set must stay internally consistent.

Every span must slice the text exactly, every reference must resolve and
every label must come from the contract's enums; the JSON in docs/ must be
what the authoring sources build to (so nobody edits offsets by hand).
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold-news"
DOCS = sorted((GOLD / "docs").glob("*.json"))

spec = importlib.util.spec_from_file_location("build_gold_news", ROOT / "scripts" / "build_gold_news.py")
build_gold_news = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_gold_news)


def test_gold_set_present():
    assert len(DOCS) == 40
    assert {p.stem for p in DOCS} == {p.stem for p in (GOLD / "src").glob("*.py")}


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_record_is_valid(path):
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert rec["synthetic"] is True
    build_gold_news.validate(rec)  # offsets, ids, enums, weekday sanity
    text = rec["text"]
    body = rec["meta"]["body"]
    assert 0 <= body["start"] < body["end"] <= len(text)
    if "dateline" in rec["meta"]:
        d = rec["meta"]["dateline"]
        assert text[d["start"]:d["end"]] == d["text"]
    for e in rec["entities"]:
        assert e["name"] and e["mentions"]
        assert all(m["form"] in {"name", "nominal", "pronoun", "derived"} for m in e["mentions"])


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_docs_match_sources(path):
    src = GOLD / "src" / f"{path.stem}.py"
    built = json.dumps(build_gold_news.build(src), ensure_ascii=False, indent=1) + "\n"
    assert path.read_text(encoding="utf-8") == built, "run scripts/build_gold_news.py"


def test_find_respects_word_boundaries():
    text = "Aber er sagte, er komme. Der Kanzler kam."
    assert build_gold_news.find(text, "er*") == [(5, 7), (15, 17)]
    assert build_gold_news.find(text, "sagte, [er]") == [(15, 17)]
    assert build_gold_news.find(text, "Der...kam.") == [(25, 41)]
    with pytest.raises(build_gold_news.GoldError):
        build_gold_news.find(text, "er")
