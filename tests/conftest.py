import contextlib
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
def given_record():
    """``run(text, names, quotes=False)``: the record of ``text`` by the entities stage (and the
    quotes stage) over a stand-in NER stage that finds exactly ``names`` (surfaces of persons, or
    (surface, label) pairs), so that tests check the rules on the recogniser errors they exist
    for, whatever the shipped model does."""
    import given_ents_stage
    from depesche.pipeline import Pipeline

    later = ["given_ents_stage:GivenEnts", "depesche.components.entities:Entities", "depesche.components.quotes:Quotes"]
    nlps = {quotes: Pipeline(["sentences", "tagger"], extra_stages=later[:3 if quotes else 2]) for quotes in (False, True)}

    def run(text, names, quotes=False):
        given_ents_stage.GIVEN[:] = [(n, "PER") if isinstance(n, str) else n for n in names]
        return nlps[quotes](text)

    return run


@pytest.fixture(scope="session")
def seed_text():
    return (FIXTURES / "wire" / "seed-article.txt").read_text(encoding="utf-8")


def need_shared(*parts):
    """Path under ../shared, or skip the test with a clear message."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data folder next to the repo)")
    return path


@contextlib.contextmanager
def served(app):
    """Run a real uvicorn server for ``app`` on a free 127.0.0.1 port; yields (host, port)."""
    import socket
    import threading
    import time

    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    try:
        yield sock.getsockname()
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()
