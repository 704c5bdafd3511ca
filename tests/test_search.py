"""Full-text search: German stemming, snippets with offsets, date filter, rebuild."""
from __future__ import annotations

import shutil

import pytest

from depesche import queries, search, store
from test_store import archive, db, load_records  # noqa: F401 (fixtures)


@pytest.fixture()
def con(db):
    return store.connect(db)


def hit_ids(result) -> set[str]:
    return {h["id"] for h in result["hits"]}


def test_search_stemming_finds_inflected_forms(con):
    # "Wahl" must find the plural "Wahlen" (only in the Brussels dispatch)
    assert "bruessel-sanktionen-03" in hit_ids(queries.search(con, "Wahl"))
    assert "bruessel-sanktionen-03" in hit_ids(queries.search(con, "Wahlen"))
    assert "berlin-nawalny-06" in hit_ids(queries.search(con, "Vorwurf"))


def test_search_snippet_offsets_point_into_the_text(con):
    for hit in queries.search(con, "Lukaschenko")["hits"]:
        text = queries.document(con, hit["id"])["text"]
        assert text[hit["start"]:hit["end"]] == hit["snippet"]
        assert all(text[a:b].lower().startswith("lukaschenko") for a, b in hit["highlights"])


def test_search_date_filter_limit_and_duplicates(con):
    ids = hit_ids(queries.search(con, "Lukaschenko", since="2020-09", until="2020-09-30"))
    assert ids == {"sotschi-treffen-04", "kiew-dialog-07"}
    with_dups = queries.search(con, "Lukaschenko", since="2020-09", include_duplicates=True)
    assert "sotschi-treffen-04b" in hit_ids(with_dups)
    assert len(queries.search(con, "Lukaschenko", limit=1)["hits"]) == 1
    assert hit_ids(queries.search(con, "Lukaschenko", until="2019")) == set()


@pytest.mark.parametrize("q", ["'; DROP TABLE documents; --", 'text:"unclosed', "(((", "AND OR NOT", "*", "doc_id:x"])
def test_search_malformed_queries_do_not_fail(con, q):
    assert isinstance(queries.search(con, q)["hits"], list)


def test_search_reindex_rebuilds_a_lost_index(con):
    path = search.index_dir(store.db_path(con))
    search._open.clear()
    shutil.rmtree(path)
    assert queries.search(con, "Wahl")["hits"] == []
    assert any("index missing" in p for p in store.check(con))
    assert search.reindex(con) == len(load_records())
    assert store.check(con) == []
    assert "bruessel-sanktionen-03" in hit_ids(queries.search(con, "Wahl"))


def test_search_finds_words_inside_compounds(con):
    """``Gift`` finds ``Nervengift``, ``Regierung`` finds ``Bundesregierung``; the snippet marks the part."""
    for word, doc, compound in (("Gift", "berlin-nawalny-06", "Nervengift"),
                                ("Regierung", "bruessel-sanktionen-03", "Bundesregierung")):
        hits = {h["id"]: h for h in queries.search(con, word)["hits"]}
        assert doc in hits
        text = queries.document(con, doc)["text"]
        hit = hits[doc]
        assert text[hit["start"]:hit["end"]] == hit["snippet"]
        assert [text[a:b].lower() for a, b in hit["highlights"]][:1] == [word.lower()]
        a, _ = hit["highlights"][0]
        assert text[a + len(word) - len(compound):a + len(word)] == compound


def test_whole_words_rank_above_compound_parts(con):
    """"Wahl" as a word of its own (the Minsk dispatch) ranks above "Wahlkommission"/"Wahlfälschung" only."""
    result = queries.search(con, "Wahlen")
    ids = [h["id"] for h in result["hits"]]
    assert ids[0] == "bruessel-sanktionen-03"


def test_an_index_from_before_compound_search_still_answers_and_reindex_upgrades_it(con):
    import tantivy

    path = search.index_dir(store.db_path(con))
    search._open.clear()
    shutil.rmtree(path)
    path.mkdir()
    old = tantivy.SchemaBuilder()
    old.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    old.add_text_field("text", tokenizer_name=search.TOKENIZER)
    old.add_date_field("day", indexed=True, fast=True)
    old.add_boolean_field("dup", indexed=True)
    index = tantivy.Index(old.build(), path=str(path))
    index.register_tokenizer(search.TOKENIZER, search._analyzer())
    writer = index.writer(search.WRITER_HEAP, 1)
    for doc_id, text, _day, dup in con.execute(search._ROWS).fetchall():
        writer.add_document(tantivy.Document(doc_id=doc_id, text=text, dup=dup))
    writer.commit()
    writer.wait_merging_threads()
    assert "bruessel-sanktionen-03" in hit_ids(queries.search(con, "Wahl"))
    assert "berlin-nawalny-06" not in hit_ids(queries.search(con, "Gift"))
    assert any("compound" in p for p in store.check(con))
    search.reindex(con)
    assert store.check(con) == []
    assert "berlin-nawalny-06" in hit_ids(queries.search(con, "Gift"))
