"""Word lists as regular expressions that are fast to scan with Python's ``re``.

``re`` tries the branches of an alternation one by one at every position, so
a list of 200 words costs 200 tries per word start.  :func:`alternation`
writes the list as a trie (``Jahr(?:zehnt|hundert|)``), which tries one
branch per letter and matches exactly what the plain longest-first
alternation matches: branches that start alike keep their order, and
branches that start differently never both match.  Where two branches
differ only in case (both would match inside ``(?i:…)``, so their order
decides), those words stay a plain alternation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, escaped; a space matches any run of spaces."""
    return _render([_atoms(w) for w in sorted(words, key=len, reverse=True)])


def _atoms(word: str) -> list[str]:
    return [r"\s+" if ch == " " else re.escape(ch) for ch in word]


def _render(words: list[list[str]]) -> str:
    groups: dict[str, list[list[str]]] = {}  # first atom ("" = word end) -> the rests, in order
    for atoms in words:
        groups.setdefault(atoms[0] if atoms else "", []).append(atoms[1:])
    firsts = [a for a in groups if a]
    if len({a.lower() for a in firsts}) < len(firsts):
        return "|".join("".join(atoms) for atoms in words)
    branches = []
    for atom, rests in groups.items():
        if not atom:
            branches.append("")
            continue
        inner = _render(rests)
        if len({r[0] if r else "" for r in rests}) > 1:
            inner = f"(?:{inner})"
        branches.append(atom + inner)
    return "|".join(branches)
