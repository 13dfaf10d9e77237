"""The Cypher that loads document graphs, shared by both backends, the rows it is fed, and the
batching writer both backends build on.

Every statement is a module-level constant or a template whose only blank is a label or a
relationship type of graph/schema (never data), so `all_write_statements()` can list them all
for the linter. Loading an article first removes what an earlier version of it stored (its
provenance entries, edges left without provenance, its MENTIONS, entities nobody else mentions),
then merges the new facts; so loading is idempotent and a changed article replaces its facts.
What a node or edge gathers from several articles is kept in one order whatever order the articles
came in (aliases and search terms sorted, the name's term first; provenance by article id), so a
graph built in other batches, or completed after an interrupted run, is the same graph.

An article's content hash and digest say "stored whole": the first statement of a write clears
them, and they are set again by MARK_ARTICLES only after every other statement succeeded (in the
same transaction where the engine has transactions, in a later command where it does not). An
interrupted or refused write therefore leaves no article marked while it is partial, and the next
load or ingest rewrites it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, fields
from typing import Any, cast

from coordgraph.graph.model import DocGraph, entity_types, fold, relation_key, relation_types
from coordgraph.graph.queries import get_query
from coordgraph.graph.store.base import LoadStats, QueryResult, StoreError, View, Writer

REMOVE_PROVENANCE = """
UNWIND $article_ids AS aid
MATCH (:Entity {id: aid})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WITH DISTINCT r
WHERE any(x IN r.articles WHERE x IN $articles)
WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN $articles] AS keep
WITH r, keep, [i IN keep | r.dates[i]] AS dates
SET r.articles = [i IN keep | r.articles[i]],
    r.sentences = [i IN keep | r.sentences[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.dates = dates,
    r.first_seen = reduce(m = null, d IN dates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d < m THEN d ELSE m END),
    r.last_seen = reduce(m = null, d IN dates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d > m THEN d ELSE m END)
"""

DELETE_UNPROVEN = """
UNWIND $article_ids AS aid
MATCH (:Entity {id: aid})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WITH DISTINCT r
WHERE size(r.articles) = 0
DELETE r
"""

DELETE_ORPHANS = """
UNWIND $article_ids AS aid
MATCH (:Entity {id: aid})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
OPTIONAL MATCH (e)<-[m:MENTIONS]-(other:Entity)
WHERE NOT other.id IN $article_ids
WITH e, count(m) AS mentions
WHERE mentions = 0
DETACH DELETE e
"""

DELETE_MENTIONS = """
UNWIND $article_ids AS aid
MATCH (:Entity {id: aid})-[m:MENTIONS]->(:Entity)
DELETE m
"""

DELETE_ARTICLES = """
UNWIND $article_ids AS aid
MATCH (a:Entity {id: aid})
DETACH DELETE a
"""

UNMARK_ARTICLES = """
UNWIND $article_ids AS aid
MATCH (a:Entity {id: aid})
SET a.doc_hash = null, a.content_hash = null
"""

MERGE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Entity:Article {id: row.id})
SET a += row.props
"""

MARK_ARTICLES = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.id})
SET a.doc_hash = row.doc_hash, a.content_hash = row.content_hash
"""

_LEAST = ("number", "date")  # properties kept as the least of the spellings read, in one batch or across batches

MERGE_ENTITIES = """
UNWIND $rows AS row
MERGE (n:Entity:{label} {{id: row.id}})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.search = row.search
ON MATCH SET
    n.aliases = reduce(acc = coalesce(n.aliases, []),
        x IN [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])] |
        [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x]),
    n.search = reduce(s = '', t IN reduce(
            acc = CASE WHEN coalesce(n.search, '') = '' THEN [] ELSE split(n.search, ' | ') END,
            t IN row.terms |
            CASE WHEN t IN acc THEN acc ELSE acc[..1] + [y IN acc[1..] WHERE y < t] + [t] + [y IN acc[1..] WHERE y > t] END) |
        CASE WHEN s = '' THEN t ELSE s + ' | ' + t END)
WITH n, row, properties(n) AS old
SET n += row.props
// A document's number and date as articles spell them differently: the least, whatever order they load in.
SET """ + ",\n    ".join(f"n.{k} = CASE WHEN old.{k} IS NOT NULL AND (n.{k} IS NULL OR old.{k} < n.{k}) "
                        f"THEN old.{k} ELSE n.{k} END" for k in _LEAST) + "\n"

_MERGE_RELATIONS = """
UNWIND $rows AS row
MATCH (s:Entity {{id: row.source}})
MATCH (t:Entity {{id: row.target}})
MERGE (s)-[r:{type}{key}]->(t)
WITH r, row, coalesce(r.articles, []) AS old
WITH r, row, size(old) AS n, [p IN row.prov WHERE NOT p.article IN old] AS new, old
WITH r, row, n, old, old + [p IN new | p.article] AS articles,
     coalesce(r.sentences, []) + [p IN new | p.sentence] AS sentences,
     coalesce(r.starts, []) + [p IN new | p.start] AS starts,
     coalesce(r.ends, []) + [p IN new | p.end] AS ends,
     coalesce(r.dates, []) + [p IN new | p.date] AS dates
WITH r, row, old, articles, sentences, starts, ends, dates,
     reduce(ix = range(0, n - 1), i IN range(n, size(articles) - 1) |
        [j IN ix WHERE articles[j] < articles[i]] + [i] + [j IN ix WHERE articles[j] > articles[i]]) AS ix
// Where articles read the relation's properties differently (a title, a role), the last article by id
// has the say, whatever order the articles are loaded in.
FOREACH (_ IN CASE WHEN all(a IN old WHERE any(p IN row.prov WHERE p.article >= a)) THEN [1] ELSE [] END |
    SET r += row.props)
SET r.articles = [i IN ix | articles[i]],
    r.sentences = [i IN ix | sentences[i]],
    r.starts = [i IN ix | starts[i]],
    r.ends = [i IN ix | ends[i]],
    r.dates = [i IN ix | dates[i]],
    r.first_seen = reduce(m = null, d IN dates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d < m THEN d ELSE m END),
    r.last_seen = reduce(m = null, d IN dates | CASE WHEN d = '' THEN m WHEN m IS NULL OR d > m THEN d ELSE m END)
"""

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[:MENTIONS]->(e)
"""

STORED_DIGESTS = """
UNWIND $article_ids AS aid
MATCH (a:Entity {id: aid})
RETURN a.id AS id, a.doc_hash AS doc_hash
"""

# Reads the stores themselves make (View.article_hash, View.counts).
ARTICLE_HASH = """
MATCH (a:Entity {id: $id})
RETURN coalesce(a.content_hash, a.doc_hash) AS hash
"""
ARTICLE_HASHES = """
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN a.id AS id, coalesce(a.content_hash, a.doc_hash) AS hash
"""
LABELS = "CALL db.labels() YIELD label RETURN label"
RELATIONSHIP_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"
_COUNT_LABEL = "MATCH (n:`{label}`) RETURN count(n) AS n"
_COUNT_TYPE = "MATCH ()-[r:`{type}`]->() RETURN count(r) AS n"


def count_label(label: str) -> str:
    return _COUNT_LABEL.format(label=label.replace("`", ""))


def count_type(type_: str) -> str:
    return _COUNT_TYPE.format(type=type_.replace("`", ""))


# Removing an article's earlier facts, in this order, before merging its new ones.
REMOVALS = (REMOVE_PROVENANCE, DELETE_UNPROVEN, DELETE_ORPHANS, DELETE_MENTIONS)

class WriteRefused(StoreError):
    """The engine refused a write (bad data or statement), as opposed to being unreachable."""


_RESERVED = {"id", "name", "aliases", "search", "articles", "sentences", "starts", "ends", "dates",
             "first_seen", "last_seen", "doc_hash"}
_PROPERTY_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def merge_entities(label: str) -> str:
    if label not in entity_types():
        raise ValueError(f"unknown label {label!r}")
    return MERGE_ENTITIES.format(label=label)


def merge_relations(type_: str) -> str:
    rt = relation_types()[type_]
    if len(rt.key) > 1:
        raise ValueError(f"{type_}: edges keyed by more than one property are not supported")
    key = f" {{{rt.key[0]}: row.key}}" if rt.key else ""
    return _MERGE_RELATIONS.format(type=type_, key=key)


def all_statements() -> list[str]:
    """Every write statement a store can send, and its own reads (for the linter test)."""
    labels = [t for t in entity_types() if t != "Article"]
    rels = [t for t in relation_types() if t != "MENTIONS"]
    return [*REMOVALS, DELETE_ARTICLES, UNMARK_ARTICLES, MERGE_ARTICLES, MARK_ARTICLES, *map(merge_entities, labels),
            *map(merge_relations, rels), MERGE_MENTIONS, STORED_DIGESTS, ARTICLE_HASH, ARTICLE_HASHES, LABELS,
            RELATIONSHIP_TYPES, *map(count_label, ["Entity", *entity_types()]), *map(count_type, relation_types())]


# --- rows -----------------------------------------------------------------


@dataclass
class Statement:
    query: str
    params: dict[str, Any]
    kind: str  # "remove", "node", "relation" or "mention": which stats it adds to
    rows: int = 0


def doc_digest(doc: DocGraph) -> str:
    """A digest of everything a document graph says; equal digests mean nothing to write."""
    text = json.dumps(doc.to_json(), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_node_id(article_id: str) -> str:
    return f"article:{article_id}"


def _value(v: Any) -> Any:
    """A value both engines store as a property: scalars, lists of scalars; anything else as JSON."""
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, (list, tuple)) and all(isinstance(x, (str, bool, int, float)) for x in v):
        kinds = {type(x) for x in v}
        return list(v) if len(kinds) <= 1 else [str(x) for x in v]
    return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)



def _props(d: dict[str, Any], drop: set[str] = _RESERVED) -> dict[str, Any]:
    return {k: _value(v) for k, v in d.items()
            if v is not None and k not in drop and _PROPERTY_NAME.match(k)}


def _date(value: Any) -> str:
    s = str(value or "")
    return s[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", s) else ""


MAX_ID_BYTES = 300  # ids longer than this never reach a store (FalkorDB crashed on ~8 KB ids)
MAX_NAME_CHARS = 1000  # names, aliases and titles longer than this are refused


def _too_long(what: str, value: str | None, limit: int, unit: str = "characters") -> str | None:
    size = len(value.encode("utf-8")) if unit == "bytes" and value else len(value or "")
    if size > limit:
        return f"{what} is {size} {unit} long (at most {limit}): {value[:60]!r}…"  # type: ignore[index]
    return None


def check_doc(doc: DocGraph) -> None:
    """A resolved document graph: every id global, of its entity's type and bounded, every name bounded."""
    problems = [_too_long("the article id", doc.article.id, MAX_ID_BYTES - len("article:"), "bytes"),
                _too_long("the article title", doc.article.title, MAX_NAME_CHARS)]
    for e in doc.entities:
        problems += [_too_long(f"entity id {e.id[:60]!r}", e.id, MAX_ID_BYTES, "bytes"),
                     _too_long(f"the name of {e.id[:60]!r}", e.name, MAX_NAME_CHARS),
                     *(_too_long(f"an alias of {e.id[:60]!r}", a, MAX_NAME_CHARS) for a in e.aliases)]
    if found := [p for p in problems if p]:
        raise ValueError("; ".join(found[:3]))
    types = entity_types()
    ids = set()
    for e in doc.entities:
        prefix = types[e.type].prefix
        if not e.id.startswith(prefix + ":") or len(e.id) <= len(prefix) + 1:
            raise ValueError(f"entity {e.id!r} ({e.type}) has no global {prefix}: id; resolve the graph first")
        ids.add(e.id)
    for r in doc.relations:
        if r.source not in ids or r.target not in ids:
            raise ValueError(f"relation {r.type} {r.source!r} -> {r.target!r} points outside the graph")


def build_statements(docs: list[DocGraph], *, replace: list[str] | None = None,
                     digests: dict[str, str] | None = None) -> list[Statement]:
    """The statements that replace these articles' facts with the given ones, in order.

    `replace`: the article ids that may have earlier facts (default: all of them); `digests`:
    article id -> doc_digest, when already computed."""
    articles = [d.article.id for d in docs] if replace is None else replace
    out = [Statement(UNMARK_ARTICLES, {"article_ids": [article_node_id(a) for a in articles]}, "remove")] \
        if articles else []
    out += removal_statements(articles)[:-1] if articles else []
    art_rows = []
    for d in docs:
        a = d.article
        name = a.title or a.id
        props = _props({"name": name, "title": a.title, "published": a.published, "source": a.source,
                        "url": a.url, "text": a.text}, drop=set())
        props.update(aliases=[], search=fold(name))
        art_rows.append({"id": article_node_id(a.id), "props": props})
    out.append(Statement(MERGE_ARTICLES, {"rows": art_rows}, "node", len(art_rows)))

    entities: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}
    for d in docs:
        for e in d.entities:
            row = entities.setdefault(e.id, {"id": e.id, "name": e.name, "names": [], "props": {}})
            labels[e.id] = e.type
            for n in [e.name, *e.aliases]:
                if n and n not in row["names"]:
                    row["names"].append(n)
            props = _props(e.properties)
            for k in _LEAST:  # as MERGE_ENTITIES keeps them: the least of the spellings read
                if row["props"].get(k) and props.get(k) and row["props"][k] < props[k]:
                    props[k] = row["props"][k]
            row["props"].update(props)
    for row in entities.values():  # in the order MERGE_ENTITIES keeps: whatever order they were written in
        row["aliases"] = sorted(n for n in row["names"] if n != row["name"])
        terms = list(dict.fromkeys(t for t in map(fold, row["names"]) if t))
        row["terms"] = terms
        row["search"] = " | ".join(terms[:1] + sorted(set(terms[1:]) - set(terms[:1])))
    for label in sorted(set(labels.values())):
        rows = [r for i, r in entities.items() if labels[i] == label]
        out.append(Statement(merge_entities(label), {"rows": rows}, "node", len(rows)))

    # MENTIONS before the relations: whatever a write interrupted left is reachable from the article.
    mentions = [{"article": article_node_id(d.article.id), "entity": e.id} for d in docs for e in d.entities]
    out.append(Statement(MERGE_MENTIONS, {"rows": mentions}, "mention", len(mentions)))

    edges: dict[tuple[Any, ...], dict[str, Any]] = {}
    for d in docs:
        date = _date(d.article.published)
        for r in d.relations:
            key = relation_key(r)
            rt = relation_types()[r.type]
            row = edges.setdefault(key, {"source": r.source, "target": r.target, "prov": [], "props": {},
                                         **({"key": str(r.properties.get(rt.key[0]) or "")} if rt.key else {})})
            row["props"].update(_props(r.properties, _RESERVED | set(rt.key)))
            ev = r.evidence
            if all(p["article"] != d.article.id for p in row["prov"]):
                row["prov"].append({"article": d.article.id, "sentence": ev.text if ev else "",
                                    "start": ev.start if ev else -1, "end": ev.end if ev else -1, "date": date})
    for type_ in sorted({k[0] for k in edges}):
        rows = [row for k, row in edges.items() if k[0] == type_]
        out.append(Statement(merge_relations(type_), {"rows": rows}, "relation", len(rows)))

    return out


def mark_statement(docs: list[DocGraph], digests: dict[str, str] | None = None) -> Statement:
    """The statement that marks articles stored whole (run after all their facts are written)."""
    rows = [{"id": article_node_id(d.article.id), "doc_hash": (digests or {}).get(d.article.id) or doc_digest(d),
             "content_hash": d.article.content_hash} for d in docs]
    return Statement(MARK_ARTICLES, {"rows": rows}, "mark", len(rows))


def removal_statements(article_ids: list[str]) -> list[Statement]:
    """The statements that take articles out of the graph entirely."""
    nodes = [article_node_id(a) for a in article_ids]
    out = [Statement(q, {"article_ids": nodes, "articles": article_ids}
                     if q is REMOVE_PROVENANCE else {"article_ids": nodes}, "remove") for q in REMOVALS]
    return out + [Statement(DELETE_ARTICLES, {"article_ids": nodes}, "remove")]


def add_stats(total: LoadStats, part: LoadStats) -> LoadStats:
    for f in fields(LoadStats):
        a, b = getattr(total, f.name), getattr(part, f.name)
        setattr(total, f.name, a + b)
    return total


# --- the writer -------------------------------------------------------------


class BatchWriter(Writer):
    """Queues resolved document graphs and writes `batch_size` articles per atomic unit.

    A flush skips articles stored with the same digest. When a unit fails, its articles are
    retried one by one; one that still fails is left absent and listed in `stats.failed`.
    The articles are marked (content hash, digest) only once all their facts are written.
    """

    atomic = True  # False: a failed unit may have left partial writes (unmarked), which are then removed

    def __init__(self, store: Any, batch_size: int = 500) -> None:
        self.store = store  # a backend store: run(statements) as one atomic unit, and view()
        self.batch_size = batch_size
        self.queue: dict[str, DocGraph] = {}
        self.stats = LoadStats()

    def run(self, statements: list[Statement]) -> LoadStats:
        """Run statements as one atomic unit; StoreError when the engine refused one."""
        return cast(LoadStats, self.store.run(statements))

    def stored_digests(self, article_ids: list[str]) -> dict[str, str]:
        """Article node id -> stored digest ("" when not marked whole), for the articles in the graph."""
        res = self.store.view().read(STORED_DIGESTS, {"article_ids": article_ids}, timeout_ms=0)
        return {row[0]: row[1] or "" for row in res.rows}

    def add(self, doc: DocGraph) -> None:
        check_doc(doc)
        self.queue.pop(doc.article.id, None)
        self.queue[doc.article.id] = doc
        if len(self.queue) >= self.batch_size:
            self.flush()

    def flush(self) -> LoadStats:
        docs, self.queue = list(self.queue.values()), {}
        stats = LoadStats()
        if docs:
            stored = self.stored_digests([article_node_id(d.article.id) for d in docs])
            digests = {d.article.id: doc_digest(d) for d in docs}
            todo = [d for d in docs if stored.get(article_node_id(d.article.id)) != digests[d.article.id]]
            stats.skipped = len(docs) - len(todo)
            written = {d.article.id for d in todo}
            same = [d for d in docs if d.article.id not in written and d.article.content_hash]
            if same:  # the same facts, read again (by another version of the reader): mark them with its hash
                self.run([mark_statement(same, digests)])
            if todo:
                replace = [d.article.id for d in todo if article_node_id(d.article.id) in stored]
                add_stats(stats, self._write(todo, replace, digests))
        add_stats(self.stats, stats)
        return stats

    def _write(self, docs: list[DocGraph], replace: list[str] | None = None,
               digests: dict[str, str] | None = None) -> LoadStats:
        """Write docs as one unit; when refused, each alone (removing whatever it left first)."""
        try:
            statements = build_statements(docs, replace=replace, digests=digests)
            mark = mark_statement(docs, digests)
            if self.atomic:
                stats = self.run([*statements, mark])
            else:  # the mark only once every fact statement went through
                stats = self.run(statements)
                self.run([mark])
            stats.articles = len(docs)
            return stats
        except WriteRefused as exc:
            if len(docs) > 1:
                stats = LoadStats()
                for d in docs:
                    add_stats(stats, self._write([d], None, digests))
                return stats
            if not self.atomic:
                self.run(removal_statements([docs[0].article.id]))
            return LoadStats(failed=[(docs[0].article.id, str(exc))])


def stats_from_counters(kind: str, rows: int, nodes_created: int, relations_created: int,
                        properties_set: int) -> LoadStats:
    """One statement's counters as LoadStats (relations updated: rows that found their edge)."""
    s = LoadStats(properties_set=properties_set)
    if kind == "node":
        s.nodes_created = nodes_created
    elif kind == "relation":
        s.relations_created = relations_created
        s.relations_updated = rows - relations_created
    return s


class CypherView(View):
    """The reads both Cypher backends share; `read` is each backend's own."""

    backend = ""
    store: Any  # the backend store: queries_dir, max_rows

    def named(self, name: str, params: dict[str, Any] | None = None) -> QueryResult:
        q = get_query(self.store.queries_dir, name)
        return self.read(q.text(self.backend), q.bind(params), max_rows=self.store.max_rows)

    def article_hash(self, article_id: str) -> str | None:
        res = self.read(ARTICLE_HASH, {"id": article_node_id(article_id)})
        return res.rows[0][0] if res.rows else None

    def article_hashes(self, article_ids: list[str]) -> dict[str, str]:
        nodes = {article_node_id(aid): aid for aid in article_ids}
        res = self.read(ARTICLE_HASHES, {"ids": list(nodes)}, timeout_ms=0) if nodes else None
        return {nodes[row[0]]: row[1] for row in (res.rows if res else []) if row[1]}

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for (label,) in self.read(LABELS).rows:
            out[label] = self.read(count_label(label), timeout_ms=0).rows[0][0]
        for (rel,) in self.read(RELATIONSHIP_TYPES).rows:
            out[rel] = self.read(count_type(rel), timeout_ms=0).rows[0][0]
        return {k: v for k, v in out.items() if v}
