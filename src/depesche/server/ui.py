"""The web UI: server-rendered pages over :mod:`depesche.queries`, no JavaScript.

Pages are Jinja2 templates with autoescaping; the highlighted document text and
the charts (inline SVG) are computed here from offsets and query results, every
text piece escaped.  Only GET routes; each response carries a strict
Content-Security-Policy (no scripts at all, styles from this server only), and
errors render as HTML pages with a 4xx status instead of the API's JSON.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path as PathParam, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from .. import queries
from ..queries import MAX_LIMIT, NotFound, QueryError, QueryTimeout
from .app import cursor

HERE = Path(__file__).parent
STATIC = HERE / "static"
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER")
STATUSES = ("happened", "planned", "promised", "hypothetical", "negated", "ongoing")
DATE = r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?)?$"  # empty: an untouched form field


def name_param():
    return Query(None, max_length=300, description="actor name, id, KB id or country code")


def date_param():  # a fresh Query per parameter: one shared object makes FastAPI read both under one name
    return Query(None, max_length=10, pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")


env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                  lstrip_blocks=True)


def url(path: str, *parts: str, **params) -> str:
    """``url("/actors", ref)`` -> ``/actors/<ref quoted>``; None/empty parameters are left out."""
    tail = "".join("/" + quote(str(p), safe="") for p in parts)
    query = urlencode([(k, v) for k, v in params.items() if v not in (None, "", False)], doseq=True)
    return path + tail + ("?" + query if query else "")


env.globals["url"] = url


def page(template: str, code: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(env.get_template(template).render(**context), status_code=code)


class UIRoute(APIRoute):
    """Adds the security headers to every UI response and renders errors as HTML pages."""

    ERRORS = ((RequestValidationError, 422), (QueryError, 400), (NotFound, 404), (QueryTimeout, 504))

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def handle(request):
            try:
                response = await handler(request)
            except tuple(e for e, _ in self.ERRORS) as exc:
                status = next(s for e, s in self.ERRORS if isinstance(exc, e))
                response = page("error.html", status, status=status, messages=_messages(exc))
            response.headers.update(HEADERS)
            return response
        return handle


def _messages(exc) -> list[str]:
    if isinstance(exc, RequestValidationError):
        return [f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors()]
    return [str(exc.args[0]) if exc.args else type(exc).__name__]


router = APIRouter(route_class=UIRoute, include_in_schema=False)


# ---------------------------------------------------------------- pages

@router.get("/")
def search_page(q: str = Query("", max_length=1000), since: str | None = date_param(),
                until: str | None = date_param(), limit: int = Query(20, ge=1, le=100), all: bool = False,
                con=Depends(cursor)):
    form = {"q": q, "since": since, "until": until, "limit": limit, "all": all}
    if not q.strip():
        return page("search.html", form=form, stats=queries.stats(con), result=None)
    result = queries.search(con, q, since=since, until=until, limit=limit, include_duplicates=all)
    for hit in result["hits"]:
        marks = [Span(a - hit["start"], b - hit["start"], "mark") for a, b in hit["highlights"]]
        hit["html"] = highlight(hit["snippet"], marks)
    return page("search.html", form=form, stats=None, result=result)


@router.get("/documents/{doc_id:path}")
def document_page(doc_id: str = PathParam(max_length=300), con=Depends(cursor)):
    rec = queries.document(con, doc_id)
    actors = rec["archive"]["actors"]
    names = {e["id"]: e["name"] for e in rec["entities"]}
    speakers = {q["id"]: names.get(q["speaker"]) for q in rec["quotes"]}
    return page("document.html", doc=rec, text=highlight(rec["text"], record_spans(rec)), names=names,
                actors=actors, speakers=speakers)


@router.get("/actors")
def actor_lookup(ref: str = Query(..., min_length=1, max_length=300)):
    """The actor form's target: a redirect to the actor's own address."""
    return RedirectResponse(url("/actors", ref.strip()), status_code=303)


@router.get("/actors/{ref:path}")
def actor_page(ref: str = PathParam(max_length=300), con=Depends(cursor)):
    a = queries.actor(con, ref, limit=20)
    return page("actor.html", actor=a, chart=bar_chart(a["mentions_by_month"]), network=network(a))


@router.get("/events")
def events_page(source: str | None = name_param(), target: str | None = name_param(),
                since: str | None = date_param(), until: str | None = date_param(),
                type: str | None = Query(None, pattern="^[A-Z]{0,12}$"),
                status: str | None = Query(None, pattern="^[a-z]{0,16}$"),
                by: str = Query("month", pattern="^(day|month|year)$"), both: bool = False,
                limit: int = Query(100, ge=1, le=500), con=Depends(cursor)):
    source, target, type, status = (v.strip() or None if v else None for v in (source, target, type, status))
    form = {"source": source, "target": target, "since": since, "until": until, "type": type,
            "status": status, "by": by, "both": both, "limit": limit}
    refs = {n: queries.resolve(con, n) for n in (source, target) if n}
    unknown = [n for n, ids in refs.items() if not ids]
    found, capped = {}, False
    if not unknown:
        directions = [(source, target), (target, source)] if both and source != target else [(source, target)]
        for s, t in directions:
            batch = queries.events(con, source=s, target=t, type=type, status=status, since=since, until=until,
                                   limit=MAX_LIMIT)
            capped |= len(batch) >= MAX_LIMIT
            found.update(((r["doc_id"], r["id"]), r) for r in batch)
    rows = sorted(found.values(), key=lambda r: (r["date"] or r["document_date"] or "", r["doc_id"], r["id"]),
                  reverse=True)
    # show an actor id or KB id as the actor's name when it names just one actor
    shown = {}
    for ref, ids in refs.items():
        names = {a["name"] for r in rows for a in r["source"] + r["target"] if a["id"] in ids}
        shown[ref] = names.pop() if len(names) == 1 and len(ids) == 1 else ref
    return page("events.html", form=form, unknown=unknown, shown=shown, events=rows[:limit], total=len(rows),
                capped=capped, chart=heatmap(rows, by), types=EVENT_TYPES, statuses=STATUSES)


@router.get("/static/{name}")
def static(name: str = PathParam(pattern=r"^[a-z0-9_-]+\.(css|svg)$")):
    path = STATIC / name
    if not path.is_file():
        raise NotFound(f"no file {name!r}")
    return FileResponse(path)


# ---------------------------------------------------------------- highlighting

@dataclass(frozen=True)
class Span:
    """One highlight over ``[start, end)``: an ``a`` element when it links (``href``), else ``tag``."""

    start: int
    end: int
    tag: str = "span"
    cls: str = ""
    title: str = ""
    anchor: str = ""
    href: str = ""
    rank: int = 0  # with equal ranges: lower rank is the outer element


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text`` escaped, with each span wrapped in an element; spans may nest or overlap.

    The text is cut at every span boundary; for each piece the open elements are
    kept on a stack, and a span that outlives an inner one that ends is closed
    and reopened, so the HTML stays well formed whatever the offsets.  Anchors go
    on the first piece of a span only; links never nest (inner ones become spans).
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out, stack, active, seen = [], [], set(), set()
    for a, b in zip(cuts, cuts[1:]):
        active = {s for s in active if s.end > a} | set(starts.get(a, ()))
        keep = next((i for i, (s, _) in enumerate(stack) if s not in active), len(stack))
        out += [Markup(f"</{tag}>") for _, tag in reversed(stack[keep:])]
        del stack[keep:]
        open_ = {s for s, _ in stack}
        for s in sorted(active - open_, key=lambda s: (-s.end, s.start, s.rank)):
            tag = "a" if s.href and not any(t == "a" for _, t in stack) else s.tag
            attrs = {"class": s.cls, "title": s.title, "href": s.href if tag == "a" else "",
                     "id": s.anchor if s not in seen else ""}
            seen.add(s)
            out.append(Markup("<{}{}>").format(Markup(tag), Markup("").join(
                Markup(' {}="{}"').format(Markup(k), v) for k, v in attrs.items() if v)))
            stack.append((s, tag))
        out.append(escape(text[a:b]))
    out += [Markup(f"</{tag}>") for _, tag in reversed(stack)]
    return Markup("").join(out)


def record_spans(rec: dict) -> list[Span]:
    """Highlights for a record: entity mentions (linked to the actor), quotes, cues, triggers, timexes."""
    names = {e["id"]: e["name"] for e in rec["entities"]}
    actors = rec.get("archive", {}).get("actors", {})
    spans = []
    for e in rec["entities"]:
        href = url("/actors", actors[e["id"]]) if actors.get(e["id"]) else ""
        for i, m in enumerate(e["mentions"]):
            spans.append(Span(m["start"], m["end"], cls=f"ent ent-{e['type']}", anchor=f"m-{e['id']}-{i}",
                              title=f"{e['name']} ({e.get('kind') or e['type']}, {m.get('form', 'name')})",
                              href=href, rank=2))
    for q in rec["quotes"]:
        who = names.get(q["speaker"]) or "unknown speaker"
        spans.append(Span(q["start"], q["end"], cls=f"quote quote-{q['kind']}", anchor=f"q-{q['id']}",
                          title=f"{q['kind']} quote: {who}", rank=0))
        if q.get("cue"):
            spans.append(Span(q["cue"]["start"], q["cue"]["end"], cls="cue", title=f"cue of {q['id']}", rank=4))
    for t in rec["timexes"]:
        spans.append(Span(t["start"], t["end"], cls="timex", anchor=f"t-{t['id']}",
                          title=f"{t['type']} {t.get('value') or ''}".strip(), rank=1))
    for v in rec["events"]:
        who = lambda ids: ", ".join(names.get(i, "?") for i in ids) or "?"  # noqa: E731
        spans.append(Span(v["trigger"]["start"], v["trigger"]["end"], cls="trigger", anchor=f"v-{v['id']}",
                          title=f"{v['type']} ({v['status']}): {who(v['source'])} → {who(v['target'])}", rank=3))
    return spans


# ---------------------------------------------------------------- charts (SVG geometry)

def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _periods(present: list[str], by: str) -> list[str]:
    """The periods on a time axis: gaps filled for months and years (not days), at most 240."""
    present = sorted(set(present))
    if not present or by == "day":
        return present[-240:]
    if by == "year":
        full = [str(y) for y in range(int(present[0]), int(present[-1]) + 1)]
    else:
        full = _months(present[0], present[-1])
    return full[-240:] if len(full) <= 240 else present[-240:]


def _step(top: int) -> int:
    """A round tick step giving about four ticks up to ``top``."""
    raw = max(top / 4, 1)
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)


def bar_chart(months: list[dict], width: int = 640, height: int = 200) -> dict | None:
    """Mentions per month as bars (months without mentions shown as gaps)."""
    if not months:
        return None
    counts = {m["month"]: m for m in months}
    periods = _periods(list(counts), "month")
    left, bottom, top_pad = 40, 36, 18
    top = max(counts[p]["mentions"] for p in periods if p in counts) or 1
    step = _step(top)
    top = math.ceil(top / step) * step
    plot_w, plot_h = width - left - 24, height - bottom - top_pad
    slot = plot_w / len(periods)
    every = max(1, math.ceil(len(periods) / 12))
    bars = []
    bar_w = min(slot * 0.7, 48)
    for i, p in enumerate(periods):
        row = counts.get(p, {"mentions": 0, "documents": 0})
        h = plot_h * row["mentions"] / top
        bars.append({"x": round(left + (i + 0.5) * slot - bar_w / 2, 1), "w": round(bar_w, 1),
                     "y": round(top_pad + plot_h - h, 1), "h": round(h, 1), "label": p,
                     "value": row["mentions"], "documents": row["documents"], "show": i % every == 0,
                     "cx": round(left + (i + 0.5) * slot, 1)})
    ticks = [{"y": round(top_pad + plot_h - plot_h * v / top, 1), "v": v} for v in range(0, top + 1, step)]
    return {"width": width, "height": height, "left": left, "right": left + plot_w, "base": top_pad + plot_h,
            "bars": bars, "ticks": ticks, "values": len(periods) <= 16}


def heatmap(events: list[dict], by: str, room: int = 1000) -> dict | None:
    """Event types (rows) x periods (columns); the cell's shade and number are the event count."""
    if not events:
        return None
    cut = {"day": 10, "month": 7, "year": 4}[by]
    counts: dict[tuple[str, str], int] = {}
    undated = 0
    for v in events:
        day = v["date"] or v["document_date"]
        if not day:
            undated += 1
            continue
        key = (v["type"], day[:cut])
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    periods = _periods([p for _, p in counts], by)
    totals: dict[str, int] = {}
    for (t, _), n in counts.items():
        totals[t] = totals.get(t, 0) + n
    types = sorted(totals, key=lambda t: (-totals[t], t))
    top = max(counts.values())
    left, head = 100, 64
    cell = max(10, min(34, room // len(periods)))
    every = math.ceil(18 / cell)  # slanted labels need about 18 px each
    cells = [{"x": left + j * cell, "y": head + i * cell, "n": counts[(t, p)], "type": t, "period": p,
              "shade": round(0.15 + 0.85 * counts[(t, p)] / top, 2), "dark": counts[(t, p)] / top > 0.5}
             for i, t in enumerate(types) for j, p in enumerate(periods) if (t, p) in counts]
    return {"width": left + len(periods) * cell + 60, "height": head + len(types) * cell + 6, "cell": cell,
            "left": left, "head": head, "cells": cells, "undated": undated, "numbers": cell >= 22,
            "rows": [{"y": head + i * cell + cell / 2, "type": t, "total": totals[t]} for i, t in enumerate(types)],
            "cols": [{"x": left + j * cell + cell / 2, "period": p} for j, p in enumerate(periods)
                     if j % every == 0]}


def network(a: dict, width: int = 480, height: int = 340, most: int = 12) -> dict | None:
    """The actor in the middle, co-occurring actors on an ellipse; line width = shared documents."""
    others = a["co_occurring"][:most]
    if not others:
        return None
    cx, cy, rx, ry = width / 2, height / 2, width / 2 - 125, height / 2 - 45
    top = max(o["documents"] for o in others)
    nodes = []
    for i, o in enumerate(others):
        angle = 2 * math.pi * i / len(others) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        side = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        nodes.append({**o, "x": round(cx + rx * cos, 1), "y": round(cy + ry * sin, 1),
                      "w": round(1 + 5 * o["documents"] / top, 1), "anchor": side,
                      "lx": round(cx + rx * cos + (11 if side == "start" else -11 if side == "end" else 0), 1),
                      "ly": round(cy + ry * sin + (4 if side != "middle" else -13 if sin < 0 else 22), 1),
                      "short": _short(o["name"], 16)})
    return {"width": width, "height": height, "cx": cx, "cy": cy, "nodes": nodes,
            "short": _short(a["name"], 28)}


def _short(name: str, n: int) -> str:
    return name if len(name) <= n else name[:n - 1].rstrip() + "…"
