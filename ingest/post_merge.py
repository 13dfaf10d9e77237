"""One relation per person and body: the titles an article gives one person in one body become one
HOLDS_POSITION, with the other titles in `also` ("Phó Chủ tịch, Tổng Thư ký Hội X" names two titles in
Hội X; "Phó Thủ tướng Thường trực ... Phó Thủ tướng" names one post twice, the shorter way once)."""

from __future__ import annotations

from typing import Any

from coordgraph.graph.model import Relation
from coordgraph.ingest.knowledge import Knowledge, key


def merge_titles(relations: list[Relation], kb: Knowledge, names: dict[str, str]) -> list[Relation]:
    """`relations` with each person's HOLDS_POSITION to one body merged into the first of them;
    `names` maps a body's local id to its name."""
    groups: dict[tuple[str, str], list[Relation]] = {}
    for r in relations:
        if r.type == "HOLDS_POSITION":
            groups.setdefault((r.source, r.target), []).append(r)
    order = _Order(kb)
    out: list[Relation] = []
    for r in relations:
        group = groups.get((r.source, r.target)) if r.type == "HOLDS_POSITION" else None
        if group is None:
            out.append(r)
            continue
        if group[0] is not r:
            continue
        titles = _distinct([str(x.properties.get("title") or "") for x in group])
        if len(titles) < 2:
            out.append(r)
            continue
        body = names.get(r.target, "")
        first = {t: next(x for x in group if str(x.properties.get("title") or "") == t) for t in titles}
        ranked = sorted(titles, key=lambda t: order.rank(t, first[t].properties, body, titles))
        lead = first[ranked[0]]
        props: dict[str, Any] = dict(lead.properties)
        props["also"] = ranked[1:]
        if all(x.properties.get("former") for x in group):
            props["former"] = True
        out.append(Relation(lead.type, lead.source, lead.target, props, lead.evidence))
    return out


def _distinct(titles: list[str]) -> list[str]:
    """The titles in the order first written, less those another title of the list extends with more
    words ("Phó Thủ tướng" beside "Phó Thủ tướng Thường trực")."""
    seen: list[str] = []
    for t in titles:
        if t and t not in seen:
            seen.append(t)
    return [t for t in seen if not any(o != t and key(o).startswith(key(t) + " ") for o in seen)]


class _Order:
    """Which of a person's titles in one body leads (titles.yaml, one_post): a current post before a
    former one, any post before a member's (`members`), a head's before its deputy's (`deputies`:
    "Giám đốc" before "Phó Giám đốc"), a title whose head word names the body before one that is only
    a rank ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"), then the first written."""

    def __init__(self, kb: Knowledge):
        spec = kb.title_data.get("one_post") or {}
        self.members = tuple(key(str(w)) + " " for w in spec.get("members") or [])
        self.kb = kb
        self.absorbs = kb.absorbs

    def rank(self, title: str, props: dict[str, Any], body: str, titles: list[str]) -> tuple[int, ...]:
        t = key(title) + " "
        head = self.absorbs.get(title)
        foreign = bool(head) and not key(body).startswith(key(str(head)) + " ")
        bare = self.kb.deputy_base(title)
        deputy = bare is not None and any(f"{bare} ".startswith(key(o) + " ") for o in titles if o != title)
        return (1 if props.get("former") else 0, 1 if t.startswith(self.members) else 0, 1 if deputy else 0,
                1 if foreign else 0, titles.index(title))
