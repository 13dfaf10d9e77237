"""Resolution wired to a store: the per-article graphs kept beside the graph, the writer that resolves
them all before writing, and the judgements applied on every write.

Beside the graph, in `<data dir>/resolution/<backend>-<graph>/`: `docs/` holds each article's
graph as extraction gave it (so a later article or judgement can change how earlier ones resolve
without extracting them again) and `judgements.jsonl` the judgement log. A write resolves every
kept article that is in the store, plus the new ones, and hands the writer those whose resolved
graph changed; `POSSIBLY_SAME_AS` links are then rewritten. A resolver keeps a `resolve.Memo` for as
long as it lives (one per state directory in a process, see `resolver_for`), so a batch or a posted
article re-resolves only the name blocks and articles it touches; the first write of a process
resolves everything once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from coordgraph.graph.model import DocGraph, parse_doc
from coordgraph.graph.store.base import LoadStats, Store, Writer
from coordgraph.graph.store.writes import (
    STORED_DIGESTS,
    Statement,
    add_stats,
    article_node_id,
    check_doc,
    doc_digest,
)
from coordgraph.ingest.judgements import Applied, Judgement, Log
from coordgraph.ingest.resolve import Memo, Resolution, resolve_docs

DELETE_LINKS = """
MATCH (:Entity)-[r:POSSIBLY_SAME_AS]->(:Entity)
DELETE r
"""
MERGE_LINKS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.score = row.score, r.reasons = row.reasons
"""
ARTICLE_IDS = """
MATCH (a:Article)
RETURN a.id AS id
"""
LINKS = """
MATCH (a:Entity)-[r:POSSIBLY_SAME_AS]->(b:Entity)
RETURN a.id AS source, a.name AS source_name, b.id AS target, b.name AS target_name, r.score AS score,
       r.reasons AS reasons
ORDER BY score DESC, source, target
"""
STATEMENTS = (DELETE_LINKS, MERGE_LINKS, ARTICLE_IDS, LINKS)


def state_dir(store: Store, data_dir: Path | None = None) -> Path:
    """Where a store's resolution state lives: beside an embedded graph, else in the data directory."""
    if data_dir is None:
        server = getattr(store, "server", None)
        if server is not None:
            data_dir = Path(server.data_dir)
        else:
            from coordgraph.graph.settings import get_settings

            data_dir = get_settings().data_dir
    graph = getattr(store, "graph_name", None) or getattr(store, "database", None) or "graph"
    return Path(data_dir) / "resolution" / re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{store.backend}-{graph}")


class Resolver:
    """One store's resolution: kept article graphs, judgements, and re-resolving on demand."""

    def __init__(self, store: Store, data_dir: Path | None = None) -> None:
        self.store = store
        self.dir = state_dir(store, data_dir)
        self.log = Log(self.dir / "judgements.jsonl")
        self._docs: dict[str, DocGraph] | None = None
        self._seen: int | None = None  # the docs folder's mtime when last read or written by us
        self.memo = Memo()
        self.last: Resolution | None = None

    # -- kept article graphs ---------------------------------------------------------
    def _file(self, article_id: str) -> Path:
        return self.dir / "docs" / (hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:20] + ".json")

    def _mtime(self) -> int | None:
        try:
            return (self.dir / "docs").stat().st_mtime_ns
        except OSError:
            return None

    def docs(self) -> dict[str, DocGraph]:
        if self._docs is None or self._mtime() != self._seen:  # (re)read when another process wrote
            self._docs = {}
            self._seen = self._mtime()
            folder = self.dir / "docs"
            for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                try:
                    doc = parse_doc(json.loads(f.read_text(encoding="utf-8")))
                except (ValueError, OSError) as exc:
                    raise ValueError(f"{f}: a kept article graph cannot be read: {exc}") from exc
                self._docs[doc.article.id] = doc
        return self._docs

    def keep(self, doc: DocGraph) -> DocGraph:
        """Keep an article's graph (written whole or not at all); returns it as a later read gives it back.

        Resolving the returned graph gives what resolving the kept file gives in a later process (its
        digest too): the file drops what the format does not carry (properties without a value), so a
        graph from memory that still carried them would be written again by the next run."""
        path = self._file(doc.article.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        docs = self.docs()  # read before writing, so that our own write is not taken for another process's
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(doc.to_json(), f, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        kept = parse_doc(doc.to_json())
        kept.article = doc.article  # with its text, which the file does not keep and no digest reads
        docs[doc.article.id] = kept
        self._seen = self._mtime()
        return kept

    # -- resolving -------------------------------------------------------------------
    def stored_articles(self) -> set[str]:
        rows = self.store.view().read(ARTICLE_IDS, timeout_ms=0).rows
        return {str(r[0]).removeprefix("article:") for r in rows}

    def resolve(self, extra: dict[str, DocGraph] | None = None) -> Resolution:
        """Resolve the kept articles in the store, with `extra` (not stored yet) among them."""
        extra = extra or {}
        present = self.stored_articles() | set(extra)
        docs = {**{a: d for a, d in self.docs().items() if a in present}, **extra}
        self.last = resolve_docs([docs[a] for a in sorted(docs)], Applied(self.log.active()), self.memo)
        return self.last

    def write(self, extra: dict[str, DocGraph] | None = None, batch_size: int = 500) -> LoadStats:
        """Resolve and write what changed; then rewrite the POSSIBLY_SAME_AS links."""
        extra = {aid: self.keep(doc) for aid, doc in (extra or {}).items()}
        res = self.resolve(extra)
        writer = self.store.writer(batch_size)
        for doc in [d for d in res.docs if d.article.id in extra] + self._changed(res, extra):
            writer.add(doc)
        writer.flush()
        total = add_stats(LoadStats(), writer.stats)
        rows = [{"source": x.source, "target": x.target, "score": x.score, "reasons": x.reasons} for x in res.links]
        self.store.run([Statement(DELETE_LINKS, {}, "remove"),  # type: ignore[attr-defined]
                        Statement(MERGE_LINKS, {"rows": rows}, "relation", len(rows))])
        return total

    def _changed(self, res: Resolution, extra: dict[str, DocGraph]) -> list[DocGraph]:
        """The earlier articles whose resolved graph is not the one stored (new evidence or judgements):
        among those resolution rebuilt this time, the others being as the memo last wrote them."""
        old = [d for d in res.docs if d.article.id not in extra and d.article.id in res.fresh]
        if not old:
            return []
        rows = self.store.view().read(STORED_DIGESTS, {"article_ids": [article_node_id(d.article.id) for d in old]},
                                      timeout_ms=0).rows
        stored = {r[0]: r[1] for r in rows}
        return [d for d in old if stored.get(article_node_id(d.article.id)) != doc_digest(d)]

    def links(self) -> list[dict[str, Any]]:
        return self.store.view().read(LINKS, timeout_ms=0).records()

    # -- judgements --------------------------------------------------------------------
    def judge(self, kind: str, a: str, b: str, reason: str, *, relation: str | None = None,
              title: str | None = None) -> Judgement:
        """Record a judgement (with the mentions each node is made of now) and rewrite the graph."""
        members = self.resolve().members
        j = Judgement(kind, a, b, reason, relation=relation, title=title,
                      mentions_a=members.get(a, []), mentions_b=members.get(b, []))
        if kind != "wrong" and a.startswith("person:") and not (j.mentions_a and j.mentions_b):
            from coordgraph.ingest.judgements import JudgementError

            missing = a if not j.mentions_a else b
            raise JudgementError(f"no person {missing!r} in the graph")
        self.log.add(j)
        self.write()
        return j

    def undo(self, jid: str) -> Judgement:
        j = self.log.undo(jid)
        self.write()
        return j


_RESOLVERS: dict[Path, Resolver] = {}


def resolver_for(store: Store, data_dir: Path | None = None) -> Resolver:
    """The process's resolver of a store's state directory, kept between calls with what it resolved."""
    folder = state_dir(store, data_dir)
    r = _RESOLVERS.get(folder)
    if r is None:
        r = _RESOLVERS[folder] = Resolver(store, data_dir)
    r.store = store
    return r


class ResolvingWriter(Writer):
    """A writer that keeps each article's graph and writes them resolved against all the others."""

    def __init__(self, store: Store, batch_size: int = 500, data_dir: Path | None = None) -> None:
        self.resolver = resolver_for(store, data_dir)
        self.batch_size = batch_size
        self.queue: dict[str, DocGraph] = {}
        self.stats = LoadStats()

    def add(self, doc: DocGraph) -> None:
        check_doc(doc)
        parse_doc(doc.to_json())  # what cannot be kept is refused here (FormatError), not at the flush
        self.queue[doc.article.id] = doc

    def flush(self) -> LoadStats:
        docs, self.queue = self.queue, {}
        if not docs:
            return LoadStats()
        stats = self.resolver.write(docs, self.batch_size)
        add_stats(self.stats, stats)
        return stats


def resolving_writer(store: Store, batch_size: int = 500, data_dir: Path | None = None) -> Writer:
    """The writer ingest and load use: resolution across articles, then the store's own writer."""
    return ResolvingWriter(store, batch_size, data_dir)
