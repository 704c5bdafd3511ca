"""Scaling benchmark: end-to-end analyse+ingest rate and worker memory per engine.

Runs ``depesche run`` on the 10kGNAD benchmark articles (eval data: read only,
never copied) with the local engine (1 and 2 workers), the Ray engine on this
machine, and the bare spaCy tokenizer in this process as a floor; then the
share of time per pipeline stage on up to 100 articles.  Each run is
a fresh process with a fresh archive; its wall time includes loading models
(and starting Ray), because that is what a user waits for; ``startup_s`` is when
the first analysed batch arrived, ``steady_articles_per_s`` the rate after it,
which a long run approaches (a throughput free of start-up).  Peak RSS per worker
is the largest VmHWM among the processes that analyse: the ``depesche``
process itself with 1 worker, its pool processes with more, Ray's ``ray::``
actor processes.

    OMP_NUM_THREADS=1 .venv/bin/python bench/scaling.py [--limit 300] [--repeat 3] [--engines local1,local2,ray,tokenizer,stages] [--json-out scaling.json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad-bench" / "articles.jsonl"
TARGETS = "targets: >= 60 articles/s end to end, 2 workers >= 1.7x 1 worker, peak RSS/worker <= 1 GB, Ray within 20% of local"


def _proc(pid: int, name: str) -> str:
    try:
        return Path(f"/proc/{pid}/{name}").read_text(errors="replace")
    except OSError:
        return ""


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc(int(entry.name), "stat")
            if stat:
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _hwm_kb(pid: int) -> int:
    for line in _proc(pid, "status").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    """Polls the process tree under ``root``; keeps each worker's last VmHWM (a high-water mark)."""

    def __init__(self, root: int, is_worker):
        super().__init__(daemon=True)
        self.root, self.is_worker, self.peaks, self.stop = root, is_worker, {}, threading.Event()

    def run(self):
        while not self.stop.is_set():
            tree, todo = _children(), [self.root]
            while todo:
                pid = todo.pop()
                todo.extend(tree.get(pid, []))
                cmd = _proc(pid, "cmdline").replace("\0", " ")
                if self.is_worker(pid, cmd):
                    self.peaks[pid] = max(self.peaks.get(pid, 0), _hwm_kb(pid))
            self.stop.wait(0.25)


def run_engine(label: str, args: list[str], n: int, words: int, is_worker) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "RAY_USAGE_STATS_ENABLED": "0"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "depesche", "run", *args, "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    sampler = Sampler(proc.pid, lambda pid, cmd: is_worker(proc.pid, pid, cmd))
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop.set()
    sampler.join()
    stats = json.loads(out.strip().splitlines()[-1])
    return {"engine": label, "articles": stats["ok"], "failed": stats["failed"], "wall_s": round(wall, 1),
            "articles_per_s": round(n / wall, 1), "words_per_s": round(words / wall),
            "startup_s": stats.get("startup_s"), "steady_articles_per_s": stats.get("steady_docs_per_s"),
            "peak_rss_mb_per_worker": round(max(sampler.peaks.values(), default=0) / 1024),
            "workers_seen": len(sampler.peaks)}


def tokenizer_baseline(texts: list[str], words: int) -> dict:
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    t0 = time.perf_counter()
    for doc in tokenizer.pipe(texts, batch_size=64):
        len(doc)
    wall = time.perf_counter() - t0
    return {"engine": "spacy.blank('de').tokenizer", "articles": len(texts), "failed": 0, "wall_s": round(wall, 1),
            "articles_per_s": round(len(texts) / wall, 1), "words_per_s": round(words / wall),
            "startup_s": None, "steady_articles_per_s": None, "peak_rss_mb_per_worker": None, "workers_seen": 1}


def stage_profile(texts: list[str]) -> dict:
    """Seconds per pipeline stage on ``texts`` in this process: where the time goes."""
    import depesche

    nlp = depesche.load()
    spent: dict[str, float] = {}
    for component in nlp.components:
        def timed(docs, pipe=component.pipe, name=component.name):
            t0 = time.perf_counter()
            out = pipe(docs)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
            return out
        component.pipe = timed
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    total = time.perf_counter() - t0
    spent["metadata+tokenizer"] = total - sum(spent.values())
    return {"articles": len(texts), "seconds": round(total, 2), "share": {k: round(v / total, 3) for k, v in spent.items()}}


def _copy(line: str, k: int) -> str:
    """Copy ``k`` of an article: the same text with a marker line, under its own id."""
    if k == 0:
        return line
    rec = json.loads(line)
    rec["id"], rec["text"] = f"{rec.get('id', '')}~{k}", f"{rec['text']}\n\n(Kopie {k})"
    return json.dumps(rec, ensure_ascii=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--engines", default="local1,local2,ray,tokenizer,stages", help="comma-separated subset")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run over the articles N times (copies marked so the archive does not skip them "
                             "as duplicates): a longer run, over which start-up costs (models, Ray) spread")
    parser.add_argument("--json-out", help="also write the results to this file")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"skipped: needs {ARTICLES} (the shared data folder next to the repo)", file=sys.stderr)
        return 0
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()[:args.limit]
    lines = [_copy(line, k) for k in range(args.repeat) for line in lines]
    texts = [json.loads(line)["text"] for line in lines]
    n, words = len(texts), sum(len(t.split()) for t in texts)
    wanted = args.engines.split(",")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "articles.jsonl")  # the --limit subset; deleted with the temp dir
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for workers in (1, 2):
            if f"local{workers}" in wanted:
                results.append(run_engine(f"local, {workers} worker{'s' * (workers > 1)}",
                                          [str(corpus), "--db", f"{tmp}/local{workers}.duckdb", "--workers", str(workers)],
                                          n, words, _local_worker(workers)))
        if "ray" in wanted:
            try:
                import ray  # noqa: F401
                results.append(run_engine("ray, 2 actors, local cluster",
                                          [str(corpus), "--engine", "ray", "--out", f"{tmp}/parquet", "--db",
                                           f"{tmp}/ray.duckdb", "--workers", "2"], n, words,
                                          lambda root, pid, cmd: cmd.startswith("ray::MapWorker")))
            except ImportError:
                print("ray not installed: skipping the Ray engine (pip install 'depesche[ray]')", file=sys.stderr)
    if "tokenizer" in wanted:
        results.append(tokenizer_baseline(texts, words))
    _print(results, n, words)
    report = {"articles": n, "words": words, "cpus": os.cpu_count(), "load_avg_1m": os.getloadavg()[0],
              "results": results}
    if "stages" in wanted:
        report["stages"] = stage_profile(texts[:100])
    print(json.dumps(report))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def _local_worker(workers: int):
    if workers == 1:
        return lambda root, pid, cmd: pid == root
    return lambda root, pid, cmd: pid != root and "multiprocessing" in cmd and "resource_tracker" not in cmd


def _print(results: list[dict], n: int, words: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{n} articles, {words:,} words; {TARGETS}")
    columns = ("engine", "wall_s", "articles_per_s", "words_per_s", "startup_s", "steady_articles_per_s",
               "peak_rss_mb_per_worker", "failed")
    for col in columns:
        table.add_column(col)
    for row in results:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    Console(stderr=True).print(table)


if __name__ == "__main__":
    sys.exit(main())
