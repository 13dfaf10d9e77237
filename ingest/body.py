"""An agency mention as a small tree: "Ban Nội chính Tỉnh ủy" is the organ Ban Nội chính over the
local body Tỉnh ủy, whose province the article's context supplies (`localities.resolve`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coordgraph.ingest.knowledge import Knowledge, key

# The levels of a province itself, not of a district or a commune.
PROVINCE_LEVELS = frozenset(("tỉnh", "thành phố"))


@dataclass
class Body:
    start: int
    end: int
    kind: str  # known | local | organ | unit | generic
    name: str  # known: canonical; local: head; organ: organ; unit: unit name; generic: text
    level: str | None = None
    place: str | None = None
    fused: bool = False
    host: Body | None = None
    part_of: bool = False
    generic: bool = False
    distribute: bool = False
    entry: dict[str, Any] = field(default_factory=dict)
    place_from: str | None = None  # "text" | "sentence" | "chain" | "article" | "source"
    shared: bool = False  # the level and place are those of the next body in a list
    seated: str | None = None  # an office named, as written, by where it sits: "Văn phòng UNESCO tại Hà Nội"

    def nodes(self) -> Iterator[Body]:
        yield self
        if self.host is not None:
            yield from self.host.nodes()

    def is_committee(self, kb: Knowledge) -> bool:
        if self.kind == "local":
            return self.fused and "ủy" in self.name
        return bool(kb.committee_re.search(self.canonical(kb) or self.name))

    def needs_place(self) -> bool:
        return any(n.kind == "local" and not n.place for n in self.nodes())

    def set_place(self, place: str, how: str) -> None:
        for n in self.nodes():
            if n.kind == "local" and not n.place:
                n.place, n.place_from = place, how

    def unresolved(self) -> bool:
        return any(n.kind == "local" and not n.place for n in self.nodes())

    def canonical(self, kb: Knowledge) -> str:
        """The body's canonical name (a bare level word stays when the place is unknown)."""
        return self.seated or self._canonical(kb)

    def _canonical(self, kb: Knowledge) -> str:
        if self.kind in ("known", "generic"):
            return self.name
        if self.kind == "local":
            level = self.level or ""
            if self.place:
                prov = kb.province(self.place)
                full = prov.get("in_body_names") if prov and prov["name"] == self.place else None
                if full and (level in ("", prov.get("kind")) or self.fused):
                    return f"{self.name} {full}"  # "Thành ủy Thành phố Hồ Chí Minh"
                if self.fused and self.place.isdigit() and level:
                    return f"{self.name} {level} {self.place}"  # "Quận ủy quận 2": a number names no place alone
                if self.fused:
                    return f"{self.name} {self.place}"
                if not level:
                    prov = kb.province(self.place)
                    level = prov.get("kind", "tỉnh") if prov else ""
                return " ".join(x for x in (self.name, level, self.place) if x)
            return self.name if self.fused else f"{self.name} {level}".strip()
        if self.kind == "organ" and self.host is not None:
            if self.name.split()[0] in (kb.grammar.get("own_named_organ_heads") or []):
                return self.name
            named = self.host.host if self.host.entry.get("within") and self.host.host else self.host  # named after the body
            host = _rewrite(kb, self.name, named.canonical(kb))
            name = f"{self.name} {host}"
            return kb.canonical_agency(name) or name
        return kb.canonical_agency(self.name) or self.name


def _rewrite(kb: Knowledge, organ: str, host: str) -> str:
    hk = key(host)
    best = max((f for (o, f) in kb.host_rewrites if o == key(organ) and (hk == f or hk.startswith(f + " "))),
               key=len, default=None)
    if best is None:
        return host
    return " ".join([kb.host_rewrites[(key(organ), best)], *host.split()[len(best.split()):]])


def province_end(kb: Knowledge, s: str, q: int) -> int | None:
    """Where a province itself (not a district or a commune) named at q ends; None if none is named there."""
    pm = kb.place_re.match(s, q)
    prov = kb.province(pm.group(0)) if pm else None
    return pm.end() if pm and prov is not None and prov.get("kind") in PROVINCE_LEVELS else None


def placed(kb: Knowledge, s: str, b: Body) -> bool:
    """The body's province is written with it or in its sentence ("Chánh văn phòng Tỉnh uỷ" after
    "UBND tỉnh Sóc Trăng"), not left to the article at large; a fused head's province is of its kind."""
    if not b.needs_place():
        return True
    start = max(s.rfind(".", 0, b.start), s.rfind("\n", 0, b.start)) + 1
    end = min((e for e in (s.find(".", b.end), s.find("\n", b.end)) if e >= 0), default=len(s))
    want = b.level if b.fused else None  # "Thành ủy ở Hậu Giang" is no province's Thành ủy
    return any(not want or (kb.province(m.group(0)) or {}).get("kind") == want
               for m in kb.place_re.finditer(s, start, end))
