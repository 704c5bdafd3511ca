"""Command-line front end: ``depesche COMMAND ...``.

Each submodule registers its commands with ``register(subparsers)``; the
functions they call live in the library so the CLI, the REST API and Python
users share one implementation.  Exit codes: 0 all ok, 1 some documents
failed, 2 usage error.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

# Command modules, in the order their commands appear in ``--help``.
COMMAND_MODULES = (
    "analyze",
    "run",
    "watch",
    "store",
    "evaluate",
    "train",
    "bench",
    "info",
)


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="depesche",
        description="German news wire dispatches into a time-aware knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"depesche {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:  # an optional front end not present
            if exc.name and exc.name.startswith(f"{__name__}.{name}"):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = {0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `depesche analyze ... | head`
        return 0
    except KeyboardInterrupt:
        return 130
