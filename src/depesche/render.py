"""Human-readable rendering of a record in the terminal (``--format pretty``)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_record(record: dict, file=None) -> None:
    console = Console(file=file, soft_wrap=True)
    meta = record.get("meta", {})
    dateline = (meta.get("dateline") or {}).get("place")
    console.rule(f"[bold]{record['id']}[/]  {meta.get('date') or ''}  {dateline or ''}  {meta.get('agency') or ''}")
    if "error" in record:
        err = record["error"]
        console.print(f"[red]{err['code']}[/] at {err.get('stage')}: {err['message']}", markup=True, highlight=False)
    if meta.get("warnings"):
        for w in meta["warnings"]:
            console.print(f"[yellow]{w['code']}[/]: {w['message']}")
    entities = {e["id"]: e for e in record.get("entities", [])}
    if entities:
        table = Table("id", "name", "type", "roles", "mentions", title="Entities", title_justify="left")
        for e in entities.values():
            roles = ", ".join(r.get("title", "") for r in e.get("roles", []))
            table.add_row(e["id"], e["name"], e.get("kind") or e["type"], roles, " | ".join(m["text"] for m in e["mentions"]))
        console.print(table)
    name = lambda eid: entities.get(eid, {}).get("name", "?") if eid else "—"  # noqa: E731
    if record.get("quotes"):
        table = Table("kind", "speaker", "text", title="Quotes", title_justify="left")
        for q in record["quotes"]:
            table.add_row(q["kind"], name(q.get("speaker")), q["text"])
        console.print(table)
    if record.get("events"):
        table = Table("type", "source", "target", "trigger", "status", "time", title="Events", title_justify="left")
        times = {t["id"]: t for t in record.get("timexes", [])}
        for v in record["events"]:
            table.add_row(v["type"], ", ".join(map(name, v.get("source", []))), ", ".join(map(name, v.get("target", []))),
                          v["trigger"]["text"], v.get("status", ""), (times.get(v.get("time")) or {}).get("value", ""))
        console.print(table)
    if record.get("timexes"):
        table = Table("text", "type", "value", title="Time", title_justify="left")
        for t in record["timexes"]:
            table.add_row(t["text"], t["type"], str(t.get("value")))
        console.print(table)
    if record.get("amounts"):
        table = Table("text", "value", "unit", "of", title="Amounts", title_justify="left")
        for a in record["amounts"]:
            table.add_row(a["text"], str(a.get("value")), a.get("unit") or "", a.get("of") or "")
        console.print(table)
