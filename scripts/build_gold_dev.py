"""Build the gold dev set (``data/gold-dev``) from its authoring sources.

Same authoring format, resolver and validator as the held-out set: this only
points ``scripts/build_gold_news.py`` (whose paths are fixed) at the dev
directories, so both sets can never drift apart in their conventions.

    python scripts/build_gold_dev.py            # build all
    python scripts/build_gold_dev.py --check    # fail if docs/ is stale
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent / "data" / "gold-dev"

_spec = importlib.util.spec_from_file_location("build_gold_news", HERE / "build_gold_news.py")
gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold)


def render(src: Path) -> str:
    """The exact JSON text a source builds to (docs/ must equal it)."""
    return json.dumps(gold.build(src), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only verify docs/ is up to date")
    args = ap.parse_args()
    failed = 0
    for path in sorted((ROOT / "src").glob("*.py")):
        out = ROOT / "docs" / f"{path.stem}.json"
        try:
            blob = render(path)
        except gold.GoldError as exc:
            print(f"ERROR {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != blob:
                print(f"STALE {out.name}", file=sys.stderr)
                failed += 1
        else:
            out.write_text(blob, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
