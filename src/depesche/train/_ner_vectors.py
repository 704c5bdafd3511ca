"""Static floret vectors trained here on raw German text (``raw-de``).

Subword-hashed vectors give the small CNN lexical knowledge it cannot learn from
a few thousand gold sentences, including for unseen surnames and compounds, in a
fixed-size table (``BUCKET`` x ``DIM`` floats) that keeps the shipped model small.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

# Parliament speeches and encyclopedia text: the registers closest to news wire.
# Federal laws are left out (LER already brings legal text, and it costs time).
RAW_FILES = ("bundestag-wp19.jsonl", "bundestag-wp20.jsonl", "wikipedia.jsonl", "klexikon.jsonl")
DIM, BUCKET, MINN, MAXN, HASH_COUNT, EPOCHS = 96, 50_000, 4, 5, 2, 4
_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*|[^\w\s]")


def write_text(raw_dir: Path, out: Path) -> int:
    """One paragraph per line, tokens separated by spaces; returns the token count."""
    n = 0
    with out.open("w", encoding="utf-8") as sink:
        for name in RAW_FILES:
            with (raw_dir / name).open(encoding="utf-8") as src:
                for line in src:
                    for para in json.loads(line)["text"].split("\n"):
                        tokens = _TOKEN.findall(para)
                        if tokens:
                            n += len(tokens)
                            sink.write(" ".join(tokens) + "\n")
    return n


def train(raw_dir: Path, work: Path) -> tuple[Path, int]:
    """Train (once; cached in ``work``) and return the ``.floret`` table and token count."""
    import floret

    table = work / "raw-de.floret"
    count_file = work / "raw-de.tokens"
    if table.exists() and count_file.exists():
        return table, int(count_file.read_text())
    work.mkdir(parents=True, exist_ok=True)
    text = work / "raw-de.txt"
    n_tokens = write_text(raw_dir, text)
    # One thread: fastText is only deterministic single-threaded.
    model = floret.train_unsupervised(
        str(text), model="skipgram", mode="floret", dim=DIM, bucket=BUCKET, minn=MINN,
        maxn=MAXN, hashCount=HASH_COUNT, epoch=EPOCHS, minCount=3, thread=1, verbose=0,
    )
    model.save_floret_vectors(str(table))
    text.unlink()
    count_file.write_text(str(n_tokens))
    return table, n_tokens
