"""Direct and indirect speech detection on the REDEWIEDERGABE newspaper samples.

Reads ``DIR/data/main/tsv/rwk_mkhz_*.tsv`` (historical newspapers 1840-1919,
one token per row; the ``stwr`` column marks speech, thought and writing
representation as ``direct.speech.1``, ``indirect.thought.nonfact.2``, ...,
several joined by ``|``).  The tokens are typeset as running text, the shipped
tagger and the quotes stage run over each sample as in the pipeline
(``--no-tagger``: the rules without STTS tags), and every token inside one of
the record's quotes gets its kind.  Scores are token-level P/R/F1 per type, the measure of the
corpus papers (Brunner et al. 2020); the medium (speech/thought/writing) is
not distinguished, free indirect speech is not a target.

The corpus is CC BY-NC-SA: evaluation only, nothing from it enters the repo.
"""
from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

TYPES = ("direct", "indirect", "reported")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%“”«‘’")
_NO_SPACE_AFTER = frozenset("([{„»‚")


def load_sample(path: Path) -> tuple[list[str], list[bool], list[set[str]]]:
    """Tokens, sentence starts and the gold types of each token."""
    words, starts, gold = [], [], []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            words.append(row["tok"])
            starts.append(row["sentstart"] == "yes")
            types = set()
            for tag in (row["stwr"] or "-").split("|"):
                kind = tag.split(".")[0]
                if kind in TYPES:
                    types.add(kind)
            gold.append(types)
    return words, starts, gold


def system_types(words, starts, finder, nlp, tagger=None) -> list[set[str]]:
    """The kind(s) of the record quotes each token lies in."""
    from spacy.tokens import Doc

    from ..components.quotes import to_quotes
    from ..record import new_record

    spaces = [bool(i + 1 < len(words)) and w not in _NO_SPACE_AFTER and words[i + 1] not in _NO_SPACE_BEFORE
              for i, w in enumerate(words)]
    starts = list(starts)
    if starts:
        starts[0] = True
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    if tagger is not None:
        doc = tagger(doc)
    out = [set() for _ in words]
    for q in to_quotes(doc, new_record(doc.text), finder.events(doc)):
        for tok in doc.char_span(q["start"], q["end"], alignment_mode="expand") or ():
            out[tok.i].add(q["kind"])
    return out


def score(pairs) -> dict:
    counts = {t: Counter() for t in TYPES}
    for system, gold in pairs:
        for s, g in zip(system, gold):
            for t in TYPES:
                if t in s and t in g:
                    counts[t]["tp"] += 1
                elif t in s:
                    counts[t]["fp"] += 1
                elif t in g:
                    counts[t]["fn"] += 1
    res = {}
    for t, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        res[t] = {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
    return res


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, help="the REDEWIEDERGABE corpus folder (with data/main/tsv)")
    parser.add_argument("--source", default="mkhz", help="sample source prefix: mkhz (newspapers), grenz, digbib")
    parser.add_argument("--no-tagger", action="store_true", help="the quotes rules without the shipped tagger's STTS tags")


def run(args: argparse.Namespace) -> int:
    import spacy

    from ..components.quotes import SpeechFinder

    files = sorted((args.dir / "data" / "main" / "tsv").glob(f"rwk_{args.source}_*.tsv"))
    if not files:
        print(f"no rwk_{args.source}_*.tsv under {args.dir}/data/main/tsv")
        return 1
    nlp, tagger = spacy.blank("de"), None
    if not args.no_tagger:
        from ..components.tagger import Tagger

        tagger = Tagger()
        nlp = tagger.nlp
    finder = SpeechFinder()
    t0 = time.perf_counter()
    pairs, n_tok = [], 0
    for f in files:
        words, starts, gold = load_sample(f)
        n_tok += len(words)
        pairs.append((system_types(words, starts, finder, nlp, tagger), gold))
    secs = time.perf_counter() - t0
    print(f"{len(files)} {args.source} samples, {n_tok} tokens, {secs:.1f}s; token-level scores:")
    for t, r in score(pairs).items():
        print(f"  {t:<9} P {r['P']:.3f}  R {r['R']:.3f}  F1 {r['F1']:.3f}   (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    return 0
