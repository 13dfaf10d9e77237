"""What reads an article: a hash of the extractor's code and data files. An article's stored hash covers its text
and this stamp, so after an upgrade of the rules or of the data a re-ingest reads every article again instead of
keeping the older reading of an unchanged text."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_READ = {".py", ".yaml", ".yml", ".json", ".jsonl", ".tsv", ".txt"}


def stamp_of(root: Path) -> str:
    """The hash of every code and data file under root, by path and content."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in _READ:
            h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0")
            h.update(p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@cache
def reader_stamp() -> str:
    """The stamp of this installation's extractor (the ingest package, computed once per process)."""
    return stamp_of(Path(__file__).parent)
