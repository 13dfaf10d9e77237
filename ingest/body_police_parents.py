"""A department of a province's police named alone ("Công an tỉnh X đã tạm đình chỉ 2 cán bộ phòng cảnh
sát giao thông") belongs to the police its sentence names before it, when the sentence names exactly one
(police_units.yaml's `parents`: how such a police's name starts), or to the police named right after it
("đội cảnh sát hình sự Công an quận X"). Read once the bodies are resolved."""

from __future__ import annotations

from typing import Any, Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import Knowledge


class _Builder(Protocol):
    kb: Knowledge
    entities: dict[str, Any]
    relations: list[Any]

    def rel(self, type_: str, src: str, dst: str, xpos: int, **props: Any) -> None: ...


class _Sentences(Protocol):
    x: str

    def sentence_of(self, xpos: int) -> tuple[int, int]: ...


def _police(kb: Knowledge, b: Body) -> str | None:
    """The canonical name of a local police the body names, if it is one."""
    if b.generic or b.kind == "generic" or b.unresolved():
        return None
    name = b.canonical(kb)
    return name if any(name.startswith(p + " ") for p in kb.police_units.parents) else None


def police_parents(g: _Builder, text: _Sentences, bodies: list[Body]) -> None:
    """PART_OF from each police department read alone to the one police its sentence names before it."""
    parents = g.kb.police_units.parents
    if not parents:
        return
    has_parent = {r.source for r in g.relations if r.type == "PART_OF"}
    for a in bodies:
        if a.host is not None or not a.entry.get("police"):
            continue
        aid = "a:" + a.canonical(g.kb)
        if aid in has_parent or aid not in g.entities:
            continue
        lo = text.sentence_of(a.start)[0]
        named = {p for b in bodies if b.start > a.end and not text.x[a.end:b.start].strip()
                 if (p := _police(g.kb, b)) is not None} \
            or {p for b in bodies if lo <= b.start and b.end <= a.start for n in b.nodes()
                if (p := _police(g.kb, n)) is not None}
        if len(named) != 1:
            continue
        pid = "a:" + named.pop()
        pe = g.entities.get(pid)
        if pe is None or pe.properties.get("_conditional"):
            continue
        has_parent.add(aid)
        g.rel("PART_OF", aid, pid, a.start)
