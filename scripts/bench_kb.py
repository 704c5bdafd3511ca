"""Measure the shipped knowledge base: size, load time, memory, look-up speed, actor_key quality.

Usage: .venv/bin/python scripts/bench_kb.py
"""
from __future__ import annotations

import collections
import json
import random
import statistics
import time
import tracemalloc
from pathlib import Path

import depesche.kb as kbmod
from depesche.kb import KB, actor_key

ROOT = Path(__file__).resolve().parents[1]
KB_FILE = ROOT / "src/depesche/data/kb.jsonl"
PAIRS = ROOT / "tests/fixtures/kb/name_pairs.tsv"


def rate(fn, items, repeat=3) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for x in items:
            fn(x)
    return repeat * len(items) / (time.perf_counter() - start)


def main() -> None:
    rows = [json.loads(line) for line in KB_FILE.read_text(encoding="utf-8").splitlines()]
    kinds = collections.Counter(r["kind"] for r in rows)
    print(f"entries {len(rows)} {dict(sorted(kinds.items()))}; file {KB_FILE.stat().st_size / 2**20:.2f} MiB")

    times = []
    for _ in range(5):
        kbmod._load.cache_clear()
        start = time.perf_counter()
        KB.load()
        times.append(time.perf_counter() - start)
    kbmod._load.cache_clear()
    tracemalloc.start()
    kb = KB.load()
    mem = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"load median {statistics.median(times) * 1000:.0f} ms; resident KB {mem / 2**20:.1f} MiB")

    rnd = random.Random(0)
    names = [n for r in rows for n in (r["name"], *r["aliases"])]
    surfaces = (rnd.sample(names, 2000) + [n + "s" for n in rnd.sample(names, 1000)]
                + ["der " + n for n in rnd.sample(names, 500)] + ["Regierung", "sagte", "Wahlkampf"] * 500)
    print(f"lookup {rate(kb.lookup, surfaces):,.0f}/s (mixed: names, genitives, articles, misses)")
    print(f"adjective {rate(kb.adjective, ['belarussischen', 'Wiener', 'schnelle', 'US-amerikanische'] * 1000):,.0f}/s")
    print(f"demonym {rate(kb.demonym, ['Russen', 'Amerikanern', 'Berliner', 'Haus'] * 1000):,.0f}/s")
    names = ["Alexander Lukaschenko", "Tichanowskajas", "Volodymyr Zelensky"] * 1000
    print(f"actor_key (uncached) {rate(actor_key.__wrapped__, names):,.0f}/s")

    pairs = [line.split("\t") for line in PAIRS.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")][1:]
    same = [(a, b) for a, b, label in pairs if label == "same"]
    diff = [(a, b) for a, b, label in pairs if label == "diff"]
    tp = sum(actor_key(a) == actor_key(b) for a, b in same)
    fp = sum(actor_key(a) == actor_key(b) for a, b in diff)
    print(f"actor_key on {len(same)} variant + {len(diff)} different-name pairs: "
          f"precision {tp / (tp + fp):.3f}, recall {tp / len(same):.3f}, false merges {fp}/{len(diff)}")
    for a, b in diff:
        if actor_key(a) == actor_key(b):
            print(f"  merged: {a} / {b}")
    for a, b in same:
        if actor_key(a) != actor_key(b):
            print(f"  missed: {a} / {b}")


if __name__ == "__main__":
    main()
