"""The explorer page in a real headless Chromium, over the real API, uvicorn and an embedded FalkorDB
holding the gold graphs of ../shared/corpus/gold plus tests/api/fixtures/trac.json (a small document
graph of ours whose relations carry evidence sentences)."""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from coordgraph.graph.model import read_doc_file, resolve
from pages import checked_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIXTURES = Path(__file__).parent / "fixtures"
TRAC = "person:phan-dinh-trac"
BNCTW = "agency:ban-noi-chinh-trung-uong"
SENTENCE = "Trưởng ban Nội chính Trung ương Phan Đình Trạc chủ trì hội nghị."
IDLE = "() => window.explorer && window.explorer.isIdle()"


def artifacts_dir() -> Path:
    path = Path(os.environ.get("COORDGRAPH_ARTIFACTS", "artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- fixtures ---------------------------------------------------------------


@pytest.fixture
def loaded_store(store: Any, gold_dir: Path) -> Any:
    """The test's store with the gold graphs and our evidence fixture in it."""
    files = sorted(gold_dir.glob("*.json")) + [FIXTURES / "trac.json"]
    with store.writer() as w:
        for f in files:
            w.add(resolve(read_doc_file(f)))
    assert not w.stats.failed, w.stats.failed
    return store


@pytest.fixture
def explorer_url(loaded_store: Any, store_settings: Any, serve: Callable[[Any], Any]) -> Iterator[str]:
    """The real app over that store, served by uvicorn on a free loopback port (tests/api/conftest.py)."""
    from coordgraph.api.app import create_app

    with serve(create_app(loaded_store, store_settings)) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page (own context: no shared storage) that fails the test on any script error."""
    with checked_page(browser, 1440, 900, 20_000) as pg:
        yield pg


# --- helpers ------------------------------------------------------------------


def open_explorer(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_function(IDLE)


def search_and_pick(page: Any, text: str, expect_name: str) -> None:
    """Type into the search box, wait for the suggestion, pick it; waits until its expansion is drawn."""
    page.fill("#q", text)
    option = page.locator("#suggest li[data-i]", has_text=expect_name).first
    option.wait_for()
    option.click()
    page.wait_for_function(
        "(name) => window.explorer.isIdle() && window.explorer.cy.nodes().some(n => n.data('name') === name"
        " && n.hasClass('seed'))", arg=expect_name)


def node_on_screen(page: Any, node_id: str) -> dict[str, float] | None:
    """Where the node is drawn, in page coordinates; None when it is absent, hidden or off the canvas."""
    return page.evaluate("""(id) => {
        const cy = window.explorer.cy, n = cy.getElementById(id);
        if (n.empty() || !n.visible()) return null;
        const p = n.renderedPosition(), r = cy.container().getBoundingClientRect();
        if (p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height) return null;
        return {x: r.left + p.x, y: r.top + p.y};
    }""", node_id)


def click_canvas(page: Any, at: dict[str, float]) -> None:
    """Click the graph at a page position. Through a locator, so that a renderer that stops answering
    fails the test at the page's timeout instead of hanging it (mouse.click has no timeout)."""
    box = page.locator("#cy").bounding_box()
    page.locator("#cy").click(position={"x": at["x"] - box["x"], "y": at["y"] - box["y"]})


def responsive(page: Any, timeout: float = 5_000) -> None:
    """The page still runs its tasks and draws frames (fails after `timeout` ms when it does not)."""
    page.wait_for_function("() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(true), 0)))",
                           timeout=timeout)


def edge_midpoint(page: Any, source: str, target: str, type_: str) -> dict[str, float]:
    return page.evaluate("""([s, t, type]) => {
        const cy = window.explorer.cy;
        const e = cy.edges().filter(e => e.source().id() === s && e.target().id() === t && e.data('type') === type)[0];
        const m = e.renderedMidpoint(), r = cy.container().getBoundingClientRect();
        return {x: r.left + m.x, y: r.top + m.y};
    }""", [source, target, type_])


# --- tests ----------------------------------------------------------------------


def test_search_expand_and_read_the_evidence_sentence(page: Any, explorer_url: str) -> None:
    open_explorer(page, explorer_url + "/explorer")
    # The start page: the coordination network when the store holds ties, else the invitation to search.
    assert page.locator("#start").is_visible() or page.locator("#empty").is_visible()

    search_and_pick(page, "Phan Đình Trạc", "Phan Đình Trạc")
    assert node_on_screen(page, TRAC)
    assert node_on_screen(page, BNCTW), "Ban Nội chính Trung ương is not drawn after expanding Phan Đình Trạc"
    names = page.evaluate("window.explorer.cy.nodes(':visible').map(n => n.data('name'))")
    assert "Ban Nội chính Trung ương" in names and "Bộ Chính trị" in names
    assert page.locator("#panel-title").inner_text() == "Phan Đình Trạc"

    # The person's evidence tab quotes our sentence with its article.
    page.click("#tabs button[data-tab='evidence']")
    quote = page.locator("#panel-body blockquote.sentence", has_text="chủ trì hội nghị").first
    quote.wait_for()
    assert SENTENCE in quote.inner_text()
    assert "Ban Nội chính Trung ương họp giao ban" in quote.locator("cite").inner_text()

    # So does the edge itself, clicked on the canvas.
    click_canvas(page, edge_midpoint(page, TRAC, BNCTW, "HOLDS_POSITION"))
    page.wait_for_function("() => (window.explorer.state.selected || '').startsWith('edge:')")
    assert "Trưởng ban" in page.locator("#panel-type").inner_text()
    assert SENTENCE in page.locator("#panel-body").inner_text()
    page.screenshot(path=str(artifacts_dir() / "explorer-evidence.png"))

    # The posts over time list the post with both dates it was seen.
    page.evaluate(f"window.explorer.select('{TRAC}')")
    page.click("#tabs button[data-tab='positions']")
    posts = page.locator("#panel-body .positions li", has_text="Trưởng ban · Ban Nội chính Trung ương")
    assert "30/10/2021" in posts.inner_text() and "15/03/2022" in posts.inner_text()

    # Clicking a node on the canvas expands it.
    before = page.evaluate("window.explorer.cy.nodes().length")
    pos = node_on_screen(page, BNCTW)
    assert pos
    click_canvas(page, pos)
    page.wait_for_function(f"() => window.explorer.isIdle() && window.explorer.state.seeds.includes('{BNCTW}')")
    assert page.evaluate("window.explorer.cy.nodes().length") > before
    assert page.locator("#panel-title").inner_text() == "Ban Nội chính Trung ương"
    page.screenshot(path=str(artifacts_dir() / "explorer-expanded.png"))

    # The agency's officials and partners come from their own endpoints.
    page.click("#tabs button[data-tab='officials']")
    assert "Trưởng ban · Phan Đình Trạc" in page.locator("#panel-body").inner_text()
    page.click("#tabs button[data-tab='partners']")
    assert "Đảng đoàn Mặt trận Tổ quốc Việt Nam" in page.locator("#panel-body").inner_text()


def test_a_shared_url_reopens_the_same_view(page: Any, browser: Any, explorer_url: str) -> None:
    open_explorer(page, explorer_url + "/explorer")
    search_and_pick(page, "phan dinh trac", "Phan Đình Trạc")
    # Filters: no CHAIRS relations, only what was seen from 2022 on.
    page.locator("#relfilter input[value='CHAIRS']").uncheck()
    page.fill("#date-from", "2022-01-01")
    page.dispatch_event("#date-from", "change")
    page.wait_for_function(IDLE)
    shown = page.evaluate("window.explorer.nodeIds()")
    # Only the posts still seen in 2022 remain: Trưởng ban and Ủy viên Bộ Chính trị.
    assert shown == sorted([TRAC, BNCTW, "agency:bo-chinh-tri"])
    loaded = page.evaluate("window.explorer.cy.nodes().map(n => n.id()).sort()")
    url = page.url
    assert "seeds=person:phan-dinh-trac" in url and "from=2022-01-01" in url and "rels=" in url

    other = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    try:
        open_explorer(other, url)
        assert other.evaluate("window.explorer.nodeIds()") == shown
        assert other.evaluate("window.explorer.cy.nodes().map(n => n.id()).sort()") == loaded
        assert not other.locator("#relfilter input[value='CHAIRS']").is_checked()
        assert other.locator("#relfilter input[value='HOLDS_POSITION']").is_checked()
        assert other.input_value("#date-from") == "2022-01-01"
        assert other.locator("#panel-title").inner_text() == "Phan Đình Trạc"
        assert other.url == url
    finally:
        other.context.close()


def test_png_and_json_exports_hold_the_view(page: Any, explorer_url: str) -> None:
    open_explorer(page, explorer_url + "/explorer")
    search_and_pick(page, "Phan Đình Trạc", "Phan Đình Trạc")
    with page.expect_download() as dl:
        page.click("#export-png")
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 200 and height > 200 and len(png) > 5_000
    (artifacts_dir() / "explorer-export.png").write_bytes(png)

    with page.expect_download() as dl:
        page.click("#export-json")
    view = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert {TRAC, BNCTW} <= {n["id"] for n in view["nodes"]}
    edge = next(e for e in view["edges"] if e["source"] == TRAC and e["target"] == BNCTW)
    assert any(x["sentence"] == SENTENCE for x in edge["evidence"])
    assert view["url"] == page.url


def test_language_toggle_switches_labels_and_agency_names(page: Any, explorer_url: str) -> None:
    open_explorer(page, explorer_url + "/explorer")
    search_and_pick(page, "Phan Đình Trạc", "Phan Đình Trạc")
    label = f"window.explorer.cy.getElementById('{BNCTW}').data('label')"
    assert page.locator("h1").inner_text() == "Khám phá mạng lưới phối hợp"
    assert page.locator("#legend li[data-type='Agency']").inner_text().startswith("Cơ quan")
    assert page.evaluate(label) == "Ban Nội chính Trung ương"

    page.click(".lang button[data-lang='en']")
    page.wait_for_function(f"() => window.explorer.isIdle() && {label} === 'Central Internal Affairs Commission'")
    assert page.locator("h1").inner_text() == "Coordination network explorer"
    assert page.locator("#legend li[data-type='Agency']").inner_text().startswith("Agency")
    assert page.get_attribute("html", "lang") == "en"
    assert "lang=en" in page.url
    page.screenshot(path=str(artifacts_dir() / "explorer-english.png"))

    page.click(".lang button[data-lang='vi']")
    page.wait_for_function(f"() => {label} === 'Ban Nội chính Trung ương'")
    assert page.locator("#tabs button[data-tab='details']").inner_text() == "Chi tiết"


def test_shortest_path_between_two_nodes_is_highlighted(page: Any, explorer_url: str) -> None:
    open_explorer(page, explorer_url + "/explorer")
    search_and_pick(page, "Phan Đình Trạc", "Phan Đình Trạc")
    page.click("#panel-actions button[data-act='from']")
    # Keyboard this time, without diacritics: the first suggestion is taken with Enter.
    page.fill("#q", "kien giang")
    page.locator("#suggest li[data-i='0']", has_text="Kiên Giang").wait_for()
    page.press("#q", "Enter")
    page.wait_for_function("() => window.explorer.isIdle() && window.explorer.state.selected === 'location:kien-giang'")
    page.click("#panel-actions button[data-act='to']")
    page.click("#path-find")
    page.wait_for_function("() => window.explorer.isIdle() && window.explorer.state.pathOn")
    steps = page.evaluate("window.explorer.cy.edges('.path').map(e => e.data('type')).sort()")
    assert steps == ["CHAIRS", "HELD_IN"]
    assert page.locator("#path-result li").count() == 2
    assert "Phan Đình Trạc" in page.locator("#path-result li").first.inner_text()
    assert page.evaluate("window.explorer.cy.nodes('.dim').length") > 0
    assert "path=1" in page.url
    page.screenshot(path=str(artifacts_dir() / "explorer-path.png"))


def test_an_event_opened_from_a_link_lists_who_chaired_it(page: Any, explorer_url: str) -> None:
    event = "event:2021-10-29-so-ket-d959e23038"
    open_explorer(page, f"{explorer_url}/explorer#seeds={event}&sel={event}")
    assert page.evaluate("window.explorer.state.selected") == event
    chairs = page.locator("#panel-body ul.roles").nth(1)
    chairs.wait_for()
    assert {"Phan Đình Trạc", "Đỗ Văn Chiến"} <= set(chairs.locator("a").all_inner_texts())
    assert node_on_screen(page, "location:kien-giang")


def test_selecting_an_edge_after_a_node_keeps_the_page_responsive(page: Any, explorer_url: str) -> None:
    """The duplicates box under the panel hides itself for an edge; hiding it again on each of its own
    mutations once fed a MutationObserver loop that froze the page (no frame, no input, no answer)."""
    open_explorer(page, explorer_url + "/explorer")
    search_and_pick(page, "Phan Đình Trạc", "Phan Đình Trạc")
    page.locator("#dups h3").wait_for()
    edge = page.evaluate("""([s, t]) => window.explorer.cy.edges()
        .filter(e => e.source().id() === s && e.target().id() === t)[0].id()""", [TRAC, BNCTW])
    # Selected from a task of the page's own, so that a frozen page fails the wait below, not this call.
    page.evaluate("(id) => { setTimeout(() => window.explorer.select(id), 0); }", edge)
    responsive(page)
    assert page.evaluate("window.explorer.state.selected") == edge
    assert page.locator("#dups").is_hidden()
    assert SENTENCE in page.locator("#panel-body").inner_text()
    # Back on a node, the box shows again; a mutation of the panel leaves the page answering.
    page.evaluate(f"window.explorer.select('{TRAC}')")
    page.locator("#dups").wait_for()
    page.evaluate("document.querySelector('#panel-title').dataset.touched = '1'")
    responsive(page)
