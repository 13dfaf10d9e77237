"""The explorer in a real headless Chromium over a store holding 300 real articles of
../shared/corpus/unlabeled, ingested once for this module (real extraction, real FalkorDB, real HTTP):
search finds the right node, the start page shows the coordination network, a citation opens the
article with its sentence marked, big views keep their labels apart and say when they are cut."""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from coordgraph.graph.settings import Settings
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.graph.store.server import ServerInfo
from pages import checked_page

from tests.api.test_explorer_browser import IDLE, artifacts_dir, open_explorer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLES = 300
HUBS = ["agency:bo-chinh-tri", "agency:ban-chap-hanh-trung-uong-dang", "agency:chinh-phu", "agency:ban-bi-thu",
        "agency:quoc-hoi", "agency:hoi-luat-gia-viet-nam", "agency:bo-cong-an"]


@pytest.fixture(scope="module")
def corpus_store(falkor_server: ServerInfo, shared_dir: Path) -> Iterator[FalkorStore]:
    """The first 300 unlabeled articles, extracted and loaded into their own graph."""
    from coordgraph.ingest.ingest import ingest_paths

    files = sorted((shared_dir / "corpus" / "unlabeled").glob("*.txt"))[:ARTICLES]
    if len(files) < ARTICLES:
        pytest.skip(f"../shared/corpus/unlabeled holds fewer than {ARTICLES} articles")
    settings = Settings(store="embedded", data_dir=falkor_server.data_dir, graph_name="explorer_corpus")
    store = FalkorStore.open("embedded", settings)
    store.clear()
    summary = ingest_paths(files, store, jobs=2, report=lambda _m: None, progress=False)
    assert summary.loaded == ARTICLES, summary.line()
    yield store
    try:
        store.graph.delete()
    finally:
        store.close()


@pytest.fixture(scope="module")
def url(corpus_store: FalkorStore, falkor_server: ServerInfo) -> Iterator[str]:
    from coordgraph.api.app import create_app

    from tests.api.conftest import serve

    settings = Settings(store="embedded", data_dir=falkor_server.data_dir, graph_name="explorer_corpus")
    with serve(create_app(corpus_store, settings)) as base:
        yield base + "/explorer"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A 1280 px wide page that fails the test on any script error."""
    with checked_page(browser, 1280, 800, 30_000) as pg:
        yield pg


def suggestions(page: Any, text: str) -> list[str]:
    page.fill("#q", "")
    page.locator("#suggest").wait_for(state="hidden")
    page.fill("#q", text)
    page.locator("#suggest li[data-i='0']").wait_for()
    return [x.strip() for x in page.locator("#suggest li[data-i] .name").all_inner_texts()]


def overlaps(boxes: list[dict[str, float]]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]:
                out.append((a["id"], b["id"]))
    return out


# --- search -------------------------------------------------------------------------


def test_quoc_hoi_and_enter_opens_the_national_assembly(page: Any, url: str) -> None:
    open_explorer(page, url)
    page.fill("#q", "quoc hoi")
    page.press("#q", "Enter")
    page.wait_for_function("() => window.explorer.isIdle() && window.explorer.state.selected === 'agency:quoc-hoi'")
    assert page.locator("#panel-title").inner_text() == "Quốc hội"
    assert page.evaluate("window.explorer.cy.getElementById('agency:quoc-hoi').degree()") >= 10

    # Its articles are counted truly and paged by the panel's one pager: 20 shown of all that mention it,
    # then 20 more; the total is the API's.
    pager = page.locator("#panel-body p.more-articles")
    pager.wait_for()
    shown, total = (int(x) for x in pager.locator(".articles-count").inner_text().split(" / "))
    api_total = page.evaluate("fetch('/entities/agency:quoc-hoi/articles?limit=1').then(r => r.json()).then(b => b.total)")
    assert shown == 20 and total == api_total > 40
    assert page.locator("#panel-body h3 .n", has_text=str(total)).count() == 1
    assert f"{total - 20}" in pager.inner_text()
    page.click("#panel-body button[data-more='articles']")
    page.wait_for_function("() => document.querySelectorAll('#panel-body ul.articles a.cite').length === 40")
    assert pager.locator(".articles-count").inner_text() == f"40 / {total}"


def test_tp_hcm_finds_ho_chi_minh_citys_bodies(page: Any, url: str) -> None:
    open_explorer(page, url)
    names = suggestions(page, "TP.HCM")
    assert sum("Hồ Chí Minh" in n for n in names) >= 5, names
    assert any(n.startswith("Thành ủy") and "Hồ Chí Minh" in n for n in names), names
    assert any(n.lower().startswith("ủy ban nhân dân thành phố hồ chí minh") for n in names), names
    # Same-named bodies are told apart: each suggestion says its place or parent and its relations.
    sub = page.locator("#suggest li[data-i]", has_text="Thành ủy").first.locator(".alias").inner_text()
    assert "Hồ Chí Minh" in sub and "quan hệ" in sub
    page.screenshot(path=str(artifacts_dir() / "corpus-search-tphcm.png"))
    assert suggestions(page, "cong an tphcm")[0].lower() == "công an thành phố hồ chí minh"
    assert suggestions(page, "Thành ủy TP.HCM")[0].startswith("Thành ủy")


def test_mttq_ranks_the_fatherland_front_first(page: Any, url: str) -> None:
    open_explorer(page, url)
    assert suggestions(page, "mttq")[0] == "Mặt trận Tổ quốc Việt Nam"
    assert suggestions(page, "Ban Nội chính TW")[0] == "Ban Nội chính Trung ương"


# --- start page -------------------------------------------------------------------------


def test_the_start_page_shows_the_coordination_network(page: Any, url: str) -> None:
    open_explorer(page, url)
    assert page.evaluate("window.explorer.state.overview")
    n = page.evaluate("window.explorer.cy.nodes('.overview').length")
    m = page.evaluate("window.explorer.cy.edges('.overview').length")
    assert n >= 10 and m >= 10
    assert page.locator("#start").is_visible()
    assert page.locator("#start ol.active li").count() >= 5
    # An undated corpus says so (instead of an empty timeline); a dated one offers the period filter.
    dated = page.evaluate("fetch('/explore/network').then(r => r.json()).then(b => b.dated)")
    assert page.locator("#undated-notice").is_visible() is not dated
    assert page.locator("#date-from").is_enabled() is dated
    # Central bodies are drawn larger.
    sizes = page.evaluate("window.explorer.cy.nodes('.overview').map(n => n.data('size'))")
    assert max(sizes) > min(sizes)
    page.screenshot(path=str(artifacts_dir() / "corpus-start.png"))

    # A click on a body opens its partners.
    first = page.locator("#start ol.active li a").first
    name = first.inner_text()
    first.click()
    page.wait_for_function(f"() => {IDLE[6:]} && !window.explorer.state.overview && window.explorer.state.selected")
    assert page.locator("#panel-title").inner_text() == name
    assert page.locator("#tabs button[data-tab='partners'][aria-selected='true']").count() == 1
    assert page.locator("#panel-body li").count() >= 1
    counts = page.locator("#panel-actions .groups button[data-group='partners'] .n").inner_text()
    assert int(counts) >= 1


# --- article view -------------------------------------------------------------------------


def test_a_citation_opens_the_article_with_the_sentence_marked(page: Any, url: str) -> None:
    open_explorer(page, url)
    hub = page.evaluate("fetch('/search?q=' + encodeURIComponent('Thành ủy TP.HCM')).then(r => r.json())"
                        ".then(b => b.items[0].id)")
    open_explorer(page, f"{url}#seeds={hub}&sel={hub}")
    page.click("#tabs button[data-tab='evidence']")
    cite = page.locator("#panel-body blockquote.sentence a.cite").first
    cite.wait_for()
    # Citations read as the article's title, not its id.
    page.wait_for_function("""() => { const a = document.querySelector('#panel-body blockquote.sentence a.cite');
        return a && !a.textContent.includes(': ' + a.dataset.article); }""")
    sentence = cite.get_attribute("data-sentence")
    assert sentence
    cite.click()
    page.locator("#reader-body mark.evidence").first.wait_for()
    marked = "".join(page.locator("#reader-body mark.evidence").all_inner_texts())
    assert " ".join(marked.split()) == " ".join(sentence.split())
    assert page.locator("#reader-body .m-Agency").count() >= 3
    assert page.locator("#reader-title").inner_text()
    page.screenshot(path=str(artifacts_dir() / "corpus-article.png"))
    page.click("#reader-close")
    assert page.locator("#reader").is_hidden()
    # A mention in the text opens its entity.
    cite.click()
    mention = page.locator("#reader-body .m-Person").first
    person = mention.get_attribute("data-node")
    mention.click()
    page.wait_for_function(f"() => {IDLE[6:]} && window.explorer.state.selected === '{person}'")
    assert page.locator("#reader").is_hidden()


# --- big views ------------------------------------------------------------------------------


def test_a_100_node_view_has_no_overlapping_labels(page: Any, url: str) -> None:
    open_explorer(page, f"{url}#seeds={','.join(HUBS)}")
    page.wait_for_function(IDLE)
    n = page.evaluate("window.explorer.cy.nodes().not('.filtered').length")
    assert n >= 100, f"only {n} nodes"
    boxes = page.evaluate("window.explorer.labelBoxes()")
    assert len(boxes) >= 15, "too few labels are shown to read the view"
    assert not overlaps(boxes)
    page.screenshot(path=str(artifacts_dir() / "corpus-100-nodes.png"))
    # The PNG export carries a legend below the graph.
    with page.expect_download() as dl:
        page.click("#export-png")
    png = Path(dl.value.path()).read_bytes()
    (artifacts_dir() / "corpus-100-nodes-export.png").write_bytes(png)
    graph_h = page.evaluate("""new Promise((ok) => { const i = new Image(); i.onload = () => ok(i.height);
        i.src = window.explorer.cy.png({full: true, scale: 2, maxWidth: 4000, maxHeight: 4000}); })""")
    assert struct.unpack(">II", png[16:24])[1] > graph_h + 100
    # Zooming in shows more labels, still apart.
    page.evaluate("window.explorer.cy.zoom({level: window.explorer.cy.zoom() * 2.5, renderedPosition: {x: 500, y: 380}})")
    page.evaluate("window.explorer.declutter()")
    more = page.evaluate("window.explorer.labelBoxes()")
    assert not overlaps(more)


def test_a_cut_neighbourhood_says_so(page: Any, url: str) -> None:
    hub = "agency:bo-chinh-tri"
    open_explorer(page, f"{url}#seeds={hub}&limit=10")
    notice = page.locator("#notice")
    assert notice.is_visible()
    assert "10" in notice.inner_text()
    assert page.evaluate("window.explorer.cy.nodes().length") <= 10
    page.screenshot(path=str(artifacts_dir() / "corpus-cut.png"))
    # Raising the limit shows the whole neighbourhood and the notice goes.
    page.fill("#limit", "500")
    page.dispatch_event("#limit", "change")
    page.wait_for_function(f"() => {IDLE[6:]} && window.explorer.cy.nodes().length > 10")
    assert notice.is_hidden()


def test_the_panel_fits_1280_px_and_english_names_carry_their_place(page: Any, url: str) -> None:
    hub = "agency:uy-ban-nhan-dan-tinh-thai-binh"
    open_explorer(page, f"{url}#seeds={hub}&sel={hub}&lang=en")
    page.wait_for_function(f"() => {IDLE[6:]} && window.explorer.cy.getElementById('{hub}').data('english_name')")
    label = page.evaluate(f"window.explorer.cy.getElementById('{hub}').data('label')")
    assert label == "People's Committee of Thái Bình Province"
    tabs = page.evaluate("(() => { const t = document.querySelector('#tabs'); return [t.scrollWidth, t.clientWidth]; })()")
    assert tabs[0] <= tabs[1] + 1
    right = page.evaluate("document.querySelector('#panel').getBoundingClientRect().right")
    assert right <= 1280
    body = page.locator("#panel").inner_text()
    assert "_" not in body.replace("agency:", ""), "a raw enum value is shown"
    page.screenshot(path=str(artifacts_dir() / "corpus-english.png"))


def test_paths_avoid_a_hub_list_every_shortest_path_and_what_two_bodies_share(page: Any, url: str) -> None:
    a, b = "agency:quoc-hoi", "agency:chinh-phu"
    open_explorer(page, f"{url}#seeds={a}&pf={a}&pt={b}")
    page.click("#path-find")
    page.wait_for_function(f"() => {IDLE[6:]} && window.explorer.state.pathOn")
    direct = page.evaluate("window.explorer.cy.nodes('.path').map(n => n.id())")
    assert "person:nguyen-xuan-phuc" in direct
    page.click("#path-common")
    page.locator("#common-result h4").first.wait_for()
    assert "Nguyễn Xuân Phúc" in page.locator("#common-result").inner_text()

    # Avoiding the person both share and every event: the paths go round, all of them listed.
    page.evaluate("window.explorer.select('person:nguyen-xuan-phuc')")
    page.click("#panel-actions button[data-act='avoid']")
    page.locator("#path-types input[value='Event']").check()
    page.click("#path-find")
    page.wait_for_function(f"() => {IDLE[6:]} && window.explorer.state.pathOn"
                           " && !window.explorer.cy.getElementById('person:nguyen-xuan-phuc').hasClass('path')")
    assert "avoid=person:nguyen-xuan-phuc" in page.url and "avoidtypes=Event" in page.url
    listed = page.locator("#path-result > li.path-n")
    assert listed.count() >= 2, page.locator("#path-summary").inner_text()
    assert not page.evaluate("window.explorer.cy.nodes('.path').some(n => n.data('type') === 'Event')")
    page.screenshot(path=str(artifacts_dir() / "corpus-paths.png"))


def test_posts_are_drawn_over_time_or_say_why_not(page: Any, url: str) -> None:
    person = "person:nguyen-xuan-phuc"
    open_explorer(page, f"{url}#seeds={person}&sel={person}")
    page.click("#tabs button[data-tab='positions']")
    page.locator("#panel-body ul.positions li").first.wait_for()
    assert page.locator("#panel-body ul.positions li").count() >= 2
    dated = page.evaluate(f"fetch('/people/{person}/positions').then(r => r.json())"
                          ".then(b => b.items.some(p => p.first_seen))")
    # With dates the posts are drawn on a timeline; without, the panel says why there is none.
    assert (page.locator("#panel-body .timeline").count() == 1) is dated
    assert page.locator("#panel-body p.notice").is_visible() is not dated


def test_an_edge_says_how_much_evidence_it_has_and_pages_the_rest(page: Any, url: str) -> None:
    hub = "agency:quoc-hoi"
    open_explorer(page, f"{url}#seeds={hub}")
    # Graph answers carry an edge's first pieces of evidence and its evidence_count; take the richest edge.
    edge, shown, total = page.evaluate("""() => { const e = window.explorer.cy.edges().max(e => e.data('evidence_count')).ele;
        return [e.id(), e.data('evidence').length, e.data('evidence_count')]; }""")
    assert total > shown > 0, (edge, shown, total)
    page.evaluate("(id) => window.explorer.select(id)", edge)
    assert page.locator("#panel-body h3 span").inner_text() == f"{shown} / {total}"
    assert page.locator("#tabs button[data-tab='evidence'] .n").inner_text() == str(total)
    page.click("#panel-body button[data-more='evidence']")
    more = min(total, shown + 50)
    page.wait_for_function("([id, n]) => window.explorer.cy.getElementById(id).data('evidence').length === n",
                           arg=[edge, more])
    items = page.evaluate("(id) => window.explorer.cy.getElementById(id).data('evidence')", edge)
    # The pages joined are the edge's evidence in the API's order, none repeated or skipped.
    d = page.evaluate("(id) => window.explorer.cy.getElementById(id).data()", edge)
    params = {"source": d["source"], "target": d["target"], "type": d["type"], "limit": more}
    if d.get("title"):
        params["title"] = d["title"]
    whole = page.evaluate("(q) => fetch('/evidence?' + new URLSearchParams(q)).then(r => r.json())", params)
    assert whole["total"] == total
    assert [(x["article"], x["sentence"] or None) for x in items] == \
        [(x["article"], x["sentence"] or None) for x in whole["items"]]
    if more < total:
        assert page.locator("#panel-body h3 span").inner_text() == f"{more} / {total}"
    else:
        assert page.locator("#panel-body button[data-more='evidence']").count() == 0


def page_evidence_in_panel(page: Any, key: str, size: int = 50) -> tuple[list[tuple[str, str | None]], int]:
    """Click the 'more' button of one edge's evidence in the panel until all of it is shown, `size` pieces a
    page; return the pieces the panel shows for it, sentences first as drawn ((article, sentence), then
    (article, None)), and its total."""
    page.evaluate("(n) => { window.explorer.panel.pageSize = n; }", size)
    state = """(k) => { const box = [...document.querySelectorAll('#panel-body div.evidence')].find(d => d.dataset.key === k);
        const more = [...document.querySelectorAll('#panel-body button[data-more="evidence"]')].find(b => b.dataset.key === k);
        const count = more && more.closest('li, #panel-body').querySelector('.evidence-count');
        const quoted = [...box.querySelectorAll('blockquote.sentence a.cite')].map(a => [a.dataset.article, a.dataset.sentence]);
        const bare = [...box.querySelectorAll('blockquote.none a.cite')].map(a => [a.dataset.article, null]);
        return { items: [...quoted, ...bare], more: !!more, count: count ? count.textContent : null }; }"""
    now = page.evaluate(state, key)
    shown, total = (int(x) for x in now["count"].split(" / "))
    # The panel first shows as many pieces as a graph answer carries, which the answer says.
    source = json.loads(key)[0]
    first = page.evaluate("(id) => fetch('/graph/neighborhood/' + encodeURIComponent(id)).then(r => r.json())"
                          ".then(b => b.evidence_shown)", source)
    assert shown == first == len(now["items"]) and first >= 1
    while now["more"]:
        page.evaluate("""(k) => [...document.querySelectorAll('#panel-body button[data-more="evidence"]')]
            .find(b => b.dataset.key === k).click()""", key)
        shown = min(total, shown + size)
        page.wait_for_function(f"(k) => ({state})(k).items.length === {shown}", arg=key)
        now = page.evaluate(state, key)
        # Until every piece is shown, the panel says how many of how many; then the button goes.
        assert now["count"] == (f"{shown} / {total}" if shown < total else None)
        assert now["more"] is (shown < total)
    return [(a, s or None) for a, s in now["items"]], total


def evidence_from_api(page: Any, key: str, limit: int) -> dict[str, Any]:
    source, type_, target, title = json.loads(key)
    params = {"source": source, "target": target, "type": type_, "limit": limit, **({"title": title} if title else {})}
    return page.evaluate("(q) => fetch('/evidence?' + new URLSearchParams(q)).then(r => r.json())", params)


def assert_pages_equal_the_api(page: Any, key: str, items: list[tuple[str, str | None]], total: int) -> None:
    whole = evidence_from_api(page, key, 1000)
    assert whole["total"] == total == len(whole["items"]) == len(items)
    every = [(x["article"], x["sentence"] or None) for x in whole["items"]]
    # The panel quotes sentences first and lists articles without one after them, each in the API's order.
    assert items == [x for x in every if x[1]] + [x for x in every if not x[1]]


def busiest(store: FalkorStore, where: str = "") -> dict[str, Any]:
    """The relation with the most evidence in the store: {source, target, type, title, n}."""
    rows = store.view().read(
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE type(r) <> 'MENTIONS' AND r.articles IS NOT NULL " + where
        + " RETURN s.id AS source, t.id AS target, type(r) AS type, r.title AS title, size(r.articles) AS n"
        " ORDER BY n DESC, source, target LIMIT 1", {}).records()
    return rows[0]


def test_the_node_panel_counts_each_edges_evidence_and_pages_the_rest(page: Any, url: str,
                                                                     corpus_store: FalkorStore) -> None:
    top = busiest(corpus_store)
    assert top["n"] > 20, top
    hub = top["source"]
    open_explorer(page, f"{url}#seeds={hub}&sel={hub}")
    page.click("#tabs button[data-tab='evidence']")
    page.locator("#panel-body button[data-more='evidence']").first.wait_for()
    # Each relation around the body with more than 3 pieces says "3 / N" and has a 'more' button.
    counts = dict(page.evaluate("""() => [...document.querySelectorAll('#panel-body ul.evidence > li')]
        .filter(li => li.querySelector('button[data-more]'))
        .map(li => [li.querySelector('button[data-more]').dataset.key, li.querySelector('.evidence-count').textContent])"""))
    assert all(c.startswith("3 / ") for c in counts.values()), counts
    key = json.dumps([top["source"], top["type"], top["target"], top["title"]], ensure_ascii=False, separators=(",", ":"))
    assert counts[key] == f"3 / {top['n']}", (key, counts)
    # Pages of 10, so that the store's busiest relation takes several; joined, they are its evidence.
    items, total = page_evidence_in_panel(page, key, size=10)
    assert total == top["n"]
    assert_pages_equal_the_api(page, key, items, total)
    page.evaluate("""(k) => [...document.querySelectorAll('#panel-body div.evidence')].find(d => d.dataset.key === k)
        .closest('li').scrollIntoView()""", key)
    page.screenshot(path=str(artifacts_dir() / "corpus-node-evidence-paged.png"))


def test_the_positions_tab_counts_a_posts_evidence_and_pages_the_rest(page: Any, url: str,
                                                                      corpus_store: FalkorStore) -> None:
    top = busiest(corpus_store, "AND type(r) = 'HOLDS_POSITION'")
    assert top["n"] > 20, top
    person = top["source"]
    open_explorer(page, f"{url}#seeds={person}&sel={person}")
    page.click("#tabs button[data-tab='positions']")
    page.locator("#panel-body ul.positions button[data-more='evidence']").first.wait_for()
    key = json.dumps([person, "HOLDS_POSITION", top["target"], top["title"] or None], ensure_ascii=False,
                     separators=(",", ":"))
    items, total = page_evidence_in_panel(page, key, size=10)
    assert total == top["n"]
    assert_pages_equal_the_api(page, key, items, total)
    # The pages are kept: the evidence tab shows the same post's evidence whole, without a button.
    page.click("#tabs button[data-tab='evidence']")
    page.wait_for_function("""([k, n]) => { const box = [...document.querySelectorAll('#panel-body div.evidence')]
        .find(d => d.dataset.key === k); return box && box.querySelectorAll('a.cite').length === n; }""", arg=[key, total])
    assert not page.evaluate("""(k) => [...document.querySelectorAll('#panel-body button[data-more="evidence"]')]
        .some(b => b.dataset.key === k)""", key)


def test_the_partners_tab_counts_every_partner_and_pages_them(page: Any, url: str,
                                                             corpus_store: FalkorStore) -> None:
    open_explorer(page, url)
    # The body with the most partners in the store, as the API counts them.
    likely = [r[0] for r in corpus_store.view().read(
        "MATCH (a:Agency)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b:Agency) WHERE a <> b "
        "RETURN a.id, count(DISTINCT b) AS n ORDER BY n DESC, a.id LIMIT 20", {}).rows]
    totals = {h: page.evaluate("(id) => fetch('/agencies/' + encodeURIComponent(id) + '/partners?limit=1')"
                               ".then(r => r.json()).then(b => b.total)", h) for h in likely}
    body = max(totals, key=lambda h: totals[h])
    total = totals[body]
    assert total >= 3, totals
    size = 2 if total <= 20 else 20  # small pages, so that even a small corpus takes several
    page.evaluate("(n) => { window.explorer.panel.listPageSize = n; }", size)
    page.evaluate("(id) => window.explorer.select(id)", body)
    page.locator("#tabs button[data-tab='partners'] .n").wait_for()
    # The tab counts every partner, not the first page.
    assert page.locator("#tabs button[data-tab='partners'] .n").inner_text() == str(total)
    page.click("#tabs button[data-tab='partners']")
    shown = size
    while True:
        names = page.locator("#panel-body ul.partners > li > strong a").all_inner_texts()
        assert len(names) == shown
        if shown >= total:
            assert page.locator("#panel-body button[data-more='partners']").count() == 0
            break
        pager = page.locator("#panel-body p.more-partners")
        assert pager.locator(".partners-count").inner_text() == f"{shown} / {total}"
        assert str(total - shown) in pager.inner_text()
        page.click("#panel-body button[data-more='partners']")
        shown = min(total, shown + size)
        page.wait_for_function("(n) => document.querySelectorAll('#panel-body ul.partners > li').length === n",
                               arg=shown)
    # Joined, the pages are the API's partners in its order, none repeated or skipped.
    ids = page.evaluate("() => [...document.querySelectorAll('#panel-body ul.partners > li > strong a')]"
                        ".map(a => a.dataset.node)")
    whole = page.evaluate(f"fetch('/agencies/{body}/partners?limit=1000').then(r => r.json())")
    assert ids == [p["id"] for p in whole["items"]]
    page.screenshot(path=str(artifacts_dir() / "corpus-partners-paged.png"))

