"""Read documents from files, directories, JSON Lines corpora and stdin.

Every input yields :class:`Input` items; what cannot be
read yields an item carrying a coded error, so the caller still writes a
record for it and carries on with the rest.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DepescheError

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_CHARS = 1_000_000  # about 150 pages; wire dispatches are < 20k
FALLBACK_ENCODING = "cp1252"  # German text that is not UTF-8 is nearly always Windows-1252/Latin-1


@dataclass
class Input:
    """One document to analyse: text, given metadata, and a read error if any."""

    text: str
    meta: dict = field(default_factory=dict)
    id: str | None = None
    error: DepescheError | None = None


def decode(data: bytes) -> tuple[str, dict]:
    """Decode input bytes; returns the text and meta noting any fallback."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), {}
    except UnicodeDecodeError as exc:
        text = data.decode(FALLBACK_ENCODING, errors="replace")
        warning = {"code": "W_DECODE", "message": f"not valid UTF-8 (byte {exc.start}); decoded as {FALLBACK_ENCODING}"}
        return text, {"encoding": FALLBACK_ENCODING, "warnings": [warning]}


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters mean not a text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return bool(sample) and controls / len(sample) > 0.1


def read_paths(paths: Iterable[str], *, date: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Input]:
    """Yield inputs from files, directories (recursively, sorted) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_stream(sys.stdin.buffer, source="<stdin>", date=date, max_chars=max_chars)
            continue
        for path in _files(Path(raw)):
            yield from _read_file(path, date, max_chars)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs :func:`read_paths` yields, counted without parsing (for a progress
    bar's total and ETA); ``None`` when stdin or a pipe holds a corpus: it can be read only once."""
    paths = list(paths)
    if "-" in paths:
        return None
    n = 0
    for path in (f for raw in paths for f in _files(Path(raw))):
        if path.suffix.lower() not in JSONL_SUFFIXES:
            n += 1
            continue
        if path.exists() and not path.is_file():  # a FIFO, /dev/stdin …: counting would eat it
            return None
        try:
            with path.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        except OSError:
            n += 1  # read_paths yields one E_READ input for it
    return n


def _files(path: Path) -> list[Path]:
    """A file itself, or a directory's text and JSON Lines files (recursively, sorted, no hidden ones)."""
    if not path.is_dir():
        return [path]
    return [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)]


def _read_file(path: Path, date, max_chars) -> Iterator[Input]:
    source = str(path)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, source=source, date=date, max_chars=max_chars)
            return
        size = path.stat().st_size
        if size > 4 * max_chars + 4:  # cannot fit max_chars even at 4 bytes a character
            yield _error("E_TOO_LARGE", f"{size:,} bytes, limit {max_chars:,} characters", source)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _error("E_READ", f"{type(exc).__name__}: {exc.strerror or exc}", source)
        return
    yield _from_bytes(data, source, date)


def read_stream(stream, *, source: str, date=None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Input]:
    """A stream is a JSON Lines corpus if its first line is a JSON object, else one text."""
    data = stream.read(4 * max_chars + 5)
    if len(data) > 4 * max_chars + 4:
        yield _error("E_TOO_LARGE", f"more than {4 * max_chars:,} bytes", source)
        return
    first = data.lstrip()[:1]
    if first == b"{":
        line = data.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(line), dict):
                yield from read_jsonl(data.splitlines(keepends=True), source=source, date=date, max_chars=max_chars)
                return
        except ValueError:
            pass
    yield _from_bytes(data, source, date)


def read_jsonl(lines: Iterable[bytes], *, source: str, date=None, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Input]:
    """``{"id", "text", optional "date"}`` per line; other fields kept in ``meta.fields``."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('expected an object with a string "text"')
        except (ValueError, UnicodeDecodeError) as exc:
            yield _error("E_JSON", f"line {lineno}: {exc}", where, id=where)
            continue
        meta = {"source": where}
        if obj.get("date") or date:
            meta["date"] = str(obj.get("date") or date)
        extra = {k: v for k, v in obj.items() if k not in ("id", "text", "date")}
        if extra:
            meta["fields"] = extra
        doc_id = str(obj["id"]) if obj.get("id") is not None else None
        yield Input(obj["text"], meta, doc_id)


def _from_bytes(data: bytes, source: str, date) -> Input:
    if looks_binary(data):
        return _error("E_BINARY", f"{len(data):,} bytes of binary data", source)
    text, meta = decode(data)
    meta["source"] = source
    if date:
        meta["date"] = date
    return Input(text, meta)


def _error(code: str, message: str, source: str, id: str | None = None) -> Input:
    rid = id or f"error:{source}"
    return Input("", {"source": source}, rid, DepescheError(code, message, stage="reader", doc_id=rid))

