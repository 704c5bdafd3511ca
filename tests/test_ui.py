"""Web UI over a real archive: every page renders, links lead on, hostile names stay inert, bad input is 4xx."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from depesche import store
from depesche.record import new_record, span
from depesche.server.app import create_app
from depesche.server.ui import Span, highlight

RECORDS = Path(__file__).parent / "fixtures" / "store" / "records.jsonl"
SCRIPT, IMG = "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'


def hostile_record() -> dict:
    """A dispatch whose names, quote and trigger carry markup, to be shown as text."""
    text = (f" date 2021-01-05 WIEN (APA) - Der Aktivist {SCRIPT} Mustermann sagte: „{IMG} ist kein Name“."
            f" Er traf die Gruppe {IMG} am Dienstag in Wien./ab/cd")
    rec = new_record(text, "xss-08")
    at = lambda s, n=0: text.index(s) if n == 0 else text.index(s, text.index(s) + 1)  # noqa: E731
    person, group = f"{SCRIPT} Mustermann", IMG
    rec["meta"] = {"date": "2021-01-05", "agency": "APA", "language": "de",
                   "dateline": span(text, at("WIEN"), at("WIEN") + 4, place="Wien")}
    rec["entities"] = [
        {"id": "e1", "name": person, "type": "PER", "kind": "person", "roles": [],
         "mentions": [span(text, at(person), at(person) + len(person), form="name")]},
        {"id": "e2", "name": group, "type": "ORG", "kind": f"group{IMG}", "roles": [],
         "mentions": [span(text, at(group, 1), at(group, 1) + len(group), form="name")]},
        {"id": "e3", "name": "Wien", "type": "LOC", "kind": "city", "roles": [],
         "mentions": [span(text, at("WIEN"), at("WIEN") + 4, form="name"),
                      span(text, at("Wien"), at("Wien") + 4, form="name")]}]
    quote = f"{IMG} ist kein Name"
    rec["quotes"] = [{"id": "q1", "kind": "direct", **span(text, at(quote), at(quote) + len(quote)),
                      "speaker": "e1", "cue": span(text, at("sagte"), at("sagte") + 5)}]
    rec["timexes"] = [{"id": "t1", **span(text, at("am Dienstag"), at("am Dienstag") + 11), "type": "DATE",
                       "value": "2021-01-05"}]
    rec["events"] = [{"id": "v1", "type": "CONSULT", "trigger": span(text, at("traf"), at("traf") + 4),
                      "source": ["e1"], "target": ["e2"], "location": "e3", "time": "t1", "status": "happened"}]
    return rec


def records() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()] + [hostile_record()]


@pytest.fixture(scope="session")
def ui_archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ui") / "archive.duckdb"
    stats = store.ingest(path, records())
    assert not stats.invalid, stats.invalid
    return path


@pytest.fixture(scope="session")
def client(ui_archive):
    return TestClient(create_app(ui_archive))


class Tree(HTMLParser):
    """Collects tags, attributes and text; fails on a closing tag that does not match."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "line", "rect", "circle"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.stack = [], [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def inert(html: str) -> Tree:
    tree = Tree(html)
    assert "script" not in tree.tags and "img" not in tree.tags and "iframe" not in tree.tags
    assert not [k for k, _ in tree.attrs if k.startswith("on")]
    assert not [v for k, v in tree.attrs if k in ("href", "src", "action") and v and "javascript:" in v]
    return tree


def get(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    inert(r.text)
    return r.text


def links(html: str, prefix: str) -> list[str]:
    return [v for k, v in Tree(html).attrs if k == "href" and v.startswith(prefix)]


# ---------------------------------------------------------------- pages and links

def test_ui_home_shows_archive_size(client):
    html = get(client, "/")
    assert 'name="q"' in html and "documents" in html and 'action="/actors"' in html


def test_ui_search_to_document_to_actor_to_events(client):
    html = get(client, "/", q="Putin")
    assert "2 documents match" in html and "<mark>Putin</mark>" in html
    doc_url = links(html, "/documents/")[0]
    doc = get(client, doc_url)
    assert 'class="ent ent-PER"' in doc and 'class="trigger"' in doc and 'class="timex"' in doc
    assert 'class="quote quote-direct"' in doc and 'class="cue"' in doc
    actor_url = re.search(r'href="(/actors/[^"]+)">Wladimir Putin<', doc).group(1)
    actor = get(client, actor_url)
    assert "Wladimir Putin" in actor and "Kremlchef" in actor and "Russland wird seinen Verpflichtungen" in actor
    bars = re.findall(r'<rect class="bar"[^>]* height="([\d.]+)"', actor)
    assert len(bars) == 2 and all(float(h) > 0 for h in bars)
    assert 'class="chart network"' in actor and "Alexander Lukaschenko" in actor
    events = get(client, links(actor, "/events?source=")[0])
    assert "<td><strong>AID</strong>" in events and 'class="cell"' in events
    assert links(events, "/documents/sotschi-treffen-04#v-")


def test_ui_document_text_is_the_record_text(client):
    html = get(client, "/documents/sotschi-treffen-04")
    body = re.search(r'<div class="text" lang="de">(.*?)</div>', html, re.S).group(1)
    assert "".join(Tree(body).text) == next(r for r in records() if r["id"] == "sotschi-treffen-04")["text"]
    assert html.count('id="m-e1-') == 2 and 'id="q-q1"' in html and 'id="v-v2"' in html and 'id="t-t1"' in html


def test_ui_actor_by_country_code_and_redirect(client):
    r = client.get("/actors", params={"ref": "BY"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/actors/BY"
    assert "Belarus" in get(client, "/actors/BY")


def test_ui_event_explorer_dyad_both_directions(client):
    one = get(client, "/events", source="Putin", target="Lukaschenko")
    both = get(client, "/events", source="Putin", target="Lukaschenko", both="true", by="day")
    assert "<strong>REQUEST</strong>" not in one and "<strong>REQUEST</strong>" in both and "2020-08-15" in both
    assert 'class="cell"' in both and "No actor named" not in both
    assert "No actor named" in get(client, "/events", source="Niemand Unbekannt")


def test_ui_near_duplicate_points_to_original(client):
    html = get(client, "/documents/sotschi-treffen-04b")
    assert 'href="/documents/sotschi-treffen-04"' in html


# ---------------------------------------------------------------- hostile content and input

def test_ui_markup_in_records_is_shown_as_text(client):
    doc = get(client, "/documents/xss-08")
    assert SCRIPT not in doc and IMG not in doc and "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    body = re.search(r'<div class="text" lang="de">(.*?)</div>', doc, re.S).group(1)
    assert "".join(Tree(body).text) == hostile_record()["text"]
    actor_url = next(u for u in links(doc, "/actors/"))
    for html in (get(client, actor_url), get(client, "/", q="Mustermann"),
                 get(client, "/events", source=actor_url.rsplit("/", 1)[1]), get(client, "/events", source=SCRIPT),
                 get(client, "/", q=IMG), get(client, "/events", target=IMG)):
        assert SCRIPT not in html and IMG not in html


@pytest.mark.parametrize("url, params, status", [
    ("/", {"since": "2020-13", "q": "Wahl"}, 400), ("/", {"since": "gestern", "q": "Wahl"}, 422),
    ("/", {"q": "Wahl", "limit": 0}, 422), ("/", {"q": "Wahl", "limit": 10**6}, 422), ("/", {"q": "x" * 1001}, 422),
    ("/documents/nope", {}, 404), ("/actors/Niemand", {}, 404), ("/actors", {}, 422),
    ("/events", {"by": "week"}, 422), ("/events", {"type": "<b>"}, 422), ("/events", {"until": "2020-02-30"}, 400),
    ("/events", {"limit": "many"}, 422), ("/events", {"source": "x" * 301}, 422),
    ("/static/app.py", {}, 422), ("/static/nothere.css", {}, 404),
])
def test_ui_bad_parameters_are_4xx_pages(client, url, params, status):
    r = client.get(url, params=params)
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("text/html") and "content-security-policy" in r.headers
    inert(r.text)


@pytest.mark.parametrize("bad", ["' OR 1=1 --", "x'); DROP TABLE documents; --", "%' UNION SELECT 1 --", "\x00",
                                 "../../etc/passwd", "{{ 7*7 }}"])
def test_ui_injection_strings_never_cause_5xx(client, bad):
    quoted = quote(bad, safe="")
    for url, params in [("/", {"q": bad}), (f"/actors/{quoted}", {}), (f"/documents/{quoted}", {}),
                        ("/events", {"source": bad, "target": bad}), ("/actors", {"ref": bad})]:
        r = client.get(url, params=params, follow_redirects=False)
        assert r.status_code < 500, (url, params)
        assert "49" not in r.text


def test_ui_has_only_get_routes(client):
    assert client.post("/", data={"q": "Wahl"}).status_code == 405
    assert client.delete("/documents/sotschi-treffen-04").status_code == 405


# ---------------------------------------------------------------- highlighting

def test_highlight_nested_and_crossing_spans_stay_well_formed():
    text = "a <b> & c"
    spans = [Span(0, 9, cls="outer"), Span(2, 7, cls="mid", anchor="m"), Span(4, 9, cls="cross"),
             Span(2, 5, cls="link", href="/x"), Span(3, 4, cls="inner", href="/y"), Span(5, 5, cls="empty"),
             Span(8, 20, cls="outside")]
    html = str(highlight(text, spans))
    tree = Tree(html)
    assert "".join(tree.text) == text and not tree.stack
    assert html.count('id="m"') == 1 and html.count("<a ") == 1  # links never nest
    assert "empty" not in html and "outside" not in html and "&lt;" in html and "&amp;" in html


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab<>&"\n ', max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30),
                                                                      st.booleans()), max_size=8))
def test_highlight_any_spans_keep_text_and_cover_each_range(text, raw):
    spans = [Span(s, e, cls=f"s{i}", href="/a" if link else "") for i, (s, e, link) in enumerate(raw)]
    html = str(highlight(text, spans))

    class Cover(Tree):
        def __init__(self, html):
            self.pos, self.covered, self.open = 0, {}, []
            super().__init__(html)

        def handle_starttag(self, tag, attrs):
            super().handle_starttag(tag, attrs)
            self.open.append(dict(attrs).get("class"))

        def handle_endtag(self, tag):
            super().handle_endtag(tag)
            self.open.pop()

        def handle_data(self, data):
            super().handle_data(data)
            for i in range(self.pos, self.pos + len(data)):
                self.covered[i] = set(self.open)
            self.pos += len(data)

    tree = Cover(html)
    assert "".join(tree.text) == text and not tree.stack
    for i, s in enumerate(spans):
        inside = 0 <= s.start < s.end <= len(text)
        assert all(f"s{i}" in tree.covered[p] for p in range(s.start, s.end)) if inside else f"s{i}" not in html
