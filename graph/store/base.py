"""The store interface: a `Store` hands out a `Writer` (batches, flushes on exit) and a `View` (reads).

Graph layout, shared by every backend:
- every node has the label `Entity` and its type's label (Agency, Person, Agreement, Event,
  Location, Article) and the properties `id` (global, see graph.model), `name`, `aliases`
  (list), `search` (folded name and aliases, for diacritic-insensitive search) and its
  type's own properties;
- an Article links to what it names through MENTIONS;
- every other edge keeps its provenance in parallel lists, one entry per article:
  `articles`, `sentences`, `starts`, `ends`, `dates`, plus `first_seen`/`last_seen`
  (ISO dates) and the type's key properties (HOLDS_POSITION: `title`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from coordgraph.graph.model import DocGraph


class StoreError(RuntimeError):
    """The store cannot be reached or refused a statement."""


class ReadOnlyError(StoreError):
    """A statement that would write was sent through a read-only path."""


@dataclass
class LoadStats:
    articles: int = 0
    skipped: int = 0
    nodes_created: int = 0
    relations_created: int = 0
    relations_updated: int = 0  # existing edges that got this batch's provenance
    properties_set: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False  # rows past `max_rows` were dropped

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


class View(ABC):
    """Reads."""

    @abstractmethod
    def read(self, query: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, max_rows: int | None = None) -> QueryResult:
        """Run Cypher that cannot write (the engine's own read-only mechanism enforces it)."""

    @abstractmethod
    def named(self, name: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a named query of cypher/queries (the backend's variant where one exists)."""

    @abstractmethod
    def article_hash(self, article_id: str) -> str | None:
        """The content hash stored for an article, or None when it is not loaded."""

    def article_hashes(self, article_ids: list[str]) -> dict[str, str]:
        """Article id -> stored content hash, for those of `article_ids` that are loaded (one query where
        the backend allows)."""
        found = {aid: self.article_hash(aid) for aid in article_ids}
        return {aid: h for aid, h in found.items() if h}

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Nodes per label and relations per type."""


class Writer(ABC):
    """Batches document graphs; each article is written whole or not at all."""

    stats: LoadStats  # totals of every flush so far (failed: article id, problem)

    @abstractmethod
    def add(self, doc: DocGraph) -> None:
        """Queue one resolved document graph (global ids); replaces that article's earlier facts."""

    @abstractmethod
    def flush(self) -> LoadStats:
        """Write what is queued in one atomic unit."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.flush()


class Store(ABC):
    backend: str = ""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abstractmethod
    def writer(self, batch_size: int = 500) -> Writer: ...

    @abstractmethod
    def view(self) -> View: ...

    @abstractmethod
    def clear(self) -> None:
        """Delete everything (tests and benchmarks)."""

    @abstractmethod
    def close(self) -> None: ...


def open_store(url: str | None = None, **settings_overrides: Any) -> Store:
    """The store named by `url` (default: COORDGRAPH_STORE): 'embedded', falkordb://, neo4j:// or bolt://."""
    from coordgraph.graph.settings import get_settings

    settings = get_settings().model_copy(update=settings_overrides)
    url = url or settings.store
    if url == "embedded" or url.startswith(("falkordb://", "redis://")):
        from coordgraph.graph.store.falkordb import FalkorStore

        return FalkorStore.open(url, settings)
    if url.startswith(("neo4j://", "neo4j+s://", "bolt://", "bolt+s://")):
        from coordgraph.graph.store.neo4j_ import Neo4jStore

        return Neo4jStore.open(url, settings)
    raise StoreError(f"unknown store URL {url!r}: use 'embedded', falkordb://host:port, neo4j:// or bolt://")
