"""``depesche run --engine ray``: the same pipeline on a Ray cluster, as Parquet.

Why Parquet: the workers of a cluster cannot share one DuckDB file (it has one
writer), so they write date-partitioned Parquet that DuckDB, Spark or pandas
read as they are, and ``--db`` ingests on the driver after the job.

Layout: ``OUT/date=YYYY-MM/part-<run>-<write>-<task>-<n>.parquet`` (``date=unknown``
when the month is not known), one row per document record::

    id             VARCHAR  the record id
    day            VARCHAR  meta.date as precise as known (2021-05-03, 2021-05, 2021)
    agency, place  VARCHAR  meta.agency, meta.dateline.place
    source         VARCHAR  where the input came from (file, file:line, URL)
    content_hash   VARCHAR  sha256 of the text (what resumed runs skip by)
    error_code, error_stage, error_message  VARCHAR  null unless the document failed
    record         VARCHAR  the whole record as JSON (spec/output-format.md)
    date           VARCHAR  the partition key (YYYY-MM or unknown), from the path

e.g. ``SELECT agency, count(*) FROM read_parquet('OUT/*/*.parquet', hive_partitioning=true) GROUP BY 1``.
The driver reads the inputs with the same readers as the local engine and
hands them to Ray in chunks, so its memory is bounded by one chunk.
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads

from .errors import DepescheError
from .readers import DEFAULT_MAX_CHARS, Input, read_paths
from .runner import (DEFAULT_BATCH_SIZE, DEFAULT_STORE_SIZE, RunStats, count_outcomes, open_archive, pending, pipeline_config,
                     store_records)

PARTITION = "date"
COLUMNS = pa.schema([(name, pa.string()) for name in (
    "id", "day", "agency", "place", "source", "content_hash", "error_code", "error_stage", "error_message", "record")])
CHUNK = 20_000  # documents per Ray Dataset: bounds the driver's memory
_MONTH = re.compile(r"\d{4}-\d{2}")


# -- Ray ---------------------------------------------------------------------------
def start(address: str | None = None, num_cpus: int | None = None, progress: bool = False):
    """Connect to a cluster (``address``) or start a local Ray that does not phone home;
    ``progress``: Ray Data's progress bars (rows done of total, rows/s, time left) on stderr."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # read by every Ray process started from here
    import ray

    if not ray.is_initialized():
        if address:
            ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False,
                     object_store_memory=512 * 2**20)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = context.enable_rich_progress_bars = progress
    context.use_ray_tqdm = False  # rich bars, like `depesche run`'s
    context.print_on_execution_start = False
    return ray


class Analyser:
    """Ray Data callable class: each actor loads the pipeline once."""

    def __init__(self, config: dict):
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        from . import load

        self.pipeline = load(**config)

    def __call__(self, batch: pa.Table) -> pa.Table:
        items = [_input(row) for row in batch.to_pylist()]
        return to_table(self.pipeline.pipe(items, batch_size=len(items) or 1))


def _row(item: Input) -> dict:
    err = item.error
    return {"id": item.id, "text": item.text, "meta": json.dumps(item.meta, ensure_ascii=False),
            "error": json.dumps(err.to_dict()) if err else None}


def _input(row: dict) -> Input:
    err = json.loads(row["error"]) if row["error"] else None
    error = DepescheError(err["code"], err["message"], stage=err["stage"], doc_id=err["doc_id"]) if err else None
    return Input(row["text"], json.loads(row["meta"]), row["id"], error)


def to_table(records: Iterable[dict]) -> pa.Table:
    """Records as rows of the Parquet schema, plus the partition column."""
    from .store import content_hash

    rows = []
    for rec in records:
        meta, err = rec.get("meta") or {}, rec.get("error") or {}
        day = meta.get("date") or None
        rows.append({"id": rec["id"], "day": day, "agency": meta.get("agency"),
                     "place": (meta.get("dateline") or {}).get("place"), "source": meta.get("source"),
                     "content_hash": content_hash(rec["text"]) if rec["text"] else None,
                     "error_code": err.get("code"), "error_stage": err.get("stage"),
                     "error_message": err.get("message"), "record": json.dumps(rec, ensure_ascii=False),
                     PARTITION: day[:7] if day and _MONTH.match(day) else "unknown"})
    return pa.Table.from_pylist(rows, schema=COLUMNS.append(pa.field(PARTITION, pa.string())))


def _filenames(run_id: str):
    from ray.data.datasource import FilenameProvider

    class Names(FilenameProvider):
        def get_filename_for_task(self, write_uuid: str, task_index: int) -> str:
            return f"part-{run_id}-{write_uuid}-{task_index:05d}.parquet"

    return Names()


# -- driver ------------------------------------------------------------------------
def run_ray(paths: Iterable[str], out: str, *, address: str | None = None, db: str | None = None,
            workers: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE, date: str | None = None,
            max_chars: int = DEFAULT_MAX_CHARS, stages: list[str] | None = None, progress: bool = False) -> dict:
    """Analyse inputs on Ray into ``out``; with ``db``, ingest as results arrive.

    Without ``db`` the workers write the partitions themselves.  With ``db``
    the results stream to the driver, which writes each block's files and
    stores its records while the actors go on analysing (the local engine's
    overlap); files a stopped run wrote but did not store are stored first.
    Inputs whose text is already in ``out`` (or in ``db``) are skipped, so a
    stopped run continues when started again.  Returns the run's figures, and
    the ingest's under ``"ingest"``.
    """
    ray = start(address, num_cpus=workers, progress=progress)
    stats, t0, run_id = RunStats(), time.perf_counter(), uuid.uuid4().hex[:8]
    Path(out).mkdir(parents=True, exist_ok=True)
    con, archived = (open_archive(db) if db else None), RunStats()
    try:
        ingested = ingest_partitions(con, out) if con is not None else None
        items = _not_written(read_paths(paths, date=date, max_chars=max_chars), written(out), stats)
        if con is not None:  # also skip what the archive has (pending batches them; undo that)
            items = (i for batch in pending(con, items, batch_size, archived) for i in batch)
        actors = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        parts = 0
        while chunk := list(islice(items, CHUNK)):
            # One block per analysis batch: results reach the driver batch by batch and the actors share
            # the work evenly; with a few large blocks the last ones arrived together and were stored last.
            blocks = -(-len(chunk) // batch_size)
            ds = ray.data.from_items([_row(i) for i in chunk], override_num_blocks=blocks)
            ds = ds.map_batches(Analyser, fn_constructor_args=(pipeline_config(max_chars, stages),),
                                batch_size=None, batch_format="pyarrow",  # no actor without a block loads models
                                compute=ray.data.ActorPoolStrategy(size=min(actors, blocks)), num_cpus=1)
            if con is None:  # writing is light; asking no CPU for it keeps the actors from starving it
                ds.write_parquet(out, partition_cols=[PARTITION], filename_provider=_filenames(run_id),
                                 ray_remote_args={"num_cpus": 0})
                continue
            for table in ds.iter_batches(batch_format="pyarrow", batch_size=DEFAULT_STORE_SIZE):
                stats.started(t0, table.num_rows)
                parts += 1
                write_parts(table, out, f"part-{run_id}-{parts:06d}")
                _store(con, [json.loads(r) for r in table["record"].to_pylist()], ingested)
        stats.skipped += archived.skipped
        _count_outcomes(out, run_id, stats)
        stats.seconds = time.perf_counter() - t0
        result = stats.to_dict()
        if ingested is not None:
            ingested.seconds = stats.seconds
            result["ingest"] = ingested.to_dict()
        return result
    finally:
        if con is not None:
            con.close()


def write_parts(table: pa.Table, out: str | Path, name: str) -> None:
    """One Parquet file per month partition, each written aside and renamed into place,
    so a killed run leaves whole files only (readers skip the dot-named temporaries)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    for month in pc.unique(table[PARTITION]).to_pylist():
        folder = Path(out) / f"{PARTITION}={month}"
        folder.mkdir(parents=True, exist_ok=True)
        part = table.filter(pc.equal(table[PARTITION], month)).drop_columns([PARTITION])
        tmp = folder / f".{name}.parquet.tmp"
        pq.write_table(part, tmp)
        os.replace(tmp, folder / f"{name}.parquet")


def _store(con, records: list[dict], stats: RunStats) -> None:
    fresh = _not_stored(con, records)
    stats.seen += len(records)
    stats.skipped += len(records) - len(fresh)
    count_outcomes(fresh, stats)
    store_records(con, fresh)


def _not_written(items: Iterable[Input], known: set[str], stats: RunStats) -> Iterator[Input]:
    for item in items:
        stats.seen += 1
        if (item.id if item.error else _hash(item.text)) in known:
            stats.skipped += 1
        else:
            yield item


def _hash(text: str) -> str:
    from .store import content_hash

    return content_hash(text)


def _count_outcomes(out: str, run_id: str, stats: RunStats) -> None:
    """Count this run's ok and failed records from the files it wrote."""
    files = [str(p) for p in Path(out).glob(f"{PARTITION}=*/part-{run_id}-*.parquet")]
    codes = pads.dataset(files, format="parquet").to_table(columns=["error_code"])["error_code"].to_pylist() if files else []
    for code in codes:
        if code is None:
            stats.ok += 1
        else:
            stats.failed += 1
            stats.errors[code] = stats.errors.get(code, 0) + 1


def _dataset(out: str | Path) -> pads.Dataset | None:
    if Path(out).is_dir() and not any(Path(out).glob("**/*.parquet")):
        return None
    return pads.dataset(str(out), format="parquet", partitioning="hive")


def written(out: str) -> set[str]:
    """What is already under ``out``: content hashes, and the ids of unreadable inputs."""
    ds = _dataset(out) if Path(out).exists() else None
    if ds is None:
        return set()
    table = ds.to_table(columns=["id", "content_hash", "error_stage"])
    return {h or i for i, h, stage in zip(*(table[c].to_pylist() for c in table.column_names))
            if h or stage == "reader"}


def read_partitions(path: str | Path, problems: list[str] | None = None) -> Iterator[dict]:
    """Records from a Parquet file or a directory of partitions (the hook for ``depesche ingest``)."""
    ds = _dataset(path)
    if ds is None:
        if problems is not None:
            problems.append(f"{path}: no Parquet files")
        return
    for batch in ds.to_batches(columns=["record"]):
        for text in batch.column(0).to_pylist():
            yield json.loads(text)


def ingest_partitions(con, out: str | Path, batch_size: int = 500) -> RunStats:
    """Store the records under ``out`` that the archive does not have yet (with manifest rows).

    The archive is compared on the key columns only, so a restart over a large
    archive parses the records a stopped run did not store, not all of them."""
    import pyarrow.compute as pc

    stats, t0 = RunStats(), time.perf_counter()
    ds = _dataset(out) if Path(out).exists() else None
    if ds is not None:
        keys = ds.to_table(columns=["id", "content_hash", "error_code"])  # noqa: F841 - scanned by DuckDB by name
        missing = [i for (i,) in con.execute(
            "SELECT DISTINCT id FROM keys k WHERE CASE WHEN k.error_code IS NULL "
            "THEN NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = k.content_hash) "
            "ELSE NOT EXISTS (SELECT 1 FROM manifest m WHERE m.doc_id = k.id AND m.status = 'error') END").fetchall()]
        if missing:
            found = (json.loads(r) for b in ds.to_batches(columns=["record"], filter=pc.field("id").isin(missing))
                     for r in b.column(0).to_pylist())
            while batch := list(islice(found, batch_size)):
                _store(con, batch, stats)
        stats.skipped += keys.num_rows - stats.seen  # rows not read: stored before
        stats.seen = keys.num_rows
    stats.seconds = time.perf_counter() - t0
    return stats


def _not_stored(con, records: list[dict]) -> list[dict]:
    """Records neither in the archive (by text) nor in its manifest as failed (by id)."""
    hashes = [_hash(r["text"]) for r in records if "error" not in r]
    failed = [r["id"] for r in records if "error" in r]
    known = {h for (h,) in con.execute("SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
                                       [hashes]).fetchall()} if hashes else set()
    known |= {i for (i,) in con.execute("SELECT doc_id FROM manifest WHERE status = 'error' AND doc_id IN "
                                        "(SELECT unnest(?))", [failed]).fetchall()} if failed else set()
    return [r for r in records if (r["id"] if "error" in r else _hash(r["text"])) not in known]
