"""``depesche analyze``: print the document record of each input."""
from __future__ import annotations

import json
import re
import sys

from ..readers import DEFAULT_MAX_CHARS

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse dispatches and print their records (JSON Lines)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, JSON Lines corpora, or - for stdin")
    p.add_argument("--format", choices=("jsonl", "pretty"), default="jsonl", help="output format (default jsonl)")
    p.add_argument("--date", help="publication date YYYY[-MM[-DD]] for inputs that do not carry one")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="documents longer than this get E_TOO_LARGE")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import load
    from ..readers import read_paths

    if args.date and not _DATE.match(args.date):
        print(f"depesche analyze: --date must be YYYY, YYYY-MM or YYYY-MM-DD, not {args.date!r}", file=sys.stderr)
        return 2
    paths = args.paths or ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        print("depesche analyze: give PATH ... or pipe text into stdin (see --help)", file=sys.stderr)
        return 2
    missing = [p for p in paths if p != "-" and not _exists(p)]
    if missing:
        print(f"depesche analyze: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    nlp = load(max_chars=args.max_chars)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for record in nlp.pipe(read_paths(paths, date=args.date, max_chars=args.max_chars)):
            failed += "error" in record
            if args.format == "pretty":
                from ..render import print_record

                print_record(record, file=out)
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


def _exists(path: str) -> bool:
    from pathlib import Path

    return Path(path).exists()
