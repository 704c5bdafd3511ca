"""docs/reliability.md names the test for each hazard: every one must exist."""
import ast
import re

from conftest import ROOT

DOC = ROOT / "docs" / "reliability.md"
REF = re.compile(r"`(tests/[\w/]+\.py)::(\w+)(?:\[[^\]`]*\])?`")


def test_every_test_named_in_reliability_doc_exists():
    refs = REF.findall(DOC.read_text(encoding="utf-8"))
    assert len(refs) >= 20
    missing = []
    for path, name in refs:
        file = ROOT / path
        tree = ast.parse(file.read_text(encoding="utf-8")) if file.exists() else ast.Module(body=[], type_ignores=[])
        names = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        if name not in names or not name.startswith("test_"):
            missing.append(f"{path}::{name}")
    assert missing == [], f"docs/reliability.md names tests that do not exist: {missing}"
