"""Distil HanTa into the fast spaCy tagger (STTS, UPOS+features, lemmas) shipped as de_tagger.

Why distil: HanTa is accurate but slow (~6k words/s) and knows no
morphological features.  Recipe, all deterministic:

1. silver: openly licensed raw-de sentences (SoMaJo tokens), STTS tags and
   lemmas from HanTa, mapped to UD German conventions;
2. gold: UD German PUD (UPOS, features, lemmas; its XPOS are not STTS, so
   HanTa supplies STTS there too), 900 sentences train, 100 dev;
3. teacher: a morphologizer trained on PUD that also sees the HanTa STTS tag,
   run over the silver sentences; its UPOS+features label is the best one
   whose UPOS UD German allows for that STTS tag, and -e verb forms away from
   ``ich`` become Konjunktiv I (PUD has too few to teach it);
4. student: tok2vec + tagger + morphologizer + edit-tree lemmatizer from the
   committed ``tagger.cfg`` on silver + PUD train; no HanTa at run time;
5. lemma table: the silver and PUD train lemmas per (form, STTS tag), looked
   up by the tagger stage before the edit-tree lemmatizer.

UD German GSD dev is never trained on: it is the report set.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIG = Path(__file__).with_name("tagger.cfg")
DEFAULT_OUT = ROOT / "src" / "depesche" / "models" / "de_tagger"
DEFAULT_BUILD = ROOT / "build" / "tagger"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED = 0

# Silver token budget per raw-de file, and at most this many sentences per
# document so that vocabulary comes from many documents.
# The same HanTa-annotated sentences also feed the lemma table.
SILVER = {
    "wikipedia.jsonl": (600_000, 40),
    "bundestag-wp19.jsonl": (250_000, 20),
    "bundestag-wp20.jsonl": (250_000, 20),
    "klexikon.jsonl": (200_000, 30),
    "gesetze.jsonl": (100_000, 15),
}
MIN_WORDS, MAX_WORDS = 4, 60
PUD = "ud-german/pud/de_pud-ud-test.conllu"
GSD_DEV = "ud-german/gsd/de_gsd-ud-dev.conllu"
PUD_LICENSE = "CC BY-SA 3.0"
# Lemma table: a gold PUD occurrence counts like this many HanTa ones, and a
# (form, tag) pair is kept when its commonest lemma has this share of its counts.
PUD_LEMMA_WEIGHT = 5
LEMMA_MIN_SHARE = 0.8
# More HanTa-annotated raw-de sentences for the lemma table only (coverage of
# word forms), taken after each document's silver sentences.
LEMMA_EXTRA = {
    "wikipedia.jsonl": (800_000, 60),
    "bundestag-wp19.jsonl": (300_000, 30),
    "bundestag-wp20.jsonl": (300_000, 30),
    "klexikon.jsonl": (100_000, 30),
}

log = logging.getLogger(__name__)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def silver_sentences(data: Path, budgets: dict[str, tuple[int, int]] = SILVER, skip: dict[str, int] | None = None):
    """Yield (manifest row, words, spaces) for the raw-de sample, file by file;
    ``skip`` leaves out the first n eligible sentences of every document."""
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False)
    for name, (budget, per_doc) in budgets.items():
        docs = [json.loads(line) for line in (data / "raw-de" / name).open(encoding="utf-8")]
        docs.sort(key=lambda d: _md5(d["id"]))
        used = 0
        for doc in docs:
            taken, skipped = 0, 0
            for index, sent in enumerate(tokenizer.tokenize_text(doc["text"].split("\n"))):
                if taken == per_doc or used >= budget:
                    break
                words = [t.text for t in sent]
                if not MIN_WORDS <= len(words) <= MAX_WORDS or not any(w.isalpha() for w in words):
                    continue
                if skipped < (skip or {}).get(name, 0):
                    skipped += 1
                    continue
                row = {"id": f"{doc['id']}#{index}", "source": f"raw-de/{name}", "license": doc["license"],
                       "words": len(words)}
                yield row, words, [bool(t.space_after) for t in sent]
                taken += 1
                used += len(words)
            if used >= budget:
                break


class Hanta:
    """HanTa STTS tags and lemmas in UD German conventions."""

    def __init__(self):
        from HanTa import HanoverTagger as ht

        self.tagger = ht.HanoverTagger("morphmodel_ger.pgz")

    def __call__(self, words: list[str]) -> tuple[list[str], list[str]]:
        from ..lang.de_lemmas import ud_lemma
        from ..lang.stts import from_hanta

        tags, lemmas = [], []
        for form, lemma, tag in self.tagger.tag_sent(words, taglevel=1):
            tags.append(from_hanta(tag))
            lemmas.append(ud_lemma(form, lemma, tags[-1]))
        return tags, lemmas


def harmonise_pud(upos: str, xpos: str, feats: dict[str, str]) -> dict[str, str]:
    """PUD's feature conventions as in UD German GSD (the newer German scheme).

    PUD leaves VerbForm out of finite verbs, marks participles with
    Tense=Past instead of VerbForm=Part, infinitives with nothing, and
    gives adverbs Degree.
    """
    feats = dict(feats)
    if upos in ("VERB", "AUX"):
        if "Mood" in feats:
            feats.setdefault("VerbForm", "Fin")
        elif xpos == "VBN" or feats.get("Tense") == "Past":
            feats.pop("Tense", None)
            feats["VerbForm"] = "Part"
        elif xpos == "VB" and not feats:
            feats["VerbForm"] = "Inf"
    if upos == "ADV":
        feats.pop("Degree", None)
    return feats


def pud_docs(vocab, data: Path, hanta: Hanta):
    """PUD as (train, dev) spaCy Docs: gold UPOS/features/lemmas, HanTa STTS."""
    from spacy.tokens import Doc

    from ..evaluate.ud import read_conllu, universal_feats

    train, dev = [], []
    for index, sent in enumerate(read_conllu(data / PUD)):
        words = [w.form for w in sent.words]
        tags, _ = hanta(words)
        morphs = []
        for w in sent.words:
            layered = {k: v for k, v in (f.split("=", 1) for f in w.feats.split("|") if "=" in f)
                       if k not in universal_feats(w.feats)}
            feats = harmonise_pud(w.upos, w.xpos, universal_feats(w.feats)) | layered
            morphs.append("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
        doc = Doc(vocab, words=words, spaces=sent.spaces, tags=tags, pos=[w.upos for w in sent.words],
                  morphs=morphs, lemmas=[w.lemma for w in sent.words])
        (dev if index % 10 == 9 else train).append(doc)
    return train, dev


def train_pipeline(config, output: Path, threads_note: str) -> float:
    """Train with spaCy's own loop; returns seconds taken."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from spacy.util import fix_random_seed

    fix_random_seed(SEED)
    output.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    log.info("training %s (%s)", output, threads_note)
    nlp = init_nlp(config, use_gpu=-1)
    train_loop(nlp, output, use_gpu=-1, stdout=sys.stderr, stderr=sys.stderr)
    return time.perf_counter() - start


def teacher_config(build: Path):
    """The student's config cut down to a morphologizer that also embeds the STTS tag."""
    from spacy.util import load_config

    config = load_config(CONFIG, overrides={
        "paths.train": str(build / "pud-train.spacy"),
        "paths.dev": str(build / "pud-dev.spacy"),
        "system.seed": SEED,
        "nlp.pipeline": ["tok2vec", "morphologizer"],
        "components.tok2vec.model.embed.attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"],
        "components.tok2vec.model.embed.rows": [10000, 2000, 5000, 1000, 100],
        "corpora.train.@readers": "depesche.tagged_corpus.v1",
        "corpora.dev.@readers": "depesche.tagged_corpus.v1",
        "training.max_steps": 2500,
        "training.eval_frequency": 250,
    })
    config["training"]["score_weights"] = {"pos_acc": 0.5, "morph_acc": 0.5}
    for name in ("tagger", "trainable_lemmatizer"):
        del config["components"][name]
    for key in ("max_length", "gold_preproc", "limit", "augmenter"):
        for split in ("train", "dev"):
            del config["corpora"][split][key]
    return config


def _register_reader() -> None:
    """A corpus reader whose predicted docs keep the STTS tags (the teacher's input)."""
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    if "depesche.tagged_corpus.v1" in spacy.registry.readers:
        return

    @spacy.registry.readers("depesche.tagged_corpus.v1")
    def tagged_corpus(path: str):
        def read(nlp):
            for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
                words = [t.text for t in doc]
                spaces = [bool(t.whitespace_) for t in doc]
                yield Example(Doc(nlp.vocab, words=words, spaces=spaces, tags=[t.tag_ for t in doc]), doc)

        return read


def annotate_with_teacher(teacher, docs) -> Counter:
    """Give silver docs UPOS+features: the teacher's best label allowed for each STTS tag."""
    import numpy

    from ..lang.stts import STTS_UPOS

    morph = teacher.get_pipe("morphologizer")
    label_pos, label_feats = [], []
    for label in morph.labels:
        feats = dict(f.split("=", 1) for f in label.split("|") if "=" in f)
        label_pos.append(feats.pop("POS", ""))
        label_feats.append("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
    allowed = {tag: numpy.array([p in upos for p in label_pos]) for tag, upos in STTS_UPOS.items()}
    overridden = Counter()
    for start in range(0, len(docs), 256):
        batch = list(teacher.pipe(docs[start:start + 256], disable=["morphologizer"]))
        for doc, scores in zip(batch, morph.model.predict(batch)):
            scores = morph.model.ops.to_numpy(scores)
            for token, row in zip(doc, scores):
                mask = allowed.get(token.tag_)
                best = int(row.argmax())
                if mask is not None and mask.any() and not mask[best]:
                    overridden[token.tag_] += 1
                    best = int(numpy.where(mask, row, -numpy.inf).argmax())
                token.pos_ = label_pos[best]
                token.set_morph(label_feats[best])
            _mark_konjunktiv_i(doc)
    return overridden


def _mark_konjunktiv_i(doc) -> None:
    """Correct the teacher where a -e verb form can only be Konjunktiv I (see lang.stts)."""
    from ..lang.stts import is_konjunktiv_i_singular

    forms = [t.text for t in doc]
    for token in doc:
        if token.morph.get("Mood") and is_konjunktiv_i_singular(token.text, token.tag_, forms):
            feats = token.morph.to_dict() | {"Mood": "Sub", "Person": "3", "Number": "Sing", "VerbForm": "Fin"}
            feats.setdefault("Tense", "Pres")
            token.set_morph(feats)


def build_corpus(data: Path, build: Path, vocab) -> dict:
    """Silver + PUD DocBins and the per-sentence manifest; returns counts."""
    from spacy.tokens import Doc, DocBin

    hanta = Hanta()
    pud_train, pud_dev = pud_docs(vocab, data, hanta)
    DocBin(store_user_data=False, docs=pud_train).to_disk(build / "pud-train.spacy")
    DocBin(store_user_data=False, docs=pud_dev).to_disk(build / "pud-dev.spacy")
    silver, rows = [], []
    for row, words, spaces in silver_sentences(data):
        tags, lemmas = hanta(words)
        silver.append(Doc(vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas))
        rows.append(row)
    DocBin(store_user_data=False, docs=silver).to_disk(build / "silver-hanta.spacy")
    with (build / "manifest.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        for split, docs in (("train", pud_train), ("dev", pud_dev)):
            for i, doc in enumerate(docs):
                out.write(json.dumps({"id": f"pud-{split}-{i}", "source": PUD, "license": PUD_LICENSE,
                                      "words": len(doc), "split": split}) + "\n")
    counts = Counter()
    for row in rows:
        counts[row["source"]] += row["words"]
    return {"silver_sentences": len(rows), "silver_words": dict(counts),
            "pud_train_sentences": len(pud_train), "pud_train_words": sum(map(len, pud_train)),
            "pud_dev_sentences": len(pud_dev), "pud_dev_words": sum(map(len, pud_dev))}


def add_arguments(parser) -> None:
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the packaged pipeline goes")
    parser.add_argument("--build", type=Path, default=DEFAULT_BUILD, help="intermediate files (git-ignored)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the stages (corpus, teacher, student) already finished in --build")


def run(args) -> int:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import load_config

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _register_reader()
    build: Path = args.build
    build.mkdir(parents=True, exist_ok=True)
    summary_path = build / "summary.json"
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if args.reuse and summary_path.exists() else {}
    seconds = summary.setdefault("train_seconds", {})

    def done(stage: str, path: Path) -> bool:
        return args.reuse and stage in summary and path.exists()

    def save() -> None:
        summary_path.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")

    if not done("counts", build / "silver-hanta.spacy"):
        summary["counts"] = build_corpus(args.data, build, spacy.blank("de").vocab)
        save()
    if not done("lemma_extra", build / "lemma-extra.spacy"):
        summary["lemma_extra"] = annotate_lemma_extra(args.data, build)
        save()
    if not done("teacher_overrides", build / "train.spacy"):
        if not (args.reuse and "teacher" in seconds and (build / "teacher" / "model-best").exists()):
            seconds["teacher"] = train_pipeline(teacher_config(build), build / "teacher", "one thread")
            save()
        teacher = spacy.load(build / "teacher" / "model-best")
        silver = list(DocBin().from_disk(build / "silver-hanta.spacy").get_docs(teacher.vocab))
        summary["teacher_overrides"] = dict(annotate_with_teacher(teacher, silver).most_common())
        train = DocBin(store_user_data=False, docs=silver)
        train.merge(DocBin().from_disk(build / "pud-train.spacy"))
        train.to_disk(build / "train.spacy")
        seconds.pop("student", None)
        save()
    if not (args.reuse and "student" in seconds and (build / "student" / "model-best").exists()):
        config = load_config(CONFIG, overrides={"paths.train": str(build / "train.spacy"),
                                                "paths.dev": str(build / "pud-dev.spacy"), "system.seed": SEED})
        seconds["student"] = train_pipeline(config, build / "student", "one thread")
        save()

    package(build / "student" / "model-best", args.out)
    summary["lemma_table"] = build_lemma_table(build, args.out)
    summary["gsd_dev"] = write_provenance(args.out, args.data, summary)
    save()
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0


def package(trained: Path, out: Path) -> None:
    """The trained pipeline plus a rule that quotation marks, however tokenised, are ``$(``."""
    import spacy

    from ..lang.stts import QUOTATION_MARKS

    nlp = spacy.load(trained)
    ruler = nlp.add_pipe("attribute_ruler", name="punct_rules")
    ruler.add([[{"ORTH": {"IN": sorted(QUOTATION_MARKS)}}]], {"TAG": "$(", "POS": "PUNCT", "MORPH": ""})
    nlp.meta.update(name="de_tagger", version="0.1.0")  # the stage reports it: tagger@0.1.0
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def annotate_lemma_extra(data: Path, build: Path) -> dict:
    """HanTa over LEMMA_EXTRA (sentences the silver corpus does not hold); returns word counts."""
    import spacy
    from spacy.tokens import Doc, DocBin

    hanta, vocab, docs = Hanta(), spacy.blank("de").vocab, []
    counts = Counter()
    skip = {name: per_doc for name, (_, per_doc) in SILVER.items()}
    for row, words, spaces in silver_sentences(data, LEMMA_EXTRA, skip):
        tags, lemmas = hanta(words)
        docs.append(Doc(vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas))
        counts[row["source"]] += len(words)
    DocBin(store_user_data=False, docs=docs).to_disk(build / "lemma-extra.spacy")
    return dict(counts)


def build_lemma_table(build: Path, out: Path) -> dict:
    """The (form, STTS tag) -> lemma table the tagger stage consults before the
    edit-tree lemmatizer: every pair of the training corpus (HanTa silver, PUD
    train gold weighted ``PUD_LEMMA_WEIGHT``) whose commonest lemma has at least
    ``LEMMA_MIN_SHARE`` of its counts.  Lines are ``form<TAB>tag<TAB>lemma``,
    the lemma left empty when it equals the form."""
    import gzip

    import spacy
    from spacy.tokens import DocBin

    from ..lang.de_lemmas import LEMMA_TABLE, ud_lemma

    vocab = spacy.blank("de").vocab
    counts: dict[tuple[str, str], Counter] = {}
    for name, weight in (("silver-hanta.spacy", 1), ("lemma-extra.spacy", 1), ("pud-train.spacy", PUD_LEMMA_WEIGHT)):
        for doc in DocBin().from_disk(build / name).get_docs(vocab):
            for token in doc:
                if token.lemma_ and token.lemma_ != "_":
                    lemma = ud_lemma(token.text, token.lemma_, token.tag_)
                    counts.setdefault((token.text, token.tag_), Counter())[lemma] += weight
    kept = []
    for (form, tag), lemmas in counts.items():
        lemma, n = lemmas.most_common(1)[0]
        if n >= LEMMA_MIN_SHARE * sum(lemmas.values()):
            kept.append((tag, form, "" if lemma == form else lemma))
    kept.sort()
    text = "".join(f"{form}\t{tag}\t{lemma}\n" for tag, form, lemma in kept).encode("utf-8")
    with gzip.GzipFile(out / LEMMA_TABLE, "wb", compresslevel=9, mtime=0) as handle:  # byte-identical rebuilds
        handle.write(text)
    return {"pairs": len(counts), "kept": len(kept), "mb": round((out / LEMMA_TABLE).stat().st_size / 1e6, 2)}


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def write_provenance(out: Path, data: Path, meta: dict) -> dict | None:
    """PROVENANCE.md: sources, licenses, counts and the scores measured at build time."""
    from ..evaluate.ud import read_conllu, score, stage_speed, tag_hanta, tag_stage
    from ..lang.de_lemmas import LEMMA_TABLE

    lines = [
        "# de_tagger — provenance",
        "",
        "Built by `depesche train tagger` from `src/depesche/train/tagger.cfg` (seed 0).",
        "Pipeline: tok2vec (hash-embed CNN) + tagger (STTS) + morphologizer (UPOS, features)",
        "+ trainable_lemmatizer (edit trees) + attribute_ruler `punct_rules` (quotation marks,",
        "including PTB-style `` and '', are `$(`/PUNCT). No HanTa at run time.",
        "",
        f"`{LEMMA_TABLE}`: (form, STTS tag) -> lemma table ({meta['lemma_table']['kept']:,} pairs,",
        f"{meta['lemma_table']['mb']} MB) from the silver, lemma-table-only and PUD train lemmas (pairs with a",
        "consistent lemma only); the tagger stage (`depesche.components.tagger`) consults it first and",
        "runs the edit-tree lemmatizer only on the tokens it lacks (so does `depesche eval ud`;",
        "plain `spacy.load` does not use it).",
        "",
        "## License",
        "",
        "CC BY-SA 4.0: the model is derived from CC BY-SA data (German Wikipedia and UD German",
        "PUD under CC BY-SA 3.0, Klexikon under CC BY-SA), so it carries CC BY-SA (ShareAlike;",
        "3.0 material may be adapted under 4.0). Attribution below.",
        "",
        "## Training data",
        "",
        "| source | license | use | words |",
        "|---|---|---|---:|",
    ]
    licenses = {"wikipedia.jsonl": "CC BY-SA 3.0 (de.wikipedia.org authors)", "klexikon.jsonl": "CC BY-SA (Klexikon authors)",
                "bundestag-wp19.jsonl": "official work, § 5 UrhG (Deutscher Bundestag, Plenarprotokolle WP 19)",
                "bundestag-wp20.jsonl": "official work, § 5 UrhG (Deutscher Bundestag, Plenarprotokolle WP 20)",
                "gesetze.jsonl": "official work, § 5 UrhG (gesetze-im-internet.de)"}
    for source, words in meta["counts"]["silver_words"].items():
        lines.append(f"| {source} | {licenses[source.split('/')[-1]]} | silver: SoMaJo tokens, HanTa 1.2.1 STTS + lemmas, "
                     f"teacher UPOS + features | {words:,} |")
    for source, words in meta["lemma_extra"].items():
        lines.append(f"| {source} (later sentences of each document) | {licenses[source.split('/')[-1]]} | "
                     f"lemma table only: SoMaJo tokens, HanTa 1.2.1 STTS + lemmas | {words:,} |")
    c = meta["counts"]
    lines += [
        f"| {PUD} (sentences 1-9 of every 10) | {PUD_LICENSE} | gold UPOS, features, lemmas; HanTa STTS | {c['pud_train_words']:,} |",
        f"| {PUD} (every 10th sentence) | {PUD_LICENSE} | dev set for model selection only | {c['pud_dev_words']:,} |",
        "",
        f"{c['silver_sentences']:,} silver sentences; `build/tagger/manifest.jsonl` names source and license per sentence.",
        "HanTa 1.2.1 (PyPI, LGPL-3.0-or-later, its German model trained on the TIGER treebank) only",
        "annotated the silver text; neither HanTa nor TIGER text is shipped.",
        "UD German GSD dev was not used for training: it is the report set.",
        "",
        f"Training time on one core: teacher {meta['train_seconds']['teacher']:.0f} s, "
        f"student {meta['train_seconds']['student']:.0f} s. Model size: {_size_mb(out):.1f} MB.",
    ]
    gsd = data / GSD_DEV
    if gsd.exists():
        sentences = read_conllu(gsd)
        predicted, tagger = tag_stage(sentences, out)
        result = score(sentences, predicted)
        result["words_per_cpu_second"] = round(stage_speed(tagger, sentences, 200_000))
        start = time.process_time()
        baseline = score(sentences, tag_hanta(sentences))
        baseline["words_per_cpu_second"] = round(result["words"] / (time.process_time() - start))
        lines += ["", "## Scores on UD German GSD dev (gold tokens, CoNLL 2018 counting)", "",
                  "Speed is words per CPU second on one core (batch 256).", "",
                  "```", "stage:     " + json.dumps(result), "HanTa:     " + json.dumps(baseline), "```", "",
                  "`stage` is the tagger stage: the model plus the lemma table.", "",
                  "Reproduce: `depesche eval ud ../shared/data/ud-german/gsd/de_gsd-ud-dev.conllu "
                  "--speed-words 200000` (add `--hanta` for the baseline)."]
        held_out = [s for i, s in enumerate(read_conllu(data / PUD)) if i % 10 == 9]
        lines += ["", "Held-out PUD (every 10th sentence, the model-selection set; its XPOS are not STTS):", "",
                  "```", "stage:     " + json.dumps(score(held_out, tag_stage(held_out, out)[0])), "```"]
    else:
        result = None
    (out / "PROVENANCE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return result
