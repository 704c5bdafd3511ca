"""Full-text index of the archive (tantivy), kept next to the DuckDB file.

German needs stemming to be searchable (``Wahl`` must find ``Wahlen``), so the
text field uses tantivy's Snowball German stemmer; and compounds, so a second
field holds the parts of the text's compounds (:mod:`depesche.compounds`):
``Wahl`` also finds ``Landtagswahlen``, ranked below whole-word matches.  The index stores only ids,
dates and the duplicate flag; texts and snippets come from the archive, so the
index can always be thrown away and rebuilt with :func:`reindex`.
"""
from __future__ import annotations

import json
import re
import shutil
import threading
from datetime import date, datetime
from pathlib import Path

import tantivy

from .compounds import split

TOKENIZER = "de_stem"
WRITER_HEAP = 50_000_000
PARTS_BOOST = 0.5  # a compound part counts half a word of its own
_WORD = re.compile(r"[^\W\d_]{8,}")
_lock = threading.Lock()
_open: dict[str, tantivy.Index] = {}  # opening an index costs; one per path and process
_without_parts: set[int] = set()  # ids of open indexes in the format before compound parts


def index_dir(db_file: str | Path) -> Path:
    return Path(f"{db_file}.index")


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    sb.add_text_field("text", tokenizer_name=TOKENIZER)
    sb.add_text_field("parts", tokenizer_name=TOKENIZER)
    sb.add_date_field("day", indexed=True, fast=True)
    sb.add_boolean_field("dup", indexed=True)
    return sb.build()


def _analyzer() -> tantivy.TextAnalyzer:
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.stemmer("german"))
            .build())


def open_index(con, create: bool = False) -> tantivy.Index | None:
    """The index of the archive behind ``con``; None if it has none (and ``create`` is off)."""
    from .store import db_path

    path = db_path(con)
    if not path:
        return None
    where = index_dir(path)
    with _lock:
        if str(where) in _open:
            return _open[str(where)]
        if not (where / "meta.json").exists():
            if not create:
                return None
            where.mkdir(parents=True, exist_ok=True)
        if _has_parts(where):
            index = tantivy.Index(_schema(), path=str(where), reuse=True)
        else:  # built before compound parts: searchable as it is until reindex
            index = tantivy.Index.open(str(where))
            _without_parts.add(id(index))
        index.register_tokenizer(TOKENIZER, _analyzer())
        _open[str(where)] = index
        return index


def _has_parts(where: Path) -> bool:
    meta = where / "meta.json"
    return not meta.exists() or any(f["name"] == "parts" for f in json.loads(meta.read_text())["schema"])


def compound_parts(text: str) -> str:
    """The parts of every compound in ``text``, space-separated (for the ``parts`` field)."""
    return " ".join(p for w in _WORD.findall(text) for p in split(w))


def _add_rows(writer, rows) -> int:
    n = 0
    for doc_id, text, day, dup in rows:
        fields = {"doc_id": doc_id, "text": text, "parts": compound_parts(text), "dup": dup}
        if day is not None:
            fields["day"] = datetime(day.year, day.month, day.day)
        writer.add_document(tantivy.Document(**fields))
        n += 1
    return n


_ROWS = "SELECT id, text, day, duplicate_of IS NOT NULL FROM documents"


def add(con, doc_ids: list[str]) -> int:
    """Index stored documents (called by ingest after each committed batch)."""
    index = open_index(con, create=True)
    writer = index.writer(WRITER_HEAP, 1)
    try:
        for doc_id in doc_ids:  # never twice: a re-run after a crash replaces the entry
            writer.delete_documents_by_term("doc_id", doc_id)
        n = _add_rows(writer, con.execute(f"{_ROWS} WHERE id IN (SELECT unnest(?))", [doc_ids]).fetchall())
        writer.commit()
    finally:
        writer.wait_merging_threads()
    index.reload()
    return n


def reindex(con, chunk: int = 10_000) -> int:
    """Rebuild the whole index from the archive (in the current format)."""
    from .store import db_path

    where = index_dir(db_path(con)) if db_path(con) else None
    if where is not None and not _has_parts(where):  # old format: start from scratch
        with _lock:
            old = _open.pop(str(where), None)
            _without_parts.discard(id(old))
        shutil.rmtree(where)
    index = open_index(con, create=True)
    writer = index.writer(WRITER_HEAP, 1)
    n = 0
    try:
        writer.delete_all_documents()
        cur = con.cursor()
        cur.execute(_ROWS)
        while rows := cur.fetchmany(chunk):
            n += _add_rows(writer, rows)
        writer.commit()
    finally:
        writer.wait_merging_threads()
    index.reload()
    return n


def check(con) -> list[str]:
    index = open_index(con)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    if index is None:
        return [f"search index missing ({stored} documents): run reindex"] if stored else []
    indexed = index.searcher().num_docs
    if indexed != stored:
        return [f"search index has {indexed} documents, archive {stored}: run reindex"]
    if id(index) in _without_parts:
        return ["search index predates compound search: run reindex"]
    return []


_QUERY_WORD = re.compile(r"[^\W\d_]{3,}")


def _inside_compound(text: str, query: str, chars: int) -> dict | None:
    """Snippet for a document that matched only through a compound part: the
    first compound with a part the query names (``wahl`` in ``Landtagswahlen``)."""
    words = [w.lower() for w in _QUERY_WORD.findall(query) if w not in ("AND", "OR", "NOT")]
    for m in _WORD.finditer(text):
        for part in split(m[0]):
            if any(part.startswith(w) or w.startswith(part) for w in words):
                a = m.start() + m[0].lower().rfind(part)  # a head sits at the end, a modifier before it
                b = a + len(part)
                start = text.rfind(" ", 0, max(0, a - chars // 3)) + 1  # begin and end at a word
                end = min(len(text), start + chars)
                if end < len(text):
                    end = max(text.rfind(" ", b, end), b)
                return {"snippet": text[start:end], "start": start, "end": end, "highlights": [[a, b]]}
    return None


def _char_offset(data: bytes, byte_offset: int) -> int:
    return len(data[:byte_offset].decode("utf-8", "ignore"))


def search(con, query: str, since: date | None = None, until: date | None = None, limit: int = 20,
           include_duplicates: bool = False, snippet_chars: int = 240) -> dict:
    """Ranked hits ``{"total", "hits": [{"id", "score", "snippet", "start", "end", "highlights"}]}``.

    ``since``/``until`` are inclusive first/last days; ``start``/``end`` and the
    ``highlights`` are character offsets into the document text.  The query
    language is tantivy's (``Wahl AND Minsk``, ``"freie Wahlen"``), parsed
    leniently: a malformed query matches less, it never fails.
    """
    index = open_index(con)
    if index is None:
        return {"total": 0, "hits": []}
    schema = index.schema
    fields = ["text"] if id(index) in _without_parts else ["text", "parts"]
    boosts = {"parts": PARTS_BOOST} if "parts" in fields else {}
    parsed, _errors = index.parse_query_lenient(query, fields, field_boosts=boosts)
    q = parsed
    if since or until:
        lo = datetime(since.year, since.month, since.day) if since else None
        hi = datetime(until.year, until.month, until.day, 23, 59, 59) if until else None
        q = q.and_must_match(tantivy.Query.range_query(schema, "day", tantivy.FieldType.Date, lo, hi))
    if not include_duplicates:
        q = q.and_must_not_match(tantivy.Query.term_query(schema, "dup", True))
    searcher = index.searcher()
    result = searcher.search(q, limit)
    ids = [(score, searcher.doc(addr)["doc_id"][0]) for score, addr in result.hits]
    texts = dict(con.execute("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?))",
                             [[i for _, i in ids]]).fetchall())
    generator = tantivy.SnippetGenerator.create(searcher, parsed, schema, "text")
    generator.set_max_num_chars(snippet_chars)
    hits = []
    for score, doc_id in ids:
        text = texts.get(doc_id)
        if text is None:  # indexed but no longer stored: stale index
            continue
        snip = generator.snippet_from_doc(tantivy.Document(text=text))
        if not snip.highlighted() and (inside := _inside_compound(text, query, snippet_chars)):
            hits.append({"id": doc_id, "score": round(score, 4), **inside})
            continue
        fragment = snip.fragment()
        start = _char_offset(text.encode("utf-8"), snip.fragment_range().start)
        if text[start:start + len(fragment)] != fragment:  # ranges are documented on trimmed text
            start = max(text.find(fragment), 0)
        frag = fragment.encode("utf-8")
        hits.append({"id": doc_id, "score": round(score, 4), "snippet": fragment, "start": start,
                     "end": start + len(fragment),
                     "highlights": [[start + _char_offset(frag, h.start), start + _char_offset(frag, h.end)]
                                    for h in snip.highlighted()]})
    return {"total": result.count, "hits": hits}
