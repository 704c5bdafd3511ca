"""Throughput benchmark: the pipeline against the bare spaCy German tokenizer.

Both run in the same process over the same texts, so the ratio is stable
across machines; peak RSS is read from the OS after each run.
"""
from __future__ import annotations

import json
import resource
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "10kgnad-bench" / "articles.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_texts(path: Path, limit: int | None = None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def _timed(fn, texts) -> float:
    start = time.perf_counter()
    fn(texts)
    return time.perf_counter() - start


def run_bench(texts: list[str], stages: list[str] | None = None, per_stage: bool = True) -> dict:
    """Time the bare tokenizer, the whole pipeline and (optionally) each stage."""
    import spacy

    import depesche

    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("de").tokenizer
    base = _timed(lambda ts: [tokenizer(t) for t in ts], texts)
    nlp = depesche.load(stages=stages)
    list(nlp.pipe(texts[:20]))  # warm up: lazy model loading is not throughput
    rss_before = peak_rss_mb()
    total = _timed(lambda ts: list(nlp.pipe(ts)), texts)
    result = {
        "articles": len(texts), "words": words,
        "baseline": {"name": "spacy.blank('de').tokenizer", "seconds": round(base, 3), "words_per_s": round(words / base)},
        "pipeline": {"seconds": round(total, 3), "articles_per_s": round(len(texts) / total, 1),
                     "words_per_s": round(words / total), "ratio_to_baseline": round(base / total, 4),
                     "components": nlp.versions},
        "peak_rss_mb": round(max(rss_before, peak_rss_mb()), 1),
        "stages": {},
    }
    if per_stage:
        from .components import metadata
        from .tokenizer import make_doc

        docs = []
        t0 = time.perf_counter()
        for text in texts:
            meta = metadata.parse(text)
            doc = make_doc(nlp.nlp, text, meta["_cuts"])
            doc._.record = {"id": "", "text": text, "meta": meta, "entities": [], "quotes": [], "timexes": [], "events": [], "amounts": []}
            docs.append(doc)
        result["stages"]["metadata+tokenizer"] = _stage_figures(time.perf_counter() - t0, texts, words)
        for component in nlp.components:
            t0 = time.perf_counter()
            component.pipe(docs)
            result["stages"][component.name] = _stage_figures(time.perf_counter() - t0, texts, words)
    return result


def _stage_figures(seconds, texts, words) -> dict:
    return {"seconds": round(seconds, 3), "articles_per_s": round(len(texts) / seconds, 1) if seconds else None,
            "words_per_s": round(words / seconds) if seconds else None}
