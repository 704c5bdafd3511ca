"""The archive: analysed records in an embedded DuckDB file.

One row per fact, every row with its document id, its offsets and the
``component@version`` that produced it, so any answer can be traced back to a
character range and to the code that found it.  Ingest is incremental and
idempotent (keyed by a hash of the text), all-or-nothing per batch, and flags
near-duplicates (the same dispatch re-sent, corrected or syndicated) with
``duplicate_of`` so that counts are not inflated.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa
import pycountry

from .record import LISTS, iter_spans, span_matches, spans_match

if TYPE_CHECKING:
    from datasketch import MinHash

log = logging.getLogger(__name__)

DEFAULT_DB = "depesche.duckdb"
SCHEMA_VERSION = "1"

# Near-duplicate detection: MinHash over word 3-grams, LSH with 24 bands of 5
# rows (a pair with Jaccard s becomes a candidate with p = 1-(1-s^5)^24, ~0.5 at
# s=0.53), then the estimated Jaccard of a candidate must reach DUP_THRESHOLD.
# A corrected re-send of a 70-word dispatch still shares ~2/3 of its 3-grams.
NUM_PERM, BANDS, ROWS = 120, 24, 5
SCHEME = "affine32"  # stored with the signatures: never change it for an existing archive
DUP_THRESHOLD = 0.6
SHINGLE = 3
_WORD = re.compile(r"\w+")

# Which component wrote a layer when an item does not say: the first name in
# ``meta.components`` whose last dotted part is one of these.
LAYER_COMPONENTS = {
    "entities": ("ner", "entities", "entity", "coref", "linker"),
    "quotes": ("quotes", "quote", "speech"),
    "timexes": ("timex", "timexes", "time", "temporal"),
    "events": ("events", "event"),
    "amounts": ("amounts", "amount", "numbers", "quantities"),
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE NOT NULL, text VARCHAR NOT NULL,
    date VARCHAR, day DATE, date_precision VARCHAR, agency VARCHAR, place VARCHAR,
    dateline_start INTEGER, dateline_end INTEGER, dateline_text VARCHAR,
    body_start INTEGER, body_end INTEGER, language VARCHAR, editors VARCHAR[],
    meta JSON, error JSON, extra JSON, components JSON,
    duplicate_of VARCHAR, similarity DOUBLE, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS signatures (doc_id VARCHAR, minhash UINTEGER[]);
CREATE TABLE IF NOT EXISTS lsh_bands (band UTINYINT, key BIGINT, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, key VARCHAR UNIQUE NOT NULL, name VARCHAR, type VARCHAR, kind VARCHAR,
    kb_id VARCHAR, country VARCHAR);
CREATE TABLE IF NOT EXISTS actor_names (actor_id VARCHAR, name_key VARCHAR, PRIMARY KEY (name_key, actor_id));
CREATE TABLE IF NOT EXISTS actor_docs (
    actor_id VARCHAR, doc_id VARCHAR, doc_key BIGINT, doc_day DATE, doc_precise BOOLEAN, dup BOOLEAN,
    n_mentions INTEGER);
CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR, id VARCHAR, seq INTEGER, actor_id VARCHAR, name VARCHAR, type VARCHAR, kind VARCHAR,
    kb JSON, n_mentions INTEGER, extra JSON, component VARCHAR, doc_day DATE, doc_precise BOOLEAN, dup BOOLEAN);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, entity_id VARCHAR, seq INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
    form VARCHAR, extra JSON, component VARCHAR);
CREATE TABLE IF NOT EXISTS roles (
    doc_id VARCHAR, entity_id VARCHAR, seq INTEGER, title VARCHAR, of_entity VARCHAR,
    start INTEGER, "end" INTEGER, text VARCHAR, extra JSON, component VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, id VARCHAR, seq INTEGER, kind VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    speaker VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR, extra JSON, component VARCHAR,
    doc_day DATE, doc_precise BOOLEAN, dup BOOLEAN);
CREATE TABLE IF NOT EXISTS timexes (
    doc_id VARCHAR, id VARCHAR, seq INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, extra JSON, component VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, id VARCHAR, ev BIGINT, seq INTEGER, type VARCHAR, mode VARCHAR, status VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR, location VARCHAR, time VARCHAR,
    day DATE, extra JSON, component VARCHAR, doc_day DATE, doc_precise BOOLEAN, dup BOOLEAN);
CREATE TABLE IF NOT EXISTS event_args (
    doc_id VARCHAR, event_id VARCHAR, ev BIGINT, role VARCHAR, seq INTEGER, entity_id VARCHAR, actor_id VARCHAR,
    doc_day DATE, doc_precise BOOLEAN, dup BOOLEAN);
CREATE TABLE IF NOT EXISTS amounts (
    doc_id VARCHAR, seq INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, value DOUBLE, unit VARCHAR,
    "of" VARCHAR, extra JSON, component VARCHAR);
"""

# Every table that holds spans, with its (start, end, text) columns.
SPAN_COLUMNS = {
    "mentions": [("start", "end", "text")],
    "roles": [("start", "end", "text")],
    "quotes": [("start", "end", "text"), ("cue_start", "cue_end", "cue_text")],
    "timexes": [("start", "end", "text")],
    "events": [("trigger_start", "trigger_end", "trigger_text")],
    "amounts": [("start", "end", "text")],
    "documents": [("dateline_start", "dateline_end", "dateline_text")],
}
# Tables that repeat the document's day (and whether it is known to the day) and
# its duplicate flag: actor queries filter one table instead of joining documents.
DENORMALISED = ("entities", "quotes", "events", "event_args", "actor_docs")
TABLES = ("documents", "actors", "actor_names", "actor_docs", "entities", "mentions", "roles", "quotes", "timexes",
          "events", "event_args", "amounts")


@dataclass
class IngestStats:
    """What one :func:`ingest` call did; ``added`` includes flagged duplicates."""

    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    batches: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {**self.__dict__, "docs_per_s": round(self.added / self.seconds, 1) if self.seconds else None}


# ---------------------------------------------------------------- connection

def connect(db: str | Path | duckdb.DuckDBPyConnection = DEFAULT_DB, read_only: bool = False):
    """Open (and on first write, create) an archive; a connection passes through."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db
    if read_only and not Path(db).exists():
        raise FileNotFoundError(f"no archive at {db}")
    con = duckdb.connect(str(db), read_only=read_only)
    if not read_only:
        con.execute(SCHEMA)
        con.execute("INSERT INTO store_info VALUES ('schema', ?) ON CONFLICT DO NOTHING", [SCHEMA_VERSION])
    return con


@contextmanager
def _opened(db, read_only: bool = False):
    """A connection for one call: passed through, or opened here and closed again."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = connect(db, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def db_path(con) -> str | None:
    """File behind a connection (None for in-memory): the search index lives next to it."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row[0] if row and row[0] else None


# ---------------------------------------------------------------- normalising

def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _simple_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


try:  # the knowledge-base module decides which names are one actor, when present
    from .kb import actor_key as _key_of_name
except ImportError:  # pragma: no cover - depends on what is installed alongside
    _key_of_name = _simple_key
_name_key = lru_cache(maxsize=200_000)(_key_of_name)  # names repeat across an archive


def kb_fields(kb) -> tuple[str | None, str | None]:
    """``(kb id, ISO alpha-3 country)`` from an entity's ``kb`` (a string id or a dict)."""
    if isinstance(kb, str):
        return kb, None
    if not isinstance(kb, dict):
        return None, None
    return kb.get("id"), country_code(kb.get("country"))


@lru_cache(maxsize=1024)
def country_code(code) -> str | None:
    """ISO 3166 alpha-2 or alpha-3 code -> alpha-3 (``BY`` -> ``BLR``); None if unknown."""
    if not isinstance(code, str) or len(code) not in (2, 3) or not code.isalpha():
        return None
    country = pycountry.countries.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code.upper()})
    return country.alpha_3 if country else None


def actor_key(entity: dict, doc_id: str = "") -> str:
    """An entity's actor across the archive: its knowledge-base id, else its name key; a
    person the text never names ("eine Sprecherin der Polizei": nominal and pronoun mentions
    only) is an actor of its own document, or every "Sprecherin" would be one actor (unnamed
    bodies such as "die Polizei" keep their name key, as a group to follow)."""
    kb_id, _ = kb_fields(entity.get("kb"))
    if kb_id:
        return f"kb:{kb_id}"
    mentions = entity.get("mentions") or []
    if entity.get("type") == "PER" and mentions and all(m.get("form") in ("nominal", "pronoun") for m in mentions):
        return f"doc:{doc_id}:{entity.get('id')}"
    return f"name:{_name_key(entity.get('name') or '')}"


def row_key(*parts: str) -> int:
    """64-bit key of a document or event: joins on one integer are far faster than
    on (doc_id, event_id) strings; collisions are negligible at archive sizes."""
    digest = hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def actor_id(key: str) -> str:
    """Stable across archives: the same key always gets the same id."""
    return "a" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def parse_date(value) -> tuple[date | None, str | None]:
    """ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (prefix of a longer value) -> first day, precision."""
    if not isinstance(value, str):
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])", value)
    if not m:
        return None, None
    try:
        y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        return date(y, mo, d), "day" if m[3] else "month" if m[2] else "year"
    except ValueError:
        return None, None


def _component(item: dict, layer: str, components: dict) -> str | None:
    if item.get("component"):
        return str(item["component"])
    for name, version in components.items():
        if name.rsplit(".", 1)[-1].lower() in LAYER_COMPONENTS[layer]:
            return f"{name}@{version}"
    return None


def _extra(item: dict, known: set[str]) -> str | None:
    rest = {k: v for k, v in item.items() if k not in known}
    return json.dumps(rest, ensure_ascii=False) if rest else None


def _sp(item) -> tuple:
    item = item if isinstance(item, dict) else {}
    return item.get("start"), item.get("end"), item.get("text")


# ---------------------------------------------------------------- near-duplicates

@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def minhash(text: str) -> MinHash:
    from datasketch import MinHash  # here, not at the top: importing it pulls in scipy (0.4 s for every CLI call)

    words = [w.casefold() for w in _WORD.findall(text)]
    grams = [" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def band_keys(mh: MinHash) -> list[tuple[int, int]]:
    hv = mh.hashvalues
    return [(b, int.from_bytes(hashlib.blake2b(hv[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest(),
                               "little", signed=True)) for b in range(BANDS)]


# ---------------------------------------------------------------- rows

def _rows(rec: dict, doc_id: str, components: dict, actors: dict, names: set, day) -> dict[str, list[dict]]:
    """Flatten one record into table rows; ``actors`` collects actor rows by key and
    ``names`` the (actor id, name key) pairs that let users find an actor by any of its names."""
    out = {t: [] for t in ("entities", "mentions", "roles", "quotes", "timexes", "events", "event_args", "amounts")}
    ent_actor, per_actor = {}, {}
    for i, e in enumerate(rec.get("entities") or []):
        comp = _component(e, "entities", components)
        key = actor_key(e, doc_id)
        aid = actor_id(key)
        ent_actor[e.get("id")] = aid
        kb_id, country = kb_fields(e.get("kb"))
        per_actor[aid] = per_actor.get(aid, 0) + len(e.get("mentions") or [])
        names.add((aid, _name_key(e.get("name") or "")))
        names.update((aid, _name_key(m.get("text") or "")) for m in e.get("mentions") or []
                     if m.get("form", "name") == "name")
        if key not in actors:
            actors[key] = {"id": aid, "key": key, "name": e.get("name"), "type": e.get("type"),
                           "kind": e.get("kind"), "kb_id": kb_id, "country": country}
        out["entities"].append({"doc_id": doc_id, "id": e.get("id"), "seq": i, "actor_id": aid,
                                "name": e.get("name"), "type": e.get("type"), "kind": e.get("kind"),
                                "kb": json.dumps(e["kb"], ensure_ascii=False) if "kb" in e else None,
                                "n_mentions": len(e.get("mentions") or []),
                                "extra": _extra(e, {"id", "name", "type", "kind", "kb", "roles", "mentions"}),
                                "component": comp})
        for j, m in enumerate(e.get("mentions") or []):
            s, en, t = _sp(m)
            out["mentions"].append({"doc_id": doc_id, "entity_id": e.get("id"), "seq": j, "start": s, "end": en,
                                    "text": t, "form": m.get("form"),
                                    "extra": _extra(m, {"start", "end", "text", "form"}), "component": comp})
        for j, r in enumerate(e.get("roles") or []):
            s, en, t = _sp(r)
            out["roles"].append({"doc_id": doc_id, "entity_id": e.get("id"), "seq": j, "title": r.get("title"),
                                 "of_entity": r.get("of"), "start": s, "end": en, "text": t,
                                 "extra": _extra(r, {"title", "of", "start", "end", "text"}), "component": comp})
    # one row per actor and document: exact document counts without count(DISTINCT)
    doc_key = row_key(doc_id)
    out["actor_docs"] = [{"actor_id": aid, "doc_id": doc_id, "doc_key": doc_key, "n_mentions": n}
                         for aid, n in per_actor.items()]
    for i, q in enumerate(rec.get("quotes") or []):
        s, en, t = _sp(q)
        cs, ce, ct = _sp(q.get("cue"))
        out["quotes"].append({"doc_id": doc_id, "id": q.get("id"), "seq": i, "kind": q.get("kind"), "start": s,
                              "end": en, "text": t, "speaker": q.get("speaker"), "cue_start": cs, "cue_end": ce,
                              "cue_text": ct,
                              "extra": _extra(q, {"id", "kind", "start", "end", "text", "speaker", "cue"}),
                              "component": _component(q, "quotes", components)})
    tx_day = {}
    for i, x in enumerate(rec.get("timexes") or []):
        s, en, t = _sp(x)
        tx_day[x.get("id")] = parse_date(x.get("value"))[0]
        out["timexes"].append({"doc_id": doc_id, "id": x.get("id"), "seq": i, "start": s, "end": en, "text": t,
                               "type": x.get("type"), "value": x.get("value"),
                               "extra": _extra(x, {"id", "start", "end", "text", "type", "value"}),
                               "component": _component(x, "timexes", components)})
    for i, v in enumerate(rec.get("events") or []):
        s, en, t = _sp(v.get("trigger"))
        ev = row_key(doc_id, str(v.get("id")))
        out["events"].append({"doc_id": doc_id, "id": v.get("id"), "ev": ev, "seq": i, "type": v.get("type"),
                              "mode": v.get("mode"), "status": v.get("status"), "trigger_start": s,
                              "trigger_end": en, "trigger_text": t, "location": v.get("location"),
                              "time": v.get("time"), "day": tx_day.get(v.get("time")) or day,
                              "extra": _extra(v, {"id", "type", "mode", "status", "trigger", "source", "target",
                                                  "location", "time"}),
                              "component": _component(v, "events", components)})
        for role in ("source", "target"):
            for j, eid in enumerate(v.get(role) or []):
                out["event_args"].append({"doc_id": doc_id, "event_id": v.get("id"), "ev": ev, "role": role, "seq": j,
                                          "entity_id": eid, "actor_id": ent_actor.get(eid)})
    for i, a in enumerate(rec.get("amounts") or []):
        s, en, t = _sp(a)
        value = a.get("value")
        out["amounts"].append({"doc_id": doc_id, "seq": i, "start": s, "end": en, "text": t,
                               "value": float(value) if isinstance(value, (int, float)) else None,
                               "unit": a.get("unit"), "of": a.get("of"),
                               "extra": _extra(a, {"start", "end", "text", "value", "unit", "of"}),
                               "component": _component(a, "amounts", components)})
    return out


def _document_row(rec: dict, h: str, day, precision) -> dict:
    meta = rec.get("meta") or {}
    dl = meta.get("dateline") if isinstance(meta.get("dateline"), dict) else {}
    body = meta.get("body") if isinstance(meta.get("body"), dict) else {}
    components = meta.get("components") if isinstance(meta.get("components"), dict) else {}
    return {"id": rec["id"], "content_hash": h, "text": rec["text"], "date": meta.get("date"), "day": day,
            "date_precision": precision, "agency": meta.get("agency"), "place": dl.get("place"),
            "dateline_start": dl.get("start"), "dateline_end": dl.get("end"), "dateline_text": dl.get("text"),
            "body_start": body.get("start"), "body_end": body.get("end"), "language": meta.get("language"),
            "editors": meta.get("editors") if isinstance(meta.get("editors"), list) else None,
            "meta": json.dumps(meta, ensure_ascii=False),
            "error": json.dumps(rec["error"], ensure_ascii=False) if rec.get("error") else None,
            "extra": _extra(rec, {"id", "text", "meta", "error", *LISTS}),
            "components": json.dumps(components, ensure_ascii=False), "duplicate_of": None, "similarity": None,
            "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None)}


def _invalid(rec) -> str | None:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("id"), str) \
            or not rec["id"]:
        return "not a record with a string id and a text"
    if spans_match(rec):
        return None
    path = next(path for path, sp in iter_spans(rec) if not span_matches(rec["text"], sp))
    return f"span {path} does not match the text"


# ---------------------------------------------------------------- ingest

def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(db, records: Iterable[dict], batch_size: int = 500, index: bool = True) -> IngestStats:
    """Store records; each batch is one transaction, then goes into the search index.

    Args:
        db: path of the archive file or an open read-write connection.
        records: record dicts (``spec/output-format.md``), e.g. parsed JSON Lines.
        batch_size: records per transaction.
        index: also update the full-text index next to the DB file.
    Returns:
        counts: added (new texts), unchanged (text already stored), duplicates
        (added but flagged as near-duplicate), conflicts (id taken by another
        text), invalid (not a record, or spans not matching the text).
    """
    stats, t0 = IngestStats(), time.perf_counter()
    with _opened(db) as con:
        for batch in _batches(records, batch_size):
            added = _ingest_batch(con, batch, stats)
            stats.batches += 1
            log.info("batch %d: %d records, %d added, %d stored so far", stats.batches, len(batch), len(added),
                     stats.added)
            if index and added and db_path(con):
                from . import search
                search.add(con, added)
    stats.seconds = time.perf_counter() - t0
    return stats


def _ingest_batch(con, batch: list[dict], stats: IngestStats) -> list[str]:
    """One transaction; returns the ids added.  On any exception nothing of the batch stays."""
    fresh, seen = [], set()
    for rec in batch:
        problem = _invalid(rec)
        if problem:
            stats.invalid.append(f"{rec.get('id') if isinstance(rec, dict) else '?'}: {problem}")
            continue
        h = content_hash(rec["text"])
        if h not in seen:
            seen.add(h)
            fresh.append((rec, h))
    if not fresh:
        return []
    con.begin()
    try:
        known = dict(con.execute("SELECT content_hash, id FROM documents WHERE content_hash IN "
                                 "(SELECT unnest(?))", [[h for _, h in fresh]]).fetchall())
        taken = {r[0] for r in con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))",
                                           [[rec["id"] for rec, _ in fresh]]).fetchall()}
        todo, ids = [], set()
        for rec, h in fresh:
            if h in known:
                stats.unchanged += 1
            elif rec["id"] in taken or rec["id"] in ids:
                stats.conflicts.append(rec["id"])
            else:
                ids.add(rec["id"])
                todo.append((rec, h))
        if not todo:
            con.commit()
            return []
        tables = {t: [] for t in ("documents", "signatures", "lsh_bands", "entities", "mentions", "roles", "quotes",
                                  "timexes", "events", "event_args", "amounts", "actor_docs")}
        actors: dict[str, dict] = {}
        names: set[tuple[str, str]] = set()
        sigs = [(rec["id"], minhash(rec["text"])) for rec, _ in todo]
        bands = {doc: band_keys(mh) for doc, mh in sigs}
        dups = _near_duplicates(con, sigs, bands)
        for (rec, h), (_, mh) in zip(todo, sigs):
            day, precision = parse_date((rec.get("meta") or {}).get("date"))
            doc = _document_row(rec, h, day, precision)
            if rec["id"] in dups:
                doc["duplicate_of"], doc["similarity"] = dups[rec["id"]]
                stats.duplicates += 1
            tables["documents"].append(doc)
            tables["signatures"].append({"doc_id": rec["id"], "minhash": mh.hashvalues.tolist()})
            tables["lsh_bands"].extend({"band": b, "key": k, "doc_id": rec["id"]} for b, k in bands[rec["id"]])
            dup = doc["duplicate_of"] is not None
            for table, rows in _rows(rec, rec["id"], json.loads(doc["components"]), actors, names, day).items():
                if table in DENORMALISED:
                    for row in rows:
                        row["doc_day"], row["doc_precise"], row["dup"] = day, precision == "day", dup
                tables[table].extend(rows)
        for table, rows in tables.items():
            _insert(con, table, rows)
        _insert(con, "actors", list(actors.values()), new_only=[("id",), ("key",)])
        _insert(con, "actor_names", [{"actor_id": a, "name_key": k} for a, k in names if k],
                new_only=[("name_key", "actor_id")])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    stats.added += len(todo)
    return [rec["id"] for rec, _ in todo]


def _insert(con, table: str, rows: list[dict], new_only: list[tuple[str, ...]] = ()) -> None:
    """Bulk insert through Arrow (row-wise inserts are ~100x slower in DuckDB).

    ``new_only``: the table's unique keys (each unique within ``rows`` too); rows
    with a key already stored are left out, as ``ON CONFLICT DO NOTHING`` would,
    but by anti-joins, ~10x faster than its row-by-row index probes."""
    if not rows:
        return
    data = pa.Table.from_pylist(rows)  # noqa: F841 - DuckDB scans the local variable by name
    cols = ", ".join(f'"{c}"' for c in rows[0])
    where = " AND ".join("NOT EXISTS (SELECT 1 FROM {} t WHERE {})".format(
        table, " AND ".join(f't."{c}" = d."{c}"' for c in key)) for key in new_only)
    where = f" WHERE {where}" if where else ""
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM data d{where}")


def _near_duplicates(con, sigs: list[tuple[str, MinHash]], bands: dict) -> dict[str, tuple[str, float]]:
    """``doc id -> (original id, estimated Jaccard)`` for the batch, checked against the
    archive and against earlier records of the same batch (first one wins)."""
    flat = [(doc, b, k) for doc, _ in sigs for b, k in bands[doc]]
    cand: dict[str, set[str]] = {}
    found = con.execute(
        "SELECT DISTINCT q.doc, l.doc_id FROM (SELECT unnest(?) AS doc, unnest(?) AS band, unnest(?) AS key) q "
        "JOIN lsh_bands l ON l.band = q.band AND l.key = q.key",
        [[d for d, _, _ in flat], [b for _, b, _ in flat], [k for _, _, k in flat]]).fetchall()
    for doc, other in found:
        cand.setdefault(doc, set()).add(other)
    stored = {}
    others = sorted({o for s in cand.values() for o in s})
    if others:
        rows = con.execute("SELECT s.doc_id, s.minhash, coalesce(d.duplicate_of, d.id) FROM signatures s "
                           "JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN (SELECT unnest(?))",
                           [others]).fetchall()
        from datasketch import MinHash

        stored = {doc: (MinHash(seed=1, scheme=SCHEME, hashvalues=hv, permutations=_permutations()), root)
                  for doc, hv, root in rows}
    result, earlier, by_band = {}, {}, {}
    for doc, mh in sigs:
        pool = {o: stored[o] for o in cand.get(doc, ()) if o in stored}
        for bk in bands[doc]:
            for o in by_band.get(bk, ()):
                pool[o] = earlier[o]
        best = max(((mh.jaccard(omh), root) for omh, root in pool.values()), default=None)
        if best and best[0] >= DUP_THRESHOLD:
            result[doc] = (best[1], round(best[0], 3))
        earlier[doc] = (mh, result[doc][0] if doc in result else doc)
        for bk in bands[doc]:
            by_band.setdefault(bk, []).append(doc)
    return result


# ---------------------------------------------------------------- integrity

def check(db) -> list[str]:
    """Problems found: spans not matching the text, dangling references, duplicate hashes."""
    with _opened(db, read_only=True) as con:
        return _check(con)


def _check(con) -> list[str]:
    problems = []
    for table, spans in SPAN_COLUMNS.items():
        for s, e, t in spans:
            src = "documents x JOIN documents d ON d.id = x.id" if table == "documents" else \
                f"{table} x JOIN documents d ON d.id = x.doc_id"
            keycol = "x.id" if table == "documents" else "x.doc_id"
            rows = con.execute(
                f'SELECT {keycol}, x."{s}", x."{e}" FROM {src} WHERE x."{s}" IS NOT NULL AND '
                f'(x."{s}" < 0 OR x."{e}" < x."{s}" OR x."{e}" > length(d.text) OR '
                f'substr(d.text, x."{s}" + 1, x."{e}" - x."{s}") IS DISTINCT FROM x."{t}") LIMIT 100').fetchall()
            problems += [f"{table}: span {a}..{b} in {doc} does not match the text" for doc, a, b in rows]
    refs = [
        ("entities", "doc_id", "SELECT id FROM documents"),
        ("entities", "actor_id", "SELECT id FROM actors"),
        ("actor_names", "actor_id", "SELECT id FROM actors"),
        ("actor_docs", "actor_id", "SELECT id FROM actors"),
        ("actor_docs", "doc_id", "SELECT id FROM documents"),
        ("event_args", "ev", "SELECT ev FROM events"),
        ("documents", "duplicate_of", "SELECT id FROM documents"),
    ]
    for table, col, target in refs:
        n = con.execute(f"SELECT count(*) FROM {table} WHERE {col} IS NOT NULL "
                        f"AND {col} NOT IN ({target})").fetchone()[0]
        if n:
            problems.append(f"{table}.{col}: {n} references that do not resolve")
    entity_refs = [("mentions", "entity_id"), ("roles", "entity_id"), ("roles", "of_entity"), ("quotes", "speaker"),
                   ("events", "location"), ("event_args", "entity_id")]
    for table, col in entity_refs:
        n = con.execute(f"SELECT count(*) FROM {table} x WHERE x.{col} IS NOT NULL AND NOT EXISTS "
                        f"(SELECT 1 FROM entities e WHERE e.doc_id = x.doc_id AND e.id = x.{col})").fetchone()[0]
        if n:
            problems.append(f"{table}.{col}: {n} entity references that do not resolve")
    for table, col, target in [("events", "time", "timexes"), ("event_args", "event_id", "events")]:
        n = con.execute(f"SELECT count(*) FROM {table} x WHERE x.{col} IS NOT NULL AND NOT EXISTS "
                        f"(SELECT 1 FROM {target} t WHERE t.doc_id = x.doc_id AND t.id = x.{col})").fetchone()[0]
        if n:
            problems.append(f"{table}.{col}: {n} references to {target} that do not resolve")
    for table in ("quotes", "timexes", "mentions", "amounts", "signatures"):
        n = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        if n:
            problems.append(f"{table}: {n} rows of unknown documents")
    for table in DENORMALISED:
        n = con.execute(f"SELECT count(*) FROM {table} x JOIN documents d ON d.id = x.doc_id WHERE "
                        "x.dup IS DISTINCT FROM (d.duplicate_of IS NOT NULL) OR x.doc_day IS DISTINCT FROM d.day "
                        "OR x.doc_precise IS DISTINCT FROM coalesce(d.date_precision = 'day', false)"
                        ).fetchone()[0]
        if n:
            problems.append(f"{table}: {n} rows whose day or duplicate flag differ from their document")
    n = con.execute("SELECT count(*) FROM (SELECT content_hash FROM documents "
                    "GROUP BY 1 HAVING count(*) > 1)").fetchone()[0]
    if n:
        problems.append(f"documents: {n} content hashes stored more than once")
    if db_path(con):
        from . import search
        problems += search.check(con)
    return problems


# ---------------------------------------------------------------- export

def known_date_sql(column: str) -> str:
    """SQL: the known part of the ISO date value in ``column`` (``2020-09`` stays a month,
    never ``2020-09-01``), NULL if it holds none (``PRESENT_REF``)."""
    return f"nullif(regexp_extract({column}, '^\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?', 0), '')"


EVENTS_EXPORT = f"""
SELECT coalesce(v.day, d.day) AS date,
       coalesce(CASE length({known_date_sql('tx.value')})
                WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' END, d.date_precision) AS date_precision,
       d.date AS document_date,
       sa.name AS source_name, sa.id AS source_actor_id, sa.country AS source_country, se.name AS source_mention,
       ta.name AS target_name, ta.id AS target_actor_id, ta.country AS target_country, te.name AS target_mention,
       v.type AS event_type, v.mode, v.status, loc.name AS location,
       (SELECT min(q.id) FROM quotes q WHERE q.doc_id = v.doc_id
         AND q.start <= v.trigger_start AND v.trigger_end <= q."end") AS quote_id,
       v.doc_id AS document_id, v.id AS event_id, v.trigger_start, v.trigger_end, v.trigger_text, v.component
FROM events v JOIN documents d ON d.id = v.doc_id
LEFT JOIN event_args s ON s.doc_id = v.doc_id AND s.event_id = v.id AND s.role = 'source'
LEFT JOIN entities se ON se.doc_id = s.doc_id AND se.id = s.entity_id
LEFT JOIN actors sa ON sa.id = s.actor_id
LEFT JOIN event_args t ON t.doc_id = v.doc_id AND t.event_id = v.id AND t.role = 'target'
LEFT JOIN entities te ON te.doc_id = t.doc_id AND te.id = t.entity_id
LEFT JOIN actors ta ON ta.id = t.actor_id
LEFT JOIN entities loc ON loc.doc_id = v.doc_id AND loc.id = v.location
LEFT JOIN timexes tx ON tx.doc_id = v.doc_id AND tx.id = v.time
WHERE d.duplicate_of IS NULL
ORDER BY date, v.doc_id, v.seq
"""


def export(db, out_dir: str | Path, fmt: str = "parquet") -> list[Path]:
    """One file per table plus ``events_dyadic`` (GDELT/ICEWS-like, one row per source x target)."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown export format {fmt!r} (parquet or csv)")
    with _opened(db, read_only=True) as con:
        return _export(con, Path(out_dir), fmt)


def _export(con, out: Path, fmt: str) -> list[Path]:
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    written = []
    queries = {t: f"SELECT * FROM {t}" for t in TABLES} | {"events_dyadic": EVENTS_EXPORT}
    for name, sql in queries.items():
        path = out / f"{name}.{fmt}"
        reader = con.sql(sql).to_arrow_reader()
        if fmt == "parquet":
            with pq.ParquetWriter(path, reader.schema) as writer:
                for batch in reader:
                    writer.write_batch(batch)
        else:
            schema = pa.schema([f.with_type(pa.string()) if pa.types.is_list(f.type) else f for f in reader.schema])
            with pcsv.CSVWriter(path, schema) as writer:
                for batch in reader:
                    writer.write_batch(_flatten_lists(batch, schema))
        written.append(path)
    return written


def _flatten_lists(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """CSV has no lists: write them as JSON arrays."""
    cols = [pa.array([None if v is None else json.dumps(v, ensure_ascii=False) for v in col.to_pylist()], pa.string())
            if pa.types.is_list(col.type) else col for col in batch.columns]
    return pa.RecordBatch.from_arrays(cols, schema=schema)
