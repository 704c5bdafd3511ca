"""Error analysis of the events stage on a gold directory (default data/gold-dev/docs).

Every gold event the prediction misses (by the ``full`` key of
:func:`depesche.evaluate.news.event_key`) is put in one category:

- ``trigger-found/type``    a predicted event has the gold trigger span but another type
- ``trigger-found/args``    same trigger and type, sources or targets differ
- ``found-elsewhere/args``  a predicted event of that type with another trigger, args differ
- ``lexicon/verb``          the trigger word is a verb the lexicon does not know
- ``lexicon/noun``          the trigger word is a noun the lexicon does not know
- ``dropped/...``           the lexicon knows the trigger, the stage dropped the event;
  sub-labels: ``noun``, ``passive``, ``no-target`` (gold has none), ``arg-not-in-sentence``
  (a gold participant has no mention in the trigger's sentence), ``subordinate``

Usage: ``.venv/bin/python scripts/events_errors.py [DIR] [--list CATEGORY] [--spurious]``.
Only for the tuning set: never run it on held-out data.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from depesche.evaluate.news import entity_alignment, event_key, load_gold

_WERDEN = {"wurde", "wurden", "worden", "werden", "wird"}
_SUBORD = {"dass", "weil", "nachdem", "als", "ob", "wenn", "der", "die", "das", "denen", "dem", "den"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="data/gold-dev/docs")
    ap.add_argument("--list", default=None, help="print the events of categories starting with this")
    ap.add_argument("--why", action="store_true", help="show actors and arguments the stage saw for dropped events")
    ap.add_argument("--spurious", action="store_true", help="print spurious predictions too")
    args = ap.parse_args(argv)
    if "gold-news" in str(args.dir):
        print("refusing: gold-news is held out", file=sys.stderr)
        return 2

    import depesche
    from depesche.components import events as E

    nlp = depesche.load()
    docs = {}
    comp = next(c for c in nlp.components if c.name == "events")
    call = comp.__call__

    def keep(doc):
        out = call(doc)
        docs[doc._.record["id"]] = doc
        return out

    comp.__call__ = keep  # instance attribute: the pipeline calls component(doc)
    type(comp).__call__ = lambda self, doc: keep(doc)
    golds = load_gold(Path(args.dir))
    preds = list(nlp.pipe([(g["text"], {"date": g["meta"].get("date"), "id": name}) for name, g in golds]))

    cats: Counter = Counter()
    feasible: Counter = Counter()
    rows = defaultdict(list)
    spurious = []
    for (name, gold), pred in zip(golds, preds):
        doc = docs.get(pred["id"]) or docs.get(name)
        align = entity_alignment(gold, pred)
        to_gold = lambda eid: align.get(eid, "?" + str(eid))  # noqa: E731
        pkeys = Counter(event_key(e, to_gold) for e in pred.get("events") or [])
        gkeys = Counter(event_key(e) for e in gold.get("events") or [])
        names = {e["id"]: e["name"] for e in gold["entities"]}
        mentions = {e["id"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in gold["entities"]}
        left = pkeys.copy()
        for ev in gold.get("events") or []:
            k = event_key(ev)
            if left[k] > 0:
                left[k] -= 1
                continue
            cat = _category(ev, pred, doc, E, mentions, to_gold)
            feas = _feasible(ev, pred, doc, align)
            feasible[feas] += 1
            cats[cat] += 1
            src = ",".join(names.get(x, x) for x in ev["source"]) or "-"
            tgt = ",".join(names.get(x, x) for x in ev["target"] or []) or "-"
            sent = _sentence_text(doc, ev["trigger"]["start"]) if doc is not None else ""
            rows[cat].append(f"{feas:<6} {name} {ev['type']}/{ev.get('mode')} {src} -> {tgt} [{ev['trigger']['text']}] "
                             f"{ev['status']} | {sent}" + (_why(doc, pred, ev, E) if args.why and cat.startswith("dropped") else ""))
        for k, n in (pkeys - gkeys).items():
            ev = next(e for e in pred["events"] if event_key(e, to_gold) == k)
            spurious.append(f"{name} {k[0]} {ev['source']}->{ev['target']} {sorted(map(str, k[1]))}->"
                            f"{sorted(map(str, k[2] or []))} [{ev['trigger']['text']}] | "
                            f"{_sentence_text(doc, ev['trigger']['start']) if doc is not None else ''}")
    total = sum(cats.values())
    print(f"missed gold events: {total}")
    for cat, n in sorted(cats.items(), key=lambda x: -x[1]):
        print(f"  {cat:<32} {n}")
    print("participants the prediction names in the trigger's sentence:", dict(feasible))
    if args.list is not None:
        for cat in sorted(rows):
            if cat.startswith(args.list):
                print(f"== {cat}")
                for r in rows[cat]:
                    print("  " + r)
    if args.spurious:
        print(f"== spurious ({len(spurious)})")
        for r in spurious:
            print("  " + r)
    return 0


def _why(doc, pred, ev, E) -> str:
    """The actor tokens of the trigger's sentence and the arguments :func:`_arguments` finds."""
    tok = next((t for t in doc if t.idx <= ev["trigger"]["start"] < t.idx + len(t)), None)
    sent = next(s for s in E._sentences(doc) if s.start <= tok.i < s.end)
    actor_of, owners = E._actor_tokens(doc, pred)
    names = {e["id"]: e["name"] for e in pred["entities"]}
    toks = " ".join(f"{t.text}/{t.tag_}" + (f"[{names[actor_of[t.i]]}]" if actor_of[t.i] else "") for t in sent)
    hit = E._trigger(sent, tok.i, tok.text)
    aside = E._bracketed(doc, sent)
    clauses = E._clauses(doc, sent, actor_of, aside)
    src, tgt = E._arguments(doc, sent, tok.i, (actor_of, owners), E._is_noun(tok), hit[1][0], clauses, {"aside": aside},
                            [], (), E.L.TARGET_FROM.get(hit[0]))
    return f"\n      {toks}\n      args: {[names[x] for x in src]} -> {[names[x] for x in tgt]}"


def _feasible(ev, pred, doc, align) -> str:
    """``all``: every gold participant is a predicted entity (aligned to it) with a mention in the
    trigger's sentence; ``entity``: every one is a predicted entity; ``no``: some is not."""
    if doc is None:
        return "no"
    tok = next((t for t in doc if t.idx <= ev["trigger"]["start"] < t.idx + len(t)), None)
    sent = tok.sent
    back = {}
    for p, g in align.items():
        back.setdefault(g, []).append(p)
    ents = {e["id"]: e for e in pred["entities"]}
    parts = ev["source"] + (ev["target"] or [])
    if not all(g in back for g in parts):
        return "no"
    near = all(any(sent.start_char <= m["start"] < sent.end_char for p in back[g] for m in ents[p]["mentions"])
               for g in parts)
    return "all" if near else "entity"


def _sentence_text(doc, char: int) -> str:
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t)), None)
    return tok.sent.text.replace("\n", " ") if tok is not None else ""


def _category(ev, pred, doc, E, mentions, to_gold) -> str:
    gs, ge = ev["trigger"]["start"], ev["trigger"]["end"]
    same = [p for p in pred.get("events") or [] if p["trigger"]["start"] == gs and p["trigger"]["end"] == ge]
    if same:
        return "trigger-found/args" if any(p["type"] == ev["type"] for p in same) else "trigger-found/type"
    if doc is None:
        return "no-doc"
    tok = next((t for t in doc if t.idx <= gs < t.idx + len(t)), None)
    if tok is None:
        return "no-token"
    sent = tok.sent
    hit = E._trigger(sent, tok.i, tok.text)
    is_noun = tok.text[:1].isupper() and tok.i != sent.start or tok.pos_ == "NOUN"
    if hit is None:
        return "lexicon/noun" if is_noun else "lexicon/verb"
    if hit[1][0] != ev["type"]:
        return "lexicon/other-type"
    lows = {t.text.lower() for t in sent}
    parts = []
    if is_noun:
        parts.append("noun")
    elif lows & _WERDEN and any(t.tag_ == "VVPP" for t in sent):
        parts.append("passive")
    if not ev["target"] and ev["type"] not in ("CONSULT", "AGREE", "COOPERATE"):
        parts.append("no-target")
    for eid in ev["source"] + (ev["target"] or []):
        if not any(sent.start_char <= s < sent.end_char for s, _ in mentions.get(eid, [])):
            parts.append("arg-not-in-sentence")
            break
    return "dropped/" + ("+".join(parts) or "other")


if __name__ == "__main__":
    raise SystemExit(main())
