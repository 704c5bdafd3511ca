"""Speaker attribution on SpkAtt-2023 Task 1 (cues and roles in Bundestag speeches).

Reads the official JSON (``DIR/data/{train,trial}/task1/*.json``: sentences of
tokens, annotations of ``"sentence:token"`` ids), runs the quotes stage over
each speech (one Doc, the benchmark's sentence split), converts our speech
events to the benchmark's annotations (Cue, PTC, Source, Message, Addr; a light
verb and the noun cue in its clause become one annotation, as the benchmark
annotates them) and scores them.

The official scorer was never released (the shared task scored on CodaLab;
``script/`` holds only ``check_submission.py``, which we run on our output to
validate the format).  The metric is implemented from its description in the
task overview (SpkAtt-2023 proceedings, section 5.2): system and gold cues are
aligned one-to-one where their tokens overlap, choosing the alignment with
most matched tokens (cue and roles); every token of an aligned cue or role is
a true or false positive or a false negative; unaligned annotations count all
their tokens as false positives or negatives.

The shipped tagger runs first unless ``--no-tagger``: the default pipeline
runs it before the quotes stage, which reads its STTS tags to find speakers.

Development split: SpkAtt has no public dev set here, so every fifth speech
of ``train`` in file-name order (index % 5 == 0) is held out; the cue list
learnt from SpkAtt (``--write-cues``) is built from the other four fifths.
Errors are analysed and rules tuned on those four fifths only (``--split rest``).
So are the cue lemmas (``lang/de_speech_cue_lemmas.json``) and the source ranker
of the quotes stage (``depesche train quote_source``).  Since all three are learnt
from the whole of ``rest``, ``scripts/spkatt_cv.py`` cross-validates within it.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROLES = ("Source", "Message", "Addr", "Topic", "Medium", "Evidence", "PTC")
HOLDOUT_EVERY = 5
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%“”«‘’")
_NO_SPACE_AFTER = frozenset("([{„»‚")


def load_dir(directory: Path) -> list[tuple[str, dict]]:
    files = sorted(directory.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no *.json under {directory}")
    return [(f.name, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def split(docs: list[tuple[str, dict]]) -> tuple[list, list]:
    """(train part, held-out part) of the SpkAtt train speeches."""
    held = [d for i, d in enumerate(docs) if i % HOLDOUT_EVERY == 0]
    rest = [d for i, d in enumerate(docs) if i % HOLDOUT_EVERY != 0]
    return rest, held


# --------------------------------------------------------------------------- running our stage

def to_doc(nlp, speech: dict):
    """A Doc over the speech's tokens, typeset like running text, with its sentences."""
    from spacy.tokens import Doc

    words, spaces, ids, starts = [], [], [], []
    for sent in speech["Sentences"]:
        for k, tok in enumerate(sent["Tokens"]):
            starts.append(k == 0)
            words.append(tok)
            ids.append(f"{sent['SentenceId']}:{k}")
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(nxt) and w not in _NO_SPACE_AFTER and nxt not in _NO_SPACE_BEFORE)
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    return doc, ids


def predict(speech: dict, finder, nlp, taggers=()) -> list[dict]:
    """Our speech events for one speech, as SpkAtt annotations."""
    doc, ids = to_doc(nlp, speech)
    for tagger in taggers:
        doc = tagger(doc)
    return annotations(doc, ids, finder.events(doc))[0]


def annotations(doc, ids: list[str], events, merge: bool = True) -> tuple[list[dict], list]:
    """SpkAtt annotations of our speech events, and the event each one came from.

    ``merge``: a noun cue in the clause of a light verb cue is part of that cue
    (:func:`light_verb_nouns`); off only to train the source ranker on every event."""
    from ..lang.de_speech import CONTENT_CONJUNCTIONS

    out, evs, cues = [], [], {}
    nouns = light_verb_nouns(doc, events) if merge else {}
    absorbed = {id(n) for ns in nouns.values() for n in ns}
    for ev in events:
        if ev.cue and ev.cue[0] in cues and ev.message and merge:
            ann = cues[ev.cue[0]]  # a quote split by its frame: one event, its Message both parts
            taken = set(ann["Message"]) | set(ann["Cue"]) | set(ann["Source"])
            ann["Message"] += [ids[i] for i in _inside(doc, ev.message) if ids[i] not in taken]
            continue
        if not ev.cue or ev.cue[0] in cues or id(ev) in absorbed:
            continue  # a token evokes at most one speech event (a quote split by its frame shares it)
        ann = {r: [] for r in ROLES}
        extra = [n.cue[0] for n in nouns.get(id(ev), ())]
        ann["Cue"] = [ids[i] for i in (ev.cue[0], *extra)]
        if not ev.source and extra:
            ev = replace(ev, source=next((n.source for n in nouns[id(ev)] if n.source), None))
        if len(ev.cue) > 1:
            ann["PTC"] = [ids[i] for i in ev.cue[1:]]
        if ev.source:
            ann["Source"] = [ids[i] for i in range(*ev.source)]
        taken = set(ev.cue) | set(extra) | set(range(*ev.source) if ev.source else ())
        if ev.message:
            inside = _inside(doc, ev.message)
            ann["Message"] = [ids[i] for i in inside if i not in taken]
            if inside and inside[0] and doc[inside[0] - 1].text in CONTENT_CONJUNCTIONS and inside[0] - 1 not in taken:
                ann["Message"].insert(0, ids[inside[0] - 1])  # SpkAtt's Message holds the "dass" our record leaves out
        if ev.addressee:
            ann["Addr"] = [ids[i] for i in range(*ev.addressee)]
        out.append(ann)
        evs.append(ev)
        cues[ev.cue[0]] = ann
    return out, evs


def _inside(doc, chars: tuple[int, int]) -> list[int]:
    """Indices of the tokens that start inside the character span ``chars``."""
    return [t.i for t in doc if chars[0] <= t.idx < chars[1]]


def light_verb_nouns(doc, events) -> dict[int, list]:
    """``id(verb event) -> noun events`` it absorbs: SpkAtt annotates a light verb and its
    object noun as one cue ("das Wort erteilen", "einen Antrag einbringen", "eine Frage
    stellen").  Our lists make two events of them, and the unmatched one repeats the
    source.  Only SpkAtt's extra noun cues (events without a message) are absorbed, by the
    first light verb cue of their clause.  (With any cue verb, not only light verbs
    (``lang.de_speech.LIGHT_VERBS``), cue and Source F1 fell in cross-validation.)"""
    from ..components.quotes import _clause_bounds, _sentence_of
    from ..lang.de_speech import LIGHT_VERBS

    def clause(i):
        return _clause_bounds(doc, i, *_sentence_of(doc, i))

    verbs = {}
    for ev in events:
        if ev.cue and doc[ev.cue[0]].tag_[:1] == "V" and doc[ev.cue[0]].lemma_ in LIGHT_VERBS:
            verbs.setdefault(clause(ev.cue[0]), ev)
    out: dict[int, list] = {}
    for ev in events:
        if ev.kind is None and len(ev.cue) == 1 and doc[ev.cue[0]].tag_ == "NN":
            host = verbs.get(clause(ev.cue[0]))
            if host is not None:
                out.setdefault(id(host), []).append(ev)
    return out


# --------------------------------------------------------------------------- the metric

def _tokens(ann: dict, label: str) -> set[str]:
    return set(ann.get(label) or [])


def align(system: list[dict], gold: list[dict]) -> dict[int, int]:
    """System annotation index -> gold index: one-to-one over shared cue tokens, most shared role tokens first."""
    from scipy.optimize import linear_sum_assignment
    import numpy as np

    if not system or not gold:
        return {}
    labels = ("Cue", *ROLES)
    weight = np.zeros((len(system), len(gold)))
    for si, s in enumerate(system):
        scue = _tokens(s, "Cue")
        for gi, g in enumerate(gold):
            if scue & _tokens(g, "Cue"):
                weight[si, gi] = 1000 + sum(len(_tokens(s, lab) & _tokens(g, lab)) for lab in labels)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return {r: c for r, c in zip(rows, cols) if weight[r, c] > 0}


def score(pairs: list[tuple[list[dict], list[dict]]]) -> dict:
    """Token-level TP/FP/FN per label over aligned cues; see the module docstring."""
    labels = ("Cue", *ROLES)
    counts = {lab: Counter() for lab in labels}
    for system, gold in pairs:
        matched = align(system, gold)
        for si, s in enumerate(system):
            g = gold[matched[si]] if si in matched else {}
            for lab in labels:
                st, gt = _tokens(s, lab), _tokens(g, lab)
                counts[lab]["tp"] += len(st & gt)
                counts[lab]["fp"] += len(st - gt)
                counts[lab]["fn"] += len(gt - st)
        done = set(matched.values())
        for gi, g in enumerate(gold):
            if gi not in done:
                for lab in labels:
                    counts[lab]["fn"] += len(_tokens(g, lab))
    res = {lab: _prf(c) for lab, c in counts.items()}
    res["Roles"] = _prf(sum((counts[lab] for lab in ROLES), Counter()))
    res["Joint"] = _prf(sum(counts.values(), Counter()))
    return res


def _prf(c: Counter) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def report(name: str, res: dict) -> list[str]:
    lines = [f"{name}"]
    for lab in ("Cue", "Source", "Message", "Addr", "PTC", "Topic", "Medium", "Evidence", "Roles", "Joint"):
        r = res[lab]
        lines.append(f"  {lab:<9} P {r['P']:.3f}  R {r['R']:.3f}  F1 {r['F1']:.3f}   (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    return lines


# --------------------------------------------------------------------------- cue list learnt from train

def learn_cues(docs: list[tuple[str, dict]], min_count: int = 1, min_ratio: float = 0.6) -> list[str]:
    """Lower-cased word forms that are a cue in at least ``min_ratio`` of their uses.

    The thresholds were chosen on the train part alone (learning from three
    quarters of it, scoring cue F1 on the fourth), never on the held-out fifth.
    """
    cue, seen = Counter(), Counter()
    for _, speech in docs:
        sents = {s["SentenceId"]: s["Tokens"] for s in speech["Sentences"]}
        for toks in sents.values():
            seen.update(t.lower() for t in toks)
        for ann in speech["Annotations"]:
            for tid in ann["Cue"]:
                s, t = map(int, tid.split(":"))
                cue[sents[s][t].lower()] += 1
    return sorted(w for w, c in cue.items() if c >= min_count and c / seen[w] >= min_ratio and any(ch.isalpha() for ch in w))


def _check_submission(directory: Path):
    """The organisers' format checker, loaded from the shared folder (not copied)."""
    path = directory / "script" / "check_submission.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("spkatt_check_submission", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, help="the SpkAtt-2023 folder (with data/train/task1, data/trial/task1)")
    parser.add_argument("--write-cues", type=Path, metavar="JSON",
                        help="write the cue forms learnt from the train part (not the held-out fifth) and exit")
    parser.add_argument("--no-learnt", action="store_true", help="only the hand-made cue lexicon (no learnt cue forms or lemmas)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N missed and N spurious cues")
    parser.add_argument("--split", choices=("report", "rest"), default="report",
                        help="report: the held-out fifth and trial; rest: the other four fifths of train "
                             "(the part to analyse errors and tune on)")
    parser.add_argument("--no-tagger", action="store_true",
                        help="skip the shipped tagger (by default it runs first, as in the default pipeline, "
                             "and the quotes stage finds speakers from its STTS tags)")
    parser.add_argument("--show-sources", type=int, default=0, metavar="N",
                        help="print N Source errors of aligned cues (sentence, cue, gold and system span)")


def run(args: argparse.Namespace) -> int:
    import spacy

    from ..components.quotes import SpeechFinder, cue_lemmas, learnt_cues

    train = load_dir(args.dir / "data" / "train" / "task1")
    rest, held = split(train)
    if args.write_cues:
        forms = learn_cues(rest)
        args.write_cues.write_text(json.dumps({
            "source": "SpkAtt-2023 train (CC BY-SA 4.0), speeches with index % 5 != 0 in file-name order",
            "rule": "lower-cased forms annotated as cue at least once and in >= 60% of their occurrences",
            "forms": forms}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{len(forms)} cue forms -> {args.write_cues}")
        return 0
    nlp = spacy.blank("de")
    finder = SpeechFinder(frozenset() if args.no_learnt else learnt_cues(),
                          extra_lemmas=frozenset() if args.no_learnt or args.no_tagger else cue_lemmas())
    taggers = ()
    if not args.no_tagger:
        from ..components.tagger import Tagger

        tagger = Tagger()
        nlp, taggers = tagger.nlp, (tagger,)
    checker = _check_submission(args.dir)
    if args.split == "rest":
        sets = {"rest (train, the four fifths not held out)": rest}
    else:
        sets = {"heldout (train, every 5th speech)": held}
        trial_dir = args.dir / "data" / "trial" / "task1"
        if trial_dir.exists():
            sets["trial"] = load_dir(trial_dir)
    for name, docs in sets.items():
        t0 = time.perf_counter()
        pairs = []
        for fname, speech in docs:
            system = predict(speech, finder, nlp, taggers)
            if checker is not None:
                checker.check_format(fname, {"Annotations": system}, False, False)
            pairs.append((system, speech["Annotations"]))
        secs = time.perf_counter() - t0
        n_sent = sum(len(s["Sentences"]) for _, s in docs)
        print("\n".join(report(f"{name}: {len(docs)} speeches, {n_sent} sentences, {secs:.1f}s", score(pairs))))
        if args.errors:
            _print_errors(docs, pairs, args.errors)
        if args.show_sources:
            _print_source_errors(docs, pairs, args.show_sources)
    return 0


def _words(sents: dict, tids) -> str:
    """The words of ``"sentence:token"`` ids, in text order."""
    ids = sorted((tuple(map(int, t.split(":"))) for t in tids))
    return " ".join(sents[s][t] for s, t in ids) or "-"


def _print_errors(docs, pairs, n):
    missed, spurious = Counter(), Counter()
    for (_, speech), (system, gold) in zip(docs, pairs):
        sents = {s["SentenceId"]: s["Tokens"] for s in speech["Sentences"]}
        scues = {c for a in system for c in a["Cue"]}
        gcues = {c for a in gold for c in a["Cue"]}
        missed.update(_words(sents, [c]) for c in gcues - scues)
        spurious.update(_words(sents, [c]) for c in scues - gcues)
    print("  missed cues:  ", missed.most_common(n))
    print("  spurious cues:", spurious.most_common(n))


def _print_source_errors(docs, pairs, n):
    """Source spans of aligned cues (same first cue token) that differ from gold."""
    shown = 0
    for (_, speech), (system, gold) in zip(docs, pairs):
        sents = {s["SentenceId"]: s["Tokens"] for s in speech["Sentences"]}
        by_cue = {c: g for g in reversed(gold) for c in g["Cue"]}
        for a in system:
            g = by_cue.get(a["Cue"][0])
            if g is None or set(a.get("Source") or []) == set(g.get("Source") or []):
                continue
            sid = int(a["Cue"][0].split(":")[0])
            print(f"  [{_words(sents, a['Cue'])}] gold: {_words(sents, g.get('Source') or [])}"
                  f" | ours: {_words(sents, a.get('Source') or [])}")
            print(f"      {' '.join(sents[sid])}")
            shown += 1
            if shown >= n:
                return
