"""Posts in brackets after a title chain: "ông A, Phó Giám đốc Sở X (nguyên Chi cục trưởng Chi cục Y)",
"ông B, Viện trưởng Viện X (hiện là Chánh án Tòa án Y)": the bracket holds more of A's posts, each naming
its body; "nguyên" makes one former, a post verb before it (titles.yaml, post_verbs) opens it. One more post
after "và" ("bị cách chức Ủy viên Trung ương Đảng và Bí thư Ban cán sự đảng Bộ X") is A's too, when it names
its body and no one's name follows it.

`PostBracket` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import re

from coordgraph.ingest.knowledge import WS, skip_ws
from coordgraph.ingest.post_context import PERIOD, TERM, Post

_OPEN = re.compile(r"[ \t]*\([ \t]*")
_AND = re.compile(rf"{WS}và{WS}")
_CLOSE = re.compile(r"[ \t]*\)")
_SEP = re.compile(rf"[ \t]*,?{WS}kiêm{WS}|[ \t]*[,;]{WS}")
_TERM = re.compile(TERM)
_PERIOD = re.compile(PERIOD)  # "(nguyên Giám đốc Sở X giai đoạn 2010-2015)"


class PostBracket:
    """Posts in a bracket after a chain (see the module's docstring)."""

    verb_in_re: re.Pattern[str] | None

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People

    def more_posts(self, s: str, p: int, posts: list[Post], names: set[int]) -> tuple[list[Post], int]:
        """The posts in a bracket at p, or one post after "và", and where they end; none, p otherwise."""
        more, q = self.bracketed(s, p)
        if more or not posts or posts[-1].body is None:
            return more, q
        am = _AND.match(s, p)
        post, q = self.parse_item(s, am.end()) if am else (None, p)
        if post is None or post.body is None:
            return [], p
        tm = _TERM.match(s, q)
        q = tm.end() if tm else q
        after = skip_ws(s, q)
        if after in names or (after > q and s[after : after + 1].isupper()):
            return [], p  # "A và Phó Chủ tịch UBND tỉnh X Lê Văn B": the post is B's
        post.former = post.former or posts[-1].former
        return [post], q

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
            tm = _PERIOD.match(s, q)
            q = tm.end() if tm else q
            cm = _CLOSE.match(s, q)
            if cm is not None:
                return posts, cm.end()
            sm = _SEP.match(s, q)
            if sm is None:
                return [], p
            q = sm.end()
