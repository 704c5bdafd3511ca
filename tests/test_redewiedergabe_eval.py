"""The REDEWIEDERGABE scorer on a hand-made sample (our own sentences, in the corpus's TSV layout)."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from depesche.evaluate import redewiedergabe as R

FIXTURE = Path(__file__).parent / "fixtures" / "redewiedergabe"


@pytest.mark.parametrize("no_tagger", [False, True])
def test_scores_the_record_quotes_of_a_sample(capsys, no_tagger):
    """By default the shipped tagger runs first, as in the pipeline; the record's quotes are scored."""
    assert R.run(argparse.Namespace(dir=FIXTURE, source="mkhz", no_tagger=no_tagger)) == 0
    out = capsys.readouterr().out
    assert "1 mkhz samples, 24 tokens" in out
    assert "direct    P 1.000  R 1.000" in out
    assert "indirect  P 1.000  R 1.000" in out
