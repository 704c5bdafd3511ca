"""German NER (GermEval 2014 outer level): build corpus, train, package into models/de_ner.

Steps: (a) corpus from the train-licensed sources plus ``data/synthetic/ner/*.jsonl``
and ``data/silver/ner/*.jsonl`` with a per-sentence manifest, gazetteer patterns, floret
vectors and a pretrained token-to-vector layer (the last two cached under ``build/ner``;
a second pretraining from scratch gave byte-identical raw text and weights, 2026-11-26);
(b) ``spacy train`` with the committed ``ner.cfg`` (fixed seed, one thread:
deterministic, a rerun gave the identical dev curve); (c) copy the best model (by
GermEval dev F1) to ``--out`` and write ``PROVENANCE.md`` with sources, licenses,
counts and measured scores.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import _ner_corpus as corpus
from . import _ner_gazetteer as gazetteer
from . import _ner_pretrain as pretrain
from . import _ner_vectors as vectors

ROOT = Path(__file__).resolve().parents[3]
CONFIG = Path(__file__).with_name("ner.cfg")
DEFAULT_OUT = ROOT / "src" / "depesche" / "models" / "de_ner"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the packaged pipeline goes")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder")
    parser.add_argument("--synthetic", type=Path, default=ROOT / "data" / "synthetic" / "ner",
                        help="folder of synthetic *.jsonl records (may be missing or empty)")
    parser.add_argument("--silver", type=Path, default=ROOT / "data" / "silver" / "ner",
                        help="folder of silver *.jsonl records (LLM-annotated raw text; may be missing or empty)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "ner", help="intermediate files")


def _env() -> dict:
    """Single-threaded, and able to import depesche from a source checkout."""
    src = str(ROOT / "src")
    path = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": path}


def _run(*cmd: str, capture: bool = False) -> str:
    print("+", " ".join(cmd), flush=True)
    done = subprocess.run([sys.executable, "-m", *cmd], env=_env(), check=True, text=True,
                          stdout=subprocess.PIPE if capture else None)
    return done.stdout


def build_corpus(args, work: Path) -> dict:
    """Write train/dev DocBins and the manifest; return per-source counts."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ge_train, ge_dev = corpus.germeval(args.data / "germeval2014" / "NER-de-test.tsv")
    extra = corpus.ler(args.data / "ler") + corpus.europeana(args.data / "europeana-ner")
    extra += corpus.synthetic(args.synthetic, nlp) + corpus.synthetic(args.silver, nlp, kind="silver")
    corpus.write(ge_train + extra, nlp.vocab, work / "train.spacy", {"germeval2014": corpus.GERMEVAL_WEIGHT})
    corpus.write(ge_dev, nlp.vocab, work / "dev.spacy")
    counts = corpus.write_manifest(ge_train + ge_dev + extra, work / "manifest.jsonl")
    return counts


def build_vectors(args, work: Path) -> tuple[Path, int]:
    table, n_tokens = vectors.train(args.data / "raw-de", work / "vectors")
    model = work / "vectors" / "spacy"
    if not (model / "vocab").exists():
        _run("spacy", "init", "vectors", "de", str(table), str(model), "--mode", "floret")
    return model, n_tokens


def build_pretrained(args, work: Path, paths: list[str]) -> tuple[Path, dict]:
    """``spacy pretrain`` over raw-de (once; cached in ``work/pretrain``); returns the
    last epoch's weights and the words taken per raw-de file."""
    out = work / "pretrain"
    used_file = out / "raw-words.json"
    epochs = _config_int("pretraining", "max_epochs")
    weights = out / f"model{epochs - 1}.bin"
    if weights.exists() and used_file.exists():
        return weights, json.loads(used_file.read_text())
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    used = pretrain.write_text(args.data / "raw-de", args.data / "germeval2014" / "NER-de-test.tsv",
                               work / "raw.jsonl")
    _run("spacy", "pretrain", str(CONFIG), str(out), *paths, "--paths.raw_text", str(work / "raw.jsonl"))
    used_file.write_text(json.dumps(used))
    return weights, used


def _config_int(section: str, key: str) -> int:
    from spacy.util import load_config

    return int(load_config(CONFIG, interpolate=False)[section][key])


def build_gazetteer(args, work: Path) -> dict:
    lists = gazetteer.lists(args.data / "ler" / "gazetteers")
    (work / "gazetteer.json").write_text(json.dumps(gazetteer.patterns(lists), ensure_ascii=False))
    return {name: (kind, lic, len(entries)) for name, (kind, lic, entries) in lists.items()}


def evaluate(model: Path, tsv: Path, split: str) -> dict:
    return json.loads(_run("depesche", "eval", "ner", str(tsv), "--model", str(model), "--split", split, "--json",
                           capture=True))


def _dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def provenance(counts, gaz, n_vec_tokens, raw_words, scores, seconds, size_mb) -> str:
    from ..evaluate.ner import format_report

    lines = [
        "# de_ner: provenance",
        "",
        "German NER, GermEval 2014 outer level (12 labels), spaCy efficiency CNN with",
        "floret vectors, gazetteer features and a token-to-vector layer pretrained on raw",
        "German text. Rebuild: `depesche train ner`",
        "(recipe `src/depesche/train/ner.py`, config `src/depesche/train/ner.cfg`).",
        "",
        "Because the vectors (Wikipedia, Klexikon) and two gazetteer lists (OpenStreetMap)",
        "are CC BY-SA, this model directory is a CC BY-SA derivative; attribution below.",
        "",
        "## Training sentences (manifest: build/ner/manifest.jsonl)",
        "",
        "| source | license | split | sentences | tokens | entities |",
        "|---|---|---|---:|---:|---:|",
    ]
    for source, lic, split in sorted({k[:3] for k in counts}):
        c = [counts[(source, lic, split, what)] for what in ("sentences", "tokens", "entities")]
        lines.append(f"| {source} | {lic} | {split} | {c[0]:,} | {c[1]:,} | {c[2]:,} |")
    lines += [
        "",
        f"GermEval 2014 = `NER-de-test.tsv` sentences with index % 10 >= 2 (train, weight "
        f"{corpus.GERMEVAL_WEIGHT}) and == 1 (dev, model selection); index % 10 == 0 is the held-out "
        "test split and never trained on. LER (court decisions, dev+test files): only sentences with "
        "a PER/ORG/LOC entity; Europeana (historical OCR newspapers): "
        f"1 in {corpus.EUROPEANA_EVERY} sentences with an entity. In both, tokens that could be an "
        "entity of a type the corpus does not annotate are missing, not O. synthetic: LLM-written "
        "wire dispatches (data/synthetic/ner); silver: raw-de Wikipedia sentences annotated by the "
        "same LLM annotator (data/silver/ner, `scripts/silver_ner.py`; sentences sharing a six-token "
        "run with any GermEval sentence were left out). That annotator's agreement with unseen "
        "GermEval gold: 91.2 F1, 12 labels (data/silver/agreement).",
        "",
        "## Gazetteers (token feature MORPH Gaz=TYPE via attribute_ruler; single-token entries)",
        "",
        "| list | type | license | entries used |",
        "|---|---|---|---:|",
        *[f"| {name} | {kind} | {lic} | {n:,} |" for name, (kind, lic, n) in gaz.items()],
        "",
        "LER gazetteers: github.com/elenanereiss/Legal-Entity-Recognition; OSM lists "
        "© OpenStreetMap contributors.",
        "",
        "## Static vectors",
        "",
        f"floret skipgram, dim {vectors.DIM}, {vectors.BUCKET:,} hash rows, char {vectors.MINN}-"
        f"{vectors.MAXN}-grams, {vectors.EPOCHS} epochs, trained here on {n_vec_tokens:,} tokens of "
        f"raw-de: {', '.join(vectors.RAW_FILES)} (Bundestag protocols: official work § 5 UrhG; "
        "German Wikipedia via klexikon corpus: CC BY-SA 3.0; Klexikon: CC BY-SA).",
        "",
        "## Pretrained token-to-vector layer",
        "",
        f"`spacy pretrain`, characters objective (first and last four characters of each word), "
        f"{_config_int('pretraining', 'max_epochs')} epochs over {sum(raw_words.values()):,} words of "
        "raw-de paragraphs (" + ", ".join(f"{name} {n:,}" for name, n in raw_words.items()) + "); "
        "paragraphs sharing a six-token run with any GermEval 2014 sentence were left out. "
        "Same licenses as the vectors.",
        "",
        "## Measured",
        "",
        f"`spacy pretrain` {seconds['pretrain'] / 60:.1f} min, `spacy train` {seconds['train'] / 60:.1f} min, "
        f"whole command {seconds['total'] / 60:.1f} min (2-core machine, one thread; vectors and "
        f"pretrained weights cached in build/ner); model size {size_mb:.1f} MB.",
    ]
    for split, result in scores.items():
        speed = result["words"] / result["cpu_seconds"]
        lines += ["", f"GermEval 2014 {split} split ({result['sentences']} sentences, {result['words']:,} "
                  f"words; {speed:,.0f} words per CPU second, one thread):", "", "```",
                  format_report({k: result[k] for k in ("labels12", "labels4")}), "```"]
    return "\n".join(lines) + "\n"


def _describe(model_dir: Path, scores: dict) -> None:
    """Name the pipeline and point its meta at the provenance file."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(name="de_ner", version="0.3.0", license="CC BY-SA (see PROVENANCE.md)",
                description="German NER, GermEval 2014 outer level (12 labels); see PROVENANCE.md",
                performance={**meta.get("performance", {}),
                             "germeval_test_f1": scores["test"]["labels12"]["overall"]["f1"]})
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))


def run(args: argparse.Namespace) -> int:
    if not (args.data / "germeval2014" / "NER-de-test.tsv").exists():
        print(f"depesche train ner: no training data under {args.data} (use --data)", file=sys.stderr)
        return 2
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    counts = build_corpus(args, work)
    gaz = build_gazetteer(args, work)
    vec_model, n_vec_tokens = build_vectors(args, work)
    paths = ["--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
             "--paths.vectors", str(vec_model), "--paths.gazetteer", str(work / "gazetteer.json")]
    pretrain_start = time.perf_counter()
    weights, raw_words = build_pretrained(args, work, paths)
    pretrain_seconds = time.perf_counter() - pretrain_start
    train_start = time.perf_counter()
    shutil.rmtree(work / "model", ignore_errors=True)
    _run("spacy", "train", str(CONFIG), "--output", str(work / "model"), *paths,
         "--paths.init_tok2vec", str(weights), "--paths.raw_text", str(work / "raw.jsonl"))
    train_seconds = time.perf_counter() - train_start
    best = work / "model" / "model-best"
    tsv = args.data / "germeval2014" / "NER-de-test.tsv"
    scores = {split: evaluate(best, tsv, split) for split in ("dev", "test")}
    shutil.rmtree(args.out, ignore_errors=True)
    shutil.copytree(best, args.out)
    _describe(args.out, scores)
    size_mb = _dir_mb(args.out)
    seconds = {"pretrain": pretrain_seconds, "train": train_seconds, "total": time.perf_counter() - start}
    text = provenance(counts, gaz, n_vec_tokens, raw_words, scores, seconds, size_mb)
    (args.out / "PROVENANCE.md").write_text(text, encoding="utf-8")
    print(text)
    return 0
