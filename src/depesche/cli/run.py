"""``depesche run``: analyse a corpus and store it in the archive, resumably."""
from __future__ import annotations

import json
import os
import sys

from ..pipeline import DEFAULT_MAX_CHARS


def register(sub) -> None:
    p = sub.add_parser("run", help="analyse corpora into the archive (resumable; rerun after a crash)")
    p.add_argument("paths", nargs="+", metavar="CORPUS", help="files, directories, JSON Lines corpora, or -")
    p.add_argument("--db", default=os.environ.get("DEPESCHE_DB", "depesche.duckdb"), help="archive file (default depesche.duckdb)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (each loads the models once)")
    p.add_argument("--batch-size", type=int, default=32, help="documents per batch and transaction")
    p.add_argument("--date", help="publication date YYYY[-MM[-DD]] for inputs without one")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS)
    p.add_argument("--json", action="store_true", help="print the final figures as JSON, no progress bar")
    p.set_defaults(func=_run)


def _run(args) -> int:
    from ..runner import run

    missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
    if missing or args.workers < 1:
        print(f"depesche run: {'no such path: ' + ', '.join(missing) if missing else '--workers must be >= 1'}", file=sys.stderr)
        return 2
    kwargs = dict(db=args.db, workers=args.workers, batch_size=args.batch_size, date=args.date, max_chars=args.max_chars)
    if args.json or not sys.stderr.isatty():
        stats = run(args.paths, **kwargs)
        print(json.dumps(stats.to_dict()))
        return 1 if stats.failed else 0
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("[red]{task.fields[failed]} failed"),
               TextColumn("{task.fields[skipped]} already stored"), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("analysing", total=None, rate=0.0, failed=0, skipped=0)

        def update(s):
            done = s.ok + s.failed
            progress.update(task, completed=done, rate=done / s.seconds if s.seconds else 0.0, failed=s.failed, skipped=s.skipped)

        stats = run(args.paths, on_progress=update, **kwargs)
    summary = stats.to_dict()
    print(f"{stats.ok} stored, {stats.failed} failed {stats.errors or ''}, {stats.skipped} already in {args.db} "
          f"({summary['docs_per_s']} docs/s)", file=sys.stderr)
    return 1 if stats.failed else 0
