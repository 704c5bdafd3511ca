"""Query latency on an existing archive: search and the actor page API.

Run after ``depesche run CORPUS --db FILE``:

    python bench/archive_latency.py --db FILE [--runs 50]

Search terms are the archive's most frequent actor names plus fixed German
words; actor pages are the 20 most mentioned actors, fetched through the real
FastAPI app (``/api/actors/{id}``) so serialisation is included.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

from fastapi.testclient import TestClient

from depesche import queries, store
from depesche.server.app import create_app

WORDS = ["Wahl", "Regierung", "Polizei", "Euro", "Flüchtlinge", "Bundeskanzler", "Verhandlungen", "Klima"]


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=20, help="repetitions per query")
    args = ap.parse_args()
    con = store.connect(args.db, read_only=True)
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    top = con.execute("SELECT actor_id, count(*) n FROM actor_docs GROUP BY 1 ORDER BY 2 DESC LIMIT 20").fetchall()
    names = [r[0] for r in con.execute("SELECT name FROM actors WHERE id IN (SELECT unnest(?))", [[t[0] for t in top]]).fetchall()]
    search_ms = []
    for term in WORDS + names[:8]:
        search_ms += timed(lambda: queries.search(con, term, limit=20), args.runs)
    con.close()
    client = TestClient(create_app(args.db, cache=False))
    actor_ms = []
    for aid, _ in top:
        actor_ms += timed(lambda: client.get(f"/api/actors/{aid}").raise_for_status(), max(3, args.runs // 4))
    result = {"documents": docs,
              "search_ms": {"n": len(search_ms), "p50": round(statistics.median(search_ms), 1), "p95": round(pct(search_ms, 0.95), 1)},
              "actor_api_ms": {"n": len(actor_ms), "p50": round(statistics.median(actor_ms), 1), "p95": round(pct(actor_ms, 0.95), 1)}}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
