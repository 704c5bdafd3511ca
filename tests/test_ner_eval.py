"""GermEval 2014 scorer on a hand-made fixture, and a smoke test of the shipped NER model."""
from pathlib import Path

import pytest

from depesche.evaluate.ner import DEFAULT_MODEL, chunks, read_tsv, score, split_of

FIXTURES = Path(__file__).parent / "fixtures" / "ner"


def test_read_tsv():
    sents = read_tsv(FIXTURES / "gold.tsv")
    assert [len(s.tokens) for s in sents] == [5, 6]
    assert sents[0].comment.startswith("#\thttp://example.org/a")
    assert sents[1].outer[5] == "B-ORGpart" and sents[1].inner[5] == "B-ORG"


def test_chunks_strict_like_conlleval():
    assert chunks(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    # an I- that continues nothing opens a chunk; a label change closes one
    assert chunks(["I-PER", "I-LOC", "I-LOC"]) == {(0, 1, "PER"), (1, 3, "LOC")}
    assert chunks(["B-ORG", "B-ORG"]) == {(0, 1, "ORG"), (1, 2, "ORG")}


def test_score_known_values():
    gold = [s.outer for s in read_tsv(FIXTURES / "gold.tsv")]
    pred = [s.outer for s in read_tsv(FIXTURES / "pred.tsv")]
    result = score(gold, pred)
    # 12 labels: gold PER LOC LOCderiv ORGpart, predicted PER ORG LOC ORGpart, 2 match
    full = result["labels12"]
    assert (full["overall"]["tp"], full["overall"]["gold"], full["overall"]["pred"]) == (2, 4, 4)
    assert full["overall"]["f1"] == pytest.approx(0.5)
    assert full["per_type"]["LOC"]["recall"] == 0 and full["per_type"]["LOC"]["precision"] == 0
    assert full["per_type"]["ORGpart"]["f1"] == 1
    # 4 labels: LOCderiv counts as LOC, so "deutsche" matches too
    base = result["labels4"]
    assert base["overall"]["f1"] == pytest.approx(0.75)
    assert base["per_type"]["LOC"]["recall"] == pytest.approx(0.5)
    assert base["per_type"]["ORG"]["precision"] == pytest.approx(0.5)
    assert score(gold, gold)["labels12"]["overall"]["f1"] == 1


def test_split_is_index_mod_10():
    assert [split_of(i) for i in (0, 1, 2, 9, 10, 11, 25)] == ["test", "dev", "train", "train", "test", "dev", "train"]


@pytest.mark.skipif(not (DEFAULT_MODEL / "config.cfg").exists(), reason="shipped NER model not built")
def test_shipped_model_tags_german():
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc

    nlp = spacy.load(DEFAULT_MODEL)
    words = "Bundeskanzler Olaf Scholz traf am Montag in Paris den französischen Präsidenten .".split()
    doc = nlp(Doc(nlp.vocab, words=words))
    assert len(doc) == len(words)
    labels = {ent.label_ for ent in doc.ents}
    assert labels and labels <= {f"{b}{s}" for b in ("PER", "LOC", "ORG", "OTH") for s in ("", "deriv", "part")}


def test_synthetic_records_to_training_sentences(tmp_path):
    """Synthetic news records become sentences; unknown labels and truncated lines are
    missing/skipped, never taught as O."""
    spacy = pytest.importorskip("spacy")
    from depesche.train._ner_corpus import partial_tags, synthetic

    (tmp_path / "a.jsonl").write_text(
        '{"id": "x", "text": "Olaf Scholz besuchte Paris. Er kam aus Hamburg.", "entities": ['
        '{"start": 0, "end": 11, "label": "PER"}, {"start": 21, "end": 26, "label": "LOC"}, '
        '{"start": 38, "end": 45, "label": "CITY"}], "source": "t", "license": "CC0-1.0"}\n{"id": "y", "te',
        encoding="utf-8",
    )
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    items = synthetic(tmp_path, nlp)
    assert [it.id for it in items] == ["x#0", "x#1"]
    assert items[0].tags == ["B-PER", "I-PER", "O", "B-LOC", "O"]
    assert items[1].tags == ["O", "O", "O", "", "O"]
    assert synthetic(tmp_path / "missing", nlp) == []
    # LER-style partial labels: unmapped classes and capitalised tokens are missing
    assert partial_tags(["Der", "BGH", "urteilte", "gegen", "Müller"], ["O", "B-GRT", "O", "O", "B-PER"],
                        {"GRT": "ORG", "PER": "PER"}) == ["", "B-ORG", "O", "O", "B-PER"]
