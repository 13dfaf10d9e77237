"""Exports written as they are read: the store's nodes and edges in pages (SKIP/LIMIT), out as
GraphML, GEXF, node-link JSON or CSV, each edge with its evidence (articles, sentences, dates).

Memory stays at one page of rows, whatever the graph's size. GraphML and GEXF edges get unique ids
(`e0`, `e1`, ...) and a `label` (the relation type, and the title of a post) that Gephi shows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import quoteattr as _quoteattr

from coordgraph.graph.store.base import View

PAGE = 5000

NODES = """
MATCH (n:Entity)
WHERE $articles OR NOT n:Article
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.name AS name, n.kind AS kind,
       n.date AS date, n.number AS number, n.published AS published
SKIP $skip LIMIT $limit
"""

EDGES = """
MATCH (s:Entity)-[r]->(t:Entity)
WHERE $articles OR type(r) <> 'MENTIONS'
RETURN s.id AS source, s.name AS source_name, type(r) AS type, t.id AS target, t.name AS target_name,
       r.role AS role, r.title AS title,
       r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.articles AS articles, r.sentences AS sentences, r.dates AS dates
SKIP $skip LIMIT $limit
"""

NODE_KEYS = ("type", "name", "kind", "date", "number", "published")
EDGE_KEYS = ("type", "role", "title", "first_seen", "last_seen", "evidence_count", "articles", "sentences", "dates")


def paged(view: View, query: str, params: dict[str, Any], page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every record of `query` (which ends SKIP $skip LIMIT $limit), read one page at a time."""
    skip = 0
    while True:
        rows = view.read(query, {**params, "skip": skip, "limit": page}, timeout_ms=0).records()
        yield from rows
        if len(rows) < page:
            return
        skip += page


def nodes(view: View, articles: bool = False) -> Iterator[dict[str, Any]]:
    return paged(view, NODES, {"articles": articles})


def edges(view: View, articles: bool = False) -> Iterator[dict[str, Any]]:
    return paged(view, EDGES, {"articles": articles})


def _label(e: dict[str, Any]) -> str:
    return e["type"] + (f": {e['title']}" if e.get("title") else "")


def _scalar(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " | ".join("" if v is None else str(v) for v in value)
    return "" if value is None else str(value)


def _edge_values(e: dict[str, Any]) -> dict[str, Any]:
    return {**e, "evidence_count": len(e.get("articles") or [])}


def graphml(node_rows: Iterable[dict[str, Any]], edge_rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """GraphML text in chunks; list values (articles, sentences, dates) joined with ' | '.

    >>> text = "".join(graphml([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    ...                        [{"source": "a", "target": "b", "type": "PARTY_TO", "articles": ["1"]}]))
    >>> '<edge id="e0" source="a" target="b">' in text and '<data key="e_label">PARTY_TO</data>' in text
    True
    """
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    yield '<key id="n_label" for="node" attr.name="label" attr.type="string"/>\n'
    for k in NODE_KEYS:
        yield f'<key id="n_{k}" for="node" attr.name="{k}" attr.type="string"/>\n'
    yield '<key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n'
    for k in EDGE_KEYS:
        kind = "int" if k == "evidence_count" else "string"
        yield f'<key id="e_{k}" for="edge" attr.name="{k}" attr.type="{kind}"/>\n'
    yield '<graph id="coordgraph" edgedefault="directed">\n'
    for n in node_rows:
        data = [f'<data key="n_label">{_text(n.get("name") or n["id"])}</data>']
        data += [f'<data key="n_{k}">{_text(_scalar(n[k]))}</data>' for k in NODE_KEYS if n.get(k) is not None]
        yield f'<node id={quoteattr(n["id"])}>{"".join(data)}</node>\n'
    for i, e in enumerate(edge_rows):
        e = _edge_values(e)
        data = [f'<data key="e_label">{_text(_label(e))}</data>']
        data += [f'<data key="e_{k}">{_text(_scalar(e[k]))}</data>' for k in EDGE_KEYS if e.get(k) is not None]
        yield (f'<edge id="e{i}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
               f'{"".join(data)}</edge>\n')
    yield "</graph>\n</graphml>\n"


def gexf(node_rows: Iterable[dict[str, Any]], edge_rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """GEXF 1.3 text in chunks (Gephi's own format).

    >>> text = "".join(gexf([{"id": "a", "name": "A"}], [{"source": "a", "target": "a", "type": "X"}]))
    >>> '<edge id="e0" source="a" target="a" label="X">' in text
    True
    """
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
           '<graph mode="static" defaultedgetype="directed">\n<attributes class="node">\n')
    for i, k in enumerate(NODE_KEYS):
        yield f'<attribute id="{i}" title="{k}" type="string"/>\n'
    yield '</attributes>\n<attributes class="edge">\n'
    for i, k in enumerate(EDGE_KEYS):
        yield f'<attribute id="{i}" title="{k}" type="{"integer" if k == "evidence_count" else "string"}"/>\n'
    yield "</attributes>\n<nodes>\n"
    for n in node_rows:
        values = "".join(f'<attvalue for="{i}" value={quoteattr(_scalar(n[k]))}/>'
                         for i, k in enumerate(NODE_KEYS) if n.get(k) is not None)
        yield f'<node id={quoteattr(n["id"])} label={quoteattr(str(n.get("name") or n["id"]))}>' \
              f'<attvalues>{values}</attvalues></node>\n'
    yield "</nodes>\n<edges>\n"
    for j, e in enumerate(edge_rows):
        e = _edge_values(e)
        values = "".join(f'<attvalue for="{i}" value={quoteattr(_scalar(e[k]))}/>'
                         for i, k in enumerate(EDGE_KEYS) if e.get(k) is not None)
        yield (f'<edge id="e{j}" source={quoteattr(e["source"])} target={quoteattr(e["target"])} '
               f'label={quoteattr(_label(e))}><attvalues>{values}</attvalues></edge>\n')
    yield "</edges>\n</graph>\n</gexf>\n"


def node_link(node_rows: Iterable[dict[str, Any]], edge_rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Node-link JSON ({"directed", "multigraph", "graph", "nodes", "edges"}) in chunks; each edge has
    its `evidence` as [{article, sentence, date}]."""
    yield '{"directed": true, "multigraph": true, "graph": {}, "nodes": ['
    for i, n in enumerate(node_rows):
        yield ("," if i else "") + json.dumps({k: v for k, v in n.items() if v is not None}, ensure_ascii=False)
    yield '], "edges": ['
    for i, e in enumerate(edge_rows):
        out = {k: v for k, v in e.items()
               if v is not None and k not in ("articles", "sentences", "dates", "source_name", "target_name")}
        out["key"] = e["type"] + (f":{e['title']}" if e.get("title") else "")
        out["evidence"] = evidence(e)
        yield ("," if i else "") + json.dumps(out, ensure_ascii=False, default=str)
    yield "]}"


def evidence(e: dict[str, Any]) -> list[dict[str, Any]]:
    arts, sents, dates = e.get("articles") or [], e.get("sentences") or [], e.get("dates") or []
    return [{"article": a, "sentence": sents[i] if i < len(sents) else None, "date": dates[i] if i < len(dates) else None}
            for i, a in enumerate(arts)]


CSV_COLUMNS = ["source", "source_name", "type", "target", "target_name", "title", "role", "first_seen", "last_seen",
               "article", "date", "sentence"]


def table(edge_rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV in chunks: one row per edge and piece of evidence (article, date, sentence); an edge without
    evidence gets one row with those empty."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for e in edge_rows:
        head = [e["source"], e.get("source_name"), e["type"], e["target"], e.get("target_name"), e.get("title"),
                e.get("role"), e.get("first_seen"), e.get("last_seen")]
        for ev in evidence(e) or [{"article": None, "date": None, "sentence": None}]:
            w.writerow(head + [ev["article"], ev["date"], ev["sentence"]])
        if buf.tell() > 65_536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


NEAR = """
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE $articles OR type(r) <> 'MENTIONS'
RETURN DISTINCT m.id
"""

FORMATS = ("graphml", "gexf", "json", "csv")


def near(view: View, around: str, hops: int, articles: bool = False) -> set[str]:
    """Ids within `hops` of `around`, following edges either way, one query per hop."""
    seen, frontier = {around}, [around]
    for _ in range(hops):
        rows = view.read(NEAR, {"ids": frontier, "articles": articles}, timeout_ms=0).rows
        frontier = [r[0] for r in rows if r[0] not in seen]
        seen.update(frontier)
        if not frontier:
            break
    return seen


def export(view: View, format: str, *, around: str | None = None, hops: int = 2, rels: list[str] | None = None,
           labels: list[str] | None = None, articles: bool = False) -> Iterator[str]:
    """The graph (or the neighbourhood `around`, only the `labels` and `rels` types) in `format`, in
    chunks, read from the store page by page."""
    close = near(view, around, hops, articles) if around is not None else None
    kept: set[str] = set()
    track = close is not None or bool(labels)

    def node_rows() -> Iterator[dict[str, Any]]:
        for n in nodes(view, articles):
            if (close is None or n["id"] in close) and (not labels or n["type"] in labels):
                if track:
                    kept.add(n["id"])
                yield n

    def edge_rows() -> Iterator[dict[str, Any]]:
        for e in edges(view, articles):
            if (not rels or e["type"] in rels) and (not track or (e["source"] in kept and e["target"] in kept)):
                yield e

    if format == "csv":
        if track:
            for _ in node_rows():
                pass
        return table(edge_rows())
    writers = {"graphml": graphml, "gexf": gexf, "json": node_link}
    return writers[format](node_rows(), edge_rows())


def _text(value: str) -> str:
    return _NOT_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    return _quoteattr(_NOT_XML.sub("", value))
