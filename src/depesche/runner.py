"""Analyse and ingest in one go: resumable, parallel, bounded in memory.

Documents already in the archive (same content hash) are skipped before any
analysis, so a run killed at any point continues where it stopped when run
again; records are stored in DuckDB transactions of up to
:data:`DEFAULT_STORE_SIZE` documents, and every document's outcome (ok or its
error code) goes to the ``manifest`` table with it.
Worker processes load the pipeline once and analyse batches in order.
:class:`Runner` keeps the models loaded between calls, so ``watch`` and
``feed`` pay for loading once, not once per poll.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import chain, islice

import pyarrow as pa

from .readers import DEFAULT_MAX_CHARS, Input, read_paths
from .record import doc_id, new_record

log = logging.getLogger(__name__)
DEFAULT_MAX_BATCH_CHARS = 2_000_000  # text per batch: a batch's memory grows with it
DEFAULT_BATCH_SIZE = 64  # documents per analysis batch: 32 spent 5% more time per document
# Documents per transaction: each stores 14 tables and commits the search index, so
# 64 cost 3.8 ms of the main process per document, 256 cost 2.6 ms.
DEFAULT_STORE_SIZE = 256

_MANIFEST_SCHEMA = pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("content_hash", pa.string()),
                              ("status", pa.string()), ("error_code", pa.string()), ("stage", pa.string()),
                              ("message", pa.string()), ("run_at", pa.timestamp("us"))])
MANIFEST_SQL = """
CREATE TABLE IF NOT EXISTS manifest (
    doc_id VARCHAR PRIMARY KEY, source VARCHAR, content_hash VARCHAR, status VARCHAR,
    error_code VARCHAR, stage VARCHAR, message VARCHAR, run_at TIMESTAMP
)"""


@dataclass
class RunStats:
    seen: int = 0
    skipped: int = 0  # already in the archive
    ok: int = 0
    failed: int = 0
    errors: dict = field(default_factory=dict)  # code -> count
    seconds: float = 0.0
    # When the first analysed batch arrived and how many documents it held: the start-up
    # (loading models, starting Ray, analysing one batch), which a long run pays once.
    startup_s: float | None = None
    startup_docs: int = 0

    def started(self, t0: float, docs: int) -> None:
        """Note the first analysed batch (``docs`` documents; the run began at ``t0``)."""
        if self.startup_s is None:
            self.startup_s, self.startup_docs = round(time.perf_counter() - t0, 2), docs

    def to_dict(self) -> dict:
        done = self.ok + self.failed
        after = self.seconds - (self.startup_s or 0.0)
        steady = round((done - self.startup_docs) / after, 1) if done > self.startup_docs and after > 0 else None
        return {**self.__dict__, "docs_per_s": round(done / self.seconds, 1) if self.seconds else None,
                "steady_docs_per_s": steady}


def _hash(text: str) -> str:
    from .store import content_hash

    return content_hash(text)


# -- worker side ---------------------------------------------------------------
_PIPELINE = None


def _init_worker(config: dict, max_memory_mb: int | None = None) -> None:
    global _PIPELINE
    from . import load

    _PIPELINE = load(**config)
    if max_memory_mb:  # after loading: the limit is for analysing, the models are already in
        import resource

        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _analyse(batch: list[Input]) -> list[dict]:
    return list(_PIPELINE.pipe(batch, batch_size=len(batch) or 1))


# -- driver --------------------------------------------------------------------
def pipeline_config(max_chars: int = DEFAULT_MAX_CHARS, stages: list[str] | None = None, **extra) -> dict:
    """Keyword arguments for :func:`depesche.load`, shared by every engine."""
    config = {"max_chars": max_chars, **extra}
    return config if stages is None else {**config, "stages": stages}


def hang_limit(batch_size: int, time_budget: float = 30.0) -> float:
    """Seconds without an answer after which a worker counts as hung.

    The per-document budget (SIGALRM) stops Python code; this watchdog is for
    code that never returns to the interpreter (a C extension looping), so it
    is generous: twice the budget for every document, plus a minute.
    """
    return 60 + 2 * time_budget * batch_size


class Runner:
    """Analyse items not yet in ``db`` and store them; models load on first use."""

    def __init__(self, db: str, *, workers: int = 1, batch_size: int = DEFAULT_BATCH_SIZE, max_chars: int = DEFAULT_MAX_CHARS,
                 stages: list[str] | None = None, hang_seconds: float | None = None,
                 max_batch_chars: int = DEFAULT_MAX_BATCH_CHARS, max_memory_mb: int | None = None,
                 **pipeline_options):
        """``max_batch_chars`` caps the text in one batch (memory grows with it); ``max_memory_mb``
        caps each worker's address space, so analysis runs in worker processes even with one worker."""
        self.db, self.workers, self.batch_size, self.max_chars = db, workers, batch_size, max_chars
        self.config = pipeline_config(max_chars, stages, **pipeline_options)
        self.hang_seconds = hang_seconds  # None: hang_limit(len(batch))
        self.max_batch_chars, self.max_memory_mb = max_batch_chars, max_memory_mb
        self._pipeline = None
        self._pool: ProcessPoolExecutor | None = None
        self._idle = False  # a pool that never got a batch

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _uses_workers(self) -> bool:
        """Analysis runs in worker processes (else in this one): several workers, or a memory cap to enforce."""
        return self.workers > 1 or bool(self.max_memory_mb)

    def start(self) -> None:
        """Start the worker processes now rather than at the first batch (no-op when analysis runs in-process)."""
        if self._pool is None and self._uses_workers:
            os.environ.setdefault("OMP_NUM_THREADS", "1")  # inherited: one BLAS thread per worker process
            self._pool = ProcessPoolExecutor(max(1, self.workers), mp_context=mp.get_context("spawn"),
                                             initializer=_init_worker, initargs=(self.config, self.max_memory_mb))
            for _ in range(max(1, self.workers)):  # the pool spawns a process per task, when needed
                self._pool.submit(int)
            self._idle = True

    def close(self, kill: bool = False) -> None:
        if self._pool is not None:
            # A hung worker never finishes its task, and workers never given a batch may
            # still be loading models: shutdown() alone would wait for them.
            if kill or self._idle:
                for proc in list(self._pool._processes.values()):  # noqa: SLF001 - no public API for this
                    proc.kill()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def process(self, items: Iterable[Input], on_progress: Callable[[RunStats], None] | None = None) -> RunStats:
        """One pass over ``items``; the archive is open only for its duration."""
        stats, t0 = RunStats(), time.perf_counter()
        con = open_archive(self.db)
        ready: list[dict] = []  # analysed (and counted in the progress), not stored yet
        try:
            for records in self._analysed(pending(con, items, self.batch_size, stats, self.max_batch_chars)):
                stats.started(t0, len(records))
                ready += records
                if len(ready) >= DEFAULT_STORE_SIZE or sum(len(r["text"]) for r in ready) >= self.max_batch_chars:
                    store_records(con, ready)
                    ready = []
                count_outcomes(records, stats)
                stats.seconds = time.perf_counter() - t0
                if on_progress:
                    on_progress(stats)
            if ready:
                store_records(con, ready)
        except BaseException:
            self.close()  # a dead or interrupted pool is not reused
            raise
        finally:
            con.close()
            stats.seconds = time.perf_counter() - t0
        return stats

    def _analysed(self, batches: Iterator[list[Input]]) -> Iterator[list[dict]]:
        first = next(batches, None)
        if first is None:  # nothing new: no models loaded
            return
        batches = chain([first], batches)
        if not self._uses_workers:
            if self._pipeline is None:
                from . import load

                self._pipeline = load(**self.config)
            for batch in batches:
                yield list(self._pipeline.pipe(batch, batch_size=len(batch)))
            return
        # At most 2 batches in flight per worker keeps memory bounded; a dead
        # worker raises BrokenProcessPool here instead of hanging the run.
        in_flight: deque[tuple[list[Input], Future]] = deque()
        for batch in batches:
            in_flight.append((batch, self._submit(batch)))
            if len(in_flight) >= 2 * self.workers:
                yield self._result(in_flight)
        while in_flight:
            yield self._result(in_flight)

    def _submit(self, batch: list[Input]) -> Future:
        if self._pool is None:
            self.start()
        self._idle = False
        return self._pool.submit(_analyse, batch)

    def _result(self, in_flight: deque) -> list[dict]:
        """The oldest batch's records.  If its worker hangs, dies or fails outside a
        stage, the pool is replaced and the batch redone one document at a time, so
        only the document at fault gets an error and every other one goes on."""
        batch, job = in_flight.popleft()
        try:
            return job.result(timeout=self._limit(batch))
        except Exception as exc:  # noqa: BLE001 - hung (timeout), died (BrokenProcessPool), MemoryError …
            log.warning("batch of %d failed in its worker (%s): redoing it document by document", len(batch),
                        type(exc).__name__)
        self.close(kill=True)
        records = [self._alone(item) for item in batch]
        for i, (queued, _) in enumerate(in_flight):  # their worker pool is gone: submit again
            in_flight[i] = (queued, self._submit(queued))
        return records

    def _alone(self, item: Input) -> dict:
        limit = self._limit([item])
        try:
            return self._submit([item]).result(timeout=limit)[0]
        except FutureTimeout:
            self.close(kill=True)
            return _failed(item, "E_TIMEOUT", f"worker gave no answer in {limit:g} s and was killed")
        except BrokenProcessPool:
            self.close(kill=True)
            return _failed(item, "E_STAGE", "the worker process died analysing this document")
        except MemoryError as exc:
            return _failed(item, "E_MEMORY", f"MemoryError: {exc}")
        except Exception as exc:  # noqa: BLE001 - coded, not fatal
            return _failed(item, "E_STAGE", f"{type(exc).__name__}: {exc}")

    def _limit(self, batch: list) -> float:
        return self.hang_seconds if self.hang_seconds is not None else hang_limit(len(batch))


def _failed(item: Input, code: str, message: str) -> dict:
    """The record of a document the runner had to give up on (stage ``runner``)."""
    from .errors import DepescheError

    rec = new_record(item.text, item.id)
    if item.meta.get("source"):
        rec["meta"]["source"] = item.meta["source"]
    rec["error"] = DepescheError(code, message, stage="runner", doc_id=rec["id"]).to_dict()
    return rec


def run(paths: Iterable[str], db: str, *, workers: int = 1, batch_size: int = DEFAULT_BATCH_SIZE, date: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS, on_progress: Callable[[RunStats], None] | None = None,
        stages: list[str] | None = None, max_batch_chars: int = DEFAULT_MAX_BATCH_CHARS,
        max_memory_mb: int | None = None) -> RunStats:
    """Analyse every input document not yet in ``db`` and store its record."""
    with Runner(db, workers=workers, batch_size=batch_size, max_chars=max_chars, stages=stages,
                max_batch_chars=max_batch_chars, max_memory_mb=max_memory_mb) as runner:
        runner.start()  # the workers load their models while the archive opens and is checked for what is new
        return runner.process(read_paths(paths, date=date, max_chars=max_chars), on_progress)


def open_archive(db: str):
    """A read-write connection with the manifest table and an up-to-date search index."""
    from . import store

    con = store.connect(db)
    con.execute(MANIFEST_SQL)
    _repair_index(con)
    return con


def pending(con, items: Iterable[Input], batch_size: int, stats: RunStats,
            max_batch_chars: int = DEFAULT_MAX_BATCH_CHARS) -> Iterator[list[Input]]:
    """Batches of inputs whose text is not in the archive yet: at most ``batch_size``
    documents and ``max_batch_chars`` characters (a longer document goes alone)."""
    items = iter(items)
    while chunk := list(islice(items, batch_size * 4)):
        stats.seen += len(chunk)
        hashes = {id(i): _hash(i.text) for i in chunk if i.error is None}
        known = {r[0] for r in con.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
            [list(hashes.values())]).fetchall()} if hashes else set()
        todo = [i for i in chunk if i.error is not None or hashes[id(i)] not in known]
        done = [i for i in chunk if i.error is None and hashes[id(i)] in known]
        if done:  # stored before a crash that came before their manifest row (which may
            # still say an earlier attempt failed: the stored document is what counts)
            now = _now()
            _write_manifest(con, [(i.id or doc_id(i.text), i.meta.get("source"), hashes[id(i)], "ok", None, None, None,
                                   now) for i in done], only_failed=True)
        stats.skipped += len(done)
        batch, chars = [], 0
        for item in todo:
            if batch and (len(batch) == batch_size or chars + len(item.text) > max_batch_chars):
                yield batch
                batch, chars = [], 0
            batch.append(item)
            chars += len(item.text)
        if batch:
            yield batch


def count_outcomes(records: list[dict], stats: RunStats) -> None:
    """Count the records' outcomes (ok, or failed with their error codes) in ``stats``."""
    for r in records:
        err = r.get("error")
        if err:
            stats.failed += 1
            stats.errors[err["code"]] = stats.errors.get(err["code"], 0) + 1
        else:
            stats.ok += 1


def store_records(con, records: list[dict]) -> None:
    """Ingest the good records and write every record's manifest row (counting them is
    :func:`count_outcomes`'s: the runner counts as they arrive, before they are stored)."""
    from . import store

    good = [r for r in records if "error" not in r]
    now = _now()
    rows = []
    for r in records:
        err = r.get("error") or {}
        source = (r.get("meta") or {}).get("source")
        rows.append((r["id"], source, _hash(r["text"]) if r["text"] else hashlib.sha256(r["id"].encode()).hexdigest(),
                     "error" if err else "ok", err.get("code"), err.get("stage"), err.get("message"), now))
    if good:
        store.ingest(con, good, batch_size=len(good))
    _write_manifest(con, rows)


def _write_manifest(con, rows: list[tuple], only_failed: bool = False) -> None:
    """Upsert manifest rows in one statement (row by row costs DuckDB ~3 ms each); the
    last row of a doc id wins.  ``only_failed``: replace only rows not already ``ok``."""
    if not rows:
        return
    last = list({r[0]: r for r in rows}.values())  # one statement may not update a row twice
    data = pa.Table.from_pylist([dict(zip(_MANIFEST_SCHEMA.names, r)) for r in last],  # noqa: F841 - scanned by name
                                schema=_MANIFEST_SCHEMA)
    sets = ", ".join(f"{c} = excluded.{c}" for c in _MANIFEST_SCHEMA.names[1:])
    where = " WHERE manifest.status <> 'ok'" if only_failed else ""
    con.execute(f"INSERT INTO manifest SELECT * FROM data ON CONFLICT (doc_id) DO UPDATE SET {sets}{where}")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _repair_index(con) -> None:
    """A crash between a batch's commit and its indexing leaves the index behind."""
    from . import search

    if search.check(con):
        search.reindex(con)
