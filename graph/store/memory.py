"""Memory sizes and the operating-system memory limit of the embedded server's process.

FalkorDB's per-query cap (QUERY_MEM_CAPACITY) is looked at only between the steps of a query, so
one expression can allocate far past it; what bounds the server is a limit on its process's data
memory (RLIMIT_DATA: heap and private mappings). An allocation past it fails and the server aborts.
"""

from __future__ import annotations

import logging
import re
import resource
from pathlib import Path

from coordgraph.graph.store.base import StoreError

log = logging.getLogger(__name__)

_SIZE = re.compile(r"^\s*(\d+)\s*(b|k|kb|m|mb|g|gb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "k": 1000, "kb": 1024, "m": 1000**2, "mb": 1024**2, "g": 1000**3, "gb": 1024**3}


def size_bytes(value: str | int) -> int:
    """A memory size as redis writes it ("512mb", "4gb", "1000000") in bytes.

    >>> size_bytes("512mb"), size_bytes("2gb"), size_bytes(100)
    (536870912, 2147483648, 100)
    """
    m = _SIZE.match(str(value))
    if not m:
        raise StoreError(f"not a memory size: {value!r} (write e.g. 512mb, 4gb or a number of bytes)")
    return int(m[1]) * _UNITS[(m[2] or "b").lower()]


def ram() -> int:
    """The memory this machine (or its container's cgroup) has, in bytes; 0 when unknown."""
    total = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                total = int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    for cgroup in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):  # v2, v1
        try:
            cap = Path(cgroup).read_text().strip()
        except OSError:
            continue
        if cap.isdigit() and (not total or int(cap) < total):
            total = int(cap)
    return total


def process_limit(value: str) -> int:
    """The server process's data-memory limit in bytes (0: none) for a setting: "auto" is three
    quarters of the RAM, "0" none, else a size."""
    if value == "auto":
        return ram() * 3 // 4
    return size_bytes(value)


def data_limit(pid: int) -> str | None:
    """The data-memory limit of process `pid` as text ("400.0 MB", "none"); None when unknown."""
    try:
        soft = resource.prlimit(pid, resource.RLIMIT_DATA)[0]
    except (OSError, ValueError, AttributeError):  # AttributeError: not Linux
        return None
    return "none" if soft == resource.RLIM_INFINITY else f"{soft / 2**20:.1f} MB"


def limit_data(pid: int, limit: int) -> None:
    """Cap the data memory (heap and private mappings) of process `pid`; its allocations past it fail."""
    if limit <= 0:
        return
    if not hasattr(resource, "prlimit"):  # not Linux: the server runs without this limit
        log.warning("cannot limit the FalkorDB server's memory on this system (no prlimit)")
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.prlimit(pid, resource.RLIMIT_DATA, (limit, limit))
