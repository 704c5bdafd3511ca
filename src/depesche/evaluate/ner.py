"""GermEval 2014 NER: strict outer-level chunk P/R/F1 of the shipped model.

Scoring follows the official GermEval 2014 scorer (``nereval.perl``) on the outer
level: a predicted chunk counts only if its span and label both match a gold chunk.
Two label schemes are reported: the full 12 labels and the 4 base labels, where
``-deriv``/``-part`` are folded into their base type (``LOCderiv`` -> ``LOC``).
The sentence split (``index % 10``: 0 test, 1 dev, else train) is shared by
everyone training or tuning on this file; keep it unchanged.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "de_ner"
SPLITS = ("test", "dev", "train")


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the file, from 0: defines the split
    comment: str  # the '#' line: source URL and date
    tokens: list[str]
    outer: list[str]  # outer-level BIO tags
    inner: list[str]  # nested-level BIO tags


def split_of(index: int) -> str:
    """The fixed GermEval split: 0 -> test, 1 -> dev, 2..9 -> train (index mod 10)."""
    return SPLITS[index % 10] if index % 10 < 2 else "train"


def read_tsv(path: Path | str) -> list[Sentence]:
    """Read a GermEval 2014 TSV (``idx TAB token TAB outer TAB inner``, blank-line separated)."""
    sentences: list[Sentence] = []
    comment, rows = "", []

    def flush() -> None:
        nonlocal comment, rows
        if rows:
            cols = list(zip(*rows))
            sentences.append(Sentence(len(sentences), comment, list(cols[0]), list(cols[1]), list(cols[2])))
        comment, rows = "", []

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
            elif line.startswith("#"):  # token rows start with their index
                comment = line
            else:
                cols = line.split("\t")
                rows.append((cols[1], cols[2], cols[3] if len(cols) > 3 else "O"))
    flush()
    return sentences


def base_label(label: str) -> str:
    """Fold ``-deriv``/``-part`` into the base type: ``ORGpart`` -> ``ORG``."""
    return label.removesuffix("deriv").removesuffix("part")


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """Chunks ``(start, end, label)`` of a BIO sequence; as in conlleval/nereval, an
    ``I-`` tag that does not continue a chunk of the same label opens a new one."""
    found, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if label is not None and (prefix != "I" or kind != label):
            found.add((start, i, label))
            label = None
        if prefix in ("B", "I") and label is None:
            start, label = i, kind
    return found


def _prf(tp: int, n_gold: int, n_pred: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "gold": n_gold, "pred": n_pred}


def _score_scheme(gold_sents, pred_sents, fold) -> dict:
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for gold, pred in zip(gold_sents, pred_sents, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"sentence length mismatch: {len(gold)} gold vs {len(pred)} predicted tags")
        g = {(s, e, fold(lab)) for s, e, lab in chunks(gold)}
        p = {(s, e, fold(lab)) for s, e, lab in chunks(pred)}
        n_gold.update(lab for _, _, lab in g)
        n_pred.update(lab for _, _, lab in p)
        tp.update(lab for _, _, lab in g & p)
    types = sorted(set(n_gold) | set(n_pred))
    return {
        "overall": _prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())),
        "per_type": {t: _prf(tp[t], n_gold[t], n_pred[t]) for t in types},
    }


def score(gold_sents: list[list[str]], pred_sents: list[list[str]]) -> dict:
    """Strict outer-level chunk scores of BIO tag sequences, aligned sentence by sentence.

    Returns ``{"labels12": ..., "labels4": ...}``, each ``{"overall": prf, "per_type":
    {label: prf}}`` with ``prf = {precision, recall, f1, tp, gold, pred}`` (fractions).
    """
    return {
        "labels12": _score_scheme(gold_sents, pred_sents, lambda lab: lab),
        "labels4": _score_scheme(gold_sents, pred_sents, base_label),
    }


def doc_tags(doc) -> list[str]:
    """Outer-level BIO tags of a spaCy ``Doc``'s entities."""
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def tag(nlp, sentences: list[Sentence], batch_size: int = 256) -> list[list[str]]:
    """Run a pipeline over pre-tokenised sentences and return outer BIO tags."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=s.tokens) for s in sentences)
    return [doc_tags(doc) for doc in nlp.pipe(docs, batch_size=batch_size)]


def format_report(result: dict) -> str:
    lines = []
    for scheme, block in result.items():
        lines.append(f"{scheme:<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
        rows = [("overall", block["overall"]), *block["per_type"].items()]
        for name, m in rows:
            lines.append(
                f"  {name:<8} {100 * m['precision']:6.2f} {100 * m['recall']:6.2f} "
                f"{100 * m['f1']:6.2f} {m['gold']:6d} {m['pred']:6d}"
            )
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="GermEval 2014 TSV (idx, token, outer, nested)")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="spaCy pipeline directory")
    parser.add_argument("--split", choices=("test", "dev", "train", "all"), default="all",
                        help="score only one part of the fixed index-mod-10 split")
    parser.add_argument("--json", action="store_true", help="print the score dict as JSON")


def run(args: argparse.Namespace) -> int:
    import spacy

    sentences = [s for s in read_tsv(args.file) if args.split == "all" or split_of(s.index) == args.split]
    nlp = spacy.load(args.model)
    start, cpu_start = time.perf_counter(), time.process_time()
    predicted = tag(nlp, sentences)
    # CPU time is what one core costs, however busy the machine is (run with OMP_NUM_THREADS=1)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    result = score([s.outer for s in sentences], predicted)
    n_words = sum(len(s.tokens) for s in sentences)
    if args.json:
        print(json.dumps({**result, "sentences": len(sentences), "words": n_words, "seconds": seconds,
                          "cpu_seconds": cpu_seconds}))
    else:
        print(f"{len(sentences)} sentences, {n_words} words, {n_words / seconds:,.0f} words/s wall, "
              f"{n_words / cpu_seconds:,.0f} words/s CPU")
        print(format_report(result))
    return 0
