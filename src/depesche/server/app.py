"""REST API over the archive: the same :mod:`depesche.queries` functions as the CLI.

Reads run in read-only transactions; the file itself is opened read-only unless
a write token is configured, which enables ``POST /api/ingest`` for callers that
present it as a Bearer token.  Request bodies and result sizes are capped, and
every error has one JSON shape: ``{"ok": false, "error", "errors", "status"}``.
"""
from __future__ import annotations

import hmac
import json
import os
import threading
from collections import OrderedDict
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import __version__, queries, store
from ..queries import MAX_LIMIT, NotFound, QueryError, QueryTimeout

MAX_BODY = 20_000_000  # bytes per request (ingest of a few thousand records)


class BodyLimit:
    """ASGI middleware: refuse bodies over ``max_body`` bytes with 413 before the app reads them."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _error(413, "request body too large")(scope, receive, send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, lambda: _replay(message), send)
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                return await _error(413, "request body too large")(scope, receive, send)
            more = message.get("more_body", False)
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await self.app(scope, replay, send)


async def _replay(message):
    return message


class ResponseCache:
    """ASGI middleware: replay successful GET responses of a read-only server.

    A read-only server's archive cannot change while it runs (DuckDB's file
    lock keeps every writer out), so the same URL gives the same bytes until
    restart; repeated requests, the common case for dashboards and popular
    actors, then cost no query at all.  Bounded by ``max_bytes`` in total.
    """

    def __init__(self, app, max_bytes: int = 64_000_000, max_item: int = 1_000_000):
        self.app, self.max_bytes, self.max_item = app, max_bytes, max_item
        self._items: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self._size = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET":
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""))
        hit = self._items.get(key)
        if hit is not None:
            self._items.move_to_end(key)
            await send(hit[0])
            return await send({"type": "http.response.body", "body": hit[1]})
        start, parts, size = None, [], 0

        async def capture(message):
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= self.max_item:
                parts.append(message.get("body", b""))
                size += len(parts[-1])
            await send(message)

        await self.app(scope, receive, capture)
        if start is not None and start["status"] == 200 and size <= self.max_item:
            self._keep(key, start, b"".join(parts))

    def _keep(self, key, start, body) -> None:
        self._items[key] = (start, body)
        self._size += len(body)
        while self._size > self.max_bytes:
            _, (_, old) = self._items.popitem(last=False)
            self._size -= len(old)


def _error(status: int, message: str, errors: list | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "errors": errors or [message], "status": status},
                        status_code=status, headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)


def cursor(request: Request):
    """Dependency: a cursor in a read-only transaction, for this request only (also for the UI)."""
    cur = request.app.state.con.cursor()
    try:
        cur.execute("BEGIN TRANSACTION READ ONLY")
        yield cur
    finally:
        cur.close()


api = APIRouter(prefix="/api")
Limit = Query(None, ge=1, le=MAX_LIMIT, description=f"at most this many results (max {MAX_LIMIT})")
Since = Query(None, description="from this date: YYYY, YYYY-MM or YYYY-MM-DD")
Until = Query(None, description="up to this date, inclusive")
All = Query(False, description="include near-duplicate documents")


@api.get("/search", summary="full-text search with snippets (German stemming)")
def api_search(q: str = Query(..., max_length=1000), since: str | None = Since, until: str | None = Until,
               limit: int | None = Limit, all: bool = All, con=Depends(cursor)):
    return queries.search(con, q, since=since, until=until, limit=limit or 20, include_duplicates=all)


@api.get("/actors/{ref}", summary="actor profile: roles, mentions per month, quotes, co-occurring actors")
def api_actor(ref: str, limit: int | None = Limit, all: bool = All, con=Depends(cursor)):
    return queries.actor(con, ref, limit=limit or 20, include_duplicates=all)


@api.get("/quotes", summary="quotes, newest first")
def api_quotes(speaker: str | None = Query(None, max_length=300), kind: str | None = Query(None, max_length=20),
               since: str | None = Since, until: str | None = Until, limit: int | None = Limit,
               all: bool = All, representatives: bool = Query(False, description=(
                   "with speaker: also rows of its spokespeople and offices, the principal in speaker_of")),
               con=Depends(cursor)):
    return queries.quotes(con, speaker=speaker, since=since, until=until, kind=kind, limit=limit or 50,
                          include_duplicates=all, representatives=representatives)


@api.get("/events", summary="events source -> target; actors by name, id, KB id or country code")
def api_events(source: str | None = Query(None, max_length=300), target: str | None = Query(None, max_length=300),
               type: str | None = Query(None, max_length=40), status: str | None = Query(None, max_length=40),
               since: str | None = Since, until: str | None = Until, limit: int | None = Limit,
               all: bool = All, con=Depends(cursor)):
    return queries.events(con, source=source, target=target, type=type, status=status, since=since, until=until,
                          limit=limit or 100, include_duplicates=all)


@api.get("/timeline", summary="counts per period for an actor, or events of a dyad (dyad=A&dyad=B)")
def api_timeline(actor: str | None = Query(None, max_length=300), dyad: list[str] | None = Query(None),
                 by: str = Query("month", pattern="^(day|month|year)$"), since: str | None = Since,
                 until: str | None = Until, all: bool = All, con=Depends(cursor)):
    return queries.timeline(con, actor=actor, dyad=tuple(dyad) if dyad else None, by=by, since=since, until=until,
                            include_duplicates=all)


@api.get("/documents/{doc_id}", summary="the record, rebuilt from the archive")
def api_document(doc_id: str, con=Depends(cursor)):
    return queries.document(con, doc_id)


@api.get("/stats", summary="archive size")
def api_stats(con=Depends(cursor)):
    return queries.stats(con)


@api.post("/ingest", summary="store records (JSON array or JSON Lines); needs the Bearer token")
async def api_ingest(request: Request):
    expected = request.app.state.token
    if not expected:
        return _error(403, "writes are disabled: start the server with a token")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        return _error(401, "missing Bearer token")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        return _error(403, "wrong token")
    body = (await request.body()).decode("utf-8", "replace")
    try:
        data = json.loads(body)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in body.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            return _error(400, f"body is neither JSON nor JSON Lines: {exc.msg}")
    stats = await run_in_threadpool(_ingest, request.app, records)
    return {"ok": not (stats.invalid or stats.conflicts), **stats.to_dict()}


def _ingest(app, records: list) -> store.IngestStats:
    with app.state.write_lock:
        cur = app.state.con.cursor()
        try:
            return store.ingest(cur, records)
        finally:
            cur.close()


def create_app(db_path: str | Path = store.DEFAULT_DB, token: str | None = None, max_body: int = MAX_BODY,
               cache: bool = True) -> FastAPI:
    """The API over one archive file; with ``token`` the file is writable through ``POST /api/ingest``.

    A read-only app replays repeated GET responses (:class:`ResponseCache`) unless ``cache`` is off.
    """
    app = FastAPI(title="depesche archive API", version=__version__,
                  description="German news-wire dispatches as a knowledge graph: every fact with offsets.")
    app.state.con = store.connect(db_path, read_only=not token)
    app.state.token, app.state.write_lock = token, threading.Lock()
    app.include_router(api)
    # the web UI, when installed: ``depesche.server.ui.router`` (an APIRouter whose
    # handlers take ``con=Depends(cursor)`` and call depesche.queries like the API)
    try:
        from .ui import router as ui_router
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.ui":
            raise
    else:
        app.include_router(ui_router)

    @app.exception_handler(QueryError)
    async def bad_query(request, exc):
        return _error(400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request, exc):
        return _error(404, exc.args[0])

    @app.exception_handler(QueryTimeout)
    async def timeout(request, exc):
        return _error(504, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc):
        errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return _error(422, "invalid request parameters", errors)

    @app.exception_handler(HTTPException)
    async def http_error(request, exc):
        return _error(exc.status_code, str(exc.detail))

    app.add_middleware(BodyLimit, max_body=max_body)
    if cache and not token:
        app.add_middleware(ResponseCache)
    return app


def from_env() -> FastAPI:
    """App factory for ``uvicorn --factory`` (``depesche serve --workers N``): one app per worker process."""
    return create_app(os.environ["DEPESCHE_DB"], token=os.environ.get("DEPESCHE_TOKEN") or None,
                      cache=not os.environ.get("DEPESCHE_NO_CACHE"))
