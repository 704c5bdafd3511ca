"""`depesche feed` and `depesche watch`: new inputs are analysed once, repeats add nothing."""
import functools
import json
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from conftest import FIXTURES, ROOT

feedparser = pytest.importorskip("feedparser", reason="feedparser not installed: pip install feedparser==6.0.14")


def depesche(*args):
    proc = subprocess.run([sys.executable, "-m", "depesche", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    return proc, json.loads(proc.stdout.splitlines()[-1]) if proc.stdout.strip() else None


@pytest.fixture(scope="module")
def server():
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(FIXTURES / "feeds"))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def documents(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT text, date, meta->>'$.source' FROM documents ORDER BY date").fetchall()
    finally:
        con.close()


def test_html_to_text_drops_markup_and_scripts():
    from depesche.feeds import html_to_text

    html = '<p>KIEL (dpa) - Ein &bdquo;Test&ldquo; &amp; mehr.</p><script>x = "<p>nein</p>"</script><div>Zweiter <b>Satz</b>.</div>'
    assert html_to_text(html) == "KIEL (dpa) - Ein „Test“ & mehr.\nZweiter Satz."
    assert html_to_text("Kurs: 3 < 4 &lt; 5") == "Kurs: 3 < 4 < 5"


def test_feed_once_then_again_adds_nothing(tmp_path, server):
    db = tmp_path / "feeds.duckdb"
    urls = [f"{server}/dispatches.rss", f"{server}/dispatches.atom"]
    proc, first = depesche("feed", *urls, "--db", str(db), "--once")
    assert proc.returncode == 0, proc.stderr
    assert first["ok"] == 4 and first["problems"] == []
    rows = documents(db)
    assert [r[1] for r in rows] == ["2021-05-04", "2021-05-05", "2021-06-01", "2021-06-02"]
    assert [r[2] for r in rows] == ["http://example.invalid/meldung/1", "http://example.invalid/meldung/2",
                                    "http://example.invalid/ticker/10", "http://example.invalid/ticker/11"]
    kiel = rows[0][0]
    assert kiel.startswith("Hafenstadt eröffnet neues Fährterminal\n\nKIEL (dpa) - Die Stadt Kiel")
    assert "alert" not in kiel and "<" not in kiel
    assert "„guten Tag für die Schulen“" in rows[2][0]
    proc, second = depesche("feed", *urls, "--db", str(db), "--once")
    assert proc.returncode == 0 and second["ok"] == 0 and second["skipped"] == 4
    assert len(documents(db)) == 4


def test_feed_unreachable_is_reported(tmp_path, server):
    proc, out = depesche("feed", f"{server}/missing.rss", "--db", str(tmp_path / "x.duckdb"), "--once")
    assert proc.returncode == 1 and out["ok"] == 0 and "missing.rss" in out["problems"][0]


def test_watch_once_reads_stable_files(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "watch.duckdb"
    inbox.mkdir()
    (inbox / "a.txt").write_text("MÜNCHEN (dpa) - Der Stadtrat hat am Montag den Haushalt beschlossen.",
                                 encoding="utf-8")
    lines = [{"id": "w-1", "text": "BONN (AFP) - Die Behörde meldete am Freitag 300 neue Anträge.", "date": "2022-03-04"},
             {"id": "w-2", "text": "ERFURT (dpa) - Ein Zug ist am Morgen entgleist. Verletzt wurde niemand."}]
    (inbox / "b.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    (inbox / "c.part").write_text("noch nicht fertig", encoding="utf-8")
    proc, first = depesche("watch", str(inbox), "--db", str(db), "--once")
    assert proc.returncode == 0, proc.stderr
    assert first["ok"] == 3
    proc, second = depesche("watch", str(inbox), "--db", str(db), "--once")
    assert second["ok"] == 0 and second["skipped"] == 3


def test_stable_files_waits_for_a_growing_file(tmp_path):
    from depesche.feeds import StableFiles

    files = StableFiles(tmp_path)
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "eins"}\n', encoding="utf-8")
    assert files.poll() == []  # first sighting
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"text": "zwei"}\n')
    assert files.poll() == []  # still growing
    assert files.poll() == [path]
    files.mark_read([path])
    assert files.poll() == []
