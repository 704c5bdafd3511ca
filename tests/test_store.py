"""The archive: idempotent, transactional ingest, near-duplicates, integrity, export, CLI."""
from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from depesche import queries, search, store
from depesche.cli import main

RECORDS = Path(__file__).parent / "fixtures" / "store" / "records.jsonl"


def load_records() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "archive.duckdb"
    store.ingest(path, load_records())
    return path


@pytest.fixture()
def db(archive, tmp_path) -> Path:
    """A private copy of the fixture archive (file and index), free to change."""
    path = tmp_path / archive.name
    shutil.copy(archive, path)
    shutil.copytree(search.index_dir(archive), search.index_dir(path))
    return path


def counts(path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in store.TABLES}
    finally:
        con.close()


def test_store_fixture_spans_are_valid():
    from depesche.record import check_spans

    for rec in load_records():
        assert check_spans(rec) == []


def test_store_reingest_adds_nothing(db):
    before = counts(db)
    stats = store.ingest(db, load_records())
    assert (stats.added, stats.unchanged) == (0, len(load_records()))
    assert counts(db) == before


def test_store_near_duplicate_is_flagged_and_not_counted(db):
    con = store.connect(db, read_only=True)
    dup = con.execute("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL").fetchall()
    assert dup == [("sotschi-treffen-04b", "sotschi-treffen-04")]
    assert queries.stats(con)["documents"] == len(load_records()) - 1
    assert {e["doc_id"] for e in queries.events(con, type="AID")} == {"sotschi-treffen-04"}
    assert len(queries.events(con, type="AID", include_duplicates=True)) == 2


def test_store_unrelated_documents_are_not_duplicates(db):
    con = store.connect(db, read_only=True)
    n = con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NULL").fetchone()[0]
    assert n == len(load_records()) - 1


def test_store_crash_mid_batch_leaves_db_as_before(db, monkeypatch):
    before = counts(db)
    fresh = copy.deepcopy(load_records())
    for i, rec in enumerate(fresh):
        rec["id"] = f"new-{i}"
        rec["text"] = rec["text"] + " "
    insert = store._insert

    def crash_at_events(con, table, rows, **kw):  # documents, entities, quotes... are written by then
        if table == "events":
            raise RuntimeError("simulated crash inside the batch")
        insert(con, table, rows, **kw)
    monkeypatch.setattr(store, "_insert", crash_at_events)
    with pytest.raises(RuntimeError, match="simulated crash"):
        store.ingest(db, fresh)
    monkeypatch.undo()
    assert counts(db) == before
    assert store.check(db) == []
    stats = store.ingest(db, fresh)  # and the same batch goes in cleanly afterwards
    assert stats.added == len(fresh)


def test_store_check_passes_and_finds_bad_spans(db):
    assert store.check(db) == []
    con = duckdb.connect(str(db))
    con.execute("UPDATE mentions SET start = start + 1 WHERE doc_id = 'minsk-wahl-01' AND seq = 0")
    con.execute("UPDATE quotes SET speaker = 'e99' WHERE doc_id = 'minsk-wahl-01'")
    con.close()
    problems = store.check(db)
    assert any("mentions: span" in p for p in problems)
    assert any("quotes.speaker" in p for p in problems)


def test_store_rejects_records_with_wrong_offsets_and_id_conflicts(tmp_path):
    rec = load_records()[0]
    bad = copy.deepcopy(rec)
    bad["id"] = "bad"
    bad["entities"][0]["mentions"][0]["start"] += 1
    other = copy.deepcopy(rec)
    other["text"] += " Nachtrag."
    stats = store.ingest(tmp_path / "a.duckdb", [rec, bad, other])
    assert stats.added == 1 and len(stats.invalid) == 1 and stats.conflicts == [rec["id"]]


def test_store_document_round_trip(db):
    con = store.connect(db, read_only=True)
    for rec in load_records():
        rebuilt = queries.document(con, rec["id"])
        rebuilt.pop("archive")
        assert rebuilt == rec


def test_store_rows_carry_component_versions(db):
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT DISTINCT component FROM quotes").fetchall() == [("depesche.quotes@0.1.0",)]
    assert con.execute("SELECT count(*) FROM entities WHERE component IS NULL").fetchone()[0] == 0


def test_store_actor_country_and_names(db):
    con = store.connect(db, read_only=True)
    putin = queries.actor(con, "Putin")
    assert putin["name"] == "Wladimir Putin" and putin["country"] == "RUS"
    assert putin["documents"] == 2  # the flagged re-send is not counted
    assert queries.actor(con, putin["id"])["id"] == putin["id"]
    assert {"Alexander Lukaschenko", "Belarus"} <= {a["name"] for a in putin["co_occurring"]}
    luka = queries.actor(con, "lukaschenko")
    assert {r["title"] for r in luka["roles"]} == {"Amtsinhaber", "Präsidenten"}
    assert [m["month"] for m in luka["mentions_by_month"]] == ["2020-08", "2020-09"]


def test_store_events_by_country_code_and_dates(db):
    con = store.connect(db, read_only=True)
    assert queries.events(con, source="RU", target="BY") == queries.events(con, source="RUS", target="BLR")
    evs = queries.events(con, source="RUS", target="BLR", since="2020-09")
    assert [(e["type"], e["date"]) for e in evs] == [("CONSULT", "2020-09-14"), ("AID", "2020-09-14")]
    assert queries.events(con, source="Nobody") == []
    with pytest.raises(queries.QueryError):
        queries.events(con, since="2020-13")


def test_store_timeline_actor_and_dyad(db):
    con = store.connect(db, read_only=True)
    t = queries.timeline(con, actor="Belarus", by="month")
    assert [s["period"] for s in t["series"]] == ["2020-08", "2020-09"]
    # the Kiev dispatch is dated 2020-09 only: counted per month, left out per day
    by_month = queries.timeline(con, actor="Lukaschenko", by="month")["series"]
    by_day = queries.timeline(con, actor="Lukaschenko", by="day")["series"]
    assert sum(s["documents"] for s in by_month) == sum(s["documents"] for s in by_day) + 1
    assert "2020-09-01" not in {s["period"] for s in by_day}
    d = queries.timeline(con, dyad=("Putin", "Lukaschenko"), by="day")
    assert d["series"][0] == {"period": "2020-08-15", "events": 3,
                              "types": {"CONSULT": 1, "REQUEST": 1, "SUPPORT": 1}}


def test_store_export_parquet_and_csv(db, tmp_path):
    files = store.export(db, tmp_path / "out")
    names = {p.stem for p in files}
    assert set(store.TABLES) | {"events_dyadic"} <= names
    events = pq.read_table(tmp_path / "out" / "events_dyadic.parquet").to_pylist()
    meet = [e for e in events if e["event_type"] == "CONSULT" and e["document_id"] == "sotschi-treffen-04"]
    assert meet[0]["source_country"] == "RUS" and meet[0]["target_country"] == "BLR"
    assert {e["date_precision"] for e in events} <= {"day", "month", "year", None}
    assert all(e["date_precision"] for e in events if e["date"])
    assert not any(e["document_id"] == "sotschi-treffen-04b" for e in events)
    con = duckdb.connect()
    n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "out" / "documents.parquet")]).fetchone()
    assert n[0] == len(load_records())
    store.export(db, tmp_path / "csv", fmt="csv")
    assert (tmp_path / "csv" / "events_dyadic.csv").read_text(encoding="utf-8").startswith('"date"')


# ---------------------------------------------------------------- CLI

def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_ingest_and_queries(tmp_path, capsys):
    db = str(tmp_path / "cli.duckdb")
    code, out = run(capsys, "ingest", "--db", db, "--json", str(RECORDS))
    assert code == 0 and json.loads(out)["added"] == len(load_records())
    code, out = run(capsys, "ingest", "--db", db, str(RECORDS))
    assert code == 0 and "unchanged 7" in out
    code, out = run(capsys, "search", "--db", db, "--json", "Wahl")
    assert code == 0 and json.loads(out)["hits"]
    code, out = run(capsys, "search", "--db", db, "Wahl", "--since", "2020-09")
    assert code == 0 and "sotschi-treffen-04" in out
    code, out = run(capsys, "actor", "--db", db, "Putin")
    assert code == 0 and "Wladimir Putin" in out
    code, out = run(capsys, "quotes", "--db", db, "--json", "--speaker", "Merkel")
    assert code == 0 and json.loads(out)[0]["text"] == "Er sollte zum Schweigen gebracht werden"
    code, out = run(capsys, "events", "--db", db, "--json", "--source", "RU", "--target", "BY", "--since", "2020-08")
    assert code == 0 and len(json.loads(out)) == 4
    code, out = run(capsys, "events", "--db", db, "--source", "RU")
    assert code == 0 and "CONSULT" in out
    code, out = run(capsys, "timeline", "--db", db, "Belarus")
    assert code == 0 and "2020-08" in out
    code, out = run(capsys, "timeline", "--db", db, "--json", "--dyad", "Putin", "Lukaschenko", "--by", "day")
    assert code == 0 and json.loads(out)["series"]
    code, out = run(capsys, "check", "--db", db)
    assert code == 0 and "ok" in out
    code, out = run(capsys, "reindex", "--db", db)
    assert code == 0 and "indexed 7" in out
    code, out = run(capsys, "export", "--db", db, str(tmp_path / "exp"), "--format", "csv")
    assert code == 0 and (tmp_path / "exp" / "events_dyadic.csv").exists()


def test_cli_exit_codes(tmp_path, capsys):
    db = str(tmp_path / "cli.duckdb")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "entities": [{"mentions": [{"start": 0, "end": 1, "text": "b"}]}]}\n'
                   "not json\n", encoding="utf-8")
    assert main(["ingest", "--db", db, str(bad)]) == 1
    assert main(["actor", "--db", db, "Niemand"]) == 1
    assert main(["events", "--db", db, "--since", "August"]) == 2
    assert main(["timeline", "--db", db]) == 2
    assert main(["search", "--db", str(tmp_path / "missing.duckdb"), "x"]) == 1
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", db, "out", "--format", "xml"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_cli_db_from_environment(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("DEPESCHE_DB", str(db))
    assert main(["ingest", str(RECORDS)]) == 0
    assert db.exists()
    capsys.readouterr()


def test_store_query_time_budget_interrupts_long_queries():
    con = duckdb.connect()
    with pytest.raises(queries.QueryTimeout):
        with queries.budget(con, 0.2):
            con.execute("SELECT count(*) FROM range(10000000000)").fetchall()
    assert con.execute("SELECT 1").fetchone() == (1,)  # the connection stays usable


def test_cli_serve_binds_localhost_by_default(db, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app, host=host, port=port))
    assert main(["serve", "--db", str(db)]) == 0
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8321)
    assert seen["app"].state.token is None


def test_check_passes_for_undated_documents(tmp_path):
    """Documents without a date (many corpora have none) are consistent, not flagged."""
    import depesche

    rec = depesche.load(stages=["sentences", "entities"])("Wien – Bürgermeister Michael Ludwig eröffnete die Messe in Wien.")
    db = tmp_path / "undated.duckdb"
    store.ingest(str(db), [rec])
    assert store.check(str(db)) == []


def test_query_budgets_share_one_watchdog_thread():
    """Budgets cost no thread per query; only the query that overruns is interrupted."""
    import threading

    fast, slow = duckdb.connect(), duckdb.connect()
    for _ in range(300):
        with queries.budget(fast, 5):
            assert fast.execute("SELECT 1").fetchone() == (1,)
    assert [t.name for t in threading.enumerate()].count("depesche-query-watchdog") == 1
    with queries.budget(fast, 30):  # an outer budget stays armed around an inner, overrunning one
        with pytest.raises(queries.QueryTimeout):
            with queries.budget(slow, 0.2):
                slow.execute("SELECT count(*) FROM range(10000000000)").fetchall()
        assert fast.execute("SELECT 42").fetchone() == (42,)


def test_event_dates_keep_their_precision(tmp_path):
    """An event known to the month is dated ``2020-09``, never ``2020-09-01``; one without a
    time link takes the document's date at the document's precision; so do role dates."""
    rec = load_records()[0]
    rec = {**rec, "id": "monat", "meta": {**rec["meta"], "date": "2020-09"}}
    text = rec["text"]
    trigger = rec["events"][0]["trigger"]
    rec["timexes"] = [{"id": "t1", "start": trigger["start"], "end": trigger["end"], "text": trigger["text"],
                       "type": "DATE", "value": "2020-09"}]
    rec["events"] = [{**rec["events"][0], "id": "v1", "time": "t1"}, {**rec["events"][0], "id": "v2", "time": None}]
    assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    db = tmp_path / "m.duckdb"
    store.ingest(db, [rec])
    con = store.connect(db, read_only=True)
    assert {(e["id"], e["date"], e["document_date"]) for e in queries.events(con)} == {
        ("v1", "2020-09", "2020-09"), ("v2", "2020-09", "2020-09")}
    holder = con.execute("SELECT e.name FROM roles r JOIN entities e ON e.doc_id = r.doc_id AND e.id = r.entity_id "
                         "WHERE e.actor_id IS NOT NULL LIMIT 1").fetchone()[0]
    roles = queries.actor(con, holder)["roles"]
    assert roles and all((r["first"], r["last"]) == ("2020-09", "2020-09") for r in roles)


def test_an_actor_is_found_by_its_exact_name_even_with_stale_name_keys(db):
    """Archives built before a change to ``actor_key`` keep keys the new function no longer makes."""
    con = store.connect(db)
    con.execute("UPDATE actor_names SET name_key = 'stale:' || name_key")
    con.execute("UPDATE actors SET key = 'stale:' || key WHERE kb_id IS NULL")
    name = con.execute("SELECT name FROM actors WHERE kb_id IS NULL AND type = 'PER' ORDER BY name LIMIT 1").fetchone()[0]
    assert queries.actor(con, name)["name"] == name
    assert queries.actor(con, name.upper())["name"] == name


def test_known_actors_and_names_are_kept_not_duplicated_by_new_documents(db):
    """A new document naming stored actors adds its entities, not their actor rows again,
    even where a stored row's id and key no longer pair (an archive from an older key function)."""
    con = store.connect(db)
    con.execute("UPDATE actors SET id = 'old:' || id WHERE id = (SELECT min(id) FROM actors)")
    before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("actors", "actor_names", "entities")}
    con.close()
    rec = copy.deepcopy(load_records()[0])
    rec["id"], rec["text"] = rec["id"] + "-again", rec["text"] + "\n\nNachtrag."
    assert store.ingest(db, [rec]).added == 1
    after = counts(db)
    assert (after["actors"], after["actor_names"]) == (before["actors"], before["actor_names"])
    assert after["entities"] == before["entities"] + len(rec["entities"])


def test_unnamed_speakers_of_two_documents_are_two_actors(tmp_path, nlp):
    """"eine Sprecherin der Polizei" in two dispatches is two people, not one actor "Sprecherin"."""
    texts = ["KIEL (dpa) - Der Mann soll geflohen sein, teilte eine Sprecherin der Polizei mit.",
             "BONN (dpa) - Die Frau soll gestürzt sein, teilte eine Sprecherin der Polizei mit."]
    path = tmp_path / "a.duckdb"
    store.ingest(path, [dict(nlp(t), id=f"d{i}") for i, t in enumerate(texts)])
    con = store.connect(path)
    speakers = con.execute("SELECT DISTINCT e.actor_id FROM quotes q JOIN entities e ON e.doc_id = q.doc_id "
                           "AND e.id = q.speaker").fetchall()
    assert len(speakers) == 2 and None not in {s for (s,) in speakers}


def test_quotes_of_an_actor_can_include_what_its_spokespeople_said(tmp_path, capsys, nlp):
    """``representatives``: rows whose speaker is `of` the actor (a spokesperson, an office)
    come with the principal in ``speaker_of``; without it only the actor's own rows."""
    text = ("KIEL (dpa) - Ministerin Anna Berger hat die Pläne verteidigt. "
            "Bergers Sprecherin sagte am Montag, die Regierung halte an dem Ziel fest.")
    rec = nlp(text)
    rec = {**rec, "id": "sprecherin", "meta": {**rec.get("meta", {}), "date": "2021-03-02"}}
    db = tmp_path / "r.duckdb"
    store.ingest(db, [rec])
    con = store.connect(db, read_only=True)
    own = queries.quotes(con, speaker="Anna Berger")
    assert [(q["kind"], q["speaker"]) for q in own] == [("reported", "Anna Berger")]
    both = queries.quotes(con, speaker="Anna Berger", representatives=True)
    assert sorted((q["speaker"], q["speaker_of"]) for q in both) == [
        ("Anna Berger", None), ("Bergers Sprecherin", "Anna Berger")]
    said = next(q for q in both if q["speaker_of"])
    assert text[said["start"]:said["end"]] == said["text"] == "die Regierung halte an dem Ziel fest"
    con.close()
    # the same through the CLI and the API
    code, out = run(capsys, "quotes", "--db", str(db), "--json", "--speaker", "Anna Berger", "--representatives")
    assert code == 0 and [q["speaker_of"] for q in json.loads(out)] == [q["speaker_of"] for q in both]
    from fastapi.testclient import TestClient
    from depesche.server.app import create_app
    api = TestClient(create_app(db)).get("/api/quotes", params={"speaker": "Anna Berger", "representatives": True})
    assert [q["speaker_of"] for q in api.json()] == [q["speaker_of"] for q in both]
