"""Cross-document actor merge: pairwise precision/recall of the store's actor keys on gold news.

Items are the PER and ORG entities of the gold records (``DIR/*.json``).  For
every pair of items of one type from different documents the gold says "same referent"
when their canonical names are equal or they share a KB id; the prediction
is "same" when the store would give them one actor, i.e. equal
:func:`depesche.store.actor_key` of the entity name (the gold KB id is not
shown to it).  Reported as pairwise precision/recall/F1 of merges.

Harder sets add perturbed copies of the gold names, each in a document of
its own, and count only pairs with at least one copy:

- ``genitive``: a person's last name inflected (``Putin`` -> ``Putins``,
  ``Merz`` -> ``Merz'``); same referent as the original.
- ``translit``: person names with a Slavic-looking surname respelt the
  English way (``sch`` -> ``sh``, ``w`` -> ``v``, ``j`` -> ``y``, ...);
  same referent.
- ``namesake``: a person's first name replaced by another person's; a new
  referent (unless the new name is a gold name), so merging it with the
  original is a false merge.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .news import DEFAULT_DIR, load_gold, prf

TYPES = ("PER", "ORG")
# East Slavic surname endings in German spelling (Polish names keep their w in English).
_SLAVIC_SURNAME = re.compile(r"(?:ow|ew|owa|ewa|enko|uk|ja|aja|ij|yj|ny|itsch|ytsch|schin|jin)$")
_PARTICLES = frozenset("von van der den de di da du zu al el bin ibn".split())
# German -> English transliteration of East Slavic names, applied in order.
_TO_ENGLISH = (("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("w", "v"), ("W", "V"), ("ij", "iy"), ("yj", "y"),
               ("j", "y"), ("J", "Y"))


@dataclass(frozen=True)
class Item:
    doc: str
    type: str
    name: str
    referent: str  # gold identity: the canonical name
    kb: str | None = None
    variant: str = ""  # "" for a gold entity, else the perturbation


def gold_items(golds: list[tuple[str, dict]]) -> list[Item]:
    from ..store import kb_fields

    return [Item(name, e["type"], e["name"], e["name"], kb_fields(e.get("kb"))[0])
            for name, rec in golds for e in rec.get("entities") or [] if e.get("type") in TYPES]


def is_personal_name(name: str) -> bool:
    """A proper name (``Ursula von der Leyen``), not a description (``Sprecher des Ministeriums``)."""
    words = name.split()
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _PARTICLES for w in words)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sßxz" else "s")


def transliterate(name: str) -> str:
    for a, b in _TO_ENGLISH:
        name = name.replace(a, b)
    return name


def variants(items: list[Item]) -> list[Item]:
    """Perturbed copies of the gold names (see the module docstring), one pseudo-document each."""
    out = []
    people = sorted({i.name for i in items if i.type == "PER" and " " in i.name and is_personal_name(i.name)})
    for n, it in enumerate(sorted(set(items), key=lambda i: (i.doc, i.name))):
        if it.type != "PER" or not is_personal_name(it.name):
            continue  # organisation names inflect by gender, which a name alone does not tell
        first, last = it.name.split()[0], it.name.split()[-1]
        out.append(Item(f"{it.doc}~gen{n}", it.type, genitive(it.name), it.referent, it.kb, "genitive"))
        if _SLAVIC_SURNAME.search(last.lower()) and transliterate(it.name) != it.name:
            out.append(Item(f"{it.doc}~tr{n}", it.type, transliterate(it.name), it.referent, it.kb, "translit"))
        donors = people[n % len(people):] + people if people else []
        other = next((p.split()[0] for p in donors if p.split()[0] != first), None)
        if " " in it.name and other:
            name = other + it.name[len(first):]
            out.append(Item(f"{it.doc}~ns{n}", it.type, name, name, None, "namesake"))
    return out


def gold_same(a: Item, b: Item) -> bool:
    return a.referent == b.referent or (a.kb is not None and a.kb == b.kb)


def score(items: list[Item], key, only_variant: str | None = None) -> tuple[dict, list[tuple[Item, Item, bool]]]:
    """Pairwise merge P/R/F1 over cross-document pairs; errors as ``(a, b, gold same)``."""
    keys = {it: key(it) for it in set(items)}
    c: Counter = Counter()
    errors = []
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.doc == b.doc or a.type != b.type:
                continue
            if only_variant is not None and only_variant not in (a.variant, b.variant):
                continue
            same, merged = gold_same(a, b), keys[a] == keys[b]
            c["pairs"] += 1
            c["tp"] += same and merged
            c["pred"] += merged
            c["gold"] += same
            if same != merged:
                errors.append((a, b, same))
    return {**prf(c["tp"], c["pred"], c["gold"]), "pairs": c["pairs"]}, errors


def store_key(item: Item) -> str:
    from ..store import actor_key

    return actor_key({"name": item.name, "type": item.type})


def evaluate(golds: list[tuple[str, dict]], key=store_key) -> tuple[dict, dict]:
    items = gold_items(golds)
    extra = variants(items)
    results, errors = {}, {}
    for t in (*TYPES, "all"):
        results[f"gold:{t}"], errors[f"gold:{t}"] = score([i for i in items if t in ("all", i.type)], key)
    for kind in ("genitive", "translit", "namesake"):
        results[kind], errors[kind] = score(items + [v for v in extra if v.variant == kind], key, kind)
    return results, errors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help=f"gold records (default {DEFAULT_DIR})")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N example errors per set")


def run(args: argparse.Namespace) -> int:
    results, errors = evaluate(load_gold(args.dir))
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for name, s in results.items():
            p = f"{s['P']:.3f}" if s["pred"] else "n/a"
            r = f"{s['R']:.3f}" if s["gold"] else "n/a"
            print(f"{name:<10} pairs {s['pairs']:<6} gold-same {s['gold']:<5} merged {s['pred']:<5} "
                  f"correct {s['tp']:<5} P {p} R {r} F1 {s['F1']:.3f}")
    for name, errs in errors.items() if args.errors else ():
        print(f"-- {name}: {len(errs)} errors")
        for a, b, same in errs[: args.errors]:
            print(f"  {'missed merge' if same else 'false merge '} {a.name!r} ({a.doc}) ~ {b.name!r} ({b.doc})")
    return 0
