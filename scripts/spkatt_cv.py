"""4-fold cross-validation of the quotes stage on SpkAtt-2023 inside the tuning part.

The shipped cue forms, cue lemmas and source ranker are learnt from the whole tuning
part, so ``depesche eval spkatt --split rest`` scores them on what they were learnt
from (its cue recall is memorised).  Here all three are learnt on three folds of the
tuning part (speech index % 4, as ``depesche train quote_source`` learns them) and
scored on the fourth; the four test folds are pooled into one official score, for
the rules alone and with the ranker.

Never reads the held-out fifth.

    .venv/bin/python scripts/spkatt_cv.py ../shared/data/spkatt2023 [--l2 30] [--none-bias -0.5]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from depesche.components.quote_source import Ranker
from depesche.components.quotes import SpeechFinder
from depesche.evaluate import spkatt as S
from depesche.lang import de_speech as L
from depesche.train import quote_source as T

FOLDS = 4


def fold_finders(train, l2: float, none_bias: float) -> tuple[SpeechFinder, SpeechFinder]:
    """The rules alone and the rules with the ranker, both with cue lists learnt on ``train``."""
    forms = frozenset(S.learn_cues([("", s.speech) for s in train]))
    lemmas = frozenset(T.learn_lemmas(train)) | L.SPKATT_CUE_LEMMAS
    rules = SpeechFinder(forms, ranker=None, extra_lemmas=lemmas)
    w = T.with_none_bias(T.fit([e for s in train for e in s.examples(rules)], l2, T.DEFAULT_MIN_COUNT), none_bias)
    return rules, SpeechFinder(forms, ranker=Ranker(w), extra_lemmas=lemmas)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--l2", type=float, default=T.DEFAULT_L2)
    ap.add_argument("--none-bias", type=float, default=T.DEFAULT_NONE_BIAS)
    args = ap.parse_args(argv)

    speeches = T.load_speeches(args.dir)  # the tuning part only
    pairs = {"rules": [], "ranker": []}
    for k in range(FOLDS):
        train = [s for i, s in enumerate(speeches) if i % FOLDS != k]
        test = [s for i, s in enumerate(speeches) if i % FOLDS == k]
        for name, finder in zip(pairs, fold_finders(train, args.l2, args.none_bias)):
            pairs[name] += [(S.annotations(s.doc, s.ids, finder.events(s.doc))[0], s.speech["Annotations"]) for s in test]
    for name, p in pairs.items():
        res = S.score(p)
        c, s = res["Cue"], res["Source"]
        print(f"{FOLDS}-fold CV, {name:<6}  Cue P {c['P']:.3f} R {c['R']:.3f} F1 {c['F1']:.3f}   "
              f"Source P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
