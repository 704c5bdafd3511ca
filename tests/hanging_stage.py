"""Pipeline stages that misbehave like real failures (used by ``tests/test_run.py`` in worker processes).

``HangInC`` hangs the way C code does: with SIGALRM blocked, so the
per-document budget cannot stop it."""
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


class Misbehave(Component):
    """Fails the ways a worker can: ``STIRBT`` kills the process, ``FRISST`` allocates
    far more memory than allowed, ``SPEICHER`` raises MemoryError inside the stage."""

    name = "misbehave"
    version = "0.0.1"

    def __call__(self, doc):
        import os

        if "STIRBT" in doc.text:
            os._exit(3)
        if "FRISST" in doc.text:
            doc.user_data["ballast"] = bytearray(8 * 1024 ** 3)
        if "SPEICHER" in doc.text:
            raise MemoryError("simulated")
        return doc
