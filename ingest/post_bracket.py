"""Posts in brackets after a title chain: "ông A, Phó Giám đốc Sở X (nguyên Chi cục trưởng Chi cục Y)",
"ông B, Viện trưởng Viện X (hiện là Chánh án Tòa án Y)": the bracket holds more of A's posts, each naming
its body; "nguyên" makes one former, a post verb before it (titles.yaml, post_verbs) opens it.

`PostBracket` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import re

from coordgraph.ingest.knowledge import WS
from coordgraph.ingest.post_context import Post

_OPEN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE = re.compile(r"[ \t]*\)")
_SEP = re.compile(rf"[ \t]*,?{WS}kiêm{WS}|[ \t]*[,;]{WS}")
_TERM = re.compile(
    rf"{WS}(?:khóa|khoá|nhiệm kỳ){WS}(?:[IVXL]+|\d{{4}}(?:(?:{WS})?[-–](?:{WS})?\d{{4}})?)(?!\w)"
)


class PostBracket:
    """Posts in a bracket after a chain (see the module's docstring)."""

    verb_in_re: re.Pattern[str] | None

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People

    def bracketed(self, s: str, p: int) -> tuple[list[Post], int]:
        """The posts in a bracket at p and where the bracket ends; none unless every item names its body
        and the bracket closes right after the last one."""
        om = _OPEN.match(s, p)
        if om is None:
            return [], p
        posts: list[Post] = []
        q, former = om.end(), False
        while True:
            vm = self.verb_in_re.match(s, q) if self.verb_in_re else None
            post, q = self.parse_item(s, vm.end() if vm else q)
            if post is None or (post.body is None and not post.implied):
                return [], p
            former = former or bool(vm and vm.group("former"))  # "(từng là A, B)": both are former
            post.former = post.former or former
            posts.append(post)
            tm = _TERM.match(s, q)
            q = tm.end() if tm else q
            cm = _CLOSE.match(s, q)
            if cm is not None:
                return posts, cm.end()
            sm = _SEP.match(s, q)
            if sm is None:
                return [], p
            q = sm.end()
