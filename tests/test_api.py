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
