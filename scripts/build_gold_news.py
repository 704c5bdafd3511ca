"""Build the held-out gold news set from its authoring sources.

Offsets are never typed by hand: each ``data/gold-news/src/NN.py`` holds the
article text plus annotations that name spans by surface string (see
``data/gold-news/GUIDELINES.md`` for the mini-language). This script resolves
surfaces to offsets, validates everything and writes ``docs/NN.json`` in the
record format of ``output-format.md``.

    python scripts/build_gold_news.py            # build all
    python scripts/build_gold_news.py --check    # fail if docs/ is stale
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "data" / "gold-news"

ENTITY_TYPES = {"PER", "ORG", "LOC", "OTH"}
FORMS = {"": "name", "n": "nominal", "p": "pronoun", "d": "derived"}
QUOTE_KINDS = {"direct", "indirect", "reported"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
EVENT_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
}
STATUSES = {"happened", "planned", "promised", "hypothetical", "negated", "ongoing"}
# Mode tables of the PLOVER manual; "meeting" (bilateral in-person talks) is
# the one extension the output contract names.
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone", "meeting"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "aerial",
                "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


class GoldError(ValueError):
    """An authoring source that does not resolve or validate."""


def find(text: str, pattern: str) -> list[tuple[int, int]]:
    """Resolve a surface pattern to spans.

    ``left[target]right`` selects ``target`` inside a unique context, ``a...b``
    spans from ``a`` to the next ``b`` within one paragraph, ``@N`` picks the
    N-th match, a trailing ``*`` takes every match. Word boundaries apply at
    alphanumeric pattern ends, so ``er`` never matches inside ``aber``.
    """
    pat, nth = pattern.rstrip("*"), None
    every = pattern.endswith("*")
    m = re.fullmatch(r"(.*)@(\d+)", pat, re.S)
    if m:
        pat, nth = m.group(1), int(m.group(2))
    if "[" not in pat:
        pat = f"[{pat}]"
    rx = ""
    for part in re.split(r"(\[|\]|\.\.\.)", pat):
        if part == "[":
            rx += "("
        elif part == "]":
            rx += ")"
        elif part == "...":
            rx += r"[^\n]*?"
        else:
            rx += re.escape(part)
    literal = pat.replace("[", "").replace("]", "")
    if literal[:1].isalnum():
        rx = r"(?<!\w)" + rx
    if literal[-1:].isalnum():
        rx += r"(?!\w)"
    hits = [(mm.start(1), mm.end(1)) for mm in re.finditer(rx, text)]
    if not hits:
        raise GoldError(f"surface not found: {pattern!r}")
    if every:
        return hits
    if nth is not None:
        if nth > len(hits):
            raise GoldError(f"only {len(hits)} matches for {pattern!r}")
        return [hits[nth - 1]]
    if len(hits) > 1:
        raise GoldError(f"{len(hits)} matches for {pattern!r}: add context or @N")
    return hits


def span(text: str, pattern: str) -> dict:
    (s, e), = find(text, pattern)
    return {"start": s, "end": e, "text": text[s:e]}


def fields(line: str) -> tuple[list[str], list[str]]:
    head, *rest = [p.strip() for p in line.split(" | ")]
    return head.split(), rest


def kv(tokens: list[str]) -> tuple[list[str], dict[str, str]]:
    pos = [t for t in tokens if "=" not in t]
    return pos, dict(t.split("=", 1) for t in tokens if "=" in t)


def ids(value: str | None) -> list[str]:
    return [] if value in (None, "", "-") else value.split(",")


def opt(value: str | None) -> str | None:
    return None if value in (None, "", "-") else value


def load_source(path: Path) -> dict:
    """Read the literal assignments of a source file without executing it."""
    out = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def build_meta(text: str, src: dict) -> dict:
    meta = {"date": src["DATE"], "language": "de"}
    m = src.get("META", {})
    if "dateline" in m:
        surface, place = m["dateline"]
        meta["dateline"] = {**span(text, surface), "place": place}
    meta["agency"] = m.get("agency")
    meta["editors"] = m.get("editors", [])
    start = span(text, m["body"])["start"] if "body" in m else 0
    end = len(text)
    if meta["editors"]:
        codes = "/" + "/".join(meta["editors"])
        if not text.endswith(codes):
            raise GoldError(f"text does not end with editor codes {codes}")
        end -= len(codes)
    meta["body"] = {"start": start, "end": end}
    return meta


def build(path: Path) -> dict:
    src = load_source(path)
    text = src["TEXT"]
    rec = {"id": src["ID"], "synthetic": True, "text": text,
           "meta": build_meta(text, src),
           "entities": [], "quotes": [], "timexes": [], "events": [], "amounts": []}
    ents: dict[str, dict] = {}
    for raw in src["ANN"].strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            add_line(rec, ents, text, line)
        except (GoldError, ValueError, KeyError) as exc:
            raise GoldError(f"{path.name}: {line[:70]!r}: {exc}") from exc
    validate(rec)
    return rec


def add_line(rec: dict, ents: dict, text: str, line: str) -> None:
    tag, *head = line.split(" ", 1)
    toks, rest = fields(head[0] if head else "")
    if tag == "E":
        eid, etype, kind, *name = toks
        ent = {"id": eid, "name": " ".join(name), "type": etype, "kind": kind,
               "roles": [], "mentions": []}
        for m in (rest[0].split(" ; ") if rest else []):
            form, _, surf = m.rpartition(":") if re.match(r"^[npd]:", m) else ("", "", m)
            for s, e in find(text, surf.strip()):
                ent["mentions"].append({"start": s, "end": e, "text": text[s:e],
                                        "form": FORMS[form]})
        # ``Maas*`` also hits the "Maas" inside "Heiko Maas": keep the longer.
        ms = ent["mentions"]
        ent["mentions"] = sorted(
            (m for m in ms if not any(o is not m and o["start"] <= m["start"]
                                      and m["end"] <= o["end"] for o in ms)),
            key=lambda x: x["start"])
        ents[eid] = ent
        rec["entities"].append(ent)
    elif tag == "R":
        eid, of, *title = toks
        role = {"title": " ".join(title), "of": opt(of)}
        if rest and rest[0]:
            role.update(span(text, rest[0]))
        ents[eid]["roles"].append(role)
    elif tag == "Q":
        qid, kind, speaker = toks
        q = {"id": qid, "kind": kind, **span(text, rest[0]), "speaker": opt(speaker),
             "cue": span(text, rest[1]) if len(rest) > 1 and rest[1] != "-" else None}
        rec["quotes"].append(q)
    elif tag == "T":
        tid, ttype, value, *extra = toks
        _, opts = kv(extra)
        rec["timexes"].append({"id": tid, **span(text, rest[0]), "type": ttype,
                               "value": value, **opts})
    elif tag == "V":
        pos, opts = kv(toks)
        vid, vtype, mode, status = pos
        rec["events"].append({
            "id": vid, "type": vtype, "mode": opt(mode), "trigger": span(text, rest[0]),
            "source": ids(opts.get("src")), "target": ids(opts.get("tgt")),
            "location": opt(opts.get("loc")), "time": opt(opts.get("time")),
            "status": status})
    elif tag == "A":
        value, unit = toks
        a = {**span(text, rest[0]), "value": float(value), "unit": unit}
        if len(rest) > 1:
            a["of"] = rest[1]
        rec["amounts"].append(a)
    else:
        raise GoldError(f"unknown line tag {tag!r}")


def check_span(text: str, item: dict, what: str) -> None:
    if not (0 <= item["start"] < item["end"] <= len(text)):
        raise GoldError(f"{what}: bad offsets {item['start']}..{item['end']}")
    if text[item["start"]:item["end"]] != item["text"]:
        raise GoldError(f"{what}: text mismatch {item['text']!r}")


def validate(rec: dict) -> None:
    """Check the invariants every consumer of the record relies on."""
    text = rec["text"]
    ent_ids = {e["id"] for e in rec["entities"]}
    t_ids = {t["id"] for t in rec["timexes"]}
    all_ids = [x["id"] for k in ("entities", "quotes", "timexes", "events") for x in rec[k]]
    if len(all_ids) != len(set(all_ids)):
        raise GoldError(f"{rec['id']}: duplicate ids")
    seen: dict[tuple[int, int], str] = {}
    for e in rec["entities"]:
        if e["type"] not in ENTITY_TYPES or not e["mentions"]:
            raise GoldError(f"{e['id']}: bad type or no mentions")
        for m in e["mentions"]:
            check_span(text, m, e["id"])
            key = (m["start"], m["end"])
            if key in seen:
                raise GoldError(f"span {m['text']!r} in both {seen[key]} and {e['id']}")
            seen[key] = e["id"]
            if m["form"] not in FORMS.values():
                raise GoldError(f"{e['id']}: bad form")
        for r in e["roles"]:
            if r["of"] is not None and r["of"] not in ent_ids:
                raise GoldError(f"{e['id']}: role of unknown {r['of']}")
            if "start" in r:
                check_span(text, r, f"role of {e['id']}")
    for q in rec["quotes"]:
        check_span(text, q, q["id"])
        if q["kind"] not in QUOTE_KINDS or (q["speaker"] and q["speaker"] not in ent_ids):
            raise GoldError(f"{q['id']}: bad kind or speaker")
        if q["cue"]:
            check_span(text, q["cue"], f"{q['id']} cue")
    date = rec["meta"]["date"]
    for t in rec["timexes"]:
        check_span(text, t, t["id"])
        if t["type"] not in TIMEX_TYPES:
            raise GoldError(f"{t['id']}: bad type")
        check_weekday(t)
        if len(date) == 7 and len(t["value"]) == 10 and any(w in t["text"] for w in WEEKDAYS):
            raise GoldError(f"{t['id']}: weekday resolved beyond the article date's precision")
    for v in rec["events"]:
        check_span(text, v["trigger"], v["id"])
        if v["type"] not in EVENT_TYPES or v["status"] not in STATUSES:
            raise GoldError(f"{v['id']}: bad type or status")
        if v["mode"] and v["mode"] not in MODES.get(v["type"], set()):
            raise GoldError(f"{v['id']}: mode {v['mode']} not valid for {v['type']}")
        for ref in v["source"] + v["target"] + [v["location"]]:
            if ref is not None and ref not in ent_ids:
                raise GoldError(f"{v['id']}: unknown entity {ref}")
        if v["time"] is not None and v["time"] not in t_ids:
            raise GoldError(f"{v['id']}: unknown timex {v['time']}")
    for a in rec["amounts"]:
        check_span(text, a, "amount")


def check_weekday(t: dict) -> None:
    """A resolved weekday must fall on that weekday: catches calendar slips."""
    if not re.match(r"\d{4}-\d\d-\d\d", t["value"]):
        return
    day = WEEKDAYS[dt.date.fromisoformat(t["value"][:10]).weekday()]
    named = [w for w in WEEKDAYS if w in t["text"]]
    if named and named[0] != day:
        raise GoldError(f"{t['id']}: {t['text']!r} but {t['value']} is a {day}")


def render(src: Path) -> str:
    """The exact JSON text a source builds to (docs/ must equal it)."""
    return json.dumps(build(src), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", nargs="?", default=str(ROOT), help="gold set folder with src/ and docs/ (default data/gold-news; the dev set is data/gold-dev)")
    ap.add_argument("--check", action="store_true", help="only verify docs/ is up to date")
    args = ap.parse_args()
    root = Path(args.set)
    failed = 0
    for path in sorted((root / "src").glob("*.py")):
        out = root / "docs" / f"{path.stem}.json"
        try:
            blob = render(path)
        except GoldError as exc:
            print(f"ERROR {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != blob:
                print(f"STALE {out.name}", file=sys.stderr)
                failed += 1
        else:
            out.write_text(blob, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
