"""Crash-consistency soak for ``depesche run``, outside CI (CI: ``tests/test_crash.py``).

For each seed: generate a corpus, start ``depesche run`` in a subprocess,
SIGKILL its process group at a random moment, repeat a few times on the same
archive, then run to the end and check that every document is stored exactly
once, the manifest has one row per input, and ``depesche check`` passes.
Each SIGKILL is one kill point.

    nice -n 10 python scripts/crash_soak.py --kills 200 --out soak.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from fuzz_pipeline import _wire  # noqa: E402 - same wire-like generator as the fuzzer


def make_corpus(path: Path, rng: random.Random, n: int) -> dict:
    """``n`` distinct documents plus one broken line and one empty text; returns the expectation."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"BERLIN (dpa) - Dokument {i} von Lauf {rng.random():.6f}. " + _wire(rng)  # may fail analysis: fine
            fh.write(json.dumps({"id": f"d{i}", "text": text, "date": "2021-05-03"}) + "\n")
        fh.write("{kaputt\n")
        fh.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
    return {"ok_ids": {f"d{i}" for i in range(n)}, "manifest_rows": n + 2}


def depesche(*args) -> list[str]:
    return [sys.executable, "-m", "depesche", *args]


def run_and_kill(corpus: Path, db: Path, batch: int, after: float, log: Path) -> int | None:
    """Start a run and SIGKILL it after ``after`` s; None if killed, else its exit code (it ended first)."""
    with log.open("wb") as err:
        proc = subprocess.Popen(depesche("run", str(corpus), "--db", str(db), "--json", "--batch-size", str(batch)),
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        try:
            return proc.wait(timeout=after)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None


def verify(db: Path, expect: dict) -> list[str]:
    """Everything wrong with the archive after the final run.

    A document may fail analysis (a coded error in the manifest); it must then
    be absent from ``documents``.  Every input has exactly one manifest row.
    """
    import duckdb

    problems = []
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
        ids = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        manifest = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM manifest").fetchone()
        status = dict(con.execute("SELECT doc_id, status FROM manifest").fetchall())
    finally:
        con.close()
    ok = {d for d, s in status.items() if s == "ok"}
    if docs != distinct:
        problems.append(f"{docs - distinct} duplicated documents")
    if manifest != (expect["manifest_rows"], expect["manifest_rows"]):
        problems.append(f"manifest rows {manifest}, expected {expect['manifest_rows']}")
    if lost := expect["ok_ids"] - set(status):
        problems.append(f"lost {len(lost)} (no manifest row)")
    if ids != ok:
        problems.append(f"stored but not ok in manifest: {len(ids - ok)}; ok but not stored: {len(ok - ids)}")
    check = subprocess.run(depesche("check", "--db", str(db)), cwd=ROOT, capture_output=True, text=True)
    if check.returncode != 0:
        problems.append(f"depesche check failed: {(check.stdout + check.stderr)[-300:]}")
    return problems


def calibrate(workdir: Path) -> float:
    """Seconds until ``depesche run`` starts analysing (start-up and model loading) on this shared machine now."""
    corpus, db = workdir / "calib.jsonl", workdir / "calib.duckdb"
    make_corpus(corpus, random.Random(-1), 1)
    t0 = time.perf_counter()
    subprocess.run(depesche("run", str(corpus), "--db", str(db), "--json"), cwd=ROOT, capture_output=True, timeout=900)
    seconds = time.perf_counter() - t0
    for path in workdir.glob("calib.*"):
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    return seconds


def soak(seed: int, kills: int, docs: int, startup: float, window: float, workdir: Path) -> dict:
    """Kill points fall up to ``window`` s after start-up (``startup`` s): mostly while batches are written."""
    rng = random.Random(seed)
    corpus, db = workdir / f"c{seed}.jsonl", workdir / f"a{seed}.duckdb"
    expect = make_corpus(corpus, rng, docs)
    points, problems, log = [], [], workdir / f"stderr{seed}.txt"
    for _ in range(kills):
        after = startup * rng.uniform(0.8, 1.0) + rng.uniform(0, window)
        code = run_and_kill(corpus, db, rng.choice([1, 2, 4, 8, 32]), after, log)
        if code is None:
            points.append(round(after, 2))
            continue
        if code not in (0, 1):  # 1: some documents failed analysis, which is fine
            problems.append(f"interrupted run's successor exited {code}: {log.read_text(errors='replace')[-400:]}")
        break  # it ended before the kill: nothing left to interrupt
    final = subprocess.run(depesche("run", str(corpus), "--db", str(db), "--json"), cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
    if final.returncode not in (0, 1):
        problems.append(f"final run exit {final.returncode}: {final.stderr[-300:]}")
    problems += verify(db, expect)
    for path in workdir.glob(f"a{seed}.*"):  # the archive and its search index folder
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    corpus.unlink()
    log.unlink(missing_ok=True)
    return {"seed": seed, "kill_points": points, "problems": problems}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200, help="total kill points")
    parser.add_argument("--per-seed", type=int, default=4, help="kills on one archive before the final run")
    parser.add_argument("--docs", type=int, default=80, help="documents per corpus")
    parser.add_argument("--window", type=float, default=8.0, help="kill up to this many seconds after start-up")
    parser.add_argument("--recalibrate", type=int, default=5, help="re-time start-up every N seeds")
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--seconds", type=float, default=float("inf"), help="stop starting new seeds after this long")
    parser.add_argument("--out", help="append one JSON line per seed here")
    args = parser.parse_args(argv)
    total, failed, seed, t0 = 0, 0, args.seed, time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="depesche-soak-") as tmp:
        while total < args.kills and time.perf_counter() - t0 < args.seconds:
            if (seed - args.seed) % args.recalibrate == 0:
                startup = calibrate(Path(tmp))
            result = soak(seed, min(args.per_seed, args.kills - total), args.docs, startup, args.window, Path(tmp))
            total += len(result["kill_points"])
            failed += bool(result["problems"])
            line = json.dumps({**result, "startup_s": round(startup, 1), "total_kill_points": total, "seconds": round(time.perf_counter() - t0)})
            print(line, flush=True)
            if args.out:
                with open(args.out, "a") as fh:
                    fh.write(line + "\n")
            seed += 1
    print(json.dumps({"kill_points": total, "seeds": seed - args.seed, "failed_seeds": failed}), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
