"""Archive commands: ``ingest``, ``search``, ``actor``, ``quotes``, ``events``,
``timeline``, ``export``, ``check``, ``reindex``, ``serve``.

Thin wrappers: each parses its arguments, calls :mod:`depesche.store` or
:mod:`depesche.queries` and prints a ``rich`` table, or JSON with ``--json``.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.table import Table

DB_ENV = "DEPESCHE_DB"


def read_records(paths: Iterable[str], problems: list[str]) -> Iterator[dict]:
    """Records from JSON Lines files (``-`` is stdin); unreadable lines go to ``problems``."""
    for path in paths:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{path}:{n}: not JSON ({exc.msg})")
                    continue
                yield rec


def read_inputs(paths: Iterable[str], problems: list[str]) -> Iterator[dict]:
    """Records from JSON Lines files, or from the Parquet partitions ``run --engine ray`` writes."""
    from ..ray_engine import read_partitions  # needs pyarrow only, not Ray

    for path in paths:
        if path.endswith(".parquet") or os.path.isdir(path):
            yield from read_partitions(path, problems)
        else:
            yield from read_records([path], problems)


def ingest_records(db: str, records: Iterable[dict], batch_size: int = 500):
    """Store records (the hook for front ends that analyse raw text first)."""
    from ..store import ingest

    return ingest(db, records, batch_size=batch_size)


# ---------------------------------------------------------------- output

def _out(args, data, render) -> None:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        render(Console(), data)


def _table(title: str, rows: list[dict], columns: list[str]) -> Table:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    return table


def _names(actors: list[dict]) -> str:
    return ", ".join(a.get("name") or "?" for a in actors)


# ---------------------------------------------------------------- commands

def _ingest(args) -> int:
    problems: list[str] = []
    try:
        stats = ingest_records(args.db, read_inputs(args.paths, problems), args.batch_size)
    except OSError as exc:
        print(f"depesche ingest: {exc}", file=sys.stderr)
        return 1
    data = {**stats.to_dict(), "unreadable": problems}
    failed = problems + stats.invalid + [f"{i}: id already used by another text" for i in stats.conflicts]
    if args.json:
        _out(args, data, None)
    else:
        print(f"added {stats.added} (near-duplicates flagged: {stats.duplicates}), unchanged {stats.unchanged}, "
              f"in {stats.seconds:.2f} s")
        for p in failed:
            print(f"  failed: {p}", file=sys.stderr)
    return 1 if failed else 0


def _search(args) -> int:
    data = _q().search(_con(args), args.query, since=args.since, until=args.until, limit=args.limit,
                       include_duplicates=args.all)

    def render(console, d):
        table = Table(title=f"{d['total']} documents match {d['query']!r}")
        for col in ("id", "date", "score", "snippet"):
            table.add_column(col)
        for h in d["hits"]:
            snippet = h["snippet"].replace("\n", " ")
            table.add_row(h["id"], h.get("date") or "", str(h["score"]), snippet)
        console.print(table)
    _out(args, data, render)
    return 0


def _actor(args) -> int:
    data = _q().actor(_con(args), args.name, limit=args.limit, include_duplicates=args.all)

    def render(console, d):
        console.print(f"[bold]{d['name']}[/bold] ({d['kind'] or d['type']}) id {d['id']}"
                      + (f", KB {d['kb_id']}" if d["kb_id"] else "") + (f", {d['country']}" if d["country"] else "")
                      + f": {d['documents']} documents, {d['mentions']} mentions")
        console.print(_table("roles", d["roles"], ["title", "of_name", "first", "last", "documents"]))
        console.print(_table("mentions per month", d["mentions_by_month"], ["month", "documents", "mentions"]))
        console.print(_table("quotes", d["quotes"], ["date", "kind", "text", "doc_id"]))
        console.print(_table("co-occurring actors", d["co_occurring"], ["name", "kind", "documents", "id"]))
    _out(args, data, render)
    return 0


def _quotes(args) -> int:
    data = _q().quotes(_con(args), speaker=args.speaker, since=args.since, until=args.until, kind=args.kind,
                       limit=args.limit, include_duplicates=args.all, representatives=args.representatives)
    columns = ["date", "speaker", *(["speaker_of"] if args.representatives else []), "kind", "text", "doc_id"]
    _out(args, data, lambda c, d: c.print(_table(f"{len(d)} quotes", d, columns)))
    return 0


def _role(args) -> int:
    data = _q().role_holders(_con(args), args.title, of=args.of, at=args.at, limit=args.limit,
                             include_duplicates=args.all)
    _out(args, data, lambda c, d: c.print(_table(f"{d['title']} of {d['of'] or 'any'} near {d['at'] or 'any date'}",
                                                 d["holders"], ["name", "title", "of_name", "first", "last", "documents"])))
    return 0


def _events(args) -> int:
    data = _q().events(_con(args), source=args.source, target=args.target, type=args.type, since=args.since,
                       until=args.until, status=args.status, limit=args.limit, include_duplicates=args.all)

    def render(console, d):
        rows = [{**e, "source": _names(e["source"]), "target": _names(e["target"])} for e in d]
        console.print(_table(f"{len(d)} events", rows, ["date", "type", "mode", "status", "source", "target",
                                                         "trigger_text", "doc_id"]))
    _out(args, data, render)
    return 0


def _timeline(args) -> int:
    if bool(args.actor) == bool(args.dyad):
        print("depesche timeline: give ACTOR or --dyad A B", file=sys.stderr)
        return 2
    data = _q().timeline(_con(args), actor=args.actor, dyad=args.dyad, by=args.by, since=args.since,
                         until=args.until, include_duplicates=args.all)

    def render(console, d):
        if "actor" in d:
            console.print(_table(f"{d['actor']['name']} per {d['by']}", d["series"],
                                 ["period", "documents", "mentions", "as_source", "as_target"]))
        else:
            rows = [{**r, "types": ", ".join(f"{k} {v}" for k, v in r["types"].items())} for r in d["series"]]
            console.print(_table(f"{d['dyad'][0]['name']} / {d['dyad'][1]['name']} per {d['by']}", rows,
                                 ["period", "events", "types"]))
    _out(args, data, render)
    return 0


def _export(args) -> int:
    from ..store import export

    paths = export(_con(args), args.out, fmt=args.format)
    _out(args, [str(p) for p in paths], lambda c, d: c.print("\n".join(d)))
    return 0


def _check(args) -> int:
    from ..store import check

    problems = check(_con(args))
    _out(args, {"ok": not problems, "problems": problems},
         lambda c, d: c.print("archive ok" if d["ok"] else "\n".join(d["problems"])))
    return 1 if problems else 0


def _reindex(args) -> int:
    from ..search import reindex
    from ..store import connect

    n = reindex(connect(args.db))
    _out(args, {"indexed": n}, lambda c, d: c.print(f"indexed {d['indexed']} documents"))
    return 0


def _serve(args) -> int:
    import uvicorn

    from ..server.app import create_app
    from ..store import connect

    if args.workers == 1:
        uvicorn.run(create_app(args.db, token=args.token, cache=not args.no_cache), host=args.host, port=args.port,
                    log_level="info")
        return 0
    if args.token:  # one writer only: DuckDB locks the file for the process that may write
        raise SystemExit("depesche serve: --workers > 1 serves read-only; drop --token (and $DEPESCHE_TOKEN)")
    connect(args.db, read_only=True).close()  # a missing archive fails here, not in N workers
    os.environ["DEPESCHE_DB"] = str(args.db)
    os.environ["DEPESCHE_NO_CACHE"] = "1" if args.no_cache else ""
    uvicorn.run("depesche.server.app:from_env", factory=True, workers=args.workers, host=args.host,
                port=args.port, log_level="info")
    return 0


# ---------------------------------------------------------------- wiring

def _q():
    from .. import queries

    return queries


def _con(args):
    from ..store import connect

    return connect(args.db, read_only=True)


def _guard(func):
    """Map archive errors to exit codes: bad parameters 2, missing things 1."""
    def run(args) -> int:
        import duckdb

        from ..queries import NotFound, QueryError, QueryTimeout

        try:
            return func(args)
        except QueryError as exc:
            print(f"depesche {args.command}: {exc}", file=sys.stderr)
            return 2
        except (NotFound, QueryTimeout, FileNotFoundError, duckdb.Error) as exc:  # e.g. the file is locked
            print(f"depesche {args.command}: {exc.args[0] if exc.args else exc}", file=sys.stderr)
            return 1
    return run


def register(sub) -> None:
    def add(name, func, help, dates=False, limit=None):
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", default=os.environ.get(DB_ENV, "depesche.duckdb"),
                       help=f"archive file (default: ${DB_ENV} or depesche.duckdb)")
        p.add_argument("--json", action="store_true", help="machine-readable output")
        if dates:
            p.add_argument("--since", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
            p.add_argument("--until", help="up to this date, inclusive")
            p.add_argument("--all", action="store_true", help="include near-duplicate documents")
        if limit:
            p.add_argument("--limit", type=int, default=limit, help=f"at most this many results (default {limit})")
        p.set_defaults(func=_guard(func))
        return p

    p = add("ingest", _ingest, "store analysed records (JSON Lines, e.g. from `depesche analyze`)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="JSON Lines file(s), - for stdin")
    p.add_argument("--batch-size", type=int, default=500, help="records per transaction")
    p = add("search", _search, "full-text search of the archive (German stemming)", dates=True, limit=20)
    p.add_argument("query", metavar="QUERY")
    p = add("actor", _actor, "profile of one actor: roles, mentions per month, quotes, co-occurring actors",
            limit=20)
    p.add_argument("name", metavar="NAME", help="name, actor id, KB id or country code")
    p.add_argument("--all", action="store_true", help="include near-duplicate documents")
    p = add("role", _role, "who held an office around a date (roles are time-stamped by their documents)", limit=10)
    p.add_argument("title", metavar="TITLE", help="e.g. Außenminister")
    p.add_argument("--of", help="country or organisation: name, actor id, KB id or code")
    p.add_argument("--at", help="date YYYY[-MM[-DD]]: holders nearest to it first")
    p.add_argument("--all", action="store_true", help="include near-duplicate documents")
    p = add("quotes", _quotes, "quotes and reported speech", dates=True, limit=50)
    p.add_argument("--speaker", help="name, actor id, KB id or country code")
    p.add_argument("--representatives", action="store_true",
                   help="with --speaker: also what its spokespeople and offices said (column speaker_of)")
    p.add_argument("--kind", choices=["direct", "indirect", "reported"])
    p = add("events", _events, "events between actors (source -> target)", dates=True, limit=100)
    p.add_argument("--source", help="name, actor id, KB id or country code (RU, RUS)")
    p.add_argument("--target", help="name, actor id, KB id or country code")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--status", help="happened, planned, promised, ...")
    p = add("timeline", _timeline, "counts over time for an actor or a dyad", dates=True)
    p.add_argument("actor", nargs="?", metavar="ACTOR")
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="events between two actors")
    p.add_argument("--by", choices=["day", "month", "year"], default="month")
    p = add("export", _export, "write every table (and a GDELT-like events file) to a folder")
    p.add_argument("out", metavar="DIR")
    p.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    add("check", _check, "integrity check: spans match texts, references resolve, no duplicate texts")
    add("reindex", _reindex, "rebuild the full-text index from the archive")
    p = add("serve", _serve, "REST API over the archive (read-only unless a token is set)")
    p.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8321)
    p.add_argument("--token", default=os.environ.get("DEPESCHE_TOKEN"),
                   help="enable POST /api/ingest for this Bearer token (default: $DEPESCHE_TOKEN)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes (read-only archives only; each answers from its own cache)")
    p.add_argument("--no-cache", action="store_true",
                   help="answer every request with a query (a read-only server otherwise replays repeated GETs)")
