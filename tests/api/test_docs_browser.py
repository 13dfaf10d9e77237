"""/docs (Swagger UI) and /redoc render in headless Chromium with the network cut off: every request
the page makes goes to the server itself."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        pytest.skip("chromium is not installed (apt-get install chromium, or `make system`)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.mark.parametrize(("path", "rendered"), [
    ("/docs", ".swagger-ui .opblock-tag"),
    ("/redoc", "[data-section-id], .api-content h1"),
])
def test_api_pages_render_offline(browser: Any, live: str, path: str, rendered: str) -> None:
    own = urlparse(live).netloc
    foreign: list[str] = []
    context = browser.new_context()
    page = context.new_page()

    def route(r: Any) -> None:
        if urlparse(r.request.url).netloc == own or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    try:
        page.goto(live + path)
        page.wait_for_selector(rendered, timeout=30_000)
        assert "/cypher" in page.content()
    finally:
        context.close()
    assert not foreign, f"{path} asked other hosts: {foreign[:5]}"
