"""``depesche watch DIR`` and ``depesche feed URL...``: analyse what arrives, as it arrives.

Both poll, hand new inputs to one :class:`~depesche.runner.Runner` (models
load once, on the first new document) and print one JSON line per poll that
stored or failed something (every poll with ``--once``).
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable


def register(sub) -> None:
    for name, help_text in (("watch", "analyse new .txt/.jsonl files in a directory into the archive"),
                            ("feed", "analyse new RSS/Atom entries into the archive")):
        p = sub.add_parser(name, help=help_text)
        if name == "watch":
            p.add_argument("dir", metavar="DIR", help="directory to watch (recursively)")
            p.add_argument("--date", help="publication date YYYY[-MM[-DD]] for inputs without one")
        else:
            p.add_argument("urls", nargs="+", metavar="URL", help="RSS or Atom feed URLs")
        p.add_argument("--db", default=os.environ.get("DEPESCHE_DB", "depesche.duckdb"), help="archive file")
        p.add_argument("--interval", type=float, default=60.0 if name == "feed" else 5.0, help="seconds between polls")
        p.add_argument("--once", action="store_true", help="poll once (a directory: twice, 1 s apart) and exit")
        p.add_argument("--batch-size", type=int, default=32, help="documents per analysis batch")
        p.set_defaults(func=_watch if name == "watch" else _feed)


def _watch(args) -> int:
    from ..feeds import StableFiles
    from ..readers import read_paths

    if not os.path.isdir(args.dir):
        print(f"depesche watch: not a directory: {args.dir}", file=sys.stderr)
        return 2
    files = StableFiles(args.dir)
    ready: list = []

    def poll(problems: list[str]) -> Iterable:
        nonlocal ready
        if args.once:  # a file counts as written once its size held still for a moment
            files.poll()
            time.sleep(min(args.interval, 1.0))
        ready = files.poll()
        return read_paths([str(p) for p in ready], date=args.date)

    return _loop(args, poll, after=lambda: files.mark_read(ready))


def _feed(args) -> int:
    try:
        import feedparser  # noqa: F401 - only to say clearly what is missing
    except ImportError:
        print("depesche feed: needs feedparser: pip install feedparser==6.0.14", file=sys.stderr)
        return 2
    from ..feeds import poll_feeds

    return _loop(args, lambda problems: poll_feeds(args.urls, problems))


def _loop(args, poll: Callable[[list[str]], Iterable], after: Callable[[], None] = lambda: None) -> int:
    from ..runner import Runner

    with Runner(args.db, batch_size=args.batch_size) as runner:
        while True:
            problems: list[str] = []
            stats = runner.process(poll(problems))
            after()
            if args.once or stats.ok or stats.failed or problems:
                print(json.dumps({**stats.to_dict(), "problems": problems}), flush=True)
            if args.once:
                return 1 if stats.failed or problems else 0
            time.sleep(args.interval)
