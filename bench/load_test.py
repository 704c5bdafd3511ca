"""Load test of the real server: uvicorn on 127.0.0.1 over an archive built from ``sample/``.

Builds the archive with ``depesche run sample --db ...`` (unless ``--db`` is
given), starts ``depesche serve`` on a free loopback port, and drives it with
``--clients`` concurrent asyncio + httpx clients for ``--seconds`` (at most
``--max-requests`` in all), cycling over the read endpoints.  Prints latency
percentiles and errors per endpoint as JSON.  Loopback only, bounded.

    nice -n 10 python bench/load_test.py --clients 50 --seconds 60
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_archive(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "depesche", "run", str(ROOT / "sample"), "--db", str(db), "--json"],
                   cwd=ROOT, check=False, capture_output=True, timeout=1800)


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "depesche", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "DEPESCHE_TOKEN": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def endpoints(base: str) -> dict[str, str]:
    """One URL per endpoint, with ids and names that exist in the archive."""
    hits = httpx.get(f"{base}/api/search", params={"q": "sagte", "limit": 5}, timeout=30).json().get("hits", [])
    doc = hits[0]["id"] if hits else "none"
    quotes = httpx.get(f"{base}/api/quotes", params={"limit": 5}, timeout=30).json()
    speaker = next((q.get("speaker") for q in quotes if q.get("speaker")), "Putin")
    return {
        "search": "/api/search?q=Regierung&limit=20",
        "stats": "/api/stats",
        "quotes": "/api/quotes?limit=50",
        "events": "/api/events?limit=100",
        "timeline": f"/api/timeline?actor={speaker}",
        "actor": f"/api/actors/{speaker}",
        "document": f"/api/documents/{doc}",
        "ui_search": "/?q=Regierung",
        "ui_document": f"/documents/{doc}",
    }


async def drive(base: str, urls: dict[str, str], clients: int, seconds: float, max_requests: int) -> dict:
    names = list(urls)
    lat: dict[str, list[float]] = {n: [] for n in names}
    errors: dict[str, dict] = {n: {} for n in names}
    sent = 0
    end = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(k: int, http: httpx.AsyncClient):
        nonlocal sent
        i = k
        while time.perf_counter() < end and sent < max_requests:
            sent += 1
            name = names[i % len(names)]
            i += 1
            t0 = time.perf_counter()
            try:
                r = await http.get(urls[name])
                key = None if r.status_code < 400 else str(r.status_code)
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            lat[name].append(time.perf_counter() - t0)
            if key:
                errors[name][key] = errors[name].get(key, 0) + 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
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
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--json-out", help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="depesche-load-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "sample.duckdb"
        if not args.db:
            build_archive(db)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            urls = endpoints(base)
            result = asyncio.run(drive(base, urls, args.clients, args.seconds, args.max_requests))
        finally:
            server.terminate()
            server.wait(10)
    result["config"] = {"clients": args.clients, "seconds": args.seconds, "cpus": os.cpu_count(),
                        "load_avg_1m": os.getloadavg()[0]}
    print(json.dumps(result, indent=1))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1))
    return 1 if result["all"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
