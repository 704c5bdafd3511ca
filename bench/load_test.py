"""Load test of the real server: uvicorn on 127.0.0.1 over an archive built from ``sample/``.

Builds the archive with ``depesche run sample --db ...`` (unless ``--db`` is
given), starts ``depesche serve`` on a free loopback port, and drives it with
``--clients`` concurrent aiohttp clients on uvloop for ``--seconds`` (at most
``--max-requests`` in all), cycling over the read endpoints with parameters
drawn from the archive (documents, speakers, search words), so responses come
from queries, not only from the server's cache.  Prints latency
percentiles and errors per endpoint as JSON.  Loopback only, bounded.

    nice -n 10 python bench/load_test.py --clients 50 --seconds 60
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import aiohttp
import httpx
import uvloop

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_archive(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "depesche", "run", str(ROOT / "sample"), "--db", str(db), "--json"],
                   cwd=ROOT, check=False, capture_output=True, timeout=1800)


def start_server(db: Path, port: int, workers: int = 1, cache: bool = True) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "depesche", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)] + ([] if cache else ["--no-cache"]),
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "DEPESCHE_TOKEN": ""}, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    os.killpg(proc.pid, 9)
    raise SystemExit("server did not start")


# Generic German news words for search requests (not taken from any archive).
TERMS = ("Regierung Wahl Polizei Euro Präsident Minister Bundestag Kanzler Streik Gericht Unternehmen Bank Krieg "
         "Flüchtlinge Schule Umwelt Klima Export Steuer Gewinn Verlust Aktie Börse Fußball Trainer Spiel Sieg Partei "
         "Opposition Koalition Demonstration Protest Verhandlungen Vertrag Sanktionen Grenze Armee Angriff Wirtschaft "
         "Arbeit Preise Inflation Gesundheit Krankenhaus Energie Strom Gas Öl Bahn Flughafen Stadt Land Europa "
         "Russland Amerika China Frankreich Österreich Wien Berlin sagte erklärte kritisierte").split()


def url_pool(base: str, seed: int = 0) -> dict[str, list[str]]:
    """Many URLs per endpoint, with ids and names that exist in the archive, so a
    run measures queries and not only the server's response cache."""
    rng = random.Random(seed)
    docs, speakers = [], []
    for term in TERMS[:20]:
        hits = httpx.get(f"{base}/api/search", params={"q": term, "limit": 20}, timeout=60).json().get("hits", [])
        docs += [h["id"] for h in hits]
    for q in httpx.get(f"{base}/api/quotes", params={"limit": 1000}, timeout=60).json():
        if q.get("speaker") and q["speaker"] not in speakers:
            speakers.append(q["speaker"])
    docs, speakers = sorted(set(docs)) or ["none"], speakers or ["Putin"]

    def pick(xs, n=200):
        return [quote(x, safe="") for x in (xs if len(xs) <= n else rng.sample(xs, n))]
    return {
        "search": [f"/api/search?q={t}&limit=20" for t in pick(list(TERMS))],
        "stats": ["/api/stats"],
        "quotes": [f"/api/quotes?speaker={a}&limit=50" for a in pick(speakers)] + ["/api/quotes?limit=50"],
        "events": [f"/api/events?source={a}&limit=100" for a in pick(speakers, 50)] + ["/api/events?limit=100"],
        "timeline": [f"/api/timeline?actor={a}" for a in pick(speakers)],
        "actor": [f"/api/actors/{a}" for a in pick(speakers)],
        "document": [f"/api/documents/{d}" for d in pick(docs)],
        "ui_search": [f"/?q={t}" for t in pick(list(TERMS))],
        "ui_document": [f"/documents/{d}" for d in pick(docs)],
    }


async def drive(base: str, urls: dict[str, list[str]], clients: int, seconds: float, max_requests: int,
                think: float = 0.0, seed: int = 0) -> dict:
    """``clients`` closed-loop clients; each waits ``think`` seconds (exponential) between requests.

    aiohttp on uvloop: the generator shares the machine with the server, and
    httpx's asyncio client spent about 2 ms of CPU per request, so it, not the
    server, set the pace of a back-to-back run.
    """
    names = list(urls)
    lat: dict[str, list[float]] = {n: [] for n in names}
    errors: dict[str, dict] = {n: {} for n in names}
    sent = 0
    end = time.perf_counter() + seconds

    async def client(k: int, http: aiohttp.ClientSession):
        nonlocal sent
        rng = random.Random(seed * 1000 + k)
        i = k
        while time.perf_counter() < end and sent < max_requests:
            sent += 1
            name = names[i % len(names)]
            i += 1
            t0 = time.perf_counter()
            try:
                async with http.get(base + rng.choice(urls[name])) as r:
                    await r.read()
                    key = None if r.status < 400 else str(r.status)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                key = type(exc).__name__
            lat[name].append(time.perf_counter() - t0)
            if key:
                errors[name][key] = errors[name].get(key, 0) + 1
            if think:
                await asyncio.sleep(rng.expovariate(1 / think))

    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as http:
        t0 = time.perf_counter()
        await asyncio.gather(*(client(k, http) for k in range(clients)))
        wall = time.perf_counter() - t0
    out = {}
    for n in names:
        xs = sorted(lat[n])
        q = statistics.quantiles(xs, n=100, method="inclusive") if len(xs) > 1 else xs * 99
        out[n] = {"requests": len(xs), "errors": errors[n], "p50_ms": round(q[49] * 1000, 1),
                  "p95_ms": round(q[94] * 1000, 1), "p99_ms": round(q[98] * 1000, 1)}
    every = sorted(x for n in names for x in lat[n])
    q = statistics.quantiles(every, n=100, method="inclusive")
    out["all"] = {"requests": len(every), "errors": sum(sum(e.values()) for e in errors.values()),
                  "req_per_s": round(len(every) / wall, 1), "p50_ms": round(q[49] * 1000, 1),
                  "p95_ms": round(q[94] * 1000, 1), "p99_ms": round(q[98] * 1000, 1)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing archive (default: build one from sample/ in a temp dir)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=2_000_000)
    parser.add_argument("--workers", type=int, default=1, help="server processes (depesche serve --workers)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds a client waits between requests (0: back to back, the worst case)")
    parser.add_argument("--no-cache", action="store_true",
                        help="serve with --no-cache: every request runs its query (the worst case)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warmup", type=float, default=10.0,
                        help="seconds of the same load before measuring (first requests load indexes and templates)")
    parser.add_argument("--json-out", help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="depesche-load-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "sample.duckdb"
        if not args.db:
            build_archive(db)
        port = free_port()
        server = start_server(db, port, args.workers, cache=not args.no_cache)
        try:
            base = f"http://127.0.0.1:{port}"
            urls = url_pool(base, args.seed)
            if args.warmup:
                uvloop.run(drive(base, urls, args.clients, args.warmup, args.max_requests, args.think, args.seed + 1))
            result = uvloop.run(drive(base, urls, args.clients, args.seconds, args.max_requests, args.think,
                                       args.seed))
        finally:
            os.killpg(server.pid, 15)
            server.wait(10)
    result["config"] = {"clients": args.clients, "seconds": args.seconds, "warmup_s": args.warmup, "workers": args.workers,
                        "cache": not args.no_cache,
                        "think_s": args.think, "distinct_urls": sum(len(v) for v in urls.values()), "cpus": os.cpu_count(),
                        "load_avg_1m": os.getloadavg()[0]}
    print(json.dumps(result, indent=1))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1))
    return 1 if result["all"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
