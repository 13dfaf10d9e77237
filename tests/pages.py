"""A browser page for the explorer and docs tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def checked_page(browser: Any, width: int, height: int, timeout_ms: int) -> Iterator[Any]:
    """A fresh page (own context: no shared storage) of that size, which fails the test on any script error."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(timeout_ms)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not errors, f"the page reported errors: {errors}"
