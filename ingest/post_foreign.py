"""Posts of a foreign official: held in their own country's body, never in ours of the same name.

"Ủy viên Bộ Chính trị, Bí thư Thành ủy Trùng Khánh X": X's other post is in a Chinese city's body, so
X is a Chinese official and the Politburo is China's ("Bộ Chính trị Trung Quốc", or the one name the article
gives it in full: "Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"). The country of a person
is read from their posts in bodies named with a foreign country ("Quốc hội Trung Quốc") or with a foreign
province or city (foreign_bodies.yaml); a person with posts in two countries is left as read.
"""

from __future__ import annotations

import re
from typing import Any

from coordgraph.graph.model import Entity, Relation
from coordgraph.ingest.knowledge import Knowledge, alternation, key


def _data(kb: Knowledge) -> tuple[frozenset[str], dict[str, str], re.Pattern[str]]:
    d: dict[str, Any] = kb.foreign_bodies
    national = frozenset(key(str(n)) for n in d.get("national_bodies") or [])
    places = {key(str(p)): str(c) for c, ps in (d.get("foreign_places") or {}).items() for p in ps or []}
    place_re = re.compile(rf"(?<!\w)(?:{alternation(sorted(places, key=len, reverse=True))})$", re.IGNORECASE)
    return national, places, place_re


def _country(kb: Knowledge, places: dict[str, str], place_re: re.Pattern[str], name: str, home: set[str]) -> str | None:
    """The foreign country a body's name ends with, itself or through a foreign province or city (never `home`)."""
    k = key(name)
    m = place_re.search(k)
    if m:
        return places.get(m.group(0))
    for cm in kb.country_re.finditer(name):
        if cm.end() == len(name.rstrip()):
            entry = kb.countries.get(key(cm.group(0)))
            if entry and key(str(entry["name"])) not in home:
                return str(entry["name"])
    return None


def foreign_posts(kb: Knowledge, entities: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    """Move a foreign official's posts in bodies named as ours to their country's body of that name."""
    national, places, place_re = _data(kb)
    by_id = {e.id: e for e in entities}
    countries: dict[str, set[str]] = {}
    home = {key(str(h)) for h in kb.cues.get("home_country") or []}
    for r in relations:
        if r.type == "HOLDS_POSITION" and r.target in by_id:
            c = _country(kb, places, place_re, by_id[r.target].name, home)
            if c:
                countries.setdefault(r.source, set()).add(c)
    moved: set[str] = set()
    for r in relations:
        cs = countries.get(r.source) or set()
        target = by_id.get(r.target)
        if r.type != "HOLDS_POSITION" or len(cs) != 1 or target is None or key(target.name) not in national:
            continue
        country = next(iter(cs))
        fuller = [e for e in entities if e.type == "Agency" and key(e.name).startswith(key(target.name) + " ")
                  and _country(kb, places, place_re, e.name, home) == country]
        name = f"{target.name} {country}"  # "Bộ Chính trị Trung Quốc", unless the article names it in full
        eid = fuller[0].id if len(fuller) == 1 else "a:" + name
        if eid not in by_id:
            by_id[eid] = Entity(eid, target.type, name, [], {k: v for k, v in target.properties.items()
                                                             if not k.startswith("_")})
            entities.append(by_id[eid])
        moved.add(r.target)
        r.target = eid
    used = {i for r in relations for i in (r.source, r.target)}
    return [e for e in entities if e.id not in moved or e.id in used], relations
