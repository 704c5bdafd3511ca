"""Checks on the LLM-annotated silver NER sentences (data/silver/ner).

Silver is training data: a changed character or a bad offset would teach the
model wrong text or wrong boundaries, so every record is checked against the
sampled sentence it claims to annotate.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SILVER = ROOT / "data" / "silver" / "ner"
FILES = sorted(SILVER.glob("silver_*.jsonl"))
LABELS = {b + s for b in ("PER", "LOC", "ORG", "OTH") for s in ("", "deriv", "part")}


@pytest.mark.skipif(not FILES, reason="no silver NER files present")
def test_every_record_annotates_its_sampled_sentence():
    sampled = {}
    for todo in (SILVER / "todo").glob("*.tsv"):
        sampled.update(line.split("\t", 1) for line in todo.read_text(encoding="utf-8").splitlines())
    seen = set()
    for path in FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            rec, where = json.loads(line), f"{path.name}:{n}"
            assert rec["id"] not in seen and sampled.get(rec["id"]) == rec["text"], where
            seen.add(rec["id"])
            assert rec["silver"] is True and rec["license"] == "CC BY-SA 3.0", where
            last = 0
            for e in sorted(rec["entities"], key=lambda e: e["start"]):
                surface = rec["text"][e["start"]:e["end"]]
                assert e["label"] in LABELS and surface and surface == surface.strip() and e["start"] >= last, where
                last = e["end"]


@pytest.mark.skipif(not FILES, reason="no silver NER files present")
def test_silver_files_are_built_from_the_markup():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "silver_ner.py"), "build", "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
