"""Silver NER data: sample raw German Wikipedia sentences, then turn the LLM
annotator's inline markup of them into span records the NER trainer reads.

    python scripts/silver_ner.py sample --n 1000 --part 1     # -> data/silver/ner/todo/part_01.tsv
    (the annotator writes data/silver/ner/markup/part_01.tsv: same ids, sentences with [[LABEL|surface]])
    python scripts/silver_ner.py build [--check]              # -> data/silver/ner/silver_01.jsonl
    python scripts/silver_ner.py agreement-sample --n 300     # GermEval dev sentences for the annotator
    python scripts/silver_ner.py agreement-score              # its markup against the gold, strict

Sentences come from ``raw-de/wikipedia.jsonl`` (CC BY-SA 3.0, marked **train**
for silver annotation in ``../shared/data/README.md``).  GermEval 2014 mixes
Wikipedia and news, so a sampled sentence that shares any six-token run with a
GermEval sentence (any split) is left out: the held-out test split must not come
back as training data.  ``build`` accepts a marked sentence only if stripping
the marks gives back the sampled sentence character for character.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SILVER = ROOT / "data" / "silver" / "ner"
SOURCE = "silver-llm (depesche project's LLM annotator) over raw-de/wikipedia.jsonl"
LICENSE = "CC BY-SA 3.0"
sys.path.insert(0, str(ROOT / "scripts"))
from markup_to_jsonl import parse_dispatch  # noqa: E402  (one markup grammar for synthetic and silver)

from depesche.train._ner_corpus import germeval_ngrams, ngrams  # noqa: E402


def sample(n: int, part: int, seed: int) -> Path:
    """``n`` sentences (8-60 tokens) not yet in any todo file, none overlapping GermEval."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    banned = germeval_ngrams(DATA / "germeval2014" / "NER-de-test.tsv")
    taken = {line.split("\t", 1)[0] for f in (SILVER / "todo").glob("*.tsv")
             for line in f.read_text(encoding="utf-8").splitlines()}
    docs = [json.loads(line) for line in (DATA / "raw-de" / "wikipedia.jsonl").open(encoding="utf-8")]
    rng = random.Random(seed * 1000 + part)
    rng.shuffle(docs)
    out: list[str] = []
    for rec in docs:
        doc = nlp(rec["text"][:20000])
        sents = [s for s in doc.sents if 8 <= len(s) <= 60 and "\n" not in s.text and "\t" not in s.text]
        for sent in rng.sample(sents, min(len(sents), 6)):  # a few per article: many topics
            sid = f"{rec['id']}@{sent.start_char}"
            if sid in taken or ngrams([t.text for t in sent]) & banned or not re.search(r"[a-zäöüß]", sent.text):
                continue
            out.append(f"{sid}\t{sent.text}")
        if len(out) >= n:
            break
    path = SILVER / "todo" / f"part_{part:02d}.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out[:n]) + "\n", encoding="utf-8")
    return path


def build(check: bool = False) -> int:
    """Markup files to ``silver_NN.jsonl``; lines whose text changed are reported and left out."""
    stale, bad = [], 0
    for markup in sorted((SILVER / "markup").glob("part_*.tsv")):
        todo = dict(line.split("\t", 1) for line in (SILVER / "todo" / markup.name).read_text(encoding="utf-8").splitlines())
        records = []
        for n, line in enumerate(markup.read_text(encoding="utf-8").splitlines(), 1):
            sid, _, marked = line.partition("\t")
            try:
                text, entities = parse_dispatch(marked)
            except ValueError as exc:
                print(f"{markup.name}:{n}: {exc}", file=sys.stderr)
                bad += 1
                continue
            if todo.get(sid) != text:
                print(f"{markup.name}:{n}: {sid}: text differs from the sampled sentence", file=sys.stderr)
                bad += 1
                continue
            records.append({"id": sid, "text": text, "entities": entities, "source": SOURCE, "license": LICENSE,
                            "silver": True})
        target = SILVER / markup.name.replace("part_", "silver_").replace(".tsv", ".jsonl")
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if not target.exists() or target.read_text(encoding="utf-8") != body:
            stale.append(target.name)
            if not check:
                target.write_text(body, encoding="utf-8")
        print(f"{markup.name}: {len(records)} sentences, {sum(len(r['entities']) for r in records)} entities")
    print(f"{bad} lines left out")
    if check and stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


AGREEMENT = ROOT / "data" / "silver" / "agreement"


def agreement_sample(n: int, seed: int) -> Path:
    """``n`` GermEval dev-split sentences (tokens joined by spaces) for a blind annotation
    with the same instructions as the silver parts; the annotator never sees the gold."""
    from depesche.evaluate.ner import read_tsv, split_of

    dev = [s for s in read_tsv(DATA / "germeval2014" / "NER-de-test.tsv") if split_of(s.index) == "dev"]
    picked = sorted(random.Random(seed).sample(dev, n), key=lambda s: s.index)
    path = AGREEMENT / "session3_todo.tsv"
    path.write_text("".join(f"germeval-{s.index}\t{' '.join(s.tokens)}\n" for s in picked), encoding="utf-8")
    return path


def agreement_score() -> int:
    """Token BIO from the annotator's character spans, scored like ``depesche eval ner``."""
    from depesche.evaluate.ner import format_report, read_tsv, score

    gold = {f"germeval-{s.index}": s for s in read_tsv(DATA / "germeval2014" / "NER-de-test.tsv")}
    golds, preds = [], []
    for line in (AGREEMENT / "session3_markup.tsv").read_text(encoding="utf-8").splitlines():
        sid, _, marked = line.partition("\t")
        text, entities = parse_dispatch(marked)
        sent = gold[sid]
        starts, pos = [], 0
        for tok in sent.tokens:
            starts.append(pos)
            pos += len(tok) + 1
        assert text == " ".join(sent.tokens), sid
        tags = ["O"] * len(sent.tokens)
        for ent in entities:
            toks = [i for i, a in enumerate(starts) if a < ent["end"] and a + len(sent.tokens[i]) > ent["start"]]
            tags[toks[0]] = f"B-{ent['label']}"
            for i in toks[1:]:
                tags[i] = f"I-{ent['label']}"
        golds.append(sent.outer)
        preds.append(tags)
    print(f"{len(golds)} sentences")
    print(format_report(score(golds, preds)))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=1000)
    s.add_argument("--part", type=int, required=True)
    s.add_argument("--seed", type=int, default=0)
    b = sub.add_parser("build")
    b.add_argument("--check", action="store_true", help="only verify the JSONL files are current")
    a = sub.add_parser("agreement-sample")
    a.add_argument("--n", type=int, default=300)
    a.add_argument("--seed", type=int, default=3)
    sub.add_parser("agreement-score")
    args = parser.parse_args(argv)
    if args.cmd == "agreement-sample":
        print(agreement_sample(args.n, args.seed))
        return 0
    if args.cmd == "agreement-score":
        return agreement_score()
    if args.cmd == "sample":
        print(sample(args.n, args.part, args.seed))
        return 0
    return build(args.check)


if __name__ == "__main__":
    sys.exit(main())
