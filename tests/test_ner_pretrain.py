"""The raw text the NER layer is pretrained on: never a paragraph that shares a six-token run
with a GermEval sentence (the held-out split must not come back), only lengths spaCy's
pretraining reader keeps, one JSON object per line."""
import json
from pathlib import Path

from depesche.train import _ner_pretrain as pretrain

GOLD = Path(__file__).parent / "fixtures" / "ner" / "gold.tsv"


def test_raw_text_leaves_out_germeval_runs(tmp_path, monkeypatch):
    raw = tmp_path / "raw-de"
    raw.mkdir()
    keep = "Der Ausschuss hat am Dienstag über den Haushalt des kommenden Jahres beraten."
    overlap = "Gestern sagte man, dass Die deutsche Regierung und die SPD-Fraktion sich geeinigt hätten."
    short = "Zu kurz."
    (raw / "wiki.jsonl").write_text(json.dumps({"text": "\n".join([keep, overlap, short])}) + "\n", encoding="utf-8")
    monkeypatch.setattr(pretrain, "BUDGET", {"wiki.jsonl": 1000})
    out = tmp_path / "raw.jsonl"
    used = pretrain.write_text(raw, GOLD, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [{"text": keep}]
    assert used == {"wiki.jsonl": 13}  # spaCy tokens
