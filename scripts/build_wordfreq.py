"""Build the German word-frequency list that search uses to split compounds.

Counts lower-cased alphabetic word forms (3+ letters) in the openly licensed raw
corpus (``../shared/data/raw-de``: Bundestag speeches and federal laws, public
domain; Wikipedia and Klexikon, CC BY-SA) and keeps forms seen at least
``--min-count`` times.  Output: ``src/depesche/data/de_words.tsv.gz`` (form TAB
count, most frequent first); its provenance is in ``data/WORDS-PROVENANCE.md``.

    .venv/bin/python scripts/build_wordfreq.py
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT.parent / "shared" / "data" / "raw-de"
OUT = ROOT / "src" / "depesche" / "data" / "de_words.tsv.gz"
WORD = re.compile(r"[^\W\d_]{3,}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=RAW)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    files = sorted(args.raw.glob("*.jsonl"))
    if not files:
        print(f"no raw corpus at {args.raw} (needs ../shared/data/raw-de)", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                counts.update(w.lower() for w in WORD.findall(json.loads(line)["text"]))
    kept = [(w, n) for w, n in counts.most_common() if n >= args.min_count]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.writelines(f"{w}\t{n}\n" for w, n in kept)
    print(f"{len(kept)} forms (of {len(counts)}) -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
