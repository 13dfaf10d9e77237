"""/docs (Swagger UI) and /redoc render in headless Chromium with the network cut off: every request
the page makes goes to the server itself."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]



@pytest.mark.parametrize(("path", "rendered"), [
    ("/docs", ".swagger-ui .opblock-tag"),
    ("/redoc", "[data-section-id], .api-content h1"),
])
def test_api_pages_render_offline(browser: Any, falkordb_live: str, path: str, rendered: str) -> None:
    live = falkordb_live
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
