"""Training corpus for the NER model: every train-licensed source, one manifest line
per sentence.

Corpora annotate different label sets. A token a corpus could not have labelled
(e.g. an OTH name or a ``deutsche`` LOCderiv in LER, which knows only PER/ORG/LOC
among our types) is marked *missing*, not ``O``: teaching it as ``O`` is what
made mixed training hurt OTH and ORG before. In-domain GermEval is repeated to
weigh more; the noisy historical Europeana OCR is subsampled.
"""
from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..evaluate.ner import read_tsv, split_of

log = logging.getLogger(__name__)
LABELS = [f"{base}{suffix}" for base in ("PER", "LOC", "ORG", "OTH") for suffix in ("", "deriv", "part")]
GERMEVAL_WEIGHT = 2  # copies of each in-domain gold sentence per epoch
EUROPEANA_EVERY = 6  # keep every n-th Europeana pseudo-sentence with an entity
LER_MAP = {  # LER fine classes -> GermEval types; all other LER classes become missing
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}
SYNTHETIC_LABELS = {**{lab: lab for lab in LABELS}, "MISC": "OTH"}
NGRAM = 6  # raw text sharing a run this long with a GermEval sentence is left out


def ngrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + NGRAM]) for i in range(len(words) - NGRAM + 1)}


def germeval_ngrams(path: Path) -> set[tuple[str, ...]]:
    """Every NGRAM-token run of every GermEval 2014 sentence (all splits): raw text used
    for silver annotation or pretraining must share none, so the held-out split never
    comes back as training text."""
    return set().union(*(ngrams(s.tokens) for s in read_tsv(path)))


# Tokens that may be a name or a name-derived adjective the source could not label.
_MAYBE_NAME = re.compile(r"\w*[A-ZÄÖÜ]|.*isch(e[nmrs]?)?$")


@dataclass
class Item:
    words: list[str]
    tags: list[str]  # BIO tags over our LABELS, "" = missing
    source: str
    id: str
    license: str
    split: str
    spaces: list[bool] | None = None
    meta: dict = field(default_factory=dict)


def partial_tags(words: list[str], tags: list[str], mapping: dict[str, str]) -> list[str]:
    """Map a corpus's BIO tags to ours; unmapped entities and possible names outside
    any mapped entity become missing ("")."""
    out = []
    for word, tag in zip(words, tags):
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "I") and kind in mapping:
            out.append(f"{prefix}-{mapping[kind]}")
        elif prefix in ("B", "I") or _MAYBE_NAME.match(word):
            out.append("")
        else:
            out.append("O")
    return _well_formed(out)


def _well_formed(tags: list[str]) -> list[str]:
    """An ``I-`` tag whose chunk start was dropped is ill-formed: make it missing too."""
    out = list(tags)
    for i, t in enumerate(out):
        if t.startswith("I-") and (i == 0 or out[i - 1][2:] != t[2:]):
            out[i] = ""
    return out


def germeval(path: Path) -> tuple[list[Item], list[Item]]:
    """GermEval train and dev sentences (the test split is never read here)."""
    train, dev = [], []
    for s in read_tsv(path):
        split = split_of(s.index)
        if split == "test":
            continue
        item = Item(s.tokens, s.outer, "germeval2014", f"germeval2014-test-{s.index}", "CC BY 4.0", split)
        (dev if split == "dev" else train).append(item)
    return train, dev


def _conll(path: Path, sep: str | None = None):
    """Sentences of a 'token TAG' file; sentence-less files are cut at full stops."""
    words, tags = [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.split(sep)
            if line.startswith("# ") or (len(cols) != 2 and line.strip()):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(cols[0])
            tags.append(cols[1].strip().upper())
            if sep is None and cols[0] in {".", "!", "?"} and len(words) >= 5 or len(words) >= 80:
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def ler(ler_dir: Path) -> list[Item]:
    """LER sentences that mention at least one PER/ORG/LOC; the rest is legal citation noise."""
    items = []
    for name in ("ler_dev.conll", "ler_test.conll"):
        for i, (words, tags) in enumerate(_conll(ler_dir / name, sep=" ")):
            mapped = partial_tags(words, tags, LER_MAP)
            if any(t.startswith("B-") for t in mapped):
                items.append(Item(words, mapped, "ler", f"{name.split('.')[0]}-{i}", "CC BY 4.0", "train"))
    return items


def europeana(eur_dir: Path) -> list[Item]:
    items = []
    mapping = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
    for path in sorted(eur_dir.glob("enp_DE.*.bio")):
        kept = 0
        for i, (words, tags) in enumerate(_conll(path)):
            mapped = partial_tags(words, tags, mapping)
            if any(t.startswith("B-") for t in mapped):
                kept += 1
                if kept % EUROPEANA_EVERY == 0:
                    items.append(Item(words, mapped, "europeana-ner", f"{path.stem}-{i}", "CC0", "train"))
    return items


def synthetic(syn_dir: Path, nlp, kind: str = "synthetic") -> list[Item]:
    """Character-offset records (``data/synthetic/ner/*.jsonl``, or ``kind="silver"``:
    ``data/silver/ner/*.jsonl``), tokenised and split into sentences by ``nlp`` (needs
    a sentencizer). Entities that do not align with token boundaries or carry an
    unknown label are missing."""
    items = []
    for path in sorted(syn_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                try:
                    rec = json.loads(line)
                    doc = nlp(rec["text"])
                except (json.JSONDecodeError, KeyError, TypeError):  # e.g. a file still being written
                    if line.strip():
                        log.warning("skipping malformed record %s:%d", path, n + 1)
                    continue
                tags = ["O"] * len(doc)
                for ent in rec.get("entities", []):
                    label = SYNTHETIC_LABELS.get(ent["label"])
                    span = doc.char_span(ent["start"], ent["end"], alignment_mode="strict")
                    touched = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
                    if span is not None and label is not None:
                        tags[span.start:span.end] = [f"B-{label}"] + [f"I-{label}"] * (len(span) - 1)
                    elif touched is not None:
                        tags[touched.start:touched.end] = [""] * len(touched)
                for k, sent in enumerate(doc.sents):
                    sent_tags = _well_formed(tags[sent.start:sent.end])
                    items.append(Item(
                        [t.text for t in sent], sent_tags, f"{kind}:{path.stem}", f"{rec.get('id', n)}#{k}",
                        str(rec.get("license", "unknown")), "train", [bool(t.whitespace_) for t in sent],
                        {"producer": rec.get("source")},
                    ))
    return items


def write(items: list[Item], vocab, path: Path, weights: dict[str, int] | None = None) -> None:
    """Serialise to a spaCy DocBin, repeating items of sources with a weight > 1."""
    from spacy.tokens import Doc, DocBin

    bin_ = DocBin(store_user_data=False)
    for item in items:
        doc = Doc(vocab, words=item.words, spaces=item.spaces, ents=[t or None for t in item.tags])
        for _ in range((weights or {}).get(item.source, 1)):
            bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def write_manifest(items: list[Item], path: Path) -> Counter:
    """One JSON line per sentence (source, id, license, split); returns counts per source/split."""
    counts: Counter = Counter()
    with path.open("w", encoding="utf-8") as f:
        for it in items:
            n_ents = sum(t.startswith("B-") for t in it.tags)
            f.write(json.dumps({"source": it.source, "id": it.id, "license": it.license, "split": it.split,
                                "tokens": len(it.words), "entities": n_ents, **it.meta}, ensure_ascii=False) + "\n")
            counts[(it.source, it.license, it.split, "sentences")] += 1
            counts[(it.source, it.license, it.split, "tokens")] += len(it.words)
            counts[(it.source, it.license, it.split, "entities")] += n_ents
    return counts
