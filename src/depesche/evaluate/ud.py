"""UD tagging scores (UPOS, XPOS, UFeats, lemma) on gold tokens of a CoNLL-U file.

Counts the way the CoNLL 2018 shared-task scorer does on gold tokenisation:
every syntactic word counts once (multiword-token ranges and empty nodes are
skipped), UFeats compares the set of universal features exactly (layered
features such as ``Gender[psor]`` are ignored), and a gold lemma ``_``
matches anything.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "de_tagger"

# The CoNLL 2018 scorer's UNIVERSAL_FEATURES.
UNIVERSAL_FEATURES = frozenset(
    "PronType NumType Poss Reflex Foreign Abbr Gender Animacy Number Case Definite Degree "
    "VerbForm Mood Tense Aspect Voice Evident Polarity Person Polite".split()
)
REPORTED_FEATURES = ("Case", "Number", "Gender", "Mood")


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str | None  # None: the system predicts no features


@dataclass
class Sentence:
    words: list[Word] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_conllu(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL-U file; a multiword token's SpaceAfter goes to its last word."""
    sentences, sent, mwt_end, mwt_space = [], Sentence(), 0, True
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent.words:
                sentences.append(sent)
            sent, mwt_end = Sentence(), 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            mwt_end, mwt_space = int(cols[0].split("-")[1]), _space_after(cols[9])
            continue
        index = int(cols[0])
        sent.words.append(Word(cols[1], cols[2], cols[3], cols[4], cols[5]))
        if index < mwt_end:
            sent.spaces.append(False)
        elif index == mwt_end:
            sent.spaces.append(mwt_space)
        else:
            sent.spaces.append(_space_after(cols[9]))
    if sent.words:
        sentences.append(sent)
    return sentences


def universal_feats(feats: str | None) -> dict[str, str]:
    if not feats or feats == "_":
        return {}
    pairs = (item.split("=", 1) for item in feats.split("|") if "=" in item)
    return {k: v for k, v in pairs if k in UNIVERSAL_FEATURES}


def score(gold: list[Sentence], predicted: list[list[Word]]) -> dict:
    """Accuracies in percent; ``None`` for a column the system does not predict."""
    n = 0
    hits = dict.fromkeys(("upos", "xpos", "ufeats", "lemma", *REPORTED_FEATURES), 0)
    for sent, pred_words in zip(gold, predicted, strict=True):
        for g, p in zip(sent.words, pred_words, strict=True):
            n += 1
            hits["upos"] += g.upos == p.upos
            hits["xpos"] += g.xpos == p.xpos
            hits["lemma"] += g.lemma == "_" or g.lemma == p.lemma
            gf, pf = universal_feats(g.feats), universal_feats(p.feats)
            hits["ufeats"] += gf == pf
            for feat in REPORTED_FEATURES:
                hits[feat] += gf.get(feat) == pf.get(feat)
    no_feats = any(p.feats is None for words in predicted for p in words)
    result = {"words": n}
    for key, value in hits.items():
        missing = not n or (no_feats and key not in ("upos", "xpos", "lemma"))
        result[key] = None if missing else round(100 * value / n, 2)
    return result


def tag_stage(sentences: list[Sentence], model: str | Path):
    """Tag the gold words the way the pipeline does (:class:`depesche.components.tagger.Tagger`:
    the spaCy model plus its lemma table, when the model directory has one)."""
    from spacy.tokens import Doc

    from ..components.tagger import Tagger

    tagger = Tagger(Path(model))
    docs = [Doc(tagger.vocab, words=[w.form for w in s.words], spaces=s.spaces) for s in sentences]
    predicted = [[Word(t.text, t.lemma_, t.pos_, t.tag_, str(t.morph)) for t in doc] for doc in tagger.pipe(docs)]
    return predicted, tagger


def stage_speed(tagger, sentences: list[Sentence], n_words: int) -> float:
    """Words per CPU second of the tagger stage over the sentences repeated to about ``n_words``.

    CPU time, not wall time: on a shared machine the wall clock measures the
    neighbours; with one BLAS thread (OMP_NUM_THREADS=1) it is one core's rate.
    """
    from spacy.tokens import Doc

    total = sum(len(s.words) for s in sentences)
    rounds = max(1, round(n_words / total))
    docs = [Doc(tagger.vocab, words=[w.form for w in s.words], spaces=s.spaces) for s in sentences] * rounds
    start = time.process_time()
    words = sum(len(doc) for doc in tagger.pipe(docs))
    return words / (time.process_time() - start)


def tag_hanta(sentences: list[Sentence]):
    """HanTa baseline: STTS and lemmas, UPOS from the usual UD reading of each STTS tag."""
    from HanTa import HanoverTagger as ht

    from ..lang.de_lemmas import ud_lemma
    from ..lang.stts import STTS_UPOS, from_hanta

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    predicted = []
    for s in sentences:
        out = []
        for form, lemma, tag in tagger.tag_sent([w.form for w in s.words], taglevel=1):
            stts = from_hanta(tag)
            out.append(Word(form, ud_lemma(form, lemma, stts), STTS_UPOS.get(stts, ("X",))[0], stts, None))
        predicted.append(out)
    return predicted


def add_arguments(parser) -> None:
    parser.add_argument("conllu", help="gold CoNLL-U file (e.g. UD German GSD dev)")
    parser.add_argument("--model", default=str(DEFAULT_MODEL),
                        help="tagger model dir (default: shipped de_tagger; its lemmas.tsv.gz is used if present)")
    parser.add_argument("--hanta", action="store_true", help="score the HanTa baseline instead of a spaCy model")
    parser.add_argument("--speed-words", type=int, default=0, metavar="N",
                        help="also time tagging of about N words (sentences repeated, batch 256, CPU time)")


def run(args) -> int:
    sentences = read_conllu(args.conllu)
    n_words = sum(len(s.words) for s in sentences)
    if args.hanta:
        start = time.process_time()
        predicted = tag_hanta(sentences)
        result = score(sentences, predicted)
        result["words_per_cpu_second"] = round(n_words / (time.process_time() - start))
        result["system"] = "HanTa"
    else:
        predicted, tagger = tag_stage(sentences, args.model)
        result = score(sentences, predicted)
        result["system"] = str(args.model)
        if args.speed_words:
            result["words_per_cpu_second"] = round(stage_speed(tagger, sentences, args.speed_words))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0
