"""UD tagging scorer on a tiny CoNLL-U fixture, and the shipped de_tagger."""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import pytest

from depesche.evaluate import ud

FIXTURE = Path(__file__).parent / "fixtures" / "tagger" / "tiny.conllu"
MODEL = ud.DEFAULT_MODEL
needs_model = pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="shipped de_tagger model is absent")


def test_read_conllu_skips_ranges_and_empty_nodes():
    first, second = ud.read_conllu(FIXTURE)
    assert [w.form for w in second.words] == ["In", "dem", "Mai", "kam", "er", "zurück", "."]
    # The range line "Im" has a space after it, so its last word "dem" gets it.
    assert second.spaces == [False, True, True, True, True, False, True]
    assert first.spaces[2:4] == [False, True]


def test_score_counts_like_conll2018():
    gold = ud.read_conllu(FIXTURE)
    perfect = ud.score(gold, [list(s.words) for s in gold])
    assert perfect["words"] == 16
    assert all(perfect[k] == 100.0 for k in ("upos", "xpos", "ufeats", "lemma", "Case", "Mood"))

    predicted = [list(s.words) for s in gold]
    sei = predicted[0][6]
    predicted[0][6] = replace(sei, feats=sei.feats.replace("Mood=Sub", "Mood=Ind"), lemma="sei")
    # Layered features are not universal: no penalty for an extra Gender[psor].
    predicted[1][4] = replace(predicted[1][4], feats=predicted[1][4].feats + "|Gender[psor]=Masc")
    result = ud.score(gold, predicted)
    assert result["Mood"] == result["ufeats"] == round(100 * 15 / 16, 2)
    assert result["Case"] == 100.0
    # The gold lemma of the final "." is "_", which matches anything.
    assert result["lemma"] == round(100 * 15 / 16, 2)


@needs_model
def test_eval_cli_on_fixture(capsys):
    parser = argparse.ArgumentParser()
    ud.add_arguments(parser)
    assert ud.run(parser.parse_args([str(FIXTURE)])) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["words"] == 16 and result["upos"] >= 75.0


@needs_model
def test_shipped_model_marks_subjunctive():
    import spacy

    nlp = spacy.load(MODEL)
    doc = nlp("Es sei nicht zugelassen worden.")
    sei = doc[1]
    assert sei.text == "sei"
    assert sei.morph.get("Mood") == ["Sub"]
    assert sei.lemma_ == "sein"
    assert sei.tag_ == "VAFIN"


@pytest.mark.parametrize("text, word, tag", [
    # a verb form the model took for an adjective right after the subject
    ("Die Stadtwerke räumten Fehler ein.", "räumten", "VVFIN"),
    ("Die Kommission räumte Mängel ein.", "räumte", "VVFIN"),
    ("Ministerin Eva Roth (Grüne) räumte Mängel ein.", "räumte", "VVFIN"),  # after a bracket on the name
    # after a comma, with a one- or two-word noun ending the sentence: a frame's verb and subject
    ("Die Lage sei ernst, erläuterte Koch.", "erläuterte", "VVFIN"),
    # an attributive participle after a von-phrase stays an adjective
    ("Die vom Land erwirkte Auflösung scheiterte.", "erwirkte", "ADJA"),
    ("Er las alte, kritisierte Berichte über die Reform.", "kritisierte", "ADJA"),
    ("Der vom Verein betreute Klub gewann.", "betreute", "ADJA"),
])
def test_a_finite_verb_after_a_noun_is_no_adjective(text, word, tag):
    from depesche.components.tagger import Tagger

    tagger = Tagger()
    doc = tagger(tagger.nlp.make_doc(text))
    tok = next(t for t in doc if t.text == word)
    assert (tok.tag_, tok.pos_) == (tag, "VERB" if tag == "VVFIN" else "ADJ")


def test_whitespace_tokens_are_spaces(nlp):
    """Double spaces and paragraph breaks are tagged _SP, so no rule takes one for a name:
    a speaker is never a blank."""
    from depesche.components.tagger import Tagger

    tagger = Tagger()
    doc = tagger(tagger.nlp.make_doc("Die Stadt  teilte mit, der Bau  beginne.\n\nDas Amt  bestätigte das."))
    spaces = [t for t in doc if t.is_space]
    assert len(spaces) == 4 and all((t.tag_, t.pos_) == ("_SP", "SPACE") for t in spaces)
    rec = nlp("Beerbt hat ihn Anna Berg, die  nicht müde wird zu betonen, dass der Umbau nötig ist.")
    assert all(q["speaker_text"]["text"].strip() for q in rec["quotes"] if "speaker_text" in q)
