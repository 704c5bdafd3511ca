"""Inputs that keep arriving: RSS/Atom feeds and a watched directory.

Both only say *what to read*; the :class:`~depesche.runner.Runner` skips texts
already in the archive (by content hash), so polling again adds only what is
new and a restarted watcher resumes without a state file of its own.
"""
from __future__ import annotations

import logging
import os
import time
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from .readers import JSONL_SUFFIXES, TEXT_SUFFIXES, Input

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 20 * 2**20
# Files without a suffix are left alone: downloaders and editors write such temporaries.
WATCHED_SUFFIXES = (TEXT_SUFFIXES | JSONL_SUFFIXES) - {""}
_BLOCK = {"p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre", "section",
          "article", "header", "footer", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN = {"script", "style", "template", "noscript", "iframe", "object", "head", "title"}


class _TextExtractor(HTMLParser):
    """Character data of an HTML fragment; block elements end a line, scripts are dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one line per block, spaces collapsed."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


# -- feeds -------------------------------------------------------------------------
def fetch(url: str, timeout: float = 30.0) -> tuple[bytes, dict]:
    """Body and headers of ``url``; fetched here so a dead server cannot hang a poll."""
    from . import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"depesche/{__version__}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read(MAX_FEED_BYTES), {k.lower(): v for k, v in response.headers.items()}


def feed_items(url: str, data: bytes, headers: dict | None = None) -> Iterator[Input]:
    """One document per entry: title, blank line, text; dated and linked in ``meta``."""
    import feedparser

    parsed = feedparser.parse(data, response_headers=headers or {})
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a feed: {parsed.get('bozo_exception')}")
    for entry in parsed.entries:
        title = _plain(entry.get("title_detail"), entry.get("title", ""))
        body = _body(entry)
        text = "\n\n".join(part for part in (title, body) if part)
        if not text:
            continue
        meta = {"source": entry.get("link") or url, "fields": {"feed": url}}
        if entry.get("id"):
            meta["fields"]["guid"] = entry["id"]
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            meta["date"] = time.strftime("%Y-%m-%d", when)
        yield Input(text, meta)


def _body(entry) -> str:
    """The fullest text of an entry: its longest content, else its summary."""
    contents = [_plain(c, c.get("value", "")) for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best or _plain(entry.get("summary_detail"), entry.get("summary", ""))


def _plain(detail, value: str) -> str:
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if "html" in kind else value.strip()


def poll_feeds(urls: list[str], problems: list[str]) -> Iterator[Input]:
    """Entries of every feed; a feed that cannot be fetched or parsed goes to ``problems``."""
    for url in urls:
        try:
            data, headers = fetch(url)
            yield from feed_items(url, data, headers)
        except (OSError, ValueError) as exc:
            log.warning("feed %s: %s", url, exc)
            problems.append(f"{url}: {exc}")


# -- a watched directory -----------------------------------------------------------
class StableFiles:
    """Files under a directory that did not change between two polls and were not read as they are.

    A file still being written changes size or mtime between polls, so it is
    read only once the writer is done; a JSON Lines file that grows is read
    again, and the runner skips the lines already stored.
    """

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.last: dict[Path, tuple[int, int]] = {}
        self.done: dict[Path, tuple[int, int]] = {}

    def _scan(self) -> dict[Path, tuple[int, int]]:
        found = {}
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                path = Path(dirpath, name)
                if name.startswith(".") or path.suffix.lower() not in WATCHED_SUFFIXES:
                    continue
                try:
                    st = path.stat()
                except OSError:  # removed between listing and stat
                    continue
                found[path] = (st.st_size, st.st_mtime_ns)
        return found

    def poll(self) -> list[Path]:
        """Files ready to read now (call :meth:`mark_read` once they are stored)."""
        now = self._scan()
        ready = sorted(p for p, sig in now.items() if self.last.get(p) == sig and self.done.get(p) != sig)
        self.last = now
        return ready

    def mark_read(self, paths: list[Path]) -> None:
        for path in paths:
            self.done[path] = self.last[path]

