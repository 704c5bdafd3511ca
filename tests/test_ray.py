"""`depesche run --engine ray`: the same records as the local engine, as Parquet that loads back."""
import json
import os

import duckdb
import pytest

pytest.importorskip("ray", reason="ray not installed: pip install 'depesche[ray]'")

TIMING = {"seconds", "elapsed", "timing", "ingested_at", "run_at"}  # differ between any two runs
TABLES = ("documents", "entities", "mentions", "roles", "quotes", "timexes", "events", "event_args", "amounts",
          "actors", "actor_docs", "manifest")


@pytest.fixture(scope="module")
def ray_local():
    import ray

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def corpus(path):
    lines = [{"id": f"r-{i}", "date": date, "text": text} for i, (date, text) in enumerate([
        ("2021-05-03", "BERLIN (dpa) - Die Ministerin Clara Vogt besuchte am Montag Paris. „Wir reden weiter“, sagte sie."),
        ("2021-05-04", "HAMBURG (AFP) - Der Hafen meldete 12,5 Prozent mehr Umschlag als im Vorjahr."),
        ("2021-06", "WIEN (APA) - Die Regierung kündigte für Juli neue Gespräche mit den Gewerkschaften an."),
        (None, "Ohne Datum: Der Verband kritisierte die Pläne scharf."),
    ])]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines) + "{kaputt\n", encoding="utf-8")
    return path


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in TIMING}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def tables(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [c for (c,) in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall() if c not in TIMING]
            out[table] = con.execute(f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} "
                                     f"FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def test_ray_equals_local(tmp_path, ray_local, nlp, monkeypatch):
    from depesche.ray_engine import read_partitions, run_ray
    from depesche.readers import read_paths
    from depesche.runner import run

    src, out = corpus(tmp_path / "c.jsonl"), tmp_path / "parquet"
    local = run([str(src)], str(tmp_path / "local.duckdb"))
    result = run_ray([str(src)], str(out), db=str(tmp_path / "ray.duckdb"), workers=2, batch_size=2)
    assert (result["ok"], result["failed"], result["errors"]) == (local.ok, local.failed, local.errors) == (4, 1, {"E_JSON": 1})
    assert result["ingest"]["ok"] == 4

    monkeypatch.setattr(nlp, "time_budget", 3600)  # a loaded CI machine must not turn this into E_TIMEOUT
    expected = {r["id"]: strip(r) for r in nlp.pipe(read_paths([str(src)]))}
    assert {r["id"]: strip(r) for r in read_partitions(out)} == expected
    assert tables(tmp_path / "local.duckdb") == tables(tmp_path / "ray.duckdb")

    months = duckdb.sql(f"SELECT date, count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning=true) "
                        "GROUP BY ALL ORDER BY ALL").fetchall()
    assert months == [("2021-05", 2), ("2021-06", 1), ("unknown", 2)]

    again = run_ray([str(src)], str(out), db=str(tmp_path / "ray.duckdb"), workers=2)
    assert (again["skipped"], again["ok"], again["failed"], again["ingest"]["ok"]) == (5, 0, 0, 0)


def test_ray_run_stores_what_an_earlier_run_only_wrote(tmp_path, ray_local):
    """A run without --db (or one killed after writing a block) leaves Parquet the
    archive lacks; the next run with --db stores it before analysing anything."""
    from depesche.ray_engine import run_ray

    src, out = corpus(tmp_path / "c.jsonl"), tmp_path / "parquet"
    first = run_ray([str(src)], str(out), workers=2)
    assert (first["ok"], first["failed"]) == (4, 1) and "ingest" not in first
    again = run_ray([str(src)], str(out), db=str(tmp_path / "a.duckdb"), workers=2)
    assert (again["skipped"], again["ok"], again["ingest"]["ok"], again["ingest"]["failed"]) == (5, 0, 4, 1)
    assert not [p for p in out.rglob(".*")]  # no temporaries left behind
    third = run_ray([str(src)], str(out), db=str(tmp_path / "a.duckdb"), workers=2)
    assert (third["ingest"]["seen"], third["ingest"]["skipped"], third["ingest"]["ok"]) == (5, 5, 0)
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (4,)
