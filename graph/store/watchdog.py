"""Starting the embedded server (or its /cypher replica) again when it crashed (at its memory limit,
killed), never when it was stopped: a clean stop removes the server's pid file, a crash leaves it behind."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from coordgraph.graph.store.base import StoreError
from coordgraph.graph.store.server import LOGFILE, PIDFILE, ServerInfo, reap_children, server_running

log = logging.getLogger(__name__)


def crashed(data_dir: Path) -> bool:
    """Whether the data directory's server died without being stopped: none runs, but the pid file
    it removes on a clean stop is still there (an abort at its memory limit, a kill)."""
    data_dir = Path(data_dir).resolve()
    return (data_dir / PIDFILE).exists() and not server_running(data_dir)


class Watchdog:
    """Starts the data directory's server again when it crashed (never after `stop`), checking every
    `interval` seconds in a daemon thread; `start` is how it was started (e.g. `ensure_server` with
    the same limits). `restarting` is True while a restart is due or under way.

    `initial`: the first start is the watchdog's too (in its thread), tried until it succeeds. A failed
    start is tried again (while the server counts as crashed), less and less often; after `max_failures`
    failures in a row (0: never) the watchdog gives up (`gave_up`, `error` says why)."""

    def __init__(self, data_dir: Path, start: Callable[[], ServerInfo], interval: float = 0.5, *,
                 initial: bool = False, max_failures: int = 0, what: str = "the FalkorDB server") -> None:
        self.data_dir = Path(data_dir).resolve()
        self.start = start
        self.interval = interval
        self.what = what
        self.max_failures = max_failures
        self.restarts = 0
        self.failures = 0  # failed starts in a row
        self.restarting = initial
        self.gave_up = False
        self.error: str | None = None  # why the last restart failed
        self._first = initial  # the first start is due, whatever the pid file says (not counted in `restarts`)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="falkordb-watchdog", daemon=True)
        self._thread.start()

    def check(self) -> bool:
        """Restart the server if it crashed; True when it did."""
        reap_children()
        if not (self._first or crashed(self.data_dir)):  # running, stopped on purpose, or started by someone else
            self.restarting = False
            return False
        self.restarting = True
        if not (self._first or self.failures):
            log.warning("%s of %s stopped unexpectedly (see %s); starting it again", self.what, self.data_dir, LOGFILE)
        try:
            self.start()
        except StoreError as exc:
            if self._stop.is_set():  # closed meanwhile (the start was cut short): nothing to report
                return False
            self.error = str(exc)
            self.failures += 1
            log.error("starting %s failed: %s", self.what, exc)
            if self.max_failures and self.failures >= self.max_failures:
                self.gave_up = True
                log.error("%s failed to start %d times in a row; not trying again", self.what, self.failures)
            return False
        if not self._first:
            self.restarts += 1
        self.error, self._first, self.failures = None, False, 0
        self.restarting = False
        return True

    def _run(self) -> None:
        wait = 0.0 if self._first else self.interval
        while not self._stop.wait(wait) and not self.gave_up:
            try:
                self.check()
                failed = self.restarting  # a restart was due and did not succeed
            except Exception as exc:  # never let the thread die: it is the only one that restarts
                self.error, failed = str(exc), True
                log.exception("the FalkorDB watchdog failed")
            wait = min(max(wait, self.interval) * 2, 30.0) if failed else self.interval  # no tight loop of failures

    def stop(self) -> None:
        """No start from now on (one under way ends, and its failure is not reported)."""
        self._stop.set()

    def close(self) -> None:
        self.stop()
        self._thread.join(timeout=5)
