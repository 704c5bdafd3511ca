"""Long-run fuzzing of the pipeline, outside CI (CI runs ``tests/test_fuzz.py``).

Modes:

``stream``  push N generated documents (wire-like texts with random headers,
            datelines and editor codes, Unicode soup, pathological quotes,
            tiny and huge documents) through ``depesche.load().pipe`` and count
            crashes, lost records, records missing lists, uncoded errors and
            invalid span offsets.  Failing inputs are saved to ``--crash-dir``.
``atheris`` coverage-guided fuzzing of readers + pipeline with atheris, if it
            is installed (``pip install atheris==3.0.0``).
``hypothesis`` the ``tests/test_fuzz.py`` properties with many more examples.

    nice -n 10 python scripts/fuzz_pipeline.py stream --docs 1000000 --seed 1
    python scripts/fuzz_pipeline.py atheris -- -max_total_time=3600
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

PLACES = ["BERLIN", "MOSKAU", "Wien", "FRANKFURT/MAIN", "KIEW/WASHINGTON", "São Paulo", "TEL AVIV", "LUXEMBURG", "X"]
AGENCIES = ["dpa", "AFP", "Reuters", "dpa-AFX", "APA", "KNA", "epd", "AP", "sda", "xyz", ""]
EDITOR_CODES = ["/cht", "/hme/DP/stw", "(Ende)", "ra/sw", "/xy/DE/", "dpa-AFX/ab", "Stand: 12.03.2021 14:05 Uhr",
                "kop/ang", "/ / /", "(dpa)", "(AFP)", "Korrektur:", "Berichtigung: im 2. Absatz", "Eil +++"]
WORDS = ("Putin Merkel Lukaschenko Scholz Bundesregierung Minister sagte erklärte betonte Montag 3. März 2021 "
         "Euro Millionen 80,1 Prozent Dr. z.B. Bundestag in der die das und nicht heute morgen gestern "
         "Kanzlerin Präsident Wladimir Sprecher teilte mit laut Angaben Polizei Demonstranten Verhandlungen").split()
QUOTE_CHARS = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", '"', "'", "``", "''"]
WEIRD = ["\u0301", "\u0308", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u200f",
         "\u05d0\u05d1", "\u0627\u0644", "\ud800", "\udfff", "\U0001f600", "\x00", "\x0b", "\x1b[31m", "\r", "\r\n",
         "\u2028", "\u2029", "\t", "\xa0", "\u3000", "ß", "ẞ", "İ", "ǅ", "\ufffd", "\U000e0001", "\x85"]


def gen_document(rng: random.Random, long_every: int = 2000) -> str:
    """One generated document; the mix favours short texts, one in ``long_every`` is a 20k/100k sentence."""
    if rng.random() < 1 / long_every:
        return _long_sentence(rng, rng.choice([20_000, 100_000]))
    kind = rng.random()
    if kind < 0.45:
        return _wire(rng)
    if kind < 0.65:
        return _soup(rng, rng.randint(1, 200))
    if kind < 0.85:
        return _quotes(rng)
    return _tiny(rng)


def _words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _wire(rng):
    parts = []
    if rng.random() < 0.3:
        parts.append(f" date {rng.randint(1900, 2100)}-{rng.randint(0, 13):02d}{rng.choice(['', '-31', '-00'])} ")
    if rng.random() < 0.1:
        parts.append(rng.choice(EDITOR_CODES[9:]) + " ")
    if rng.random() < 0.8:
        parts.append(f"{rng.choice(PLACES)} ({rng.choice(AGENCIES)}){rng.choice([' - ', ' – ', ' -', '. ', ' '])}")
    for _ in range(rng.randint(0, 6)):
        sent = _words(rng, rng.randint(0, 25))
        if rng.random() < 0.4:
            sent += f", {rng.choice(['sagte', 'so'])} {rng.choice(WORDS)} „{_words(rng, rng.randint(0, 12))}“"
        parts.append(sent + rng.choice([". ", "! ", "? ", "\n\n", " ", ""]))
        if rng.random() < 0.1:
            parts.append(rng.choice(WEIRD))
    if rng.random() < 0.5:
        parts.append(rng.choice(EDITOR_CODES))
    return "".join(parts)


def _soup(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            out.append(rng.choice(WEIRD))
        elif r < 0.6:
            out.append(chr(rng.randint(0, 0x10FFFF)))
        elif r < 0.8:
            out.append(rng.choice(WORDS) + " ")
        else:
            out.append(rng.choice(QUOTE_CHARS + [".", " ", "-", "(", ")", "/", ":", "\n"]))
    return "".join(out)


def _quotes(rng):
    depth = rng.randint(1, 50)
    opens = [rng.choice(QUOTE_CHARS) for _ in range(depth)]
    closes = [rng.choice(QUOTE_CHARS) for _ in range(rng.randint(0, depth))]
    inner = _words(rng, rng.randint(0, 8))
    body = "".join(f"{o}{rng.choice(WORDS)} " for o in opens) + inner + "".join(closes)
    lead = f"{rng.choice(PLACES)} ({rng.choice(AGENCIES)}) - " if rng.random() < 0.5 else ""
    return lead + body + rng.choice(["", ", sagte Merkel.", " sagte er", "“", "\n"])


def _tiny(rng):
    return rng.choice(["", " ", ".", "„", "“", "a", "1.", "(dpa)", "BERLIN (dpa) -", "\n\n\n", "Dr.", "\ud800",
                       "z.B.", "„“", "ä", "-", rng.choice(WEIRD), _words(rng, 1), _words(rng, 2)])


def _long_sentence(rng, n):
    text = f"BERLIN (dpa) - „{_words(rng, n // 7)}"
    return text[:n]


# -- invariants ---------------------------------------------------------------
def problems(rec: dict, text: str) -> list[str]:
    """What is wrong with one record for input ``text`` (empty: nothing)."""
    from depesche.errors import CODES
    from depesche.record import LISTS, check_spans

    out = [f"missing list {k}" for k in LISTS if not isinstance(rec.get(k), list)]
    err = rec.get("error")
    if err is not None and err.get("code") not in CODES:
        out.append(f"uncoded error {err!r}")
    if err is None or err.get("code") != "E_TOO_LARGE":
        if rec.get("text") != text:
            out.append("record text differs from input")
    out += [f"span {s}" for s in check_spans(rec)]
    return out


def stream(args) -> int:
    import depesche

    nlp = depesche.load(**({"max_chars": args.max_chars} if args.max_chars else {}))
    rng = random.Random(args.seed)
    crash_dir = Path(args.crash_dir)
    counts = {"docs": 0, "crashes": 0, "lost": 0, "bad_records": 0, "invalid_offsets": 0, "errors": {}}
    t0 = last = time.perf_counter()
    while counts["docs"] < args.docs and time.perf_counter() - t0 < args.seconds:
        texts = [gen_document(rng, args.long_every) for _ in range(min(args.batch, args.docs - counts["docs"]))]
        try:
            records = list(nlp.pipe(texts, batch_size=args.batch))
        except Exception as exc:  # noqa: BLE001 - counting is the point
            counts["crashes"] += 1
            _save(crash_dir, "crash", texts, repr(exc))
            counts["docs"] += len(texts)
            continue
        counts["docs"] += len(texts)
        if len(records) != len(texts):
            counts["lost"] += abs(len(texts) - len(records))
            _save(crash_dir, "lost", texts, f"{len(records)} records")
        for text, rec in zip(texts, records):
            bad = problems(rec, text)
            if rec.get("error"):
                code = rec["error"]["code"]
                counts["errors"][code] = counts["errors"].get(code, 0) + 1
            if bad:
                counts["bad_records"] += 1
                counts["invalid_offsets"] += sum(b.startswith("span") for b in bad)
                _save(crash_dir, "bad", [text], "; ".join(bad[:5]))
        now = time.perf_counter()
        if now - last > args.every:
            last = now
            _report(counts, now - t0, final=False)
    _report(counts, time.perf_counter() - t0, final=True)
    return 1 if counts["crashes"] or counts["lost"] or counts["bad_records"] else 0


def _report(counts, seconds, final):
    line = {**counts, "seconds": round(seconds, 1), "docs_per_s": round(counts["docs"] / max(seconds, 1e-9), 1),
            "final": final}
    print(json.dumps(line), flush=True)


def _save(crash_dir: Path, kind: str, texts: list[str], why: str) -> None:
    crash_dir.mkdir(parents=True, exist_ok=True)
    with (crash_dir / f"{kind}.jsonl").open("a", encoding="utf-8", errors="surrogatepass") as fh:
        fh.write(json.dumps({"why": why, "texts": texts}) + "\n")


# -- atheris ------------------------------------------------------------------
def atheris_mode(args) -> int:
    try:
        import atheris
    except ImportError:
        print("atheris is not installed (pip install atheris==3.0.0); use the 'hypothesis' mode", file=sys.stderr)
        return 2
    import importlib

    with atheris.instrument_imports(include=["depesche"]):  # coverage of our code, not spaCy's or numpy's
        import depesche
        from depesche.pipeline import DEFAULT_STAGES
        from depesche.readers import read_stream

        for _, where in DEFAULT_STAGES:  # the stages load lazily: import them here to instrument them
            importlib.import_module(where.split(":")[0])
    nlp = depesche.load()

    def one(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        raw = fdp.ConsumeBytes(fdp.remaining_bytes())
        items = list(read_stream(io.BytesIO(raw), source="<fuzz>", max_chars=200_000))
        for item, rec in zip(items, nlp.pipe(items)):
            bad = problems(rec, rec["text"]) if item.error else problems(rec, item.text)
            if bad:
                raise AssertionError(bad)

    atheris.Setup([sys.argv[0], *args.atheris_args], one)
    atheris.Fuzz()
    return 0


def hypothesis_mode(args) -> int:
    import pytest

    os.environ["DEPESCHE_FUZZ_EXAMPLES"] = str(args.examples)
    root = Path(__file__).resolve().parents[1]
    return pytest.main([str(root / "tests" / "test_fuzz.py"), "-q", "-p", "no:cacheprovider"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("stream", help="stream generated documents through the pipeline")
    s.add_argument("--docs", type=int, default=1_000_000)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--seconds", type=float, default=float("inf"), help="stop after this long, whatever the count")
    s.add_argument("--batch", type=int, default=256)
    s.add_argument("--long-every", type=int, default=2000,
                   help="one document in this many is a 20k/100k-character sentence (they dominate the run time)")
    s.add_argument("--max-chars", type=int, default=0, help="pipeline max_chars (default: the pipeline's)")
    s.add_argument("--every", type=float, default=60.0, help="seconds between progress lines")
    s.add_argument("--crash-dir", default="fuzz-crashes")
    a = sub.add_parser("atheris", help="coverage-guided fuzzing (needs atheris)")
    a.add_argument("atheris_args", nargs="*", help="libFuzzer options, e.g. -max_total_time=3600")
    h = sub.add_parser("hypothesis", help="the Hypothesis properties of tests/test_fuzz.py, many more examples")
    h.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args(argv)
    return {"stream": stream, "atheris": atheris_mode, "hypothesis": hypothesis_mode}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
