"""A client asking /search over and over in a thread while a test sends something else."""

from __future__ import annotations

import threading
import time
from typing import Self

import httpx


class Searching:
    """Keeps every status, the answers that were not 200, transport errors and the slowest answer."""

    def __init__(self, url: str, q: str, timeout: float = 30.0) -> None:
        self.url, self.q, self.timeout = url, q, timeout
        self.statuses: list[int] = []
        self.refused: list[httpx.Response] = []
        self.errors: list[str] = []
        self.slowest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def count(self) -> int:
        return len(self.statuses) + len(self.errors)

    @property
    def failures(self) -> list[str]:
        return [f"{r.status_code} {r.text[:200]}" for r in self.refused] + self.errors

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=self.timeout) as c:
            while not self._stop.is_set():
                started = time.perf_counter()
                try:
                    r = c.get("/search", params={"q": self.q})
                except httpx.HTTPError as exc:
                    self.errors.append(repr(exc))
                else:
                    self.statuses.append(r.status_code)
                    if r.status_code != 200:
                        self.refused.append(r)
                self.slowest = max(self.slowest, time.perf_counter() - started)
                time.sleep(0.05)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=self.timeout)
