"""``depesche info``: the pipeline's stages, what each needs and adds, and the shipped models."""
from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("info", help="list pipeline stages, versions, inputs/outputs and shipped models")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from .. import __version__, load
    from ..models import MODELS

    nlp = load()
    stages = [{"name": "metadata", "version": nlp.versions["metadata"], "requires": ["text"], "assigns": ["record.meta"]}]
    stages += [{"name": c.name, "version": c.version, "requires": list(c.requires), "assigns": list(c.assigns)} for c in nlp.components]
    models = sorted(p.name for p in MODELS.iterdir() if (p / "meta.json").exists())
    if args.json:
        print(json.dumps({"version": __version__, "stages": stages, "models": models}, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("stage", "version", "requires", "assigns", title=f"depesche {__version__}")
    for s in stages:
        table.add_row(s["name"], s["version"], ", ".join(s["requires"]), ", ".join(s["assigns"]))
    console = Console()
    console.print(table)
    console.print(f"models in {MODELS}: {', '.join(models) or 'none'} (provenance: PROVENANCE.md in each)")
    return 0
