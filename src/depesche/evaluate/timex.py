"""Time expressions on WikiWarsDE: strict/lenient extent and value P/R/F1 (TERN-style).

Gold comes from ``DIR/keyinline/*.key.xml`` (inline TIMEX2 in ACE SGML); the
tag-stripped document is the text we tag, only inside ``<TEXT>`` (the DCT in
``<DATETIME>`` is metadata, not a mention), with the DCT as reference date.

Scores, as the HeidelTime papers report WikiWarsDE (ACE TERN scorer):
strict = exact extent match, lenient = any overlap (one-to-one, greedy in text
order); value accuracy = correct values among lenient matches; value P/R/F1 =
lenient matches with the correct value over system / gold counts.

TIMEX2 vs TIMEX3: the gold ``val`` and our TIMEX3 ``value`` share ISO 8601
dates, ``BCnnnn`` years, century/decade prefixes (``19``, ``193``), seasons
(``-SP/-SU/-FA/-WI``), halves (``-H1``), parts of day (``TMO/TEV/TNI``),
durations (``P3M``, ``PXD``) and ``PAST_REF/PRESENT_REF/FUTURE_REF``, so values
are compared as strings after upper-casing; ``mod`` (START/MID/END...) is a
separate attribute in both and, as in TERN's VAL score, not part of the value.
TIMEX2 sets put the period in ``val`` with ``set="YES"`` (``täglich`` = P1D),
which is also what our SET values look like.  Our extents include a governing
preposition (``am 9. August``) that TIMEX2 leaves out: the evaluation scores
the span without its ``signal``.
"""
from __future__ import annotations

import argparse
import html
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# Default split: develop on these WikiWarsDE documents, report on the rest too.
DEV_DOCS = ("01_WW2", "05_VietnamWar", "09_GrecoPersian", "13_RussianCivWar", "17_AlgerianWar", "21_NigerianCivilWar")


@dataclass
class GoldDoc:
    """One document: tag-stripped text, the span to tag, the DCT and gold timexes."""

    name: str
    text: str
    body: tuple[int, int]
    dct: str | None
    gold: list[dict] = field(default_factory=list)


def load_doc(path: Path) -> GoldDoc:
    """Strip inline SGML/XML tags, keeping each TIMEX2 as a span over the stripped text."""
    raw = path.read_text(encoding="utf-8")
    out: list[str] = []
    pos = n = 0
    stack: list[tuple[int, dict]] = []
    gold: list[dict] = []
    body = [0, 0]
    in_text = False
    for m in _TAG.finditer(raw):
        chunk = html.unescape(raw[pos:m.start()])
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2).upper()
        if name == "TIMEX2":
            if closing:
                start, attrs = stack.pop()
                if in_text:
                    gold.append({"start": start, "end": n, **attrs})
            else:
                stack.append((n, {k.lower(): v for k, v in _ATTR.findall(m.group(3))}))
        elif name == "TEXT":
            in_text = not closing
            body[0 if not closing else 1] = n
    out.append(html.unescape(raw[pos:]))
    text = "".join(out)
    dct_m = re.search(r"<DATETIME>\s*(?:<TIMEX2[^>]*>)?\s*(\d{4}-\d{2}-\d{2})", raw)
    for g in gold:
        g["text"] = text[g["start"]:g["end"]]
    name = path.name.split(".")[0]
    return GoldDoc(name, text, (body[0], body[1] or len(text)), dct_m.group(1) if dct_m else None, gold)


def load_dir(directory: Path) -> list[GoldDoc]:
    files = sorted((directory / "keyinline").glob("*.xml"))
    if not files:
        raise FileNotFoundError(f"no keyinline/*.xml under {directory}")
    return [load_doc(f) for f in files]


def core_span(t: dict) -> tuple[int, int]:
    """The TIMEX2-style extent of a system timex: without its preposition signal."""
    sig = t.get("signal")
    if sig and sig["start"] == t["start"]:
        start = sig["end"]
        while start < t["end"] and t["text"][start - t["start"]].isspace():
            start += 1
        return start, t["end"]
    return t["start"], t["end"]


def _prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def norm_value(v: str | None) -> str:
    return (v or "").strip().upper()


def score(pairs: list[tuple[list[dict], list[dict]]]) -> dict:
    """Score (system, gold) lists of ``{"start","end","value"}`` per document."""
    n_sys = n_gold = strict = lenient = val_ok = 0
    errors: list[tuple[str, dict | None, dict | None]] = []
    for sys_spans, gold in pairs:
        n_sys += len(sys_spans)
        n_gold += len(gold)
        used: set[int] = set()
        exact = {(g["start"], g["end"]): i for i, g in enumerate(gold)}
        matched: dict[int, int] = {}
        for si, s in enumerate(sys_spans):  # exact matches first, then overlaps
            gi = exact.get((s["start"], s["end"]))
            if gi is not None and gi not in used:
                used.add(gi)
                matched[si] = gi
                strict += 1
        for si, s in enumerate(sys_spans):
            if si in matched:
                continue
            for gi, g in enumerate(gold):
                if gi not in used and s["start"] < g["end"] and g["start"] < s["end"]:
                    used.add(gi)
                    matched[si] = gi
                    break
        lenient += len(matched)
        for si, gi in matched.items():
            if norm_value(sys_spans[si].get("value")) == norm_value(gold[gi].get("val")):
                val_ok += 1
            else:
                errors.append(("value", sys_spans[si], gold[gi]))
        for si, s in enumerate(sys_spans):
            if si not in matched:
                errors.append(("spurious", s, None))
        for gi, g in enumerate(gold):
            if gi not in used:
                errors.append(("missed", None, g))
    return {
        "n_sys": n_sys, "n_gold": n_gold,
        "strict": _prf(strict, n_sys, n_gold),
        "lenient": _prf(lenient, n_sys, n_gold),
        "value_accuracy": val_ok / lenient if lenient else 0.0,
        "value": _prf(val_ok, n_sys, n_gold),
        "errors": errors,
    }


def system_spans(doc: GoldDoc, tagger=None) -> list[dict]:
    """Run our tagger on one document (narrative reference-time mode, DCT given)."""
    from ..timex import find_timexes

    tagger = tagger or (lambda d: find_timexes(d.text, d.body[0], d.body[1], dct=d.dct, narrative=True))
    out = []
    for t in tagger(doc):
        start, end = core_span(t)
        out.append({"start": start, "end": end, "text": doc.text[start:end], "value": t.get("value")})
    return out


def report(name: str, res: dict) -> str:
    s, l, v = res["strict"], res["lenient"], res["value"]
    return (f"{name:<10} gold={res['n_gold']:<5} sys={res['n_sys']:<5} "
            f"strict P/R/F1 {s['P']:.3f}/{s['R']:.3f}/{s['F1']:.3f}  "
            f"lenient {l['P']:.3f}/{l['R']:.3f}/{l['F1']:.3f}  "
            f"value acc {res['value_accuracy']:.3f} value P/R/F1 {v['P']:.3f}/{v['R']:.3f}/{v['F1']:.3f}")


def evaluate(docs: list[GoldDoc], runs: dict[str, list[dict]], dev: set[str], dev_only: bool = False) -> list[str]:
    """Score lines for the dev split, the held-out rest and all documents (or the dev split alone)."""
    lines = []
    splits = (("dev", lambda d: d.name in dev), ("heldout", lambda d: d.name not in dev), ("all", lambda d: True))
    for split, keep in splits[:1] if dev_only else splits:
        pairs = [(runs[d.name], d.gold) for d in docs if keep(d)]
        if pairs:
            lines.append(report(split, score(pairs)))
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, help="WikiWarsDE-format directory (with keyinline/)")
    parser.add_argument("--dev", default=",".join(DEV_DOCS), help="comma-separated document names used for development")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N errors per dev document (held-out errors are never shown)")
    parser.add_argument("--dev-only", action="store_true",
                        help="print the dev line only: keeps the held-out score unread while tuning")
    parser.add_argument("--speed", type=Path, metavar="JSONL",
                        help="also time find_timexes on the 'text' of each line of this JSON Lines file")


def speed(path: Path) -> str:
    """Throughput of the tagger in news mode (wall clock and CPU time, which shared machines differ in)."""
    import json

    from ..timex import find_timexes

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    wall, cpu = time.perf_counter(), time.process_time()
    n = sum(len(find_timexes(t, dct="2016-01-01")) for t in texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return f"speed: {len(texts)} docs, {n} timexes, {len(texts) / wall:.0f} docs/s wall, {len(texts) / cpu:.0f} docs/s CPU"


def run(args: argparse.Namespace) -> int:
    docs = load_dir(args.dir)
    t0 = time.perf_counter()
    runs = {d.name: system_spans(d) for d in docs}
    secs = time.perf_counter() - t0
    dev = set(filter(None, args.dev.split(",")))
    print(f"dev documents: {', '.join(sorted(dev & {d.name for d in docs})) or '-'}")
    for line in evaluate(docs, runs, dev, getattr(args, "dev_only", False)):
        print(line)
    print(f"tagging time: {secs:.2f}s for {len(docs)} documents")
    if args.speed:
        print(speed(args.speed))
    if args.errors:
        for d in (d for d in docs if d.name in dev):
            for kind, s, g in score([(runs[d.name], d.gold)])["errors"][: args.errors]:
                at = (s or g)["start"]
                context = d.text[max(0, at - 40):at + 40].replace("\n", " ")
                print(f"{d.name[:6]} {kind:8} sys={s and (s['text'], s['value'])!s:<40} gold={g and (g['text'], g.get('val'))!s:<40} | {context}")
    return 0
