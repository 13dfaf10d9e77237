"""Extraction over worker processes, and ingestion: read -> extract -> load into a store.

Worker processes read, decode and extract articles (see `Pipeline`); the calling process only lists
the files, looks content hashes up in batches and loads what was extracted.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from coordgraph.graph.model import DocGraph, resolve
from coordgraph.graph.store.base import Store, StoreError
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.read import (
    DEFAULT_MAX_BYTES,
    ReadError,
    Source,
    UniqueIds,
    complete,
    read_source,
    sources,
)
from coordgraph.ingest.resolving import resolving_writer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
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
        doc = _extractor.extract(complete(raw))  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 -- one article's failure must not stop the others
        return None, f"extraction failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
    a = doc.article
    a.id = raw.id
    a.title = a.title or raw.title
    a.published = a.published or raw.published
    a.source = a.source or raw.source
    a.url = a.url or raw.url
    a.content_hash = raw.content_hash
    a.text = raw.text
    return (resolve(doc) if resolved else doc), None


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _init_worker(parent: int) -> None:
    """Worker initializer: die with the parent process (even SIGKILLed). The extractor is built on first use,
    so that a run that only finds unchanged articles never pays for it."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no libc prctl: the parent-pid check below still catches a dead parent
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def read_chunk(srcs: Sequence[Source | ReadError], max_bytes: int) -> list[RawArticle | ReadError]:
    """Read and decode sources, each article's content hash computed here (in a worker)."""
    out = [src if isinstance(src, ReadError) else read_source(src, max_bytes=max_bytes, later=True)
           for src in srcs]
    for item in out:
        if isinstance(item, RawArticle):
            item.content_hash  # noqa: B018 -- cached on the article, pickled with it
    return out


def extract_chunk(raws: Sequence[RawArticle], resolved: bool) -> list[Outcome]:
    return [extract_one(raw, resolved) for raw in raws]


class _InProcess(Executor):
    """`--jobs 1`: the same pipeline, every task run at once in this process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        f: Future[Any] = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 -- handed to the caller through the future, as a pool does
            f.set_exception(exc)
        return f


Item = tuple[RawArticle | ReadError, Outcome | None]  # an article or why it was not read; None: skipped


class Pipeline:
    """Reading and extraction in worker processes, results in the order of the sources.

    Reads go out in chunks; `wanted` is asked once per chunk which of its articles to extract
    (ingest: one batched hash lookup); at most a few chunks are in flight, so a consumer that
    stops early (the store is gone) leaves little work done for nothing.
    Enter it before starting threads: workers are forked.
    """

    def __init__(self, jobs: int, *, max_bytes: int = DEFAULT_MAX_BYTES, resolved: bool = False) -> None:
        self.jobs, self.max_bytes, self.resolved = max(1, jobs), max_bytes, resolved
        self.pool: Executor = _InProcess()

    def __enter__(self) -> Self:
        if self.jobs > 1:
            ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker,
                                            initargs=(os.getpid(),))
            self.pool.submit(int)  # forks every worker now, before the caller starts threads
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        try:
            return self.pool.submit(fn, *args)
        except (BrokenProcessPool, RuntimeError) as exc:
            f: Future[Any] = Future()
            f.set_exception(exc)
            return f

    def run(self, srcs: Sequence[Source | ReadError],
            wanted: Callable[[list[RawArticle]], set[str]] | None = None) -> Iterator[Item]:
        """Each source read (and extracted when `wanted` says so; all when it is None), in order."""
        n_read = max(1, min(256, len(srcs) // (self.jobs * 4)))
        n_extract = max(1, min(4, len(srcs) // (self.jobs * 8)))
        chunks = (list(srcs[k:k + n_read]) for k in range(0, len(srcs), n_read))
        reads: deque[tuple[list[Source | ReadError], Future[list[RawArticle | ReadError]]]] = deque()
        out: deque[tuple[RawArticle | ReadError, Future[list[Outcome]] | None, int]] = deque()
        unique = UniqueIds()
        window = 2 * self.jobs + 1
        while True:
            while len(reads) < window and (chunk := next(chunks, None)):
                reads.append((chunk, self._submit(read_chunk, chunk, self.max_bytes)))
            while out:  # hand out what is ready; wait for the oldest when enough work is queued
                raw, fut, i = out[0]
                if fut is not None and not fut.done() and reads and len(out) < window * n_read:
                    break
                out.popleft()
                yield raw, (None if fut is None else _outcome(fut, i))
            if not reads:
                return
            chunk, fut = reads.popleft()
            try:
                items = [unique.check(item) for item in fut.result()]
            except BrokenProcessPool:
                items = [src if isinstance(src, ReadError) else ReadError(
                    str(src[0] if isinstance(src, tuple) else src), "a worker process died while reading it",
                    src[1] if isinstance(src, tuple) else None) for src in chunk]
            raws = [a for a in items if isinstance(a, RawArticle)]
            want = {a.id for a in raws} if wanted is None else wanted(raws)
            todo = [a for a in raws if a.id in want]
            futures: dict[str, tuple[Future[list[Outcome]], int]] = {}
            for k in range(0, len(todo), n_extract):
                group = todo[k:k + n_extract]
                f = self._submit(extract_chunk, group, self.resolved)
                futures.update({a.id: (f, j) for j, a in enumerate(group)})
            for item in items:
                f_i = futures.get(item.id) if isinstance(item, RawArticle) else None
                out.append((item, None, 0) if f_i is None else (item, f_i[0], f_i[1]))


def _outcome(fut: Future[list[Outcome]], i: int) -> Outcome:
    try:
        return fut.result()[i]
    except BrokenProcessPool:
        return None, "extraction failed: a worker process died"


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
    stopped: str | None = None  # why the run ended before its last article (the store is gone)

    def line(self) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        skipped = "" if self.skipped is None else f"{self.skipped} skipped unchanged, "
        s = f"{self.read} articles read, {self.extracted} extracted, {skipped}{self.failed} failed"
        if self.loaded or self.totals:
            s += f"; {self.loaded} loaded: {self.nodes} nodes and {self.relations} relations created"
        return s + (f" ({self.seconds:.1f} s, {rate:.1f} articles/s)" if rate else f" ({self.seconds:.1f} s)")


class Meter:
    """Progress on stderr: a rich bar on a terminal; else a line every `every` articles or `seconds`."""

    def __init__(self, label: str, total: int, enabled: bool, *, every: int = 1000, seconds: float = 10.0) -> None:
        self.label, self.total, self.enabled, self.every, self.seconds = label, total, enabled, every, seconds
        self.console = Console(stderr=True)
        self.bar: Progress | None = None
        self.done = self.printed = 0
        self.t0 = self.last = time.perf_counter()

    def __enter__(self) -> Self:
        if self.enabled and self.console.is_terminal:
            self.bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                TextColumn("[progress.data.speed]{task.fields[rate]}"), TimeRemainingColumn(), console=self.console)
            self.bar.__enter__()
            self.bar.add_task(self.label, total=self.total, rate="")
        return self

    def advance(self) -> None:
        self.done += 1
        now = time.perf_counter()
        if self.bar is not None:
            self.bar.update(self.bar.task_ids[0], advance=1, rate=f"{self._rate(now):.1f} articles/s")
        elif self.enabled and (self.done % self.every == 0 or now - self.last >= self.seconds):
            self._line(now)

    def _rate(self, now: float) -> float:
        return self.done / (now - self.t0) if now > self.t0 else 0.0

    def _line(self, now: float) -> None:
        self.last, self.printed = now, self.done
        print(f"{self.label}: {self.done} of {self.total} articles ({self._rate(now):.1f} articles/s)",
              file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
        elif self.enabled and self.done != self.printed:
            self._line(time.perf_counter())  # how far it got


def _sources(paths: Iterable[str | Path], max_bytes: int) -> list[Source | ReadError]:
    return list(sources(paths, max_bytes=max_bytes))


def _where(item: RawArticle | ReadError) -> str:
    return str(item) if isinstance(item, ReadError) else (item.path or item.id)


def _extracted(items: Iterator[Item], meter: Meter, summary: Summary,
               report: Report) -> Iterator[tuple[RawArticle, DocGraph | None]]:
    """Each article read and extracted with its document graph (None: skipped as unchanged); the others
    are counted as failed and reported, naming their file."""
    for item, outcome in items:
        meter.advance()
        summary.read += 1
        if isinstance(item, ReadError):
            summary.failed += 1
            report(str(item))
        elif outcome is None:
            yield item, None
        elif outcome[0] is None:
            summary.failed += 1
            report(f"{_where(item)}: {outcome[1]}")
        else:
            yield item, outcome[0]


def extract_paths(paths: Iterable[str | Path], emit: Callable[[DocGraph], None], *, jobs: int,
                  max_bytes: int = DEFAULT_MAX_BYTES, report: Report = print, progress: bool = True) -> Summary:
    """Read and extract every article under `paths`, handing each document graph to `emit`, in order."""
    t0 = time.perf_counter()
    summary = Summary()
    srcs = _sources(paths, max_bytes)
    with Pipeline(min(jobs, len(srcs)), max_bytes=max_bytes) as pipeline, \
            Meter("extract", len(srcs), progress) as meter:
        for item, doc in _extracted(pipeline.run(srcs), meter, summary, report):
            if doc is None:
                continue
            try:
                emit(doc)
                summary.extracted += 1
            except BrokenPipeError:  # the reader of our output is gone: nothing more can be written
                summary.failed += 1
                summary.stopped = "the output was closed; extraction stopped"
                break
            except OSError as exc:
                summary.failed += 1
                report(f"{_where(item)}: output could not be written: {exc.strerror or exc}")
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_paths(paths: Iterable[str | Path], store: Store, *, jobs: int, batch_size: int = 500,
                 max_bytes: int = DEFAULT_MAX_BYTES, report: Report = print, progress: bool = True) -> Summary:
    """Extract the articles under `paths` and load them into `store`, skipping those loaded unchanged.

    Every `batch_size` articles are written as one unit; an article the store refuses is reported and absent.
    When the store cannot be reached any more, the run stops: `summary.stopped` says why.
    """
    t0 = time.perf_counter()
    summary = Summary()
    skipped = 0
    srcs = _sources(paths, max_bytes)
    store.ensure_schema()
    view = store.view()
    writer = resolving_writer(store, batch_size)  # resolution across articles; it flushes when told, below
    batch: list[RawArticle] = []

    def changed(raws: list[RawArticle]) -> set[str]:
        if not raws:
            return set()
        stored = view.article_hashes([a.id for a in raws])
        return {a.id for a in raws if stored.get(a.id) != a.content_hash}

    def flush() -> None:
        try:
            stats = writer.flush()
        except StoreError:
            summary.failed += len(batch)
            for a in batch:
                report(f"{_where(a)}: not loaded: the store is gone")
            batch.clear()
            raise
        failed = dict(stats.failed)
        for a in batch:
            if a.id in failed:
                report(f"{_where(a)}: not loaded: {' '.join(failed[a.id].split())}")
        summary.failed += len(failed)
        summary.loaded += len([a for a in batch if a.id not in failed])
        summary.nodes += stats.nodes_created
        summary.relations += stats.relations_created
        batch.clear()

    with Pipeline(min(jobs, len(srcs)), max_bytes=max_bytes, resolved=True) as pipeline, \
            Meter("ingest", len(srcs), progress) as meter:
        try:
            for item, doc in _extracted(pipeline.run(srcs, changed), meter, summary, report):
                if doc is None:
                    skipped += 1
                    continue
                summary.extracted += 1
                try:
                    writer.add(doc)
                except (ValueError, KeyError) as exc:  # refused before it was queued
                    summary.failed += 1
                    report(f"{_where(item)}: not loaded: {type(exc).__name__}: {' '.join(str(exc).split())}")
                    continue
                batch.append(item)
                if len(batch) >= batch_size:
                    flush()
            flush()
        except StoreError as exc:
            left = len(srcs) - summary.read
            summary.stopped = (f"{' '.join(str(exc).split())}; ingest stopped ({left} of {len(srcs)} articles not "
                               "read yet): run the same command again once the store is back")
    summary.skipped = skipped
    if summary.stopped is None:
        summary.totals = store.view().counts()
    summary.seconds = time.perf_counter() - t0
    return summary
