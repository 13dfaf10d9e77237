"""A bare title in a sentence that opens with the side its people come from: "Về phía Hội X có ông A, Phó
Chủ tịch kiêm Tổng thư ký" holds both posts in Hội X (titles.yaml, side_openers, side_verbs); a company's
board named bare there ("Về phía Tập đoàn X có bà B, Phó Chủ tịch HĐQT") is the board of that company."""

from __future__ import annotations

import copy
import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key
from coordgraph.ingest.post_context import Post
from coordgraph.ingest.post_deputy import Deputies


class Side:
    def __init__(self, kb: Knowledge) -> None:
        t = kb.title_data
        openers = [str(w) for w in t.get("side_openers") or []]
        verbs = [str(w) for w in t.get("side_verbs") or []]
        self.opener_re = (
            re.compile(rf"[ \t]*(?:{alternation(openers)}){WS}", re.IGNORECASE) if openers else None
        )
        self.verb_re = re.compile(rf"[ \t]*,?{WS}(?:{alternation(verbs)}){WS}") if verbs else None
        self.bare_re = re.compile(
            rf"[ \t]*(?:[,;.!?\n]|$|{WS}(?:và|kiêm)(?!\w))"
        )  # nothing read left after the title
        self.closed_re = re.compile(rf"[ \t]*(?:[,;.!?)\n]|$|{WS}(?:và|kiêm)(?!\w))")  # or a bracket's end
        self.deputies = Deputies(kb)
        self.kb = kb
        self.board_hosts = {str(k) for k in (kb.grammar.get("named_before") or {}).get("board_host_kinds") or []}

    def fill(self, s: str, bodies: list[Body], posts: list[Post], sent_start: int, name_start: int) -> None:
        """Give each bare title of a name in a "Về phía X có ..." sentence the body X."""
        if self.opener_re is None or self.verb_re is None:
            return
        bare = [p for p in posts if p.body is None and not p.implied and not p.pending and not p.unread]
        self.deputies.fill(s, posts, sent_start, [p for p in bare if self.closed_re.match(s, p.end)
                                                  or (p.end <= name_start and not s[p.end:name_start].strip())])
        bare = [p for p in bare if p.body is None and self.bare_re.match(s, p.end)]
        boards = [p for p in posts if p.body is None and p.pending and self.bare_re.match(s, p.end)
                  and (self.kb.organs.get(key(p.pending)) or {}).get("board")]
        om = self.opener_re.match(s, sent_start) if bare or boards else None
        side = next((b for b in bodies if om is not None and b.start == om.end() and not b.generic), None)
        vm = self.verb_re.match(s, side.end) if side is not None else None
        if side is None or vm is None or vm.end() > name_start:
            return
        for p in bare:
            p.body = copy.deepcopy(side)
        if str(side.entry.get("kind")) in self.board_hosts:
            for p in boards:
                p.body = Body(p.end - len(p.pending or ""), p.end, "organ", p.pending or "", host=copy.deepcopy(side),
                              part_of=bool((self.kb.organs.get(key(p.pending or "")) or {}).get("part_of")))
