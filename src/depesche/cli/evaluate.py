"""``depesche eval TASK ...``: official-style scoring, one module per task in
:mod:`depesche.evaluate` exposing ``add_arguments(parser)`` and ``run(args)``."""
from __future__ import annotations

import importlib
import pkgutil

from .. import evaluate as _pkg


def _modules(package):
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            yield info.name, importlib.import_module(f"{package.__name__}.{info.name}")


def register_tasks(sub, command: str, package, help: str) -> None:
    parser = sub.add_parser(command, help=help)
    tasks = parser.add_subparsers(dest="task", metavar="TASK", required=True)
    for name, module in _modules(package):
        task = tasks.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(task)
        task.set_defaults(func=module.run)


def register(sub) -> None:
    register_tasks(sub, "eval", _pkg, "score a component against gold data with the benchmark's official metric")
