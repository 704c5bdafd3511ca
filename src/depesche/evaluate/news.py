"""Gold news: every record layer of the pipeline against the held-out gold dispatches.

Runs ``depesche.load()`` over ``DIR/*.json`` (text and article date only) and
compares each predicted record with its gold record.  Measure only: the set
is held out, never tune on it.  Spans are ``(start, end)`` character offsets.

- **entities** - name mentions (form ``name``): P/R/F1 on exact spans; per
  type PER/LOC/ORG/OTH a hit also needs the entity type to match.  By form:
  P/R/F1 of exact spans where gold and predicted form are both that form;
  ``all`` ignores the form.
- **coref** - MUC, B³ and CEAF-e as in the CoNLL reference scorer (Pradhan
  et al. 2014): entities are clusters of mention spans, singletons included,
  numerators and denominators summed over documents; predicted mentions
  missing from the gold (and gold ones never predicted) stay in and cost
  precision (recall).  CoNLL = mean of the three F1.  ``exact`` repeats it on
  the mentions whose span is in both gold and prediction.
- **quotes** - quote spans matched one to one, exact spans first, then
  pairs overlapping by at least 50% of the longer span (best first).  Kind and
  speaker accuracy on overlap matches; a speaker is right if the predicted
  speaker entity stands for the gold speaker: of all gold entities, it shares
  most exact mention spans with that one (both ``null`` is right too; before
  2026-11-26 one shared span sufficed, which counted a wrong speaker right when
  the resolver had added the gold speaker's mention to it).  Cue P/R/F1 on exact cue spans.
- **events** - an event is right when type, sources and targets are right:
  each predicted entity stands for the gold entity it shares most exact
  mention spans with, sources/targets are compared as sets of those, and
  CONSULT/AGREE/COOPERATE compare sources and targets as one unordered set;
  counted as a multiset per document.  Also type-only (multiset of types),
  trigger P/R/F1 (exact span) and status accuracy on trigger matches.
- **timex** - strict (exact) and lenient (overlap) extent P/R/F1 and value
  accuracy on lenient matches (:func:`depesche.evaluate.timex.score`).
- **amounts** - exact span P/R/F1; value and unit accuracy on matches.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from collections import Counter
from pathlib import Path

DEFAULT_DIR = Path("data/gold-news/docs")
LAYERS = ("entities", "coref", "quotes", "events", "timex", "amounts")
TYPES = ("PER", "LOC", "ORG", "OTH")
FORMS = ("name", "nominal", "pronoun", "derived")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
QUOTE_OVERLAP = 0.5


# --------------------------------------------------------------------------- helpers

def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": n_pred, "gold": n_gold}


def _f1(r_num: float, r_den: float, p_num: float, p_den: float) -> dict:
    r = r_num / r_den if r_den else 0.0
    p = p_num / p_den if p_den else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def span(item: dict) -> tuple[int, int]:
    return item["start"], item["end"]


def align_spans(gold: list[dict], pred: list[dict], min_overlap: float | None = None) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs: exact spans first, then
    (if ``min_overlap``) pairs whose overlap is at least that share of the longer span, best first."""
    exact = {}
    for gi, g in enumerate(gold):
        exact.setdefault(span(g), gi)
    pairs, used_g, used_p = [], set(), set()
    for pi, p in enumerate(pred):
        gi = exact.get(span(p))
        if gi is not None and gi not in used_g:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    if min_overlap is not None:
        cands = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                if gi in used_g or pi in used_p:
                    continue
                inter = min(g["end"], p["end"]) - max(g["start"], p["start"])
                longer = max(g["end"] - g["start"], p["end"] - p["start"])
                if inter > 0 and inter / longer >= min_overlap:
                    cands.append((-inter / longer, gi, pi))
        for _, gi, pi in sorted(cands):
            if gi not in used_g and pi not in used_p:
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
    return pairs


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return f"{text[max(0, start - width):start]}[{text[start:end]}]{text[end:end + width]}".replace("\n", " ")


def mention_table(rec: dict) -> dict[tuple[int, int], tuple[str, str, str]]:
    """span -> (form, entity type, entity id); a span listed twice keeps its first entity."""
    out: dict = {}
    for e in rec.get("entities") or []:
        for m in e.get("mentions") or []:
            out.setdefault(span(m), (m.get("form") or "name", e.get("type"), e["id"]))
    return out


def clusters(rec: dict, keep: set | None = None) -> list[frozenset]:
    """Entities as sets of mention spans (each span in its first entity only), optionally only spans in ``keep``."""
    seen: set = set()
    out = []
    for e in rec.get("entities") or []:
        spans = {span(m) for m in e.get("mentions") or []} - seen
        if keep is not None:
            spans &= keep
        seen |= spans
        if spans:
            out.append(frozenset(spans))
    return out


def entity_alignment(gold: dict, pred: dict) -> dict[str, str]:
    """Predicted entity id -> the gold entity id it shares most exact mention spans with."""
    owner = {s: (i, e["id"]) for i, e in reversed(list(enumerate(gold.get("entities") or [])))
             for s in map(span, e.get("mentions") or [])}
    out = {}
    for e in pred.get("entities") or []:
        votes = Counter(owner[s] for s in map(span, e.get("mentions") or []) if s in owner)
        if votes:
            (_, gid), _ = max(votes.items(), key=lambda kv: (kv[1], -kv[0][0]))
            out[e["id"]] = gid
    return out


# --------------------------------------------------------------------------- mentions

def score_mentions(pairs) -> tuple[dict, list[str]]:
    counts: Counter = Counter()
    errors = []
    for name, gold, pred in pairs:
        g, p = mention_table(gold), mention_table(pred)
        gnames = {s for s, v in g.items() if v[0] == "name"}
        pnames = {s for s, v in p.items() if v[0] == "name"}
        counts["name", "tp"] += len(gnames & pnames)
        counts["name", "pred"] += len(pnames)
        counts["name", "gold"] += len(gnames)
        for t in TYPES:
            gt = {s for s in gnames if g[s][1] == t}
            pt = {s for s in pnames if p[s][1] == t}
            counts["type:" + t, "tp"] += len(gt & pt)
            counts["type:" + t, "pred"] += len(pt)
            counts["type:" + t, "gold"] += len(gt)
        for f in FORMS:
            gf = {s for s, v in g.items() if v[0] == f}
            pf = {s for s, v in p.items() if v[0] == f}
            counts["form:" + f, "tp"] += len(gf & pf)
            counts["form:" + f, "pred"] += len(pf)
            counts["form:" + f, "gold"] += len(gf)
        counts["form:all", "tp"] += len(g.keys() & p.keys())
        counts["form:all", "pred"] += len(p)
        counts["form:all", "gold"] += len(g)
        text = gold["text"]
        for s in sorted(gnames | pnames):
            if s not in pnames:
                errors.append(f"{name} missed {g[s][1]} name {_context(text, *s)}")
            elif s not in gnames:
                errors.append(f"{name} spurious {p[s][1]} name {_context(text, *s)}")
            elif g[s][1] != p[s][1]:
                errors.append(f"{name} type {p[s][1]} for gold {g[s][1]} {_context(text, *s)}")
    keys = ["name", *("type:" + t for t in TYPES), *("form:" + f for f in (*FORMS, "all"))]
    return {k: prf(counts[k, "tp"], counts[k, "pred"], counts[k, "gold"]) for k in keys}, errors


# --------------------------------------------------------------------------- coreference

def muc(key: list[frozenset], response: list[frozenset]) -> tuple[float, float, float, float]:
    """``(recall num, recall den, precision num, precision den)`` of the MUC link score."""

    def side(a, b):
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num, den

    return (*side(key, response), *side(response, key))


def b_cubed(key: list[frozenset], response: list[frozenset]) -> tuple[float, float, float, float]:
    """B³ as the reference scorer sums it: sum |K∩R|²/|K| over sum |K| (and the mirror for precision)."""

    def side(a, b):
        num = sum(len(x & y) ** 2 / len(x) for x in a for y in b if x & y)
        return num, sum(len(x) for x in a)

    return (*side(key, response), *side(response, key))


def ceaf_e(key: list[frozenset], response: list[frozenset]) -> tuple[float, float, float, float]:
    """Entity CEAF: best one-to-one entity alignment under phi4 = 2|K∩R| / (|K|+|R|)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, len(key), 0.0, len(response)
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    best = float(sim[rows, cols].sum())
    return best, len(key), best, len(response)


COREF_METRICS = {"MUC": muc, "B3": b_cubed, "CEAF-e": ceaf_e}


def coref_scores(doc_pairs: list[tuple[list[frozenset], list[frozenset]]]) -> dict:
    """MUC, B³, CEAF-e (sums over documents) and their mean, the CoNLL score."""
    out = {}
    for metric, fn in COREF_METRICS.items():
        total = [0.0, 0.0, 0.0, 0.0]
        for key, response in doc_pairs:
            total = [a + b for a, b in zip(total, fn(key, response))]
        out[metric] = _f1(*total)
    out["CoNLL"] = sum(out[m]["F1"] for m in COREF_METRICS) / len(COREF_METRICS)
    return out


def score_coref(pairs) -> tuple[dict, list[str]]:
    full, exact, errors = [], [], []
    for name, gold, pred in pairs:
        key, response = clusters(gold), clusters(pred)
        full.append((key, response))
        common = set().union(*key) & set().union(*response) if key and response else set()
        exact.append((clusters(gold, common), clusters(pred, common)))
        text = gold["text"]
        names = lambda spans: " + ".join(sorted({text[s:e] for s, e in spans}))  # noqa: E731
        for r in response:
            hit = [k for k in key if k & r]
            if len(hit) > 1:
                errors.append(f"{name} merged {len(hit)} gold entities: " + " | ".join(names(k & r) for k in hit))
        for k in key:
            hit = [r for r in response if k & r]
            if len(hit) > 1:
                errors.append(f"{name} split gold entity over {len(hit)}: " + " | ".join(names(k & r) for r in hit))
    return {"all": coref_scores(full), "exact": coref_scores(exact)}, errors


# --------------------------------------------------------------------------- quotes

def score_quotes(pairs) -> tuple[dict, list[str]]:
    c: Counter = Counter()
    errors = []
    for name, gold, pred in pairs:
        gq, pq = gold.get("quotes") or [], pred.get("quotes") or []
        text = gold["text"]
        matched = align_spans(gq, pq, QUOTE_OVERLAP)
        c["gold"] += len(gq)
        c["pred"] += len(pq)
        c["exact"] += sum(span(gq[gi]) == span(pq[pi]) for gi, pi in matched)
        c["overlap"] += len(matched)
        stands_for = entity_alignment(gold, pred)
        for gi, pi in matched:
            g, p = gq[gi], pq[pi]
            if g["kind"] == p.get("kind"):
                c["kind"] += 1
            else:
                errors.append(f"{name} kind {p.get('kind')} for gold {g['kind']}: {_context(text, *span(g), 0)}")
            gs, ps = g.get("speaker"), p.get("speaker")
            if gs is None:
                ok = ps is None
            else:
                ok = ps is not None and stands_for.get(ps) == gs
            c["speaker"] += ok
            if not ok:
                errors.append(f"{name} speaker {_entity_label(pred, ps)} for gold {_entity_label(gold, gs)}: "
                              f"{_context(text, *span(g), 0)[:90]}")
        for gi in set(range(len(gq))) - {gi for gi, _ in matched}:
            errors.append(f"{name} missed {gq[gi]['kind']} quote: {_context(text, *span(gq[gi]), 0)[:100]}")
        for pi in set(range(len(pq))) - {pi for _, pi in matched}:
            errors.append(f"{name} spurious {pq[pi].get('kind')} quote: {_context(text, *span(pq[pi]), 0)[:100]}")
        gc = {span(q["cue"]) for q in gq if q.get("cue")}
        pc = {span(q["cue"]) for q in pq if q.get("cue")}
        c["cue_tp"] += len(gc & pc)
        c["cue_pred"] += len(pc)
        c["cue_gold"] += len(gc)
    n = c["overlap"]
    return {
        "exact": prf(c["exact"], c["pred"], c["gold"]),
        "overlap": prf(n, c["pred"], c["gold"]),
        "kind_accuracy": c["kind"] / n if n else 0.0,
        "speaker_accuracy": c["speaker"] / n if n else 0.0,
        "cue": prf(c["cue_tp"], c["cue_pred"], c["cue_gold"]),
    }, errors


def _entity_label(rec: dict, eid: str | None) -> str:
    if eid is None:
        return "null"
    e = next((e for e in rec.get("entities") or [] if e["id"] == eid), None)
    return f"{eid}:{e['name']!r}" if e else f"{eid}:?"


# --------------------------------------------------------------------------- events

def event_key(event: dict, to_gold=lambda eid: eid) -> tuple:
    """(type, sources, targets) with entity ids mapped into the gold record's ids."""
    src = frozenset(map(to_gold, event.get("source") or []))
    tgt = frozenset(map(to_gold, event.get("target") or []))
    if event.get("type") in SYMMETRIC:
        return event.get("type"), src | tgt, None
    return event.get("type"), src, tgt


def score_events(pairs) -> tuple[dict, list[str]]:
    c: Counter = Counter()
    errors = []
    for name, gold, pred in pairs:
        ge, pe = gold.get("events") or [], pred.get("events") or []
        text = gold["text"]
        align = entity_alignment(gold, pred)
        to_gold = lambda eid: align.get(eid, "?" + str(eid))  # noqa: E731
        gkeys = Counter(event_key(e) for e in ge)
        pkeys = Counter(event_key(e, to_gold) for e in pe)
        c["gold"] += len(ge)
        c["pred"] += len(pe)
        c["full"] += sum((gkeys & pkeys).values())
        c["type"] += sum((Counter(e.get("type") for e in ge) & Counter(e.get("type") for e in pe)).values())
        gt = [e["trigger"] for e in ge]
        pt = [e["trigger"] for e in pe]
        trig = align_spans(gt, pt)
        c["trigger"] += len(trig)
        for gi, pi in trig:
            c["status"] += ge[gi].get("status") == pe[pi].get("status")
        for k in gkeys - pkeys:
            ev = next(e for e in ge if event_key(e) == k)
            errors.append(f"{name} missed {_event_label(gold, ev)} [{ev['trigger']['text']}]")
        for k in pkeys - gkeys:
            ev = next(e for e in pe if event_key(e, to_gold) == k)
            errors.append(f"{name} spurious {_event_label(pred, ev)} [{ev['trigger']['text']}] "
                          f"{_context(text, *span(ev['trigger']), 30)}")
    n = c["trigger"]
    return {
        "full": prf(c["full"], c["pred"], c["gold"]),
        "type": prf(c["type"], c["pred"], c["gold"]),
        "trigger": prf(n, c["pred"], c["gold"]),
        "status_accuracy": c["status"] / n if n else 0.0,
    }, errors


def _event_label(rec: dict, ev: dict) -> str:
    names = {e["id"]: e["name"] for e in rec.get("entities") or []}
    side = lambda ids: ",".join(names.get(i, i) for i in ids or []) or "-"  # noqa: E731
    return f"{ev.get('type')} {side(ev.get('source'))} -> {side(ev.get('target'))}"


# --------------------------------------------------------------------------- timex and amounts

def score_timex(pairs) -> tuple[dict, list[str]]:
    from .timex import score

    errors = []
    docs = []
    for name, gold, pred in pairs:
        g = [{**t, "val": t.get("value")} for t in gold.get("timexes") or []]
        p = [{"start": t["start"], "end": t["end"], "text": t["text"], "value": t.get("value")}
             for t in pred.get("timexes") or []]
        docs.append((p, g))
        for kind, s, gt in score([(p, g)])["errors"]:
            errors.append(f"{name} {kind}: pred={s and (s['text'], s['value'])} gold={gt and (gt['text'], gt['val'])}")
    res = score(docs)
    return {k: res[k] for k in ("strict", "lenient", "value_accuracy")}, errors


def score_amounts(pairs) -> tuple[dict, list[str]]:
    c: Counter = Counter()
    errors = []
    for name, gold, pred in pairs:
        ga, pa = gold.get("amounts") or [], pred.get("amounts") or []
        matched = align_spans(ga, pa)
        c["gold"] += len(ga)
        c["pred"] += len(pa)
        c["tp"] += len(matched)
        for gi, pi in matched:
            g, p = ga[gi], pa[pi]
            value_ok = isinstance(p.get("value"), (int, float)) and abs(p["value"] - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
            c["value"] += value_ok
            c["unit"] += p.get("unit") == g.get("unit")
            if not value_ok or p.get("unit") != g.get("unit"):
                errors.append(f"{name} value {p.get('value')} {p.get('unit')} for gold {g['value']} {g['unit']}: {g['text']}")
        for gi in set(range(len(ga))) - {gi for gi, _ in matched}:
            errors.append(f"{name} missed {_context(gold['text'], *span(ga[gi]), 25)}")
        for pi in set(range(len(pa))) - {pi for _, pi in matched}:
            errors.append(f"{name} spurious {_context(gold['text'], *span(pa[pi]), 25)}")
    n = c["tp"]
    return {"span": prf(n, c["pred"], c["gold"]),
            "value_accuracy": c["value"] / n if n else 0.0,
            "unit_accuracy": c["unit"] / n if n else 0.0}, errors


SCORERS = {"entities": score_mentions, "coref": score_coref, "quotes": score_quotes,
           "events": score_events, "timex": score_timex, "amounts": score_amounts}


def evaluate(pairs, layers=LAYERS) -> tuple[dict, dict]:
    """``(scores, errors)`` per layer for ``(name, gold record, predicted record)`` triples."""
    scores, errors = {}, {}
    for layer in layers:
        scores[layer], errors[layer] = SCORERS[layer](pairs)
    return scores, errors


# --------------------------------------------------------------------------- running

def load_gold(directory: Path) -> list[tuple[str, dict]]:
    files = sorted(Path(directory).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no *.json under {directory}")
    return [(f.stem, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def predict(golds: list[tuple[str, dict]], nlp=None) -> list[dict]:
    """Pipeline records for the gold texts, given only the article date (as a wire feed would)."""
    if nlp is None:
        import depesche

        nlp = depesche.load()
    return list(nlp.pipe([(g["text"], {"date": g["meta"].get("date"), "id": name}) for name, g in golds]))


def _fmt(s: dict) -> str:
    return f"P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}" + (
        f"  (tp {s['tp']}, pred {s['pred']}, gold {s['gold']})" if "tp" in s else "")


def format_report(scores: dict) -> str:
    lines = []
    for layer, res in scores.items():
        lines.append(f"== {layer}")
        if layer == "coref":
            for part, block in res.items():
                lines.append(f"  {part:<8} CoNLL F1 {block['CoNLL']:.3f}  " + "  ".join(
                    f"{m} {block[m]['P']:.3f}/{block[m]['R']:.3f}/{block[m]['F1']:.3f}" for m in COREF_METRICS))
            continue
        for key, val in res.items():
            lines.append(f"  {key:<16} " + (_fmt(val) if isinstance(val, dict) else f"{val:.3f}"))
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help=f"gold records (default {DEFAULT_DIR})")
    parser.add_argument("--layers", default=",".join(LAYERS), help=f"comma-separated subset of {','.join(LAYERS)}")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N example errors per layer")


def run(args: argparse.Namespace) -> int:
    layers = [x.strip() for x in args.layers.split(",") if x.strip()]
    unknown = set(layers) - set(LAYERS)
    if unknown:
        print(f"unknown layers: {', '.join(sorted(unknown))} (choose from {', '.join(LAYERS)})")
        return 2
    golds = load_gold(args.dir)
    import depesche

    t0 = time.perf_counter()
    nlp = depesche.load()
    t1 = time.perf_counter()
    preds = predict(golds, nlp)
    t2 = time.perf_counter()
    failed = [name for (name, _), p in zip(golds, preds) if p.get("error")]
    scores, errors = evaluate([(name, g, p) for (name, g), p in zip(golds, preds)], layers)
    chars = sum(len(g["text"]) for _, g in golds)
    run_info = {"documents": len(golds), "failed": failed, "load_seconds": t1 - t0, "analyse_seconds": t2 - t1,
                "docs_per_second": len(golds) / (t2 - t1), "chars_per_second": chars / (t2 - t1),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "components": preds[0].get("meta", {}).get("components") if preds else {}}
    if args.json:
        print(json.dumps({"run": run_info, "scores": scores}, ensure_ascii=False, indent=1))
    else:
        print(f"{len(golds)} documents ({len(failed)} with errors{': ' + ', '.join(failed) if failed else ''}); "
              f"load {run_info['load_seconds']:.1f}s, analyse {run_info['analyse_seconds']:.1f}s "
              f"({run_info['docs_per_second']:.1f} docs/s, {run_info['chars_per_second']:,.0f} chars/s), "
              f"max RSS {run_info['max_rss_mb']:.0f} MB")
        print("stages: " + " ".join(f"{k}@{v}" for k, v in run_info["components"].items()))
        print(format_report(scores))
    if args.errors:
        for layer in layers:
            errs = errors[layer]
            picks = sorted({i * len(errs) // args.errors for i in range(args.errors)}) if errs else []
            print(f"-- {layer}: {len(errs)} errors, {len(picks)} spread over the set")
            for i in picks:
                print("  " + errs[i])
    return 0
