"""Convert LLM-authored synthetic wire dispatches from inline markup to JSONL.

Markup files `data/synthetic/ner/markup/batch_NN.txt` hold dispatches separated
by a line `---`; entities are written inline as `[[LABEL|surface text]]`
(GermEval 2014 outer labels). Each dispatch becomes one JSON line in
`data/synthetic/ner/synthetic_NN.jsonl` with character offsets into the plain
text, so the NER trainer reads it like any other span-annotated corpus.

Usage: .venv/bin/python scripts/markup_to_jsonl.py [--check]
  --check  only verify that the JSONL files are up to date (exit 1 if not)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER_DIR = ROOT / "data" / "synthetic" / "ner"
MARKUP_DIR = NER_DIR / "markup"

BASE_LABELS = ("PER", "LOC", "ORG", "OTH")
LABELS = frozenset(b + s for b in BASE_LABELS for s in ("", "deriv", "part"))
SOURCE = "synthetic-llm (depesche project, authored by LLM annotator)"
MARK = re.compile(r"\[\[([A-Za-z]+)\|([^\[\]|]+)\]\]")
# rough sentence end for the stats line: not after digits (dates) or Mio./Mrd.
SENT_END = re.compile(r"(?<!\d)(?<!Mio)(?<!Mrd)(?<!Nr)[.!?][\"“”]?(?:\s+(?=[A-ZÄÖÜ\"„])|\s*$)")
SEPARATOR = re.compile(r"^---\s*$", re.MULTILINE)


def parse_dispatch(markup: str) -> tuple[str, list[dict]]:
    """Strip inline marks; return plain text and entity spans into it."""
    parts: list[str] = []
    entities: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        label, surface = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in {m.group(0)!r}")
        if surface != surface.strip():
            raise ValueError(f"surface has outer whitespace: {m.group(0)!r}")
        before = markup[pos:m.start()]
        parts.append(before)
        length += len(before)
        entities.append({"start": length, "end": length + len(surface), "label": label})
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(markup[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup near: {text[text.find('[['):][:60]!r}")
    for ent, m in zip(entities, MARK.finditer(markup)):
        assert text[ent["start"]:ent["end"]] == m.group(2)
    return text, entities


def convert_file(path: Path) -> list[dict]:
    """One markup batch file -> list of JSON records."""
    nn = re.fullmatch(r"batch_(\d+)\.txt", path.name).group(1)
    chunks = [c.strip() for c in SEPARATOR.split(path.read_text(encoding="utf-8"))]
    records = []
    for i, chunk in enumerate(c for c in chunks if c):
        try:
            text, entities = parse_dispatch(chunk)
        except ValueError as err:
            raise ValueError(f"{path.name} dispatch {i + 1}: {err}") from None
        records.append({
            "id": f"synth-{nn}-{i + 1:03d}",
            "text": text,
            "entities": entities,
            "source": SOURCE,
            "license": "CC0-1.0",
            "synthetic": True,
        })
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    stale = []
    labels: Counter = Counter()
    n_docs = n_sents = 0
    for path in sorted(MARKUP_DIR.glob("batch_*.txt")):
        records = convert_file(path)
        out = NER_DIR / path.name.replace("batch_", "synthetic_").replace(".txt", ".jsonl")
        content = render(records)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                stale.append(out.name)
        else:
            out.write_text(content, encoding="utf-8")
        n_docs += len(records)
        for r in records:
            labels.update(e["label"] for e in r["entities"])
            n_sents += len(SENT_END.findall(r["text"]))
    print(f"dispatches={n_docs} sentences~{n_sents} entities={sum(labels.values())}")
    print(" ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    if stale:
        print("stale:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
