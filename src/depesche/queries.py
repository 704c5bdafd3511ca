"""Questions to the archive, shared by the CLI, the REST API and Python users.

Every function takes a DuckDB connection (or cursor) and returns plain
JSON-ready dicts and lists.  All values reach SQL as parameters, results are
capped at :data:`MAX_LIMIT` rows, and each call is interrupted after
:data:`TIME_BUDGET` seconds.  Near-duplicate documents are left out unless
``include_duplicates`` is set, so the same dispatch re-sent is counted once.
"""
from __future__ import annotations

import calendar
import heapq
import itertools
import json
import os
import re
import threading
import time
from contextlib import contextmanager
from datetime import date

import duckdb

from . import search as _search
from .store import _name_key, country_code, known_date_sql

MAX_LIMIT = 1000
TIME_BUDGET = 10.0  # seconds per query function
PERIODS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


class QueryError(ValueError):
    """A parameter the archive cannot answer (bad date, unknown option)."""


class NotFound(LookupError):
    """The actor or document asked for is not in the archive."""


class QueryTimeout(TimeoutError):
    """The query ran longer than its time budget."""


# ---------------------------------------------------------------- helpers

def parse_period(value: str | None, end: bool = False) -> date | None:
    """``2020``, ``2020-08`` or ``2020-08-15`` -> its first day (or last, with ``end``)."""
    if value in (None, ""):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value).strip())
    if not m:
        raise QueryError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if d:
            return date(y, mo, d)
        if mo:
            return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
        return date(y, 12, 31) if end else date(y, 1, 1)
    except ValueError as exc:
        raise QueryError(f"not a date: {value!r}") from exc


def _limit(limit, default: int = 50) -> int:
    try:
        n = default if limit is None else int(limit)
    except (TypeError, ValueError) as exc:
        raise QueryError(f"limit must be a number: {limit!r}") from exc
    if n < 1:
        raise QueryError("limit must be at least 1")
    return min(n, MAX_LIMIT)


class _Watchdog:
    """One daemon thread that interrupts connections past their deadline.

    A ``threading.Timer`` per query costs a thread start (~2 ms, more under
    load) on every API request; one shared thread with a deadline heap does not.
    """

    def __init__(self):
        self._cv = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._armed: dict[int, object] = {}
        self._ids = itertools.count()
        self._pid = None

    def arm(self, con, seconds: float) -> int:
        with self._cv:
            if self._pid != os.getpid():  # first use in this process (or a forked child)
                self._pid, self._heap, self._armed = os.getpid(), [], {}
                threading.Thread(target=self._run, name="depesche-query-watchdog", daemon=True).start()
            key = next(self._ids)
            self._armed[key] = con
            heapq.heappush(self._heap, (time.monotonic() + seconds, key))
            self._cv.notify()
            return key

    def disarm(self, key: int) -> None:
        with self._cv:
            self._armed.pop(key, None)

    def _run(self) -> None:
        with self._cv:
            while True:
                while self._heap and self._heap[0][1] not in self._armed:
                    heapq.heappop(self._heap)  # disarmed: drop lazily
                if not self._heap:
                    self._cv.wait()
                    continue
                deadline, key = self._heap[0]
                if time.monotonic() < deadline:
                    self._cv.wait(deadline - time.monotonic())
                    continue
                heapq.heappop(self._heap)
                self._armed.pop(key).interrupt()


_WATCHDOG = _Watchdog()


@contextmanager
def budget(con, seconds: float | None = None):
    """Interrupt whatever ``con`` runs once the time budget is spent."""
    key = _WATCHDOG.arm(con, seconds or TIME_BUDGET)
    try:
        yield
    except duckdb.InterruptException as exc:
        raise QueryTimeout(f"query exceeded its time budget of {seconds or TIME_BUDGET:g} s") from exc
    finally:
        _WATCHDOG.disarm(key)


def _rows(con, sql: str, params=()) -> list[dict]:
    cur = con.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, (_plain(v) for v in row))) for row in cur.fetchall()]


def _plain(v):
    return v.isoformat() if isinstance(v, date) else v


def resolve(con, ref: str) -> list[str]:
    """Actor ids that ``ref`` names: an actor id, a KB id, its name or any name the actor
    was mentioned by (case-insensitive), or an ISO country code (RU/RUS) via the KB country.
    The exact name also finds actors whose name keys an older ``actor_key`` made."""
    ref = (ref or "").strip()
    if not ref:
        return []
    code = country_code(ref) if ref.isupper() or len(ref) <= 3 else None
    rows = con.execute(
        "SELECT id FROM actors WHERE id = ? OR kb_id = ? OR key = ? OR country = ? OR lower(name) = lower(?) "
        "UNION SELECT actor_id FROM actor_names WHERE name_key = ?",
        [ref, ref, f"name:{_name_key(ref)}", code, ref, _name_key(ref)]).fetchall()
    return [r[0] for r in rows]


def _one_actor(con, ref: str) -> dict:
    ids = resolve(con, ref)
    if not ids:
        raise NotFound(f"no actor {ref!r}")
    if len(ids) == 1 or ref in ids:
        return _rows(con, "SELECT * FROM actors WHERE id = ?", [ref if ref in ids else ids[0]])[0]
    # ambiguous: the actor of exactly that name, else the country a code names, else the most frequent
    return _rows(con, "SELECT a.*, n FROM actors a JOIN (SELECT actor_id, count(*) AS n FROM actor_docs "
                      "WHERE actor_id IN (SELECT unnest(?)) GROUP BY 1) c ON c.actor_id = a.id "
                      "ORDER BY lower(a.name) = lower(?) DESC, a.kind = 'country' AND a.country = ? DESC, "
                      "n DESC, a.name LIMIT 1", [ids, ref, country_code(ref)])[0]


def _dates(since, until) -> tuple[date | None, date | None]:
    return parse_period(since), parse_period(until, end=True)


# ---------------------------------------------------------------- functions

def search(con, q: str, since=None, until=None, limit=20, include_duplicates: bool = False) -> dict:
    """Full-text search (German stemming) with snippets; hits carry date, agency, place."""
    if not isinstance(q, str) or not q.strip():
        raise QueryError("empty search query")
    if len(q) > 1000:
        raise QueryError("search query longer than 1000 characters")
    lo, hi = _dates(since, until)
    result = _search.search(con, q, lo, hi, _limit(limit, 20), include_duplicates)
    ids = [h["id"] for h in result["hits"]]
    with budget(con):
        meta = {r["id"]: r for r in _rows(con, "SELECT id, date, agency, place, duplicate_of FROM documents "
                                                "WHERE id IN (SELECT unnest(?))", [ids])}
    for hit in result["hits"]:
        hit.update({k: v for k, v in meta.get(hit["id"], {}).items() if k != "id"})
    return {"query": q, **result}


def actor(con, name_or_id: str, limit=20, include_duplicates: bool = False) -> dict:
    """Profile of one actor: names, roles over time, mentions per month, quotes, co-occurring actors."""
    a = _one_actor(con, name_or_id)
    n, dup = _limit(limit, 20), bool(include_duplicates)
    aid = a["id"]
    with budget(con):
        names = _rows(con, "SELECT name, count(*) AS documents FROM entities WHERE actor_id = ? AND (? OR NOT dup) "
                           "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [aid, dup, n])
        months = _rows(con, "SELECT strftime(m, '%Y-%m') AS month, mentions, documents FROM ("
                            "SELECT date_trunc('month', doc_day) AS m, sum(n_mentions)::BIGINT AS mentions, "
                            "count(*) AS documents FROM actor_docs "
                            "WHERE actor_id = ? AND (? OR NOT dup) AND doc_day IS NOT NULL GROUP BY 1) ORDER BY 1",
                       [aid, dup])
        roles = _rows(con, f"SELECT r.title, oa.id AS of_id, oa.name AS of_name, "
                           f"arg_min({known_date_sql('d.date')}, e.doc_day) AS first, "
                           f"arg_max({known_date_sql('d.date')}, e.doc_day) AS last, count(*) AS documents "
                           "FROM (SELECT doc_id, id, doc_day FROM entities WHERE actor_id = ? AND (? OR NOT dup)) e "
                           "JOIN documents d ON d.id = e.doc_id "
                           "JOIN roles r ON r.doc_id = e.doc_id AND r.entity_id = e.id "
                           "LEFT JOIN entities oe ON oe.doc_id = r.doc_id AND oe.id = r.of_entity "
                           "LEFT JOIN actors oa ON oa.id = oe.actor_id "
                           "GROUP BY ALL ORDER BY first NULLS LAST, documents DESC LIMIT ?", [aid, dup, n])
        cooc = _rows(con, "WITH top AS (SELECT b.actor_id, count(*) AS documents FROM actor_docs a "
                          "JOIN actor_docs b ON b.doc_key = a.doc_key WHERE a.actor_id = ? AND (? OR NOT a.dup) "
                          "AND b.actor_id <> ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?) "
                          "SELECT a.id, a.name, a.kind, top.documents FROM top JOIN actors a ON a.id = top.actor_id "
                          "ORDER BY top.documents DESC, a.name", [aid, dup, aid, n])
        total = con.execute("SELECT count(*) FROM actor_docs WHERE actor_id = ? AND (? OR NOT dup)",
                            [aid, dup]).fetchone()[0]
    return {"id": aid, "name": a["name"], "type": a["type"], "kind": a["kind"], "kb_id": a["kb_id"],
            "country": a["country"], "names": names, "documents": total,
            "mentions": sum(m["mentions"] for m in months), "roles": roles, "mentions_by_month": months,
            "quotes": quotes(con, speaker=aid, limit=n, include_duplicates=dup), "co_occurring": cooc}


def role_holders(con, title: str, of: str | None = None, at=None, limit=10, include_duplicates: bool = False) -> dict:
    """Who held an office (``Außenminister`` of ``RU``) around a date: the people
    the archive gives that title, ranked by documents nearest to ``at``.

    Titles match on their ending (``Außenminister`` also finds
    ``Bundesaußenminister``); ``of`` is resolved like an actor reference.
    """
    title = (title or "").strip()
    if not title:
        raise QueryError("give a title, e.g. Außenminister")
    day = parse_period(at) if at else None
    of_ids = of_kbs = None
    if of:
        from .kb import KB

        of_ids = resolve(con, of)
        of_kbs = [e.id for e in KB.load().lookup(of)] + [r[0] for r in con.execute(
            "SELECT kb_id FROM actors WHERE id IN (SELECT unnest(?)) AND kb_id IS NOT NULL", [of_ids]).fetchall()]
        if not of_ids and not of_kbs:
            raise NotFound(f"no actor {of!r}")
    with budget(con):
        rows = _rows(con,
                     "SELECT a.id, a.name, r.title, coalesce(oa.name, json_extract_string(r.extra, '$.of_name')) AS of_name, "
                     f"arg_min({known_date_sql('d.date')}, e.doc_day) AS first, arg_max({known_date_sql('d.date')}, e.doc_day) AS last, "
                     "count(DISTINCT e.doc_id) AS documents, "
                     "min(abs(date_diff('day', e.doc_day, coalesce(?::DATE, e.doc_day)))) AS days_from "
                     "FROM roles r JOIN entities e ON e.doc_id = r.doc_id AND e.id = r.entity_id "
                     "JOIN documents d ON d.id = e.doc_id "
                     "JOIN actors a ON a.id = e.actor_id "
                     "LEFT JOIN entities oe ON oe.doc_id = r.doc_id AND oe.id = r.of_entity "
                     "LEFT JOIN actors oa ON oa.id = oe.actor_id "
                     "WHERE (lower(r.title) LIKE '%' || lower(?) OR lower(r.title) LIKE '%' || lower(?) || 'in') AND (? OR NOT e.dup) "
                     "AND (?::VARCHAR[] IS NULL OR oa.id IN (SELECT unnest(?::VARCHAR[])) "
                     "OR json_extract_string(r.extra, '$.of_kb') IN (SELECT unnest(?::VARCHAR[]))) "
                     "GROUP BY ALL ORDER BY days_from NULLS LAST, documents DESC LIMIT ?",
                     [day, title, title, include_duplicates, of_ids, of_ids, of_kbs, _limit(limit, 10)])
    return {"title": title, "of": of, "at": str(day) if day else None, "holders": [{k: _plain(v) for k, v in r.items()} for r in rows]}


def quotes(con, speaker: str | None = None, since=None, until=None, kind: str | None = None, limit=50,
           include_duplicates: bool = False, representatives: bool = False) -> list[dict]:
    """Quotes, newest first; ``speaker`` as for :func:`resolve` (no match -> empty list).

    With ``representatives`` a speaker's rows include those of whoever speaks in its name
    (a described speaker `of` it: "ein Sprecher des Ministeriums", "Bergers Sprecherin"),
    each with the principal's name in ``speaker_of`` (None on the speaker's own rows)."""
    lo, hi = _dates(since, until)
    ids = resolve(con, speaker) if speaker else None
    if speaker and not ids:
        return []
    # with a speaker, join only that actor's entities (a small table) instead of all of them
    own = "SELECT doc_id, id, actor_id, name, NULL::VARCHAR AS principal FROM entities "
    if ids and representatives:
        speakers = (f"JOIN ({own}WHERE actor_id IN (SELECT unnest(?)) UNION ALL "
                    "SELECT r.doc_id, r.id, r.actor_id, r.name, p.actor_id FROM entities p JOIN entities r "
                    "ON r.doc_id = p.doc_id AND r.extra->>'of' = p.id WHERE p.actor_id IN (SELECT unnest(?))) e ")
        params = [ids, ids]
    elif ids:
        speakers, params = f"JOIN ({own}WHERE actor_id IN (SELECT unnest(?))) e ", [ids]
    else:
        speakers, params = f"LEFT JOIN ({own}WHERE ?::VARCHAR[] IS NULL) e ", [ids]
    principal = ", pa.name AS speaker_of" if representatives else ""
    principals = "LEFT JOIN actors pa ON pa.id = e.principal " if representatives else ""
    with budget(con):
        return _rows(con,
                     "SELECT q.doc_id, q.id, q.kind, q.text, q.start, q.\"end\", a.id AS speaker_id, "
                     "a.name AS speaker, e.name AS speaker_mention, q.cue_text AS cue, q.cue_start, q.cue_end, "
                     f"q.doc_day AS date, q.component{principal} FROM quotes q {speakers}"
                     "ON e.doc_id = q.doc_id AND e.id = q.speaker LEFT JOIN actors a ON a.id = e.actor_id "
                     f"{principals}"
                     "WHERE (? OR NOT q.dup) "
                     "AND (?::DATE IS NULL OR q.doc_day >= ?) AND (?::DATE IS NULL OR q.doc_day <= ?) "
                     "AND (?::VARCHAR IS NULL OR q.kind = ?) "
                     "ORDER BY q.doc_day DESC NULLS LAST, q.doc_id, q.seq LIMIT ?",
                     [*params, bool(include_duplicates), lo, lo, hi, hi, kind, kind, _limit(limit)])


def events(con, source: str | None = None, target: str | None = None, type: str | None = None,
           since=None, until=None, status: str | None = None, limit=100,
           include_duplicates: bool = False) -> list[dict]:
    """Events, newest first, filtered by source/target actor (name, id, KB id or country code)."""
    lo, hi = _dates(since, until)
    src = resolve(con, source) if source else None
    tgt = resolve(con, target) if target else None
    if (source and not src) or (target and not tgt):
        return []
    # an actor filter is a join with that actor's (small) set of event arguments
    joins, params = "", []
    for role, ids in (("source", src), ("target", tgt)):
        if ids:
            joins += (f"SEMI JOIN (SELECT ev FROM event_args WHERE role = '{role}' "
                      f"AND actor_id IN (SELECT unnest(?))) {role[0]} ON {role[0]}.ev = v.ev ")
            params.append(ids)
    with budget(con):
        rows = _rows(con,
                     f"SELECT v.doc_id, v.id, v.ev, v.type, v.mode, v.status, "
                     f"coalesce({known_date_sql('tx.value')}, {known_date_sql('d.date')}) AS date, "
                     f"{known_date_sql('d.date')} AS document_date, v.trigger_start, "
                     "v.trigger_end, v.trigger_text, l.name AS location, v.component FROM ("
                     "SELECT v.* FROM events v "
                     f"{joins}WHERE (? OR NOT v.dup) AND (?::VARCHAR IS NULL OR v.type = upper(?)) "
                     "AND (?::VARCHAR IS NULL OR v.status = ?) "
                     "AND (?::DATE IS NULL OR v.day >= ?) AND (?::DATE IS NULL OR v.day <= ?) "
                     "ORDER BY v.day DESC NULLS LAST, v.doc_id, v.seq LIMIT ?) v "
                     "LEFT JOIN entities l ON l.doc_id = v.doc_id AND l.id = v.location "
                     "LEFT JOIN timexes tx ON tx.doc_id = v.doc_id AND tx.id = v.time "
                     "JOIN documents d ON d.id = v.doc_id "
                     "ORDER BY v.day DESC NULLS LAST, v.doc_id, v.seq",
                     [*params, bool(include_duplicates), type, type, status, status, lo, lo, hi, hi,
                      _limit(limit, 100)])
        args = _rows(con,
                     "SELECT x.doc_id, x.event_id, x.role, a.id, a.name, a.country, e.name AS mention "
                     "FROM (SELECT * FROM event_args WHERE ev IN (SELECT unnest(?))) x "
                     "LEFT JOIN entities e ON e.doc_id = x.doc_id AND e.id = x.entity_id "
                     "LEFT JOIN actors a ON a.id = x.actor_id ORDER BY x.seq",
                     [[r.pop("ev") for r in rows]])
    by_event: dict = {}
    for a in args:
        slot = by_event.setdefault((a.pop("doc_id"), a.pop("event_id")), {"source": [], "target": []})
        slot[a.pop("role")].append(a)
    for r in rows:
        r.update(by_event.get((r["doc_id"], r["id"]), {"source": [], "target": []}))
    return rows


def timeline(con, actor: str | None = None, dyad: tuple[str, str] | None = None, by: str = "month",
             since=None, until=None, include_duplicates: bool = False) -> dict:
    """Counts per period for one actor (documents, mentions, events as source/target) or
    for a dyad (events between the two, either direction, by type).  ``by="day"`` uses
    only documents dated to the day."""
    if by not in PERIODS:
        raise QueryError(f"by must be one of {', '.join(PERIODS)}")
    if (actor is None) == (dyad is None):
        raise QueryError("give either an actor or a dyad")
    lo, hi = _dates(since, until)
    fmt, dup = PERIODS[by], bool(include_duplicates)
    # a document dated only to the month has no day: leave it out of daily counts
    window = ("(? OR NOT x.dup) AND x.doc_day IS NOT NULL AND (?::DATE IS NULL OR x.doc_day >= ?) "
              "AND (?::DATE IS NULL OR x.doc_day <= ?) AND (NOT ? OR x.doc_precise)")
    wparams = [dup, lo, lo, hi, hi, by == "day"]
    if actor is not None:
        a = _one_actor(con, actor)
        with budget(con):
            docs = _rows(con, f"SELECT strftime(p, ?) AS period, documents, mentions FROM (SELECT "
                              f"date_trunc(?, x.doc_day) AS p, count(*) AS documents, "
                              f"sum(x.n_mentions)::BIGINT AS mentions FROM actor_docs x "
                              f"WHERE x.actor_id = ? AND {window} GROUP BY 1)", [fmt, by, a["id"], *wparams])
            evs = _rows(con, f"SELECT strftime(p, ?) AS period, role, n FROM (SELECT date_trunc(?, x.doc_day) AS p, "
                             f"x.role, count(DISTINCT x.ev) AS n FROM event_args x "
                             f"WHERE x.actor_id = ? AND {window} GROUP BY 1, 2)", [fmt, by, a["id"], *wparams])
        series = {r["period"]: {**r, "as_source": 0, "as_target": 0} for r in docs}
        for r in evs:
            series.setdefault(r["period"], {"period": r["period"], "documents": 0, "mentions": 0,
                                            "as_source": 0, "as_target": 0})[f"as_{r['role']}"] = r["n"]
        return {"actor": {"id": a["id"], "name": a["name"]}, "by": by,
                "series": sorted(series.values(), key=lambda r: r["period"])}
    if not (isinstance(dyad, (list, tuple)) and len(dyad) == 2):
        raise QueryError("a dyad is two actors")
    one, two = _one_actor(con, dyad[0]), _one_actor(con, dyad[1])
    with budget(con):
        rows = _rows(con,
                     f"SELECT strftime(x.doc_day, ?) AS period, v.type, count(*) AS n FROM "
                     f"(SELECT DISTINCT s.ev, s.doc_day, s.doc_precise, s.dup FROM "
                     f"(SELECT * FROM event_args WHERE role = 'source' AND actor_id IN (?, ?)) s JOIN "
                     f"(SELECT * FROM event_args WHERE role = 'target' AND actor_id IN (?, ?)) t "
                     f"ON t.ev = s.ev WHERE s.actor_id <> t.actor_id) x "
                     f"JOIN events v ON v.ev = x.ev WHERE {window} "
                     f"GROUP BY 1, 2 ORDER BY 1, 2",
                     [fmt, one["id"], two["id"], two["id"], one["id"], *wparams])
    series: dict = {}
    for r in rows:
        slot = series.setdefault(r["period"], {"period": r["period"], "events": 0, "types": {}})
        slot["events"] += r["n"]
        slot["types"][r["type"]] = r["n"]
    return {"dyad": [{"id": one["id"], "name": one["name"]}, {"id": two["id"], "name": two["name"]}], "by": by,
            "series": list(series.values())}


def document(con, doc_id: str) -> dict:
    """The record rebuilt from the tables, plus ``archive`` (duplicate flag, actor ids)."""
    with budget(con):
        docs = _rows(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
        if not docs:
            raise NotFound(f"no document {doc_id!r}")
        d = docs[0]
        part = {t: _rows(con, f"SELECT * FROM {t} WHERE doc_id = ? ORDER BY seq", [doc_id])
                for t in ("entities", "mentions", "roles", "quotes", "timexes", "events", "event_args", "amounts")}
    rec = {"id": d["id"], "text": d["text"], "meta": json.loads(d["meta"] or "{}"), **_extra(d)}
    if d["error"]:
        rec["error"] = json.loads(d["error"])
    spans = lambda r, s="start", e="end", t="text": {"start": r[s], "end": r[e], "text": r[t]}  # noqa: E731
    rec["entities"] = []
    for e in part["entities"]:
        ent = {"id": e["id"], "name": e["name"], "type": e["type"], **({"kind": e["kind"]} if e["kind"] else {}),
               "roles": [{**spans(r), "title": r["title"], "of": r["of_entity"], **_extra(r)}
                         for r in part["roles"] if r["entity_id"] == e["id"]],
               "mentions": [{**spans(m), **({"form": m["form"]} if m["form"] else {}), **_extra(m)}
                            for m in part["mentions"] if m["entity_id"] == e["id"]],
               **({"kb": json.loads(e["kb"])} if e["kb"] else {}), **_extra(e)}
        rec["entities"].append(ent)
    rec["quotes"] = [{"id": q["id"], "kind": q["kind"], **spans(q), "speaker": q["speaker"],
                      "cue": spans(q, "cue_start", "cue_end", "cue_text") if q["cue_start"] is not None else None,
                      **_extra(q)} for q in part["quotes"]]
    rec["timexes"] = [{"id": x["id"], **spans(x), "type": x["type"], "value": x["value"], **_extra(x)}
                      for x in part["timexes"]]
    rec["events"] = []
    for v in part["events"]:
        args = [a for a in part["event_args"] if a["event_id"] == v["id"]]
        rec["events"].append({
            "id": v["id"], "type": v["type"], **({"mode": v["mode"]} if v["mode"] else {}),
            "trigger": spans(v, "trigger_start", "trigger_end", "trigger_text"),
            "source": [a["entity_id"] for a in args if a["role"] == "source"],
            "target": [a["entity_id"] for a in args if a["role"] == "target"],
            "location": v["location"], "time": v["time"], "status": v["status"], **_extra(v)})
    rec["amounts"] = [{**spans(a), "value": a["value"], "unit": a["unit"], **({"of": a["of"]} if a["of"] else {}),
                       **_extra(a)} for a in part["amounts"]]
    rec["archive"] = {"duplicate_of": d["duplicate_of"], "similarity": d["similarity"],
                      "ingested_at": d["ingested_at"] and str(d["ingested_at"]),
                      "actors": {e["id"]: e["actor_id"] for e in part["entities"]}}
    return rec


def _extra(row: dict) -> dict:
    return json.loads(row["extra"]) if row.get("extra") else {}


def stats(con) -> dict:
    """Sizes of the archive (documents without duplicates, duplicates, actors, facts)."""
    with budget(con):
        row = _rows(con, "SELECT count(*) FILTER (WHERE duplicate_of IS NULL) AS documents, "
                         "count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS duplicates, "
                         "min(day) AS first, max(day) AS last FROM documents")[0]
        row["actors"] = con.execute("SELECT count(*) FROM actors").fetchone()[0]
        for t in ("quotes", "events"):
            row[t] = con.execute(f"SELECT count(*) FROM {t} x JOIN documents d ON d.id = x.doc_id "
                                 "WHERE d.duplicate_of IS NULL").fetchone()[0]
    return row
