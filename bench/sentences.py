"""Sentence splitting: depesche's rules vs spaCy's sentencizer vs SoMaJo.

Gold: UD German GSD dev + PUD (sentences joined into running text with the
original spacing).  Scores boundary precision/recall/F1 and speed.  Needs
``../shared`` and the ``train`` extra (SoMaJo).  Run: ``python bench/sentences.py``.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud-german"


def gold_texts():
    for path in (SHARED / "gsd" / "de_gsd-ud-dev.conllu", SHARED / "pud" / "de_pud-ud-test.conllu"):
        sents = [line[len("# text = "):].strip() for line in path.open(encoding="utf-8") if line.startswith("# text = ")]
        # Blocks of 10 sentences form one "document" of running text.
        for i in range(0, len(sents), 10):
            block = sents[i:i + 10]
            text, bounds = "", set()
            for s in block:
                if text:
                    text += " "
                    bounds.add(len(text))
                text += s
            yield text, bounds


def score(pred, gold):
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    if not SHARED.exists():
        print(f"skipped: {SHARED} not found", file=sys.stderr)
        return 0
    import spacy

    from depesche.components.sentences import sentence_starts
    from depesche.tokenizer import make_doc

    data = list(gold_texts())
    nlp = spacy.blank("de")
    senter = spacy.blank("de")
    senter.add_pipe("sentencizer")

    def ours(text):
        doc = make_doc(nlp, text)
        return {doc[i].idx for i in sentence_starts(doc)}

    def sentencizer(text):
        return {s.start_char for s in senter(text).sents if s.start_char}

    systems = {"depesche rules (spaCy tokens)": ours, "spaCy sentencizer": sentencizer}
    try:
        from somajo import SoMaJo

        somajo = SoMaJo("de_CMC", split_camel_case=False)

        def somajo_split(text):
            starts, pos = set(), 0
            for sent in somajo.tokenize_text([text]):
                first = sent[0].text
                pos = text.find(first, pos)
                if pos > 0:
                    starts.add(pos)
                for tok in sent:
                    pos = text.find(tok.text, pos) + len(tok.text) if text.find(tok.text, pos) >= 0 else pos
            return starts

        systems["SoMaJo 2.5 (de_CMC)"] = somajo_split
    except ImportError:
        print("SoMaJo not installed (pip install -e '.[train]'); skipping it", file=sys.stderr)
    gold_n = sum(len(b) for _, b in data)
    print(f"{len(data)} blocks, {gold_n} gold boundaries (UD GSD dev + PUD test)")
    print(f"{'system':34} {'P':>6} {'R':>6} {'F1':>6} {'sents/s':>9}")
    for name, fn in systems.items():
        tp = fp = fn_ = 0
        start = time.perf_counter()
        preds = [fn(text) for text, _ in data]
        secs = time.perf_counter() - start
        for pred, (_, gold) in zip(preds, data):
            tp += len(pred & gold)
            fp += len(pred - gold)
            fn_ += len(gold - pred)
        p, r = tp / (tp + fp), tp / (tp + fn_)
        print(f"{name:34} {p:6.3f} {r:6.3f} {2 * p * r / (p + r):6.3f} {gold_n / secs:9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
