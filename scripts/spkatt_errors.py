"""Source (speaker) errors of the quotes stage on SpkAtt-2023, by category.

Runs the stage as ``depesche eval spkatt`` does (shipped tagger first, learnt
cues), aligns system and gold events as the official metric does, and sorts
every gold Source and every system Source into one category, with the number
of Source tokens (false negatives / false positives) it costs.

Only for the tuning part (the four fifths not held out) unless ``--trial``:
never run it on the held-out fifth.

    .venv/bin/python scripts/spkatt_errors.py ../shared/data/spkatt2023 [--show CATEGORY --n 20] [--trial]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path


from depesche.evaluate import spkatt as S


def _ids(ann, lab):
    return set(ann.get(lab) or [])


def _tid(t):
    s, k = map(int, t.split(":"))
    return s, k


def categorise(speech, doc, ids, system, gold, cases):
    """Append ``(category, fn, fp, info)`` for each Source error of one speech."""
    pos = {tid: i for i, tid in enumerate(ids)}
    matched = S.align(system, gold)
    done = set(matched.values())

    def tags(tids):
        return [doc[pos[t]].tag_ for t in sorted(tids, key=_tid)]

    def info(s, g):
        gcue = sorted(g.get("Cue") or [], key=_tid) if g else []
        scue = sorted(s.get("Cue") or [], key=_tid) if s else []
        cue = (gcue or scue)[0]
        sid = _tid(cue)[0]
        sents = {x["SentenceId"]: x["Tokens"] for x in speech["Sentences"]}
        words = lambda tids: " ".join(sents[a][b] for a, b in sorted(map(_tid, tids))) or "-"
        return {"cue": words([cue]), "cue_tag": doc[pos[cue]].tag_, "gold": words(_ids(g, "Source")) if g else "-",
                "ours": words(_ids(s, "Source")) if s else "-", "sent": " ".join(sents[sid]),
                "gold_tags": tags(_ids(g, "Source")) if g else [], "cue_id": cue}

    for si, s in enumerate(system):
        st = _ids(s, "Source")
        if si not in matched:
            if st:
                cases.append(("FP: spurious cue with a source", 0, len(st), info(s, None)))
            continue
        g = gold[matched[si]]
        gt = _ids(g, "Source")
        if st == gt:
            continue
        fn, fp = len(gt - st), len(st - gt)
        i = info(s, g)
        cue_sent = _tid(i["cue_id"])[0]
        if not gt:
            cat = "FP: source where gold has none"
        elif not st:
            gsents = {_tid(t)[0] for t in gt}
            pron = len(gt) == 1 and i["gold_tags"][0] in ("PPER", "PIS", "PDS", "PRELS", "PWS", "PPOSAT")
            where = "other sentence" if cue_sent not in gsents else "same sentence"
            kind = "noun cue" if i["cue_tag"] in ("NN", "NE") else "verb cue" if i["cue_tag"].startswith("V") else f"{i['cue_tag']} cue"
            cat = f"FN: no source found ({where}, {kind}, {'pronoun' if pron else 'phrase'})"
        elif st & gt:
            if st < gt:
                cat = "extent: ours too short"
            elif st > gt:
                cat = "extent: ours too long"
            else:
                cat = "extent: overlapping, both differ"
        else:
            kind = "noun cue" if i["cue_tag"] in ("NN", "NE") else "verb cue"
            cat = f"wrong candidate ({kind})"
        cases.append((cat, fn, fp, i))
    for gi, g in enumerate(gold):
        if gi not in done and _ids(g, "Source"):
            s0 = sorted(g["Cue"], key=_tid)[0]
            tag = doc[pos[s0]].tag_
            kind = "noun cue" if tag in ("NN", "NE") else "verb cue" if tag.startswith("V") else f"{tag} cue"
            cases.append((f"FN: cue missed ({kind})", len(_ids(g, "Source")), 0, info(None, g)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--trial", action="store_true", help="the trial set instead of the tuning part")
    ap.add_argument("--show", default="", help="print examples of categories containing this string")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--cue", default="", help="only show examples with this cue word")
    args = ap.parse_args(argv)

    from depesche.components.quotes import SpeechFinder, cue_lemmas, learnt_cues
    from depesche.components.tagger import Tagger

    if args.trial:
        docs = S.load_dir(args.dir / "data" / "trial" / "task1")
    else:
        docs, _held = S.split(S.load_dir(args.dir / "data" / "train" / "task1"))
    tagger = Tagger()
    nlp = tagger.nlp
    finder = SpeechFinder(learnt_cues(), extra_lemmas=cue_lemmas())
    cases = []
    for _, speech in docs:
        doc, ids = S.to_doc(nlp, speech)
        doc = tagger(doc)
        system = S.annotations(doc, ids, finder.events(doc))[0]  # what S.predict gives, on the doc tagged once
        categorise(speech, doc, ids, system, speech["Annotations"], cases)
    fn, fp, n = Counter(), Counter(), Counter()
    for cat, a, b, _ in cases:
        fn[cat] += a
        fp[cat] += b
        n[cat] += 1
    print(f"{'category':<62} {'cases':>6} {'FN tok':>7} {'FP tok':>7}")
    for cat in sorted(n, key=lambda c: -(fn[c] + fp[c])):
        print(f"{cat:<62} {n[cat]:>6} {fn[cat]:>7} {fp[cat]:>7}")
    print(f"{'total':<62} {sum(n.values()):>6} {sum(fn.values()):>7} {sum(fp.values()):>7}")
    if args.show:
        shown = defaultdict(int)
        for cat, a, b, i in cases:
            if args.show.lower() in cat.lower() and shown[cat] < args.n and (not args.cue or i["cue"] == args.cue):
                shown[cat] += 1
                print(f"\n[{cat}] cue [{i['cue']}/{i['cue_tag']}] gold: {i['gold']} {i['gold_tags']} | ours: {i['ours']}")
                print(f"    {i['sent']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
