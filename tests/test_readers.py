"""Reading files, directories, JSON Lines and stdin; bad input is coded, not fatal."""
import io
import json

from depesche.readers import count_inputs, decode, read_jsonl, read_paths, read_stream


def test_directory_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("BERLIN (dpa) - Eins.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Zwei.", "date": "2020-01", "label": "Politik"}) + "\n{broken\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("nein", encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    assert [i.text for i in items] == ["BERLIN (dpa) - Eins.", "Zwei.", ""]
    assert items[1].id == "x1" and items[1].meta["date"] == "2020-01" and items[1].meta["fields"] == {"label": "Politik"}
    assert items[2].error.code == "E_JSON" and items[2].id.endswith("b.jsonl:2")


def test_count_inputs_counts_what_read_paths_yields(tmp_path):
    """The progress bar's total: every input, readable or not, without parsing any."""
    (tmp_path / "sub" / ".git").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "skip.csv").write_text("not an input", encoding="utf-8")
    (tmp_path / "sub" / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "Zwei."}\n\n  \n{broken\n[1]\n{"text": "Drei."}', encoding="utf-8")
    missing = str(tmp_path / "gone.jsonl")
    paths = [str(tmp_path), str(tmp_path / "a.txt"), missing]
    assert count_inputs(paths) == len(list(read_paths(paths))) == 1 + 1 + 4 + 1 + 1
    assert count_inputs([str(tmp_path), "-"]) is None  # stdin can be read only once


def test_count_inputs_leaves_a_pipe_unread(tmp_path):
    """`depesche run feed.jsonl` where feed.jsonl is a named pipe: the count must not eat it."""
    import os
    import threading

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    assert count_inputs([str(fifo)]) is None
    writer = threading.Thread(target=lambda: fifo.write_text('{"text": "Eins."}\n{"text": "Zwei."}\n', encoding="utf-8"))
    writer.start()
    assert [i.text for i in read_paths([str(fifo)])] == ["Eins.", "Zwei."]
    writer.join()


def test_cp1252_fallback_is_reported():
    text, meta = decode("Größe und Maß".encode("cp1252"))
    assert text == "Größe und Maß"
    assert meta["encoding"] == "cp1252" and meta["warnings"][0]["code"] == "W_DECODE"


def test_binary_file(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(bytes(range(256)) * 10)
    (item,) = read_paths([str(p)])
    assert item.error.code == "E_BINARY"


def test_huge_file_is_not_read(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 5000)
    (item,) = read_paths([str(p)], max_chars=1000)
    assert item.error.code == "E_TOO_LARGE"


def test_stream_detects_jsonl_and_text():
    data = b'{"id": "1", "text": "Eins."}\n{"id": "2", "text": "Zwei."}\n'
    assert [i.id for i in read_stream(io.BytesIO(data), source="-")] == ["1", "2"]
    (item,) = read_stream(io.BytesIO("{Klammer} am Anfang.".encode()), source="-")
    assert item.text == "{Klammer} am Anfang."


def test_jsonl_requires_text():
    (item,) = read_jsonl([b'{"id": 3, "body": "x"}'], source="s")
    assert item.error.code == "E_JSON"
