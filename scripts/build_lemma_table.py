"""Rebuild the (word form, STTS tag) -> lemma table ``de_tagger/lemmas.tsv.gz`` alone.

Why: ``depesche train tagger`` builds the table as its last step; this
script redoes only that step from an existing build dir (e.g. after a change
to the lemma conventions in ``depesche.lang.de_lemmas``, which apply when the
silver corpus is annotated) without retraining.  The table is distilled from
HanTa's lemmas over the openly licensed raw-de silver sentences plus UD German
PUD's training part; UD German GSD dev is never read.

    .venv/bin/python scripts/build_lemma_table.py [--build build/tagger] [--out src/depesche/models/de_tagger]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from depesche.train.tagger import DEFAULT_BUILD, DEFAULT_OUT, build_lemma_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", type=Path, default=DEFAULT_BUILD,
                        help="the tagger's build dir (silver-hanta.spacy, pud-train.spacy)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model dir that receives the table")
    args = parser.parse_args()
    print(json.dumps(build_lemma_table(args.build, args.out)))


if __name__ == "__main__":
    main()
