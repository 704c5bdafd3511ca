"""The trie form of a word list matches exactly what the plain alternation matches."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from depesche.wordlists import alternation

LETTERS = "aAbBcß. -"
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=5).filter(lambda w: w.strip() == w and w.strip()),
                 min_size=1, max_size=12)


def plain(ws) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))


@settings(max_examples=400, deadline=None)
@given(words, st.text(alphabet=LETTERS + "x\n", max_size=60))
def test_same_matches_as_the_plain_alternation(ws, text):
    for wrap in ("(?:{})", "(?i:{})", r"\b(?:{})(?!\w)", "(?:{})x"):
        expected = [m.span() for m in re.finditer(wrap.format(plain(ws)), text)]
        assert [m.span() for m in re.finditer(wrap.format(alternation(ws)), text)] == expected


def test_shared_prefixes_become_one_branch():
    assert alternation(["Jahrzehnt", "Jahrhundert", "Jahr"]) == "Jahr(?:hundert|zehnt|)"
