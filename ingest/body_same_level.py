"""A body named "cùng cấp" (of the same level) is the body of that head at the level and place of the
body the article named last with a reference head: "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai đã
khởi tố ... Viện kiểm sát nhân dân cùng cấp đã phê chuẩn" names Viện Kiểm sát nhân dân tỉnh Đồng Nai
(body_grammar.yaml, same_level_bodies). The place may still be unknown (a bare "Công an tỉnh"): the
context supplies it later, as for the body it copies."""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key


def same_level(kb: Knowledge, s: str, bodies: list[Body]) -> list[Body]:
    """`bodies` (in text order) with a body for each "X cùng cấp" no other mention covers."""
    spec = kb.grammar.get("same_level_bodies") or {}
    heads = {key(str(h)) for h in spec.get("heads") or []}
    refs = {key(str(h)) for h in spec.get("references") or []}
    words = [str(w) for w in spec.get("words") or []]
    if not heads or not refs or not words:
        return bodies
    after = re.compile(rf"{WS}(?:{alternation(words)})(?!\w)", re.IGNORECASE)
    added: list[Body] = []
    for m in kb.local_head_re.finditer(s):
        head = kb.local_heads.get(key(m.group(0)))
        w = after.match(s, m.end())
        if head is None or key(head.head) not in heads or w is None or (m.start() and s[m.start() - 1].isalnum()):
            continue
        if any(b.start <= m.start() < b.end for b in bodies):
            continue
        ref = next((n for b in reversed(bodies) if b.end <= m.start() and not b.generic for n in b.nodes()
                    if n.kind == "local" and key(n.name) in refs and n.level in head.levels), None)
        if ref is None:
            continue
        added.append(Body(m.start(), w.end(), "local", head.head, level=ref.level, place=ref.place,
                          place_from=ref.place_from, entry={"kind": head.kind, "english": head.english}))
    return sorted([*bodies, *added], key=lambda b: b.start) if added else bodies
