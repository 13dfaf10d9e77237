"""Local bodies that are part of a central one: "Đoàn đại biểu Quốc hội tỉnh Phú Yên" is a deputation
of the Quốc hội, PART_OF it where the article names the Quốc hội itself (data: `part_of_central`
in local_bodies.yaml, kept on the Knowledge's local heads)."""

from __future__ import annotations

from typing import Any, Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import Knowledge, key


class _Builder(Protocol):
    kb: Knowledge
    entities: dict[str, Any]
    relations: list[Any]

    def rel(self, type_: str, src: str, dst: str, xpos: int, **props: Any) -> None: ...


def central_links(g: _Builder, bodies: list[Body]) -> None:
    """PART_OF from each local body flagged `part_of_central` to its central counterpart, when that
    counterpart is itself in the graph as a body of its own."""
    done = {(r.source, r.target) for r in g.relations if r.type == "PART_OF"}
    for b in bodies:
        for n in b.nodes():
            if n.generic:
                break
            head = g.kb.local_heads.get(key(n.name)) if n.kind == "local" and n.place else None
            central = head.part_of if head else ""
            cid, eid = "a:" + central, "a:" + n.canonical(g.kb)
            ce = g.entities.get(cid)
            if not central or ce is None or ce.properties.get("_conditional") or eid not in g.entities:
                continue
            if (eid, cid) not in done:
                done.add((eid, cid))
                g.rel("PART_OF", eid, cid, n.start)
