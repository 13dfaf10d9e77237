"""Organs named after their host's short name: "HĐQT Công ty Thái Sơn" where the article names the company in
full ("Công ty cổ phần phát triển đầu tư Thái Sơn") is "Hội đồng quản trị Công ty cổ phần phát triển đầu tư Thái
Sơn"; once the short host is read as the full one, the organ takes the full name too (the short one stays an
alias)."""

from __future__ import annotations

from coordgraph.graph.model import Entity, Relation
from coordgraph.ingest.knowledge import Knowledge, key


def organs_under_full_names(kb: Knowledge, keep: list[Entity], relations: list[Relation]) -> None:
    """Rename each organ PART_OF a body whose name it carries in a short form of that body's."""
    by_id = {e.id: e for e in keep}
    for r in relations:
        if r.type != "PART_OF" or r.source not in by_id or r.target not in by_id:
            continue
        organ, host = by_id[r.source], by_id[r.target]
        if organ.type != "Agency" or host.type != "Agency" or host.properties.get("generic"):
            continue
        full = f" {key(host.name)}"
        if key(organ.name).endswith(full):
            continue
        for short in sorted(host.aliases, key=len, reverse=True):
            tail = f" {key(short)}"
            if len(short.split()) < 2 or not key(organ.name).endswith(tail) or full.endswith(tail) \
                    or key(short.split()[0]) != key(host.name.split()[0]):
                continue  # "Trung ương Hội X" ends "Ban Chấp hành Trung ương Hội X": the organ is named after it
            words = organ.name.split()
            head = " ".join(words[:len(words) - len(short.split())])
            spec = kb.organs.get(key(head))
            if head and spec and spec.get("part_of"):
                organ.aliases.append(organ.name)
                organ.name = f"{head} {host.name}"
            break
