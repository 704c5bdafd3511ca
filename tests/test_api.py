"""REST API over a real archive file: endpoints, error shape, limits, write protection."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from depesche import store
from depesche.server.app import create_app
from test_store import RECORDS, archive, db, load_records  # noqa: F401 (fixtures)

INJECTIONS = ["' OR 1=1 --", "x'); DROP TABLE documents; --", '" OR ""="', "%' UNION SELECT * FROM actors --",
              "\\x00", "2020-01'--"]


@pytest.fixture()
def client(db):
    return TestClient(create_app(db))


def test_api_endpoints(client):
    assert client.get("/api/search", params={"q": "Wahl"}).json()["hits"]
    actor = client.get("/api/actors/Putin").json()
    assert actor["name"] == "Wladimir Putin" and actor["quotes"]
    assert client.get("/api/quotes", params={"speaker": "Merkel"}).json()[0]["speaker"] == "Angela Merkel"
    events = client.get("/api/events", params={"source": "RUS", "target": "BY", "since": "2020-08"}).json()
    assert {e["type"] for e in events} == {"CONSULT", "SUPPORT", "AID"}
    series = client.get("/api/timeline", params={"dyad": ["Putin", "Lukaschenko"], "by": "day"}).json()["series"]
    assert series[0]["period"] == "2020-08-15"
    assert client.get("/api/timeline", params={"actor": "Belarus"}).json()["series"]
    doc = client.get("/api/documents/kiew-dialog-07").json()
    assert doc["text"] == load_records()[-1]["text"]
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_api_errors_have_one_shape(client):
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and r.json()["ok"] is False and r.json()["status"] == 404
    assert client.get("/api/events", params={"since": "2020-13"}).status_code == 400
    assert client.get("/api/search", params={"q": "Wahl", "limit": 10**6}).status_code == 422
    assert client.get("/api/timeline").status_code == 400
    assert client.get("/api/timeline", params={"actor": "Putin", "by": "week"}).status_code == 422


@pytest.mark.parametrize("bad", INJECTIONS)
def test_api_injection_strings_never_cause_5xx(client, bad):
    urls = [("/api/search", {"q": bad, "since": bad}), ("/api/search", {"q": bad}),
            (f"/api/actors/{bad}", {}), (f"/api/documents/{bad}", {}),
            ("/api/quotes", {"speaker": bad, "kind": bad}), ("/api/quotes", {"until": bad}),
            ("/api/events", {"source": bad, "target": bad, "type": bad, "status": bad}),
            ("/api/timeline", {"actor": bad, "by": bad}), ("/api/timeline", {"dyad": [bad, bad]}),
            ("/api/search", {"q": "Wahl", "limit": bad})]
    for url, params in urls:
        r = client.get(url, params=params)
        assert r.status_code < 500, (url, params, r.text)
        if r.status_code == 200 and url != "/api/search":  # search words are full-text terms, not SQL
            assert r.json() in ([], {}) or r.json().get("series") == [], (url, params, r.text)
    assert store.check(client.app.state.con) == []


def test_api_is_read_only_without_token(client):
    r = client.post("/api/ingest", content=RECORDS.read_text(encoding="utf-8"))
    assert r.status_code == 403
    with pytest.raises(Exception, match="read-only"):
        client.app.state.con.execute("DELETE FROM documents")


def test_api_ingest_needs_the_token(tmp_path):
    client = TestClient(create_app(tmp_path / "w.duckdb", token="s3cret"))
    body = RECORDS.read_text(encoding="utf-8")
    assert client.post("/api/ingest", content=body).status_code == 401
    assert client.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/ingest", content=body, headers={"Authorization": "Basic s3cret"}).status_code == 401
    r = client.post("/api/ingest", content=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["added"] == len(load_records())
    r = client.post("/api/ingest", content=json.dumps(load_records()), headers={"Authorization": "Bearer s3cret"})
    assert r.json()["unchanged"] == len(load_records())
    assert client.get("/api/search", params={"q": "Wahl"}).json()["hits"]
    assert client.get("/api/stats").json()["documents"] == len(load_records()) - 1


def test_api_request_size_limit(tmp_path, db):
    client = TestClient(create_app(db, max_body=1000))
    r = client.post("/api/ingest", content="x" * 5000, headers={"Authorization": "Bearer t"})
    assert r.status_code == 413 and r.json()["ok"] is False


def test_read_only_server_answers_repeated_requests_from_its_cache(client):
    """The archive cannot change under a read-only server, so a repeated GET replays the same bytes."""
    from depesche.server.app import ResponseCache

    assert any(m.cls is ResponseCache for m in client.app.user_middleware)
    first = client.get("/api/search", params={"q": "Wahl"})
    client.app.state.con.close()  # from now on every query would fail: only the cache can answer
    again = client.get("/api/search", params={"q": "Wahl"})
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]


def test_error_responses_are_not_cached(client):
    assert client.get("/api/actors/Niemand-Unbekannt").status_code == 404
    assert client.get("/api/actors/Niemand-Unbekannt").status_code == 404


def test_writable_server_does_not_cache(tmp_path):
    """With a token the archive changes through ingest, so answers must not be replayed."""
    client = TestClient(create_app(tmp_path / "w.duckdb", token="s3cret"))
    assert client.get("/api/stats").json()["documents"] == 0
    client.post("/api/ingest", content=RECORDS.read_text(encoding="utf-8"), headers={"Authorization": "Bearer s3cret"})
    assert client.get("/api/stats").json()["documents"] == len(load_records()) - 1


def test_serve_with_two_workers_answers_and_refuses_a_token(db, tmp_path):
    """``depesche serve --workers 2``: two real uvicorn worker processes over one read-only archive."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DEPESCHE_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "depesche", "serve", "--db", str(db), "--port", str(port),
                             "--workers", "2"], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, r = time.monotonic() + 60, None
        while time.monotonic() < deadline:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert r is not None and r.status_code == 200 and r.json()["documents"] == len(load_records()) - 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
    refused = subprocess.run([sys.executable, "-m", "depesche", "serve", "--db", str(db), "--workers", "2",
                              "--token", "t"], capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and "read-only" in refused.stderr


@pytest.mark.parametrize("cache", [True, False])
def test_bounded_load_test_against_the_real_server(db, cache):
    """``bench/load_test.py`` in CI size: a real ``depesche serve`` (with and without its
    response cache) under 20 concurrent loopback clients for 3 s answers every request."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "bench" / "load_test.py"
    cmd = [sys.executable, str(script), "--db", str(db), "--clients", "20", "--seconds", "3", "--warmup", "1"]
    done = subprocess.run(cmd + ([] if cache else ["--no-cache"]), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["all"]["errors"] == 0 and result["all"]["requests"] > 20
    assert result["config"]["cache"] is cache
