"""Compound splitting for search: parts of real compounds, lexicalised and derived words stay whole."""
import pytest

from depesche.compounds import split


@pytest.mark.parametrize("word, parts", [
    ("Landtagswahlen", ("landtag", "wahlen")),      # linking -s-
    ("Arbeitsmarkt", ("arbeit", "markt")),
    ("Energiepreise", ("energie", "preise")),
    ("Klimaschutzgesetz", ("klima", "schutz", "gesetz")),  # split again, two levels
])
def test_compounds_split_into_known_words(word, parts):
    assert split(word) == parts


@pytest.mark.parametrize("word", ["Wissenschaft", "Unterschrift", "Auswahl", "Verhandlungen",
                                  "Demonstrationen", "Haus", "2020er", "Kiew-Reise"])
def test_non_compounds_stay_whole(word):
    assert split(word) == ()
