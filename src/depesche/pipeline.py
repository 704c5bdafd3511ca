"""The pipeline: named, versioned stages over a spaCy ``Doc``.

``Pipeline(text, meta) -> record`` and ``Pipeline.pipe(items) -> records``.
The wire layout is read first (on the raw text), then the text is tokenised
and every :class:`Component` runs in order.  A stage that raises or runs over
the time budget marks only that document with a coded error; the batch goes on.
"""
from __future__ import annotations

import importlib
import logging
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import spacy
from spacy.tokens import Doc

from .components import metadata
from .errors import DepescheError
from .readers import DEFAULT_MAX_CHARS, Input  # noqa: F401 - re-exported: the pipeline's input
from .record import doc_id, new_record
from .tokenizer import make_doc

log = logging.getLogger(__name__)

if not Doc.has_extension("record"):
    Doc.set_extension("record", default=None)

# Stage order of the default pipeline: (name, "module:Class").  A stage whose
# module is not installed (an optional model missing) is skipped with a warning.
DEFAULT_STAGES = (
    ("sentences", "depesche.components.sentences:Sentences"),
    ("tagger", "depesche.components.tagger:Tagger"),
    ("ner", "depesche.components.ner:NER"),
    ("entities", "depesche.components.entities:Entities"),
    ("quotes", "depesche.components.quotes:Quotes"),
    ("timex", "depesche.components.timex:Timex"),
    ("amounts", "depesche.components.amounts:Amounts"),
    ("events", "depesche.components.events:Events"),
)

METADATA_VERSION = "0.1.0"
_SURROGATE = re.compile("[\ud800-\udfff]")


class Component:
    """A pipeline stage.  Subclasses set the class attributes and ``__call__``.

    ``requires``/``assigns`` name what the stage reads and writes (for the
    docs and ``depesche info``); ``pipe`` may be overridden to batch.
    """

    name: str = ""
    version: str = "0.0.0"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, docs: list[Doc]) -> list[Doc]:
        return [self(doc) for doc in docs]


class Pipeline:
    def __init__(self, stages: Iterable[str] | None = None, *, max_chars: int = DEFAULT_MAX_CHARS,
                 time_budget: float = 30.0, extra_stages: Iterable[str] = ()):
        """``stages``: names from :data:`DEFAULT_STAGES` (default all); ``extra_stages``:
        your own components as ``"module:Class"``, run after them in the given order."""
        self.max_chars = max_chars
        self.time_budget = time_budget
        wanted = set(stages) if stages is not None else None
        self.components: list[Component] = []
        for name, target in DEFAULT_STAGES:
            if wanted is not None and name not in wanted:
                continue
            component = _load(target)
            if component is not None:
                self.components.append(component)
        for target in extra_stages:
            component = _load(target)
            if component is None:
                raise ModuleNotFoundError(f"no stage module for {target!r}")
            self.components.append(component)
        # Docs are built on the tagger's vocab so its annotations need no copying.
        tagger = next((c for c in self.components if c.name == "tagger"), None)
        self.nlp = tagger.nlp if tagger else spacy.blank("de")

    @property
    def versions(self) -> dict[str, str]:
        return {"metadata": METADATA_VERSION, **{c.name: c.version for c in self.components}}

    def __call__(self, text: str, meta: dict | None = None, id: str | None = None) -> dict:
        return next(self.pipe([Input(text, meta or {}, id)]))

    def pipe(self, items: Iterable, batch_size: int = 64) -> Iterator[dict]:
        """Analyse ``items`` (str, ``(text, meta)`` tuples or :class:`Input`), in order."""
        batch: list[Input] = []
        for item in items:
            batch.append(_as_input(item))
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Input]) -> list[dict]:
        records, docs = [], []
        for item in batch:
            rec = new_record(item.text, item.id)
            if item.meta.get("source"):
                rec["meta"]["source"] = item.meta["source"]
            records.append(rec)
            error = item.error or self._check_input(item)
            if error is None:
                try:
                    rec["meta"].update(metadata.parse(item.text, item.meta))
                    doc = make_doc(self.nlp, item.text, rec["meta"]["_cuts"])
                    doc._.record = rec
                    docs.append(doc)
                    continue
                except Exception as exc:  # noqa: BLE001 - any failure is coded, not fatal
                    error = DepescheError("E_STAGE", f"{type(exc).__name__}: {exc}", stage="metadata")
            error.doc_id = error.doc_id or rec["id"]
            rec["error"] = error.to_dict()
        spent = {id(doc): 0.0 for doc in docs}  # seconds of stage time per document
        for component in self.components:
            docs = self._stage(component, docs, spent)
        for item, rec in zip(batch, records):
            meta = rec["meta"]
            meta.pop("_cuts", None)
            meta["components"] = self.versions
            for key in ("warnings", "encoding", "fields"):
                if key in item.meta:
                    meta[key] = item.meta[key]
            if rec.get("error", {}).get("code") == "E_TOO_LARGE":
                meta["length"] = len(rec["text"])
                rec["text"] = ""  # not echoed: the error says what it was
        return records

    def _stage(self, component: Component, docs: list[Doc], spent: dict) -> list[Doc]:
        """Run one stage; a document that raises or uses up its time budget drops out with a coded error.

        A batch call that runs longer than any one document may (the largest
        budget left) is interrupted and redone document by document, each
        under its own alarm, to find the culprit.
        """
        failed = []
        t0 = time.perf_counter()
        try:
            with _alarm(max(self.time_budget - spent[id(d)] for d in docs)):
                component.pipe(docs)
            for doc in docs:  # a batch cannot say which document took how long: share it out
                spent[id(doc)] += (time.perf_counter() - t0) / len(docs)
        except (Exception, _Overrun):  # noqa: BLE001 - find the culprit document by document
            for doc in docs:
                t1 = time.perf_counter()
                try:
                    with _alarm(self.time_budget - spent[id(doc)]):
                        component(doc)
                except _Overrun:
                    pass  # coded below, as the time spent is over the budget
                except Exception as exc:  # noqa: BLE001
                    log.debug("stage %s failed", component.name, exc_info=True)
                    code = "E_MEMORY" if isinstance(exc, MemoryError) else "E_STAGE"
                    failed.append((doc, DepescheError(code, f"{type(exc).__name__}: {exc}", stage=component.name)))
                spent[id(doc)] += time.perf_counter() - t1
        for doc in docs:
            if spent[id(doc)] > self.time_budget:
                failed.append((doc, DepescheError("E_TIMEOUT", f"over the {self.time_budget:g} s budget", stage=component.name)))
        bad = set()
        for doc, error in failed:
            if id(doc) not in bad:
                error.doc_id = doc._.record["id"]
                doc._.record["error"] = error.to_dict()
                bad.add(id(doc))
        return [d for d in docs if id(d) not in bad]

    def _check_input(self, item: Input) -> DepescheError | None:
        if not item.text.strip():
            return DepescheError("E_EMPTY", "document is empty", stage="reader")
        if _SURROGATE.search(item.text):
            return DepescheError("E_DECODE", "text holds lone surrogate code points (broken UTF-16 escapes)", stage="reader")
        if len(item.text) > self.max_chars:
            return DepescheError("E_TOO_LARGE", f"{len(item.text):,} characters, limit {self.max_chars:,}", stage="reader")
        return None


class _Overrun(BaseException):
    """Raised by the alarm inside a stage past its budget (BaseException: stages catching Exception must not swallow it)."""


@contextmanager
def _alarm(seconds: float):
    """Interrupt the enclosed Python code after ``seconds`` with :class:`_Overrun`.

    SIGALRM only works in the main thread of a Unix process; elsewhere the
    budget is checked after each stage only.  Code that does not return to the
    interpreter (a C regex backtracking) is not interrupted either.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds == float("inf") or signal.getitimer(signal.ITIMER_REAL)[0]:
        yield  # no alarm support here, or someone else's alarm is armed: keep out of its way
        return

    def ring(signum, frame):
        raise _Overrun()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _as_input(item) -> Input:
    if isinstance(item, Input):
        return item
    if isinstance(item, str):
        return Input(item)
    text, meta = item
    meta = dict(meta or {})
    return Input(text, meta, meta.pop("id", None))


def _load(target: str) -> Component | None:
    module_name, cls_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    try:
        return getattr(module, cls_name)()
    except FileNotFoundError as exc:  # a model not built yet: run without that stage
        log.warning("stage %s disabled: %s", module_name.rsplit(".", 1)[-1], exc)
        return None


__all__ = ["Component", "Input", "Pipeline", "doc_id"]
