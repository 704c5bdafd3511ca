"""``depesche run``: analyse a corpus and store it in the archive, resumably."""
from __future__ import annotations

import json
import os
import sys
import threading

from ..readers import DEFAULT_MAX_CHARS
from ..runner import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BATCH_CHARS


def register(sub) -> None:
    p = sub.add_parser("run", help="analyse corpora into the archive (resumable; rerun after a crash)")
    p.add_argument("paths", nargs="+", metavar="CORPUS", help="files, directories, JSON Lines corpora, or -")
    p.add_argument("--db", help="archive file (default $DEPESCHE_DB or depesche.duckdb; "
                                "with --engine ray only if given: ingest the Parquet output into it)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes, or a Ray cluster writing Parquet (pip install depesche[ray])")
    p.add_argument("--address", help="Ray cluster address ('auto' = the running one; default: start a local Ray)")
    p.add_argument("--out", metavar="DIR", help="Parquet output directory, partitioned by month (--engine ray)")
    p.add_argument("--workers", type=int, help="worker processes or Ray actors, each loads the models once "
                                               "(default 1 local, all CPUs of the Ray cluster)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="documents per analysis batch (stored in transactions of up to 256)")
    p.add_argument("--date", help="publication date YYYY[-MM[-DD]] for inputs without one")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="longest document (longer: E_TOO_LARGE)")
    p.add_argument("--max-batch-chars", type=int, default=DEFAULT_MAX_BATCH_CHARS,
                   help="most text in one batch; a batch's memory grows with it")
    p.add_argument("--max-memory", type=int, metavar="MB",
                   help="address-space limit per worker process (analysis then always runs in workers); "
                        "a document that needs more gets E_MEMORY")
    p.add_argument("--json", action="store_true", help="print the final figures as JSON, no progress bar")
    p.set_defaults(func=_run)


def _usage(args) -> str | None:
    missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
    if missing:
        return "no such path: " + ", ".join(missing)
    if args.workers is not None and args.workers < 1:
        return "--workers must be >= 1"
    if args.engine == "ray" and not args.out:
        return "--engine ray needs --out DIR"
    if args.engine == "local" and (args.out or args.address):
        return "--out and --address need --engine ray"
    return None


def _run(args) -> int:
    problem = _usage(args)
    if problem:
        print(f"depesche run: {problem}", file=sys.stderr)
        return 2
    if args.engine == "ray":
        return _run_ray(args)
    from ..runner import run

    db = args.db or os.environ.get("DEPESCHE_DB", "depesche.duckdb")
    kwargs = dict(db=db, workers=args.workers or 1, batch_size=args.batch_size, date=args.date,
                  max_chars=args.max_chars, max_batch_chars=args.max_batch_chars, max_memory_mb=args.max_memory)
    if args.json or not sys.stderr.isatty():
        stats = run(args.paths, **kwargs)
        print(json.dumps(stats.to_dict()))
        return 1 if stats.failed else 0
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from ..readers import count_inputs

    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("[red]{task.fields[failed]} failed"),
               TextColumn("{task.fields[skipped]} already stored"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("analysing", total=None, rate=0.0, failed=0, skipped=0)

        def total():  # counted aside, so that a large corpus does not delay the start; until then no ETA
            try:
                progress.update(task, total=count_inputs(args.paths))
            except OSError:
                pass  # no total: the run itself reports what it cannot read

        threading.Thread(target=total, daemon=True).start()

        def update(s):
            done = s.ok + s.failed
            progress.update(task, completed=done + s.skipped, rate=done / s.seconds if s.seconds else 0.0,
                            failed=s.failed, skipped=s.skipped)

        stats = run(args.paths, on_progress=update, **kwargs)
        update(stats)  # a run with nothing new never called it
    summary = stats.to_dict()
    print(f"{stats.ok} stored, {stats.failed} failed {stats.errors or ''}, {stats.skipped} already in {db} "
          f"({summary['docs_per_s']} docs/s)", file=sys.stderr)
    return 1 if stats.failed else 0


def _run_ray(args) -> int:
    try:
        import ray  # noqa: F401 - only to say clearly that the extra is missing
    except ImportError:
        print("depesche run: --engine ray needs Ray: pip install 'depesche[ray]'", file=sys.stderr)
        return 2
    from ..ray_engine import run_ray

    result = run_ray(args.paths, args.out, address=args.address, db=args.db, workers=args.workers,
                     batch_size=args.batch_size, date=args.date, max_chars=args.max_chars,
                     progress=not args.json and sys.stderr.isatty())
    print(json.dumps(result))
    return 1 if result["failed"] or (result.get("ingest") or {}).get("failed") else 0
