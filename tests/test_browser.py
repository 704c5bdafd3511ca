"""The web UI in real headless Chromium: search -> document -> actor -> event explorer.

Needs Debian's chromium and the Playwright client (``scripts/install_browser.sh``);
skips with a message otherwise.  The server is the real one (uvicorn on a free
loopback port) over a temporary archive; screenshots go to a temporary folder
(``DEPESCHE_SCREENSHOTS`` keeps them elsewhere, for a look).
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from conftest import served

from test_ui import SCRIPT, ui_archive  # noqa: F401 (fixture)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip(f"needs {CHROMIUM} (run scripts/install_browser.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (run scripts/install_browser.sh)")


@pytest.fixture(scope="module")
def server(ui_archive):  # noqa: F811
    """The real app under uvicorn on 127.0.0.1, on a port the OS picked."""
    from depesche.server.app import create_app

    with served(create_app(ui_archive)) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.problems = []
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
        page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
        page.scratch = browser.new_page()  # about:blank, for counting pixels
        yield page
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    path = os.environ.get("DEPESCHE_SCREENSHOTS")
    return Path(path) if path else tmp_path_factory.mktemp("screenshots")


INK = """async url => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, img.width, img.height).data.buffer);
    const counts = new Map();
    for (const p of px) counts.set(p, (counts.get(p) || 0) + 1);
    return 1 - Math.max(...counts.values()) / px.length;
}"""


def ink(scratch, png: bytes) -> float:
    """Share of the picture's pixels that differ from its most common (background) colour,
    counted by the browser itself on a blank page."""
    return scratch.evaluate(INK, "data:image/png;base64," + base64.b64encode(png).decode())


def snap(page, shots: Path, name: str, selector: str | None = None) -> bytes:
    target = page.locator(selector) if selector else page
    kwargs = {} if selector else {"full_page": True}
    return target.screenshot(path=str(shots / f"{name}.png"), **kwargs)


def test_browser_search_document_actor_events(page, server, shots):
    page.goto(server + "/")
    assert page.locator(".stats dd").count() == 6
    snap(page, shots, "0-home")
    page.fill("input[name=q]", "Putin")
    page.click("form.search button")
    page.wait_for_url("**/?q=Putin*")
    assert page.locator("ol.hits > li").count() == 2
    assert page.locator("ol.hits mark").first.inner_text() == "Putin"
    snap(page, shots, "1-search")

    page.locator("a.hit-title").first.click()
    page.wait_for_url("**/documents/**")
    text = page.locator("div.text")
    assert text.locator(".ent-PER").count() >= 2 and text.locator(".trigger").count() >= 1
    assert text.locator(".quote").count() == 1 and text.locator(".timex").count() == 1
    assert page.locator("link[rel=stylesheet]").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.trigger')).fontWeight") == "600"  # CSS loaded
    snap(page, shots, "2-document")

    text.locator("a.ent-PER", has_text="Wladimir Putin").first.click()
    page.wait_for_url("**/actors/**")
    assert page.locator("h1").inner_text().startswith("Wladimir Putin")
    heights = [float(h) for h in page.locator("#mentions-chart rect.bar").evaluate_all(
        "bars => bars.map(b => b.getBBox().height)")]
    assert heights and all(h > 0 for h in heights)
    assert ink(page.scratch, snap(page, shots, "3a-mentions", "#mentions-chart svg")) > 0.02
    assert page.locator("#network-chart circle").count() >= 3
    assert ink(page.scratch, snap(page, shots, "3b-network", "#network-chart svg")) > 0.02
    snap(page, shots, "3-actor")

    page.click("text=Events with Wladimir Putin as source")
    page.wait_for_url("**/events?source=**")
    page.fill("input[name=target]", "Lukaschenko")
    page.check("input[name=both]")
    page.select_option("select[name=by]", "day")
    page.click("form.explorer button")
    page.wait_for_url("**both=true**")
    assert page.locator("#events-chart rect.cell").count() >= 3
    assert ink(page.scratch, snap(page, shots, "4a-events-chart", "#events-chart svg")) > 0.05
    assert page.locator("table.events tbody tr").count() == 5
    snap(page, shots, "4-events")
    page.locator("table.events a[href^='/documents/']").first.click()
    page.wait_for_url("**/documents/**#v-*")
    assert page.locator(":target").count() == 1
    assert not page.problems, page.problems


def test_browser_hostile_record_stays_text(page, server, shots):
    page.goto(server + "/documents/xss-08")
    page.wait_for_load_state("load")
    assert SCRIPT in page.locator("div.text").inner_text()
    assert page.locator("main img, main script").count() == 0
    snap(page, shots, "5-hostile")
    page.goto(server + "/events?source=" + SCRIPT)
    assert page.locator("input[name=source]").input_value() == SCRIPT
    assert not page.problems, page.problems
