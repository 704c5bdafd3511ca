"""Per-stage CPU time of the pipeline, and a check that a speed-up changed no output.

Runs the first N articles of the 10kGNAD bench (eval-only data: read, never
copied; ``--corpus`` takes any JSON Lines with ``text``) through
``depesche.load().pipe`` with every stage wrapped from the outside, so
``pipeline.py`` is untouched.  Right after each checked stage its own output
is snapshotted (tokens and sentence starts, each token's POS, STTS tag,
morphology and lemma, NER entities, the entity clusters, amounts, the wire
metadata), so stages that run later, or that
other people change meanwhile, cannot blur the comparison.

    python bench/stages_equal.py --save /tmp/before.jsonl     # before a change
    python bench/stages_equal.py --compare /tmp/before.jsonl  # after it

To time two versions side by side, copy ``src`` twice and run each copy with
``PYTHONPATH=<copy>/src``.  CPU seconds come from ``time.process_time`` (less
sensitive to machine load than wall time; still noisy by a few per cent on a
shared machine); words are the whitespace-separated words of the input.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad-bench" / "articles.jsonl"
CHECKED = ("tokens", "sentences", "tags", "ner", "entities", "amounts", "meta")


def _tokens(doc) -> list:
    return [[t.idx, len(t), t.whitespace_ == " "] for t in doc]


def _snapshots(name: str, doc) -> dict:
    """What the stage ``name`` produced, as plain JSON (copied: later stages may edit it)."""
    record = doc._.record
    if name == "sentences":
        return {"tokens": _tokens(doc), "sentences": [t.i for t in doc if t.is_sent_start]}
    if name == "tagger":
        return {"tags": [[t.pos_, t.tag_, str(t.morph), t.lemma_] for t in doc]}
    if name == "ner":
        return {"ner": [[e.start_char, e.end_char, e.label_] for e in doc.ents]}
    if name in ("entities", "amounts"):
        return {name: json.loads(json.dumps(record[name], ensure_ascii=False))}
    return {}


def _instrument(nlp, seconds: dict, snaps: dict) -> None:
    """Wrap each stage's ``pipe`` (and metadata/tokenizer) to time it and snapshot its output."""
    import depesche.pipeline as P

    parse, make_doc = P.metadata.parse, P.make_doc

    def timed(key, fn):
        def run(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[key] += time.process_time() - t0
        return run

    P.metadata = SimpleNamespace(parse=timed("metadata", parse))  # the pipeline calls ``metadata.parse``
    P.make_doc = timed("tokenizer", make_doc)
    for component in nlp.components:
        def pipe(docs, _c=component, _pipe=component.pipe):
            t0 = time.process_time()
            out = _pipe(docs)
            t1 = time.process_time()
            seconds[_c.name] += t1 - t0
            for doc in docs:
                snaps[doc._.record["id"]].update(_snapshots(_c.name, doc))
            seconds["_snapshots"] += time.process_time() - t1  # not the pipeline's time
            return out
        component.pipe = pipe


def run(limit: int, corpus: Path = CORPUS) -> tuple[list[dict], dict, int, float]:
    import depesche

    articles = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            articles.append(json.loads(line))
            if len(articles) >= limit:
                break
    nlp = depesche.load()
    list(nlp.pipe([a["text"] for a in articles[:8]]))  # warm-up: lazy loads are not throughput
    seconds: dict = defaultdict(float)
    snaps: dict = defaultdict(dict)
    _instrument(nlp, seconds, snaps)
    t0 = time.process_time()
    records = list(nlp.pipe([(a["text"], {"id": a.get("id") or str(n)}) for n, a in enumerate(articles)]))
    total = time.process_time() - t0 - seconds.pop("_snapshots", 0.0)
    out = []
    for rec in records:
        meta = {k: v for k, v in rec["meta"].items() if k != "components"}
        out.append({"id": rec["id"], "error": rec.get("error"), "meta": meta, **snaps.get(rec["id"], {})})
    words = sum(len(a["text"].split()) for a in articles)
    return out, dict(seconds), words, total


def compare(new: list[dict], old: list[dict], fields=CHECKED) -> int:
    """Print the first differences; return how many records differ."""
    if len(new) != len(old):
        print(f"record count differs: {len(new)} vs {len(old)}")
    bad = 0
    for a, b in zip(new, old):
        diff = [f for f in ("id", "error", *fields) if a.get(f) != b.get(f)]
        if diff:
            bad += 1
            if bad <= 5:
                for f in diff:
                    print(f"{a['id']}: {f} differs\n  now: {str(a.get(f))[:400]}\n  was: {str(b.get(f))[:400]}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines with a 'text' field (default: the 10kGNAD bench)")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="write the stage outputs as JSON Lines (keep it outside the repo)")
    group.add_argument("--compare", type=Path, help="assert the stage outputs equal a --save file")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found", file=sys.stderr)
        return 0
    records, seconds, words, total = run(args.n, args.corpus)
    print(f"{len(records)} articles, {words} words, {total:.2f} s CPU: "
          f"{words / total:,.0f} words/s, {len(records) / total:.1f} articles/s")
    for name, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {s:7.2f} s  {100 * s / total:5.1f} %  {words / s if s else 0:>12,.0f} words/s")
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"saved {args.save}")
    if args.compare:
        old = [json.loads(line) for line in args.compare.open(encoding="utf-8")]
        bad = compare(records, old)
        print(f"{bad} of {len(records)} records differ" if bad else f"all {len(records)} records equal ({', '.join(CHECKED)})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
