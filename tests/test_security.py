"""The server under attack: property-based API fuzzing, injection, traversal, oversized input, auth, binding.

``tests/test_api.py`` and ``tests/test_ui.py`` test known cases; here the
routes and parameters come from the app's own OpenAPI spec, so a new route or
parameter is attacked without anyone adding it to a list.
"""
from __future__ import annotations

import socket
from urllib.parse import quote

import pytest

from conftest import served
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from depesche.cli import build_parser
from depesche.server.app import MAX_BODY, create_app
from test_store import archive  # noqa: F401 (fixture)

SQL = ["' OR 1=1 --", "x'); DROP TABLE documents; --", "x' UNION SELECT sql FROM duckdb_tables() --",
       "1; SELECT * FROM manifest", "%' OR '%'='", '" OR ""="', "\\'; COPY documents TO '/tmp/x.csv'; --", "\x00"]
XSS = ["<script>alert(1)</script>", '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>", "javascript:alert(1)",
       "</title><script>alert(1)</script>", "{{7*7}}", "<!--", "&lt;script&gt;"]
TRAVERSAL = ["/static/../../etc/passwd", "/static/..%2f..%2fetc%2fpasswd", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
             "/static/%252e%252e%252fetc%252fpasswd", "/static/....//....//etc/passwd", "/static/..%5c..%5cetc%5cpasswd",
             "/static/%c0%ae%c0%ae/etc/passwd", "/static/..", "/static/.%00.css", "/../../etc/passwd",
             "/documents/..%2f..%2fetc%2fpasswd", "/actors/..%2f..%2f..%2fetc%2fpasswd"]
LEAKS = ["CREATE TABLE", "root:x:0:0", "Traceback", "duckdb.", "File \""]


@pytest.fixture(scope="module")
def app(archive):  # noqa: F811
    return create_app(archive)


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


# -- schemathesis: every operation of our own spec, a bounded number of examples -----
# (its pytest plugin does not run under pytest 9, so the operations' Hypothesis strategies are driven here)
def test_schemathesis_no_server_errors(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def one(case):
            response = case.call()
            case.validate_response(response, checks=[not_a_server_error])
            assert not any(leak in response.text for leak in LEAKS), response.text[:300]

        one()


# -- SQL injection in every parameter of every GET route ----------------------------
def get_routes(app) -> list[tuple[str, list[dict]]]:
    spec = app.openapi()
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


def fill(path: str, params: list[dict], target: str, value: str) -> tuple[str, dict]:
    """The URL and query with ``value`` in parameter ``target`` and harmless values in the required others."""
    query = {}
    for p in params:
        v = value if p["name"] == target else "Putin"
        if p["in"] == "path":
            path = path.replace("{" + p["name"] + "}", quote(v, safe=""))
        elif p["name"] == target or p.get("required"):
            query[p["name"]] = v
    return path, query


def test_every_api_parameter_is_listed(app):
    routes = dict(get_routes(app))
    assert {"/api/search", "/api/events", "/api/quotes", "/api/timeline"} <= set(routes)
    assert sum(len(p) for p in routes.values()) >= 20


@pytest.mark.parametrize("bad", SQL)
def test_sql_injection_in_every_parameter(app, client, bad):
    for path, params in get_routes(app):
        for p in params:
            url, query = fill(path, params, p["name"], bad)
            r = client.get(url, params=query)
            assert r.status_code < 500, (url, query, r.text[:300])
            assert not any(leak in r.text for leak in LEAKS), (url, query, r.text[:300])
            if r.status_code == 200 and p["name"] not in ("q",):  # q is full-text words, may match
                body = r.json()
                rows = body if isinstance(body, list) else body.get("series", body.get("hits", []))
                assert rows == [] or isinstance(rows, dict), (url, query, r.text[:300])


@pytest.mark.parametrize("bad", XSS)
def test_xss_payloads_in_every_ui_parameter_stay_inert(client, bad):
    for url, params in [("/", {"q": bad}), ("/", {"q": "Wahl", "since": bad}), ("/events", {"source": bad}),
                        ("/events", {"target": bad, "type": bad}), (f"/actors/{quote(bad, safe='')}", {}),
                        ("/actors", {"ref": bad}), (f"/documents/{quote(bad, safe='')}", {})]:
        r = client.get(url, params=params, follow_redirects=False)
        assert r.status_code < 500, (url, params)
        if bad.startswith("<") or bad.startswith('"') or bad.startswith("'"):
            assert bad not in r.text, (url, params)
        if bad == "{{7*7}}":
            assert "49" not in r.text  # no template evaluation of input
        if r.status_code in (301, 302, 303, 307, 308):
            assert not r.headers["location"].lower().startswith(("javascript:", "//", "http"))
        assert "content-security-policy" in r.headers or r.headers["content-type"].startswith("application/json")


# -- a live server: raw paths, oversized requests, binding --------------------------
@pytest.fixture(scope="module")
def live(app):
    with served(app) as address:
        yield address


def raw(addr, request: bytes, read: int = 65536) -> bytes:
    """Send bytes as they are (no client-side path normalisation) and return the response."""
    with socket.create_connection(addr, timeout=30) as s:
        s.sendall(request)  # no half-close: uvicorn takes that for a client that went away
        out = b""
        try:
            while len(out) < read and (chunk := s.recv(65536)):
                out += chunk
        except ConnectionResetError:  # the server refused the request and dropped the connection
            pass
    return out


def status(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0


@pytest.mark.parametrize("path", TRAVERSAL)
def test_path_traversal_is_refused(live, path):
    out = raw(live, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert 400 <= status(out) < 500, out[:200]
    assert b"root:" not in out


def test_oversized_query_string_is_4xx_and_server_lives_on(live):
    out = raw(live, b"GET /api/search?q=" + b"A" * 2_000_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status(out) == 0 or 400 <= status(out) < 500  # h11 may just close the connection
    ok = raw(live, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status(ok) == 200


def test_oversized_body_is_413_before_it_is_read(live):
    head = f"POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: {MAX_BODY + 1}\r\nConnection: close\r\n\r\n"
    assert status(raw(live, head.encode())) == 413


def test_oversized_chunked_body_is_413(tmp_path):
    client = TestClient(create_app(tmp_path / "w.duckdb", token="t", max_body=10_000))
    r = client.post("/api/ingest", content=iter([b"[" + b" " * 6000, b" " * 6000 + b"]"]),
                    headers={"Authorization": "Bearer t"})
    assert r.status_code == 413


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Bearer s3cre", "Bearer s3cret2", "Bearer S3CRET",
                                    "bearer  s3cret", "Token s3cret", "Basic czNjcmV0", "Bearer s3cret\x00",
                                    "Bearer ' OR 1=1 --"])
def test_ingest_refuses_missing_or_wrong_token(tmp_path, header):
    client = TestClient(create_app(tmp_path / "w.duckdb", token="s3cret"))
    r = client.post("/api/ingest", content=b"[]", headers={"Authorization": header} if header is not None else {})
    assert r.status_code in (401, 403), (header, r.status_code)
    assert client.get("/api/stats").json()["documents"] == 0


def test_ingest_is_post_only_and_off_without_token(client):
    assert client.get("/api/ingest").status_code == 405
    assert client.post("/api/ingest", content=b"[]", headers={"Authorization": "Bearer x"}).status_code == 403


def test_serve_binds_loopback_by_default():
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"
