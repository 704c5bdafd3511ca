"""A pipeline stage that hangs the way C code does: with SIGALRM blocked, so the
per-document budget cannot stop it (used by ``tests/test_run.py`` in worker processes)."""
import signal
import time

from depesche.pipeline import Component


class HangInC(Component):
    name = "hang_in_c"
    version = "0.0.1"

    def __call__(self, doc):
        if "HÄNGT" in doc.text:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
        return doc
