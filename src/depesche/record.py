"""The document record (``spec/output-format.md``): plain JSON-ready dicts.

Every list item that points into the text carries ``start``/``end``/``text``
with ``text == record["text"][start:end]``; :func:`check_spans` verifies it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

LISTS = ("entities", "quotes", "timexes", "events", "amounts")


def doc_id(text: str) -> str:
    """Stable id of a text: first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def new_record(text: str, id: str | None = None) -> dict:
    rec = {"id": id or doc_id(text), "text": text, "meta": {}}
    for key in LISTS:
        rec[key] = []
    return rec


def body_range(record: dict) -> tuple[int, int]:
    """``(start, end)`` of the body (the whole text when the layout is unknown)."""
    body = record["meta"].get("body") or {"start": 0, "end": len(record["text"])}
    return body["start"], body["end"]


def span(text: str, start: int, end: int, **extra) -> dict:
    """A span dict over ``text``; the one way components make spans."""
    return {"start": start, "end": end, "text": text[start:end], **extra}


def iter_spans(record: dict) -> Iterator[tuple[str, dict]]:
    """Yield ``(path, span)`` for every dict in the record that has offsets."""

    def walk(node, path):
        if isinstance(node, dict):
            if "start" in node and "end" in node and "text" in node:
                yield path, node
            for key, value in node.items():
                if key != "text":
                    yield from walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{path}[{i}]")

    yield from walk({k: v for k, v in record.items() if k != "text"}, "")


def span_matches(text: str, sp: dict) -> bool:
    """Whether the span dict ``sp`` has integer offsets within ``text`` and their text."""
    s, e = sp["start"], sp["end"]
    return isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text) and text[s:e] == sp["text"]


def spans_match(record: dict) -> bool:
    """Whether every span matches the text: :func:`check_spans` without naming
    the culprits, several times faster (no paths are built), for the ingest of every record."""
    text = record["text"]

    def ok(node) -> bool:
        if isinstance(node, dict):
            if "start" in node and "end" in node and "text" in node and not span_matches(text, node):
                return False
            return all(ok(v) for k, v in node.items() if k != "text" and isinstance(v, (dict, list)))
        return all(ok(v) for v in node if isinstance(v, (dict, list)))

    return all(ok(v) for k, v in record.items() if k != "text" and isinstance(v, (dict, list)))


def check_spans(record: dict) -> list[str]:
    """Return a description of every span whose offsets do not match the text."""
    text, bad = record["text"], []
    for path, sp in iter_spans(record):
        start, end = sp["start"], sp["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            bad.append(f"{path}: offsets {start}..{end} out of range")
        elif text[start:end] != sp["text"]:
            bad.append(f"{path}: {text[start:end]!r} != {sp['text']!r}")
    return bad
