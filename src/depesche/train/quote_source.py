"""Train the speaker (Source) ranker of the quotes stage on SpkAtt-2023 train (tuning part only).

Recipe, deterministic:

1. data: SpkAtt-2023 Task 1 train speeches (CC BY-SA 4.0) in file-name order,
   *without* the held-out fifth (index % 5 == 0, :func:`depesche.evaluate.spkatt.split`);
   tagged by the shipped tagger;
2. cue lemmas (``lang/de_speech_cue_lemmas.json``): lemma and word class of a cue's
   first token, kept when it is one in >= 80% of its uses (at least once)
   (thresholds by 4-fold cross-validation of Source F1 within the tuning part);
   they generalise the learnt cue forms to unseen inflections; a finite verb whose separated
   particle is in the cue also counts as the particle verb ("stimmen ... zu": zustimmen/V);
3. events: the shipped tagger, then the quotes stage's rules alone (no ranker)
   with the learnt cue forms and lemmas; each event (one per cue token, as the benchmark
   scores them, a light verb's noun cue kept apart: the ranker sees it alone) is aligned
   to a gold annotation as the official metric does;
4. target: the candidate (see :mod:`depesche.components.quote_source`) with the
   highest token F1 against the gold Source; "no source" if the gold has none,
   if no candidate overlaps it, or if the event matches no gold cue;
5. model: a conditional logit over the candidates with L2 regularisation
   (L-BFGS); features seen fewer than ``--min-count`` times are dropped;
6. selection: ``--select`` trains on three quarters of the tuning part
   (its index % 4 != 0) and scores Source F1 on the fourth for each L2 weight in
   ``--l2`` and bias of "no source" in ``--none-bias``; the final model is
   trained on the whole tuning part with the chosen ones.

The held-out fifth is never read here.

    depesche train quote_source ../shared/data/spkatt2023 [--select]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..lang import de_speech as L

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "spkatt2023"
DEFAULT_L2 = 30.0  # chosen by --select (and 4-fold cross-validation) within the tuning part
DEFAULT_MIN_COUNT = 2
DEFAULT_NONE_BIAS = -0.5
# cue lemmas: chosen by 4-fold cross-validation within the tuning part (Source F1)
LEMMA_MIN_COUNT = 1
LEMMA_MIN_RATIO = 0.8


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, nargs="?", default=DEFAULT_DATA, help="the SpkAtt-2023 folder")
    parser.add_argument("--select", action="store_true",
                        help="choose the L2 weight on a quarter of the tuning part held out from training, then train on all of it")
    parser.add_argument("--l2", type=float, nargs="+", default=[DEFAULT_L2], help="L2 weight(s) (several with --select)")
    parser.add_argument("--none-bias", type=float, nargs="+", default=[DEFAULT_NONE_BIAS],
                        help="added to the weight of “no source” after training (several with --select): "
                             "below 0 it favours recall, which the token F1 rewards")
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    parser.add_argument("--out", type=Path, default=None, help="weights file (default: the shipped one)")
    parser.add_argument("--lemmas-out", type=Path, default=None, help="cue lemma file (default: the shipped one)")


# --------------------------------------------------------------------------- data

class Speech:
    """A tagged speech of the tuning part."""

    def __init__(self, speech, nlp, tagger):
        from ..components.quotes import _sentences
        from ..evaluate.spkatt import to_doc

        self.speech = speech
        doc, ids = to_doc(nlp, speech)
        self.doc = tagger(doc)
        self.ids = ids
        self.sents = _sentences(self.doc)
        self.starts = [s.start for s in self.sents]

    def examples(self, finder) -> list:
        """(features per option, target option) for the events of the rules alone (``finder`` has no ranker)."""
        from ..components import quote_source as R
        from ..evaluate.spkatt import align, annotations

        pos = {t: i for i, t in enumerate(self.ids)}
        system, evs = annotations(self.doc, self.ids, finder.events(self.doc), merge=False)  # every event the ranker sees
        matched = align(system, self.speech["Annotations"])
        out = []
        for si, ev in enumerate(evs):
            gold = {pos[t] for t in self.speech["Annotations"][matched[si]].get("Source") or ()} if si in matched else set()
            ex = self._example(ev, gold, R)
            if ex is not None:
                out.append(ex)
        return out

    def _example(self, ev, gold, R):
        bounds = R.sentence_of(self.sents, self.starts, ev.cue[0]) if R.ranks(ev) else None
        if bounds is None:
            return None  # the ranker leaves these to the rules (:meth:`Ranker.rerank`)
        a, b = bounds
        cue = ev.cue[0]
        cands = R.options(self.doc, cue, ev.source, a, b)
        feats = R.event_features(self.doc, cue, ev.kind, ev.source, cands, a, b)
        target, best = 0, 0.0
        for n, (i, j) in enumerate(cands, 1):
            inter = len(gold & set(range(i, j)))
            f1 = 2 * inter / (len(gold) + j - i) if inter else 0.0
            if f1 > best:
                target, best = n, f1
        return feats, target


def load_speeches(directory: Path) -> list[Speech]:
    """The tuning part (train without the held-out fifth), tagged by the shipped tagger."""
    from ..components.tagger import Tagger
    from ..evaluate.spkatt import load_dir, split

    rest, _held = split(load_dir(directory / "data" / "train" / "task1"))  # the held-out fifth is dropped here
    tagger = Tagger()
    return [Speech(speech, tagger.nlp, tagger) for _, speech in rest]


def learn_lemmas(speeches, min_count: int = LEMMA_MIN_COUNT, min_ratio: float = LEMMA_MIN_RATIO) -> list[str]:
    """Cue lemmas (``lemma/class``, :func:`depesche.components.quotes.lemma_key`): a cue's first
    token in at least ``min_count`` annotations and in ``min_ratio`` of the lemma's occurrences;
    a finite verb with its separated particle in the cue counts as the particle verb as well
    (``zustimmen/V`` for "stimmen ... zu", :func:`depesche.components.quotes.particle_key`)."""
    from ..components.quotes import lemma_key, particle_key, particle_of

    cue, seen = Counter(), Counter()
    for s in speeches:
        pos = {t: i for i, t in enumerate(s.ids)}
        keys = [lemma_key(t) for t in s.doc]
        seen.update(keys)
        parts = {}  # a finite verb's separated particle: "stimmen ... zu" is zustimmen/V
        for sent in s.sents:
            for i in range(sent.start, sent.end):
                p = particle_of(s.doc, i, sent)
                if p is not None:
                    parts[i] = p
                    seen[particle_key(s.doc, i, p)] += 1
        for ann in s.speech["Annotations"]:
            cue[keys[pos[ann["Cue"][0]]]] += 1
            toks = sorted(pos[t] for t in ann["Cue"])
            if parts.get(toks[0]) in toks:
                cue[particle_key(s.doc, toks[0], parts[toks[0]])] += 1
    return sorted(k for k, c in cue.items() if c >= min_count and c / seen[k] >= min_ratio
                  and any(ch.isalpha() for ch in k.rsplit("/", 1)[0]))


# --------------------------------------------------------------------------- the model

def with_none_bias(weights: dict[str, float], bias: float) -> dict[str, float]:
    """``weights`` with ``bias`` added to "no source" (below 0 it favours recall, which the token F1 rewards)."""
    return {**weights, "NONE": round(weights.get("NONE", 0.0) + bias, 4)}


def fit(examples, l2: float, min_count: int) -> dict[str, float]:
    """Conditional logit weights (feature -> weight) by L-BFGS."""
    from scipy import sparse
    from scipy.optimize import minimize

    counts = Counter(f for feats, _ in examples for opt in feats for f in set(opt))
    index = {f: n for n, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows, cols, offsets, targets = [], [], [0], []
    r = 0
    for feats, target in examples:
        for opt in feats:
            for f in set(opt):
                if f in index:
                    rows.append(r)
                    cols.append(index[f])
            r += 1
        targets.append(offsets[-1] + target)
        offsets.append(r)
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(index)))
    starts = np.array(offsets[:-1])
    group = np.repeat(np.arange(len(examples)), np.diff(offsets))
    y = np.zeros(r)
    y[targets] = 1.0

    def loss(w):
        s = X @ w
        m = np.maximum.reduceat(s, starts)
        e = np.exp(s - m[group])
        z = np.add.reduceat(e, starts)
        p = e / z[group]
        nll = float(np.sum(np.log(z) + m) - s[targets].sum())
        return nll + 0.5 * l2 * float(w @ w), X.T @ (p - y) + l2 * w

    res = minimize(loss, np.zeros(len(index)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    names = sorted(index, key=index.get)
    return {f: round(float(v), 4) for f, v in zip(names, res.x) if abs(v) >= 1e-4}


def source_f1(speeches, weights, lemmas) -> dict:
    """Official Source P/R/F1 of the stage with these weights over tagged speeches."""
    from ..components.quote_source import Ranker
    from ..components.quotes import SpeechFinder, learnt_cues
    from ..evaluate.spkatt import annotations, score

    finder = SpeechFinder(learnt_cues(), ranker=Ranker(weights) if weights is not None else None, extra_lemmas=lemmas)
    pairs = [(annotations(s.doc, s.ids, finder.events(s.doc))[0], s.speech["Annotations"]) for s in speeches]
    return score(pairs)["Source"]


def run(args: argparse.Namespace) -> int:
    from ..components.quote_source import WEIGHTS
    from ..components.quotes import _LEARNT_LEMMAS, SpeechFinder, learnt_cues

    t0 = time.perf_counter()
    speeches = load_speeches(args.dir)
    lemmas = learn_lemmas(speeches)
    lemma_out = args.lemmas_out or _LEARNT_LEMMAS
    lemma_out.write_text(json.dumps({
        "source": "SpkAtt-2023 train (CC BY-SA 4.0), speeches with index % 5 != 0 in file-name order, "
                  "tagged by the shipped tagger (depesche train quote_source)",
        "rule": f"lemma/class of a cue's first token in >= {LEMMA_MIN_COUNT} annotations and "
                f">= {LEMMA_MIN_RATIO:.0%} of the lemma's occurrences",
        "lemmas": lemmas}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(lemmas)} cue lemmas -> {lemma_out}")
    lemmas = frozenset(lemmas) | L.SPKATT_CUE_LEMMAS
    finder = SpeechFinder(learnt_cues(), ranker=None, extra_lemmas=lemmas)
    l2, bias = args.l2[0], args.none_bias[0]
    if args.select:
        train = [s for i, s in enumerate(speeches) if i % 4 != 0]
        dev = [s for i, s in enumerate(speeches) if i % 4 == 0]
        examples = [e for s in train for e in s.examples(finder)]
        base = source_f1(dev, None, lemmas)
        print(f"selection: {len(train)} speeches ({len(examples)} events) train, {len(dev)} dev; "
              f"rules alone: Source P {base['P']:.3f} R {base['R']:.3f} F1 {base['F1']:.3f}")
        best = None
        for value in args.l2:
            w = fit(examples, value, args.min_count)
            for b in args.none_bias:
                r = source_f1(dev, with_none_bias(w, b), lemmas)
                print(f"  l2 {value:g} none-bias {b:g}: Source P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f}")
                if best is None or r["F1"] > best[0]:
                    best = (r["F1"], value, b)
        l2, bias = best[1], best[2]
    examples = [e for s in speeches for e in s.examples(finder)]
    weights = with_none_bias(fit(examples, l2, args.min_count), bias)
    out = args.out or WEIGHTS
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "model": "conditional logit over source candidates (depesche.components.quote_source)",
        "data": "SpkAtt-2023 Task 1 train (CC BY-SA 4.0), speeches with index % 5 != 0 in file-name order",
        "events": len(examples), "l2": l2, "none_bias": bias, "min_count": args.min_count,
        "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights from {len(examples)} events (l2 {l2:g}) -> {out} ({time.perf_counter() - t0:.0f}s)")
    return 0
