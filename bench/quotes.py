"""Speed of the quotes stage alone on the 10kGNAD benchmark articles (eval only).

Documents are read and split into sentences first; only the quotes stage is
timed, as wall time and as CPU time of this process (the latter is what one
core gives when the machine is shared).  Needs ``../shared``.
Run: ``OMP_NUM_THREADS=1 python bench/quotes.py``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad-bench" / "articles.jsonl"


def main() -> int:
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} not found", file=sys.stderr)
        return 0
    import spacy

    from depesche.components import metadata
    from depesche.components.quotes import Quotes
    from depesche.components.sentences import Sentences
    from depesche.record import check_spans, new_record
    from depesche.tokenizer import make_doc

    nlp = spacy.blank("de")
    sentences, quotes = Sentences(), Quotes()
    docs = []
    for line in ARTICLES.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        rec = new_record(text)
        rec["meta"].update(metadata.parse(text, {}))
        doc = make_doc(nlp, text, rec["meta"]["_cuts"])
        doc._.record = rec
        docs.append(sentences(doc))
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        quotes(doc)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    kinds: dict[str, int] = {}
    for doc in docs:
        for q in doc._.record["quotes"]:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    bad = sum(bool(check_spans(doc._.record)) for doc in docs)
    print(f"{len(docs)} articles, {sum(len(d) for d in docs)} tokens; quotes stage: "
          f"wall {wall:.2f}s = {len(docs) / wall:.0f} articles/s, CPU {cpu:.2f}s = {len(docs) / cpu:.0f} articles/s")
    print(f"quotes by kind: {kinds}; records with span errors: {bad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
