"""`depesche run`: analyse + ingest, resumable after kill -9, same output with workers."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT


def corpus(tmp_path, n=120):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"BERLIN (dpa) - Bürgermeisterin Anna Beispiel{i} eröffnete am Montag die Brücke Nummer {i}. "
                    f"„Das ist ein guter Tag“, sagte sie. Die Stadt hatte {i * 3} Millionen Euro investiert.")
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "date": "2021-05-03"}) + "\n")
        fh.write("{kaputt\n")
    return path


def depesche(*args, **kw):
    return subprocess.run([sys.executable, "-m", "depesche", *args], capture_output=True, cwd=ROOT, timeout=600, **kw)


def counts(db):
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
        manifest = dict(con.execute("SELECT status, count(*) FROM manifest GROUP BY status").fetchall())
        return docs, distinct, manifest
    finally:
        con.close()


def test_run_then_rerun_adds_nothing(tmp_path):
    db = tmp_path / "a.duckdb"
    src = corpus(tmp_path, 30)
    first = depesche("run", str(src), "--db", str(db), "--json")
    assert first.returncode == 1  # the broken line is a failed document
    stats = json.loads(first.stdout)
    assert stats["ok"] == 30 and stats["errors"] == {"E_JSON": 1}
    second = json.loads(depesche("run", str(src), "--db", str(db), "--json").stdout)
    assert second["skipped"] == 30 and second["ok"] == 0
    assert counts(db) == (30, 30, {"ok": 30, "error": 1})
    check = depesche("check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr


def test_kill_9_then_resume(tmp_path):
    db = tmp_path / "k.duckdb"
    src = corpus(tmp_path, 200)
    proc = subprocess.Popen([sys.executable, "-m", "depesche", "run", str(src), "--db", str(db), "--json", "--batch-size", "4"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(4.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    resumed = depesche("run", str(src), "--db", str(db), "--json")
    stats = json.loads(resumed.stdout)
    assert stats["ok"] + stats["skipped"] == 200
    docs, distinct, manifest = counts(db)
    assert docs == distinct == 200 and manifest["ok"] == 200
    assert depesche("check", "--db", str(db)).returncode == 0


@pytest.mark.slow
def test_two_workers_same_records(tmp_path):
    src = corpus(tmp_path, 40)
    for name, workers in (("one", 1), ("two", 2)):
        depesche("run", str(src), "--db", str(tmp_path / f"{name}.duckdb"), "--workers", str(workers), "--json")
    import duckdb

    def rows(name):
        con = duckdb.connect(str(tmp_path / f"{name}.duckdb"), read_only=True)
        out = con.execute("SELECT doc_id, start, \"end\", text FROM mentions ORDER BY ALL").fetchall()
        con.close()
        return out

    assert rows("one") == rows("two")


def test_a_worker_hung_in_c_code_is_killed_and_only_its_document_fails(tmp_path):
    """The watchdog: a worker that never answers (SIGALRM blocked, like a C loop) is
    killed; its document gets E_TIMEOUT from the runner, every other one is stored."""
    import duckdb

    from depesche.pipeline import Input
    from depesche.runner import Runner

    texts = [f"BERLIN (dpa) - Meldung Nummer {i} über den Haushalt." for i in range(9)]
    texts[4] = "BERLIN (dpa) - Diese Meldung HÄNGT im Worker."
    db = str(tmp_path / "hang.duckdb")
    t0 = time.monotonic()
    with Runner(db, workers=2, batch_size=3, stages=["sentences"], extra_stages=["hanging_stage:HangInC"],
                hang_seconds=8) as runner:
        stats = runner.process([Input(t, {}, f"d{i}") for i, t in enumerate(texts)])
    assert time.monotonic() - t0 < 120
    assert (stats.ok, stats.failed, stats.errors) == (8, 1, {"E_TIMEOUT": 1})
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT doc_id, error_code, stage FROM manifest WHERE status = 'error'").fetchall() == [
        ("d4", "E_TIMEOUT", "runner")]
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 8


def test_a_dying_worker_and_memory_limits_fail_only_their_documents(tmp_path):
    """A worker that dies (os._exit), a document that needs more than --max-memory, and a
    MemoryError inside a stage: each costs only its own document, with a coded error."""
    import duckdb

    from depesche.pipeline import Input
    from depesche.runner import Runner

    texts = [f"BERLIN (dpa) - Meldung Nummer {i} über den Haushalt." for i in range(8)]
    texts[1] = "BERLIN (dpa) - Hier STIRBT der Worker."
    texts[4] = "BERLIN (dpa) - Diese Meldung FRISST Speicher."
    texts[6] = "BERLIN (dpa) - Kein SPEICHER mehr in der Stufe."
    db = str(tmp_path / "mem.duckdb")
    with Runner(db, workers=1, batch_size=4, stages=["sentences"], extra_stages=["hanging_stage:Misbehave"],
                max_memory_mb=3000) as runner:
        stats = runner.process([Input(t, {}, f"d{i}") for i, t in enumerate(texts)])
    assert (stats.ok, stats.failed) == (5, 3)
    con = duckdb.connect(db, read_only=True)
    rows = con.execute("SELECT doc_id, error_code, stage FROM manifest WHERE status = 'error' ORDER BY doc_id").fetchall()
    assert rows == [("d1", "E_STAGE", "runner"), ("d4", "E_MEMORY", "misbehave"), ("d6", "E_MEMORY", "misbehave")]
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_batches_are_cut_by_characters(tmp_path):
    from depesche.pipeline import Input
    from depesche.runner import RunStats, open_archive, pending

    con = open_archive(str(tmp_path / "b.duckdb"))
    items = [Input("x" * n, {}, f"d{i}") for i, n in enumerate([400, 400, 400, 2000, 100, 100])]
    batches = list(pending(con, items, batch_size=10, stats=RunStats(), max_batch_chars=1000))
    assert [[i.id for i in b] for b in batches] == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5"]]


def test_a_document_stored_before_a_kill_overrides_an_earlier_failure_in_the_manifest(tmp_path):
    """Found by the crash soak: attempt 1 fails a document (manifest: error), attempt 2 stores it
    and is killed before its manifest row; the rerun must mark it ok, not keep the stale error."""
    import duckdb

    from depesche.pipeline import Input
    from depesche.runner import Runner

    db = str(tmp_path / "m.duckdb")
    items = [Input(f"BERLIN (dpa) - Meldung {i} über den Haushalt.", {}, f"d{i}") for i in range(3)]
    with Runner(db, stages=["sentences"]) as runner:
        runner.process(items)
    con = duckdb.connect(db)
    con.execute("UPDATE manifest SET status = 'error', error_code = 'E_TIMEOUT' WHERE doc_id = 'd1'")
    con.close()
    with Runner(db, stages=["sentences"]) as runner:
        stats = runner.process(items)
    assert stats.skipped == 3
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT doc_id, status, error_code FROM manifest ORDER BY doc_id").fetchall() == [
        ("d0", "ok", None), ("d1", "ok", None), ("d2", "ok", None)]


def test_a_document_given_twice_in_one_batch_gets_one_manifest_row(tmp_path):
    """The manifest is written in one statement per batch, which may not touch a row twice."""
    import duckdb

    from depesche.pipeline import Input
    from depesche.runner import Runner

    db = str(tmp_path / "twice.duckdb")
    same = Input("BERLIN (dpa) - Der Landtag tagt am Montag.", {}, "same")
    items = [same, Input("BERLIN (dpa) - Eine andere Meldung.", {}, "other"), same, Input("", {}, "empty")]
    for rerun in (False, True):
        with Runner(db, stages=["sentences"]) as runner:
            stats = runner.process(items)
        assert (stats.skipped, stats.ok, stats.failed) == ((3, 0, 1) if rerun else (0, 3, 1))
        con = duckdb.connect(db, read_only=True)
        assert con.execute("SELECT doc_id, status, error_code FROM manifest ORDER BY doc_id").fetchall() == [
            ("empty", "error", "E_EMPTY"), ("other", "ok", None), ("same", "ok", None)]
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
        con.close()


def test_a_rerun_with_nothing_new_leaves_no_worker_loading_models(tmp_path):
    """``run`` starts its workers before it knows whether anything is new; when nothing
    is, it kills them rather than leaving them to load the models (seconds of CPU)."""
    import multiprocessing

    from depesche.runner import Runner, run

    path, db = corpus(tmp_path, n=4), tmp_path / "a.duckdb"
    path.write_text(path.read_text(encoding="utf-8").replace("{kaputt\n", ""), encoding="utf-8")
    assert run([str(path)], str(db), workers=2, stages=["sentences"]).ok == 4
    with Runner(str(db), workers=2) as runner:  # all stages: the workers take seconds to load
        runner.start()
        assert len(multiprocessing.active_children()) >= 2
        again = runner.process(iter(()))
    assert again.ok == 0
    deadline = time.time() + 1
    while multiprocessing.active_children() and time.time() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_progress_moves_per_batch_while_transactions_group_batches(tmp_path):
    """Records are stored up to 256 at a time, but the progress callback still sees each batch."""
    from depesche.readers import read_paths
    from depesche.runner import Runner

    db, seen = tmp_path / "p.duckdb", []
    with Runner(str(db), batch_size=4, stages=["sentences"]) as runner:
        stats = runner.process(read_paths([str(corpus(tmp_path, 30))]), on_progress=lambda s: seen.append(s.ok + s.failed))
    assert seen == [4, 8, 12, 16, 20, 24, 28, 31]  # 30 documents and the broken line
    assert (stats.ok, stats.failed) == (30, 1)
    figures = stats.to_dict()  # start-up is the first batch's arrival; the steady rate counts the 27 after it
    assert figures["startup_docs"] == 4 and 0 < figures["startup_s"] <= stats.seconds
    assert figures["steady_docs_per_s"] == round(27 / (stats.seconds - figures["startup_s"]), 1)
    assert counts(db) == (30, 30, {"ok": 30, "error": 1})


def test_progress_bar_shows_total_and_eta_on_a_terminal(tmp_path):
    """On a terminal `depesche run` draws a rich progress bar: done of total, rate, failures, ETA."""
    import pty

    db, src = tmp_path / "t.duckdb", corpus(tmp_path, 30)
    out, (pid, fd) = b"", pty.fork()
    if pid == 0:  # the child: stdout and stderr are the terminal
        try:
            os.environ["COLUMNS"] = "200"
            os.execv(sys.executable, [sys.executable, "-m", "depesche", "run", str(src), "--db", str(db),
                                      "--batch-size", "8"])
        finally:
            os._exit(127)  # never back into pytest
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    assert "31/31" in text and "ETA" in text and "1 failed" in text  # 30 documents and the broken line
    assert "30 stored, 1 failed" in text

