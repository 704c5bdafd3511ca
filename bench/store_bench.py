"""Archive benchmark: ingest rate, search and actor/timeline latency at scale.

Synthetic archives are grown from the store fixture: each copy gets a new id
and date, and every word outside an entity mention is replaced by a random
fixture word of the same length, so offsets stay exact, texts differ (hardly
any near-duplicates) and the few fixture actors are mentioned in every document
(a worst case for actor queries).

    OMP_NUM_THREADS=1 .venv/bin/python bench/store_bench.py --docs 10000 100000
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from depesche import queries, store
from depesche.record import iter_spans

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "store" / "records.jsonl"
SEARCHES = ["Wahl", "Lukaschenko", "Sanktionen Belarus", '"Europäische Union"', "Putin AND Treffen", "Kreml"]
WORD = re.compile(r"[^\W\d_]+")


def synthetic(n: int, seed: int = 7):
    """``n`` distinct records with exact offsets, dated 2015-2024."""
    rnd = random.Random(seed)
    base = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    base = [r for r in base if not r["id"].endswith("b")]  # leave out the fixture's re-sent dispatch
    vocab: dict[int, list[str]] = {}
    for rec in base:
        for w in WORD.findall(rec["text"]):
            vocab.setdefault(len(w), []).append(w)
    for i in range(n):
        rec = json.loads(json.dumps(base[i % len(base)]))
        text = rec["text"]
        keep = [False] * len(text)
        for e in rec["entities"]:
            for sp in e["mentions"] + e["roles"]:
                keep[sp["start"]:sp["end"]] = [True] * (sp["end"] - sp["start"])
        header = text.index(" - ") + 3
        keep[:header] = [True] * header
        chars = list(text)
        for m in WORD.finditer(text):
            if not any(keep[m.start():m.end()]):
                pool = vocab.get(len(m[0]))
                chars[m.start():m.end()] = rnd.choice(pool) if pool else m[0]
        day = date(2015, 1, 1) + timedelta(days=rnd.randrange(3650))
        old = rec["meta"]["date"]
        new = day.isoformat()[:len(old)]
        text = "".join(chars).replace(old, new, 1)
        rec.update(id=f"{rec['id']}-{i}", text=text)
        for _, sp in iter_spans(rec):  # quotes, triggers etc. were rewritten in place: same offsets
            sp["text"] = text[sp["start"]:sp["end"]]
        rec["meta"]["date"] = new
        for t in rec["timexes"]:
            if t["type"] == "DATE" and len(t["value"]) == 10:
                t["value"] = day.isoformat()
        yield rec


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def bench(n: int, workdir: Path, batch: int, runs: int) -> dict:
    from fastapi.testclient import TestClient

    from depesche.server.app import create_app

    path = workdir / f"bench-{n}.duckdb"
    result = {"docs": n}
    if not path.exists():  # an archive kept with --workdir is reused: query timings only
        stats = store.ingest(path, synthetic(n), batch_size=batch)
        result.update(ingest_docs_per_s=round(stats.added / stats.seconds, 1), ingest_s=round(stats.seconds, 1),
                      duplicates_flagged=stats.duplicates)
    size = sum(f.stat().st_size for f in workdir.glob(f"bench-{n}.duckdb*") if f.is_file())
    size += sum(f.stat().st_size for f in (workdir / f"bench-{n}.duckdb.index").glob("*"))
    result["disk_mb"] = round(size / 1e6, 1)
    con = store.connect(path, read_only=True)
    lat = []
    for q in SEARCHES:
        lat += timed(lambda q=q: queries.search(con, q, limit=20), runs)
        lat += timed(lambda q=q: queries.search(con, q, since="2018-01", until="2019-06", limit=20), runs)
    result["search_p50_ms"], result["search_p95_ms"] = round(pct(lat, 50), 1), round(pct(lat, 95), 1)
    con.close()
    client = TestClient(create_app(path, cache=False))  # time the queries, not the response cache
    actors = ["Wladimir Putin", "Belarus", "Angela Merkel", "Kiew", "OVKS", "RUS"]
    lat = []
    for a in actors:
        lat += timed(lambda a=a: client.get(f"/api/actors/{a}").raise_for_status(), runs)
    result["actor_api_p50_ms"], result["actor_api_p95_ms"] = round(pct(lat, 50), 1), round(pct(lat, 95), 1)
    lat = []
    for a in actors:
        lat += timed(lambda a=a: client.get("/api/timeline", params={"actor": a}).raise_for_status(), runs)
    lat += timed(lambda: client.get("/api/timeline", params={"dyad": ["Putin", "Lukaschenko"], "by": "day"})
                 .raise_for_status(), runs)
    result["timeline_api_p95_ms"] = round(pct(lat, 95), 1)
    lat = timed(lambda: client.get("/api/events", params={"source": "RU", "target": "BY", "since": "2019"})
                .raise_for_status(), runs)
    result["events_api_p95_ms"] = round(pct(lat, 95), 1)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[10_000])
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5, help="repetitions of each query")
    ap.add_argument("--workdir", type=Path, help="keep the archives here and reuse them (default: a temp dir)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in args.docs:
            print(json.dumps(bench(n, workdir, args.batch, args.runs)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
