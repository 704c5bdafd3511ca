"""``depesche bench``: articles/s, words/s and peak RSS against the bare tokenizer."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("bench", help="measure pipeline throughput on the 10kgnad bench (or any JSON Lines corpus)")
    p.add_argument("corpus", nargs="?", help="JSON Lines with a text field (default ../shared/data/10kgnad-bench/articles.jsonl)")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--stages", help="comma-separated stages to run (default: all available)")
    p.add_argument("--no-per-stage", action="store_true", help="skip the per-stage timings")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..bench import DEFAULT_CORPUS, load_texts, run_bench

    corpus = Path(args.corpus) if args.corpus else DEFAULT_CORPUS
    if not corpus.exists():
        print(f"depesche bench: skipped, corpus not found: {corpus} (needs ../shared/data)", file=sys.stderr)
        return 0
    stages = args.stages.split(",") if args.stages else None
    result = run_bench(load_texts(corpus, args.limit), stages, per_stage=not args.no_per_stage)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    b, p = result["baseline"], result["pipeline"]
    table = Table("run", "seconds", "articles/s", "words/s", "× baseline speed", title=f"{result['articles']} articles, {result['words']:,} words")
    table.add_row(b["name"], f"{b['seconds']:.2f}", f"{result['articles'] / b['seconds']:.0f}", f"{b['words_per_s']:,}", "1")
    table.add_row("depesche pipeline", f"{p['seconds']:.2f}", f"{p['articles_per_s']:.1f}", f"{p['words_per_s']:,}", f"{p['ratio_to_baseline']:.3f}")
    for name, s in result["stages"].items():
        table.add_row(f"  stage {name}", f"{s['seconds']:.2f}", f"{s['articles_per_s']}", f"{s['words_per_s']:,}", "")
    Console().print(table)
    print(f"peak RSS {result['peak_rss_mb']:.0f} MB; components {p['components']}")
    return 0
