"""Extraction over worker processes, and ingestion: read -> extract -> load into a store.

Each worker process builds one `Extractor`; loading happens in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from coordgraph.graph.model import DocGraph, resolve
from coordgraph.graph.store.base import Store, StoreError
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.read import DEFAULT_MAX_BYTES, ReadError, read_paths
from coordgraph.ingest.resolving import resolving_writer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

Report = Callable[[str], None]
Outcome = tuple[DocGraph | None, str | None]  # the document graph, or why extraction failed

_extractor: object = None  # this process's Extractor, or the error that stopped it being built


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _start_extractor() -> None:
    global _extractor
    try:
        from coordgraph.ingest.extract import Extractor

        _extractor = Extractor()
    except Exception as exc:  # noqa: BLE001 -- reported per article: a worker must not die in its initializer
        _extractor = RuntimeError(f"the extractor could not be built: {type(exc).__name__}: {exc}")


def extract_one(raw: RawArticle, resolved: bool = False) -> Outcome:
    """One article's document graph, its article metadata completed from what was read (global ids: `resolved`)."""
    if _extractor is None:
        _start_extractor()
    if isinstance(_extractor, Exception):
        return None, str(_extractor)
    try:
        doc = _extractor.extract(raw)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 -- one article's failure must not stop the others
        return None, f"extraction failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
    a = doc.article
    a.id = raw.id
    a.title = a.title or raw.title
    a.published = a.published or raw.published
    a.source = a.source or raw.source
    a.url = a.url or raw.url
    a.content_hash = raw.content_hash
    return (resolve(doc) if resolved else doc), None


@contextmanager
def extraction(jobs: int, resolved: bool = False) -> Iterator[Callable[[Sequence[RawArticle]], Iterator[Outcome]]]:
    """A function mapping articles to outcomes, in order: in this process when `jobs` is 1, else in workers.

    Enter it before starting threads (progress bars): workers are forked.
    """
    work = partial(extract_one, resolved=resolved)
    if jobs <= 1:
        yield lambda articles: map(work, articles)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pool: Executor = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_start_extractor)
    pool.submit(int)  # forks every worker now, before the caller starts threads

    def run(articles: Sequence[RawArticle]) -> Iterator[Outcome]:
        chunk = max(1, min(16, len(articles) // (jobs * 8)))
        results = pool.map(work, articles, chunksize=chunk)
        done = 0
        try:
            for outcome in results:
                done += 1
                yield outcome
        except BrokenProcessPool:
            for _ in articles[done:]:
                yield None, "extraction failed: a worker process died"

    try:
        yield run
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class Summary:
    read: int = 0
    extracted: int = 0
    skipped: int | None = None  # ingest only
    failed: int = 0
    loaded: int = 0
    nodes: int = 0  # created by this run
    relations: int = 0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)  # the store's counts at the end

    def line(self) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        skipped = "" if self.skipped is None else f"{self.skipped} skipped unchanged, "
        s = f"{self.read} articles read, {self.extracted} extracted, {skipped}{self.failed} failed"
        if self.loaded or self.totals:
            s += f"; {self.loaded} loaded: {self.nodes} nodes and {self.relations} relations created"
        return s + (f" ({self.seconds:.1f} s, {rate:.1f} articles/s)" if rate else f" ({self.seconds:.1f} s)")


def read_all(paths: Iterable[str | Path], max_bytes: int, report: Report, summary: Summary) -> list[RawArticle]:
    articles = []
    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, ReadError):
            summary.failed += 1
            report(str(item))
        else:
            articles.append(item)
    summary.read = len(articles) + summary.failed
    return articles


def progress_bar(enabled: bool) -> Progress:
    """A rich progress bar on stderr: articles done, per second, time left (silent off a terminal)."""
    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        TextColumn("[progress.data.speed]{task.fields[rate]}"), TimeRemainingColumn(),
        console=console, disable=not (enabled and console.is_terminal),
    )


def _rate(task: Task) -> str:
    return f"{task.speed:.1f} articles/s" if task.speed else ""


def extract_paths(paths: Iterable[str | Path], emit: Callable[[DocGraph], None], *, jobs: int,
                  max_bytes: int = DEFAULT_MAX_BYTES, report: Report = print, progress: bool = True) -> Summary:
    """Read and extract every article under `paths`, handing each document graph to `emit`, in order."""
    t0 = time.perf_counter()
    summary = Summary()
    articles = read_all(paths, max_bytes, report, summary)
    with extraction(min(jobs, len(articles))) as run, progress_bar(progress) as bar:
        task = bar.add_task("extract", total=len(articles), rate="")
        for raw, (doc, error) in zip(articles, run(articles)):
            if doc is None:
                summary.failed += 1
                report(f"{raw.path or raw.id}: {error}")
            else:
                try:
                    emit(doc)
                    summary.extracted += 1
                except OSError as exc:
                    summary.failed += 1
                    report(f"{raw.path or raw.id}: output could not be written: {exc.strerror or exc}")
            bar.update(task, advance=1, rate=_rate(bar.tasks[0]))
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_paths(paths: Iterable[str | Path], store: Store, *, jobs: int, batch_size: int = 500,
                 max_bytes: int = DEFAULT_MAX_BYTES, report: Report = print, progress: bool = True) -> Summary:
    """Extract the articles under `paths` and load them into `store`, skipping those loaded unchanged.

    Every `batch_size` articles are written as one unit; an article the store refuses is reported and absent.
    """
    t0 = time.perf_counter()
    summary = Summary()
    articles = read_all(paths, max_bytes, report, summary)
    store.ensure_schema()
    view = store.view()
    todo = [a for a in articles if view.article_hash(a.id) != a.content_hash]
    summary.skipped = len(articles) - len(todo)
    where = {a.id: a.path or a.id for a in todo}
    writer = resolving_writer(store, batch_size)  # it flushes when told, below
    batch: list[str] = []

    def flush() -> None:
        try:
            stats = writer.flush()
        except StoreError as exc:
            summary.failed += len(batch)
            for aid in batch:
                report(f"{where[aid]}: not loaded: {' '.join(str(exc).split())}")
        else:
            failed = dict(stats.failed)
            for aid, message in failed.items():
                report(f"{where.get(aid, aid)}: not loaded: {' '.join(message.split())}")
            summary.failed += len(failed)
            summary.loaded += len([aid for aid in batch if aid not in failed])
            summary.nodes += stats.nodes_created
            summary.relations += stats.relations_created
        batch.clear()

    with extraction(min(jobs, len(todo)), resolved=True) as run, progress_bar(progress) as bar:
        task = bar.add_task("ingest", total=len(todo), rate="")
        for raw, (doc, error) in zip(todo, run(todo)):
            bar.update(task, advance=1, rate=_rate(bar.tasks[0]))
            if doc is None:
                summary.failed += 1
                report(f"{where[raw.id]}: {error}")
                continue
            summary.extracted += 1
            try:
                writer.add(doc)
            except (ValueError, KeyError) as exc:  # refused before it was queued
                summary.failed += 1
                report(f"{where[raw.id]}: not loaded: {type(exc).__name__}: {' '.join(str(exc).split())}")
                continue
            batch.append(raw.id)
            if len(batch) >= batch_size:
                flush()
        flush()
    summary.totals = store.view().counts()
    summary.seconds = time.perf_counter() - t0
    return summary
