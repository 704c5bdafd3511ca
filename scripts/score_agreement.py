"""Score the LLM annotator's blind labels against GermEval 2014 gold.

``data/silver/agreement/annotator.tsv`` holds outer-level labels for 300
sentences of the held-out test split (index % 10 == 0), annotated without
seeing the gold.  Scored with depesche's GermEval scorer (strict, outer level).
Run: ``python scripts/score_agreement.py`` (needs ../shared).
"""
from __future__ import annotations

import sys
from pathlib import Path

from depesche.evaluate.ner import format_report, read_tsv, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "germeval2014" / "NER-de-test.tsv"


def read_annotator(path: Path) -> dict[int, tuple[list[str], list[str]]]:
    out, sent, tokens, tags = {}, None, [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent"):
            sent = int(line.split()[-1])
        elif not line.strip():
            if sent is not None and tokens:
                out[sent] = (tokens, tags)
            sent, tokens, tags = None, [], []
        else:
            cols = line.split("\t")
            tokens.append(cols[1])
            tags.append(cols[2] if len(cols) > 2 else "O")
    return out


def main() -> int:
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found", file=sys.stderr)
        return 0
    gold = {s.index: s for s in read_tsv(GOLD)}
    ann = read_annotator(ROOT / "data" / "silver" / "agreement" / "annotator.tsv")
    ids = sorted(ann)
    for i in ids:
        assert ann[i][0] == gold[i].tokens, f"token mismatch in sentence {i}"
    result = score([gold[i].outer for i in ids], [ann[i][1] for i in ids])
    print(f"{len(ids)} sentences of the held-out GermEval split")
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
