"""Crash consistency and concurrent access (the long soak: ``scripts/crash_soak.py --kills 200``)."""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
import threading
import time

import duckdb
import pytest
from fastapi.testclient import TestClient

from depesche import store
from depesche.record import check_spans
from depesche.server.app import create_app

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("crash_soak", ROOT / "scripts" / "crash_soak.py")
soak = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(soak)


def test_sigkill_at_three_points_then_resume(tmp_path):
    """Three SIGKILLs of ``depesche run`` on one archive, a final run: every document once, check passes."""
    startup = soak.calibrate(tmp_path)  # kill while batches are written, not while models load
    result = soak.soak(seed=7, kills=3, docs=150, startup=startup, window=3.0, workdir=tmp_path)
    assert result["problems"] == [], result


@pytest.fixture(scope="module")
def records(nlp):
    rng = random.Random(3)
    texts = [(f"BERLIN (dpa) - Meldung {i}: " + soak._wire(rng), {"date": "2021-05-03"}) for i in range(60)]
    out = [r for r in nlp.pipe(texts) if "error" not in r]
    assert len(out) > 30
    return out


def test_api_readers_see_consistent_data_while_a_writer_ingests(tmp_path, records):
    """Readers (read-only transactions on cursors) during ``POST /api/ingest``: counts only grow, documents are whole."""
    client = TestClient(create_app(tmp_path / "w.duckdb", token="t"))
    stop, bad = threading.Event(), []
    seen = [[] for _ in range(3)]  # per reader: threads append in their own order, not in the order they read

    def read(mine):
        while not stop.is_set():
            r = client.get("/api/stats")
            if r.status_code != 200:
                bad.append(("stats", r.status_code, r.text[:200]))
                continue
            mine.append(r.json()["documents"])
            hits = client.get("/api/search", params={"q": "Meldung", "limit": 5})
            if hits.status_code != 200:
                bad.append(("search", hits.status_code, hits.text[:200]))
            for hit in hits.json().get("hits", []) if hits.status_code == 200 else []:
                doc = client.get(f"/api/documents/{hit['id']}")
                if doc.status_code != 200 or check_spans(doc.json()):
                    bad.append(("document", doc.status_code, doc.text[:200]))

    readers = [threading.Thread(target=read, args=(mine,)) for mine in seen]
    for t in readers:
        t.start()
    for k in range(0, len(records), 5):
        r = client.post("/api/ingest", content=json.dumps(records[k:k + 5]), headers={"Authorization": "Bearer t"})
        assert r.status_code == 200, r.text
    time.sleep(0.2)
    stop.set()
    for t in readers:
        t.join(30)
    assert bad == []
    assert all(mine == sorted(mine) for mine in seen) and max((n for mine in seen for n in mine), default=-1) == len(records)
    assert store.check(client.app.state.con) == []


HOLD = """
import sys, time
from depesche import store
con = store.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS held (x INT)")
print("ready", flush=True)
time.sleep(60)
"""


def test_second_process_gets_a_clear_lock_error_while_a_writer_runs(tmp_path, records):
    """DuckDB allows one writing process: others get a "lock" error at connect, never a torn read."""
    db = tmp_path / "locked.duckdb"
    store.ingest(db, records[:5])
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(duckdb.IOException, match="lock"):
            duckdb.connect(str(db), read_only=True)
        check = subprocess.run([sys.executable, "-m", "depesche", "check", "--db", str(db)], cwd=ROOT,
                               capture_output=True, text=True, timeout=120)
        assert check.returncode != 0 and "lock" in (check.stdout + check.stderr).lower()
        assert "Traceback" not in check.stderr
    finally:
        holder.kill()
        holder.wait()
    assert store.check(db) == []


def test_check_passes_on_undated_documents(tmp_path, nlp):
    store.ingest(tmp_path / "u.duckdb", [nlp("BERLIN (dpa) - Kanzlerin Merkel traf Präsident Macron in Paris.")])
    assert store.check(tmp_path / "u.duckdb") == []
