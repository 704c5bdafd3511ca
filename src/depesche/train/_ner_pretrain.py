"""Pretrain the NER model's token-to-vector layer on raw German text (``spacy pretrain``).

The gold and silver sentences are too few for the CNN to learn what rare words,
lone surnames or places look like; predicting each word's first and last
characters from its window over a few million raw words teaches its hash
embeddings and encoder that first. Paragraphs sharing a six-token run with any
GermEval 2014 sentence are left out, so the held-out split never comes back as
pretraining text.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from ._ner_corpus import germeval_ngrams, ngrams

# Words per raw-de file: encyclopedia and parliament text, the registers closest to news.
BUDGET = {"wikipedia.jsonl": 3_000_000, "klexikon.jsonl": 500_000,
          "bundestag-wp19.jsonl": 1_250_000, "bundestag-wp20.jsonl": 1_250_000}
MIN_TOKENS, MAX_TOKENS = 8, 450  # spaCy's pretraining reader skips docs over 500 tokens


def write_text(raw_dir: Path, germeval: Path, out: Path) -> dict[str, int]:
    """Shuffled paragraphs as ``{"text": ...}`` lines; returns the words taken per file."""
    import spacy

    make_doc = spacy.blank("de").make_doc
    banned = germeval_ngrams(germeval)
    paragraphs, used = [], {}
    for name, budget in BUDGET.items():
        used[name] = 0
        with (raw_dir / name).open(encoding="utf-8") as src:
            for line in src:
                for para in json.loads(line)["text"].split("\n"):
                    para = para.strip()
                    words = [t.text for t in make_doc(para)]
                    if MIN_TOKENS <= len(words) <= MAX_TOKENS and not ngrams(words) & banned:
                        paragraphs.append(para)
                        used[name] += len(words)
                if used[name] >= budget:
                    break
    random.Random(0).shuffle(paragraphs)
    with out.open("w", encoding="utf-8") as sink:
        for para in paragraphs:
            sink.write(json.dumps({"text": para}, ensure_ascii=False) + "\n")
    return used
