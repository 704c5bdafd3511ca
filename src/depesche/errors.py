"""Coded errors.  A document that fails keeps its record, with an ``error``
naming the code, the stage and the document, so nothing is dropped silently."""
from __future__ import annotations

# code -> what it means; codes are stable, part of the output contract.
CODES = {
    "E_DECODE": "the text cannot be processed as Unicode (lone surrogate code points)",
    "E_BINARY": "input looks binary (NUL bytes or mostly control characters)",
    "E_EMPTY": "document text is empty or whitespace only",
    "E_TOO_LARGE": "document exceeds the configured maximum size",
    "E_JSON": "a JSON Lines input line is not a valid JSON object with a text",
    "E_READ": "the input could not be read",
    "E_STAGE": "a pipeline stage raised an exception on this document",
    "E_TIMEOUT": "a pipeline stage exceeded the per-document time budget",
    "E_MEMORY": "analysing this document ran out of the memory allowed (--max-memory)",
}


class DepescheError(Exception):
    """An error with a stable ``code``; ``stage`` and ``doc_id`` say where."""

    def __init__(self, code: str, message: str, *, stage: str | None = None, doc_id: str | None = None):
        assert code in CODES, code
        super().__init__(message)
        self.code, self.message, self.stage, self.doc_id = code, message, stage, doc_id

    def __reduce__(self):  # picklable, so worker processes can hand errors back
        return _rebuild, (self.code, self.message, self.stage, self.doc_id)

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "stage": self.stage, "doc_id": self.doc_id}


def _rebuild(code, message, stage, doc_id) -> DepescheError:
    return DepescheError(code, message, stage=stage, doc_id=doc_id)
