"""Resource limits: per-document time budget, maximum document size, bounded memory."""
import itertools
import json
import subprocess
import sys
import threading
import time

import pytest

import depesche
from depesche.pipeline import Component

from conftest import ROOT


class Sleepy(Component):
    """A stage that takes ``seconds`` per document whose text contains ``word`` (forever: a hang)."""

    name, version = "sleepy", "1"

    def __init__(self, word: str, seconds: float):
        self.word, self.seconds = word, seconds

    def __call__(self, doc):
        if self.word in doc.text:
            end = time.perf_counter() + self.seconds
            while time.perf_counter() < end:  # Python-level busy loop: a pathological algorithm
                time.sleep(0.001)
        return doc


def pipeline(budget: float, stage: Component):
    nlp = depesche.load(stages=["sentences"], time_budget=budget)
    nlp.components.append(stage)
    return nlp


def test_hanging_stage_is_interrupted_with_e_timeout():
    nlp = pipeline(0.5, Sleepy("Hänger", float("inf")))
    t0 = time.perf_counter()
    records = list(nlp.pipe(["Gut.", "Ein Hänger.", "Auch gut."]))
    assert time.perf_counter() - t0 < 10
    assert [r.get("error", {}).get("code") for r in records] == [None, "E_TIMEOUT", None]
    assert records[1]["error"]["stage"] == "sleepy" and records[1]["error"]["doc_id"] == records[1]["id"]


def test_budget_is_per_document_not_per_batch():
    """20 documents of 0.1 s each: the batch takes 2 s, but no document is over its 0.5 s."""
    nlp = pipeline(0.5, Sleepy("Satz", 0.1))
    records = list(nlp.pipe([f"Satz {i}." for i in range(20)], batch_size=20))
    assert [r for r in records if "error" in r] == []


def test_slow_document_in_a_batch_only_marks_itself():
    nlp = pipeline(0.3, Sleepy("langsam", 1.0))
    records = list(nlp.pipe(["schnell.", "langsam.", "schnell."], batch_size=3))
    assert [r.get("error", {}).get("code") for r in records] == [None, "E_TIMEOUT", None]


def test_outside_the_main_thread_the_budget_is_checked_after_the_stage():
    """No SIGALRM off the main thread: the stage runs to its end, then the document is marked.

    (In a batch, a stage's time is shared out evenly, so there one slow document
    can put its batch mates over the budget too; batch_size=1 attributes exactly.)
    """
    nlp = pipeline(0.2, Sleepy("langsam", 0.6))
    out = {}
    worker = threading.Thread(target=lambda: out.update(records=list(nlp.pipe(["langsam.", "gut."], batch_size=1))))
    worker.start()
    worker.join(30)
    assert [r.get("error", {}).get("code") for r in out["records"]] == ["E_TIMEOUT", None]


# -- maximum size ----------------------------------------------------------------
def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "depesche", *args], cwd=ROOT, input=stdin, capture_output=True,
                          timeout=600)


def test_max_chars_file_jsonl_and_stdin(tmp_path):
    big = "BERLIN (dpa) - " + "Wort " * 100
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    (tmp_path / "small.txt").write_text("BERLIN (dpa) - Kurz.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j1", "text": big}) + "\n" + json.dumps({"id": "j2", "text": "Kurz."}) + "\n")
    out = run_cli("analyze", str(tmp_path), "--max-chars", "100")
    codes = {json.loads(line)["meta"].get("source", "").rsplit("/", 1)[-1]: json.loads(line).get("error", {}).get("code")
             for line in out.stdout.splitlines()}
    assert codes == {"big.txt": "E_TOO_LARGE", "small.txt": None, "c.jsonl:1": "E_TOO_LARGE", "c.jsonl:2": None}
    piped = run_cli("analyze", "-", "--max-chars", "100", stdin=big.encode())
    [rec] = [json.loads(line) for line in piped.stdout.splitlines()]
    assert rec["error"]["code"] == "E_TOO_LARGE" and rec["text"] == ""


MEASURE = """
import io, resource, sys
from pathlib import Path
from depesche.pipeline import Pipeline
from depesche.readers import read_paths, read_stream
nlp = Pipeline(stages=[])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mode, path = sys.argv[1], sys.argv[2]
if mode == "stdin":
    items = read_stream(open(path, "rb"), source="<stdin>")
else:
    items = read_paths([path])
codes = [r.get("error", {}).get("code") for r in nlp.pipe(items)]
print(codes, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


@pytest.fixture(scope="module")
def fifty_mb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    line = "BERLIN (dpa) - Ein Satz mit Wörtern, der sich wiederholt. " * 16
    text = line * (50_000_000 // len(line))
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "big.jsonl").write_text(json.dumps({"id": "b", "text": text}) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("mode,name,limit_mb", [("file", "big.txt", 20), ("stdin", "big.txt", 60),
                                                ("file", "big.jsonl", 400)])
def test_50_mb_document_peak_memory(fifty_mb, mode, name, limit_mb):
    """A 50 MB document is refused with E_TOO_LARGE; the peak RSS added (MB) stays small.

    Files are refused by size before reading, stdin after reading 4 x max_chars
    bytes; a JSON Lines line is read and parsed whole first (hence the wider limit).
    """
    out = subprocess.run([sys.executable, "-c", MEASURE, mode, str(fifty_mb / name)], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    codes, grown = out.stdout.rsplit("] ", 1)
    assert codes.strip("[") == "'E_TOO_LARGE'", out.stderr[-500:]
    assert int(grown) < limit_mb


def test_pipe_is_lazy_so_batches_bound_memory():
    """``pipe`` reads at most one batch ahead: an endless input yields records."""
    nlp = depesche.load(stages=["sentences"])
    endless = (f"BERLIN (dpa) - Satz {i}." for i in itertools.count())
    records = list(itertools.islice(nlp.pipe(endless, batch_size=16), 40))
    assert len(records) == 40


def test_memory_flat_over_many_batches():
    script = """
import resource, depesche
nlp = depesche.load()
texts = (f"BERLIN (dpa) - Minister Meier{i} sagte am Montag: „Wir bauen {i} Brücken.“" for i in range(1200))
for n, rec in enumerate(nlp.pipe(texts, batch_size=64)):
    if n == 300:
        warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - warm) // 1024)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert int(out.stdout.split()[-1]) < 60, out.stderr[-500:]


def test_a_run_on_sentence_of_cue_words_stays_linear():
    """A 100k-character 'sentence' without full stops, dense in speech cues, names and
    Konjunktiv verbs: the quote rules scan each cue's sentence, so they see such a run
    in pieces, as do the event rules.  (Before, this ran out of the time budget.)"""
    import random

    rng = random.Random(3)
    words = ["sagte", "betonte", "erklärte", "forderte", "Ministerin", "Anna", "Beispiel", "die", "Regierung",
             "habe", "sei", "er", "sie", "dass", "von", "der", "Opposition", "wurde", "kritisiert", "Kritik"]
    text = "BERLIN (dpa) - " + " ".join(rng.choice(words) for _ in range(14_000))
    record = next(depesche.load(time_budget=20).pipe([text]))
    assert "error" not in record, record.get("error")
    assert record["quotes"]
