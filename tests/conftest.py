from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    import depesche

    return depesche.load()


@pytest.fixture(scope="session")
def seed_text():
    return (FIXTURES / "wire" / "seed-article.txt").read_text(encoding="utf-8")


def need_shared(*parts):
    """Path under ../shared, or skip the test with a clear message."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data folder next to the repo)")
    return path
