"""The CLI through the real console entry point."""
import json
import subprocess
import sys

from conftest import FIXTURES, ROOT


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "depesche", *args], input=input, capture_output=True, cwd=ROOT, timeout=120)


def test_analyze_file_jsonl():
    p = run("analyze", str(FIXTURES / "wire" / "seed-article.txt"))
    assert p.returncode == 0, p.stderr
    (line,) = p.stdout.decode().splitlines()
    assert json.loads(line)["meta"]["agency"] == "dpa-AFX"


def test_analyze_stdin_with_date():
    p = run("analyze", "--date", "2020-09-02", "-", input="Wien – Der Nationalrat tagt.".encode())
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["meta"]["date"] == "2020-09-02"


def test_some_failed_exit_1(tmp_path):
    (tmp_path / "ok.txt").write_text("BERLIN (dpa) - Gut.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "Eins."}\nnot json\n', encoding="utf-8")
    p = run("analyze", str(tmp_path))
    assert p.returncode == 1
    codes = [json.loads(l).get("error", {}).get("code") for l in p.stdout.decode().splitlines()]
    assert codes == [None, "E_JSON", "E_EMPTY", None] or sorted(map(str, codes)) == sorted(map(str, [None, None, "E_JSON", "E_EMPTY"]))


def test_usage_errors_exit_2():
    assert run("analyze", "/no/such/file").returncode == 2
    assert run("analyze", "--date", "gestern", "-", input=b"x").returncode == 2
    assert run("nonsense").returncode == 2


def test_pretty_format():
    p = run("analyze", "--format", "pretty", str(FIXTURES / "wire" / "seed-article.txt"))
    assert p.returncode == 0 and "dpa-AFX" in p.stdout.decode()
