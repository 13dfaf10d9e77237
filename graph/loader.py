"""Loading per-article document graphs (FORMAT.md) from files into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from coordgraph.graph.model import DocGraph, read_doc_file, resolve
from coordgraph.graph.store.base import LoadStats, Store
from coordgraph.graph.store.writes import add_stats, check_doc


def doc_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The JSON files named or found (recursively, sorted) under the given paths, and the paths missing."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*.json") if f.is_file()))
        elif p.is_file():
            files.append(p)
        else:
            missing.append((str(p), "no such file or directory"))
    return list(dict.fromkeys(files)), missing


def read_doc(path: Path) -> DocGraph:
    """Parse and resolve one file; ValueError/OSError messages name the problem."""
    doc = resolve(read_doc_file(path))
    check_doc(doc)
    return doc


def load_paths(store: Store, paths: Iterable[Path], *, batch_size: int = 500,
               progress: Callable[[Path], None] | None = None,
               files: list[Path] | None = None) -> LoadStats:
    """Load every document graph under `paths`; each article is written whole or not at all.

    Bad files are listed in `failed` as (file, problem) and the rest still load.
    """
    failed: list[tuple[str, str]] = []
    if files is None:
        files, failed = doc_files(paths)
    from coordgraph.ingest.resolving import resolving_writer

    writer = resolving_writer(store, batch_size)
    source: dict[str, str] = {}
    for path in files:
        try:
            doc = read_doc(path)
        except (ValueError, OSError, KeyError) as exc:
            failed.append((str(path), str(exc) or type(exc).__name__))
        else:
            source[doc.article.id] = str(path)
            writer.add(doc)
        if progress:
            progress(path)
    writer.flush()
    stats = add_stats(LoadStats(), writer.stats)
    stats.failed = failed + [(source.get(aid, aid), msg) for aid, msg in stats.failed]
    return stats
