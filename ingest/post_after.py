"""The title chain after a name: "đồng chí Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an", "X (Chủ
tịch Hội Y)", "X làm Bí thư Y", "X, nguyên A, hiện là B"; the items follow one another after commas,
"kiêm" or a dash, past a term ("khóa XI"), an age or a body named alone between two items.

`PostAfter` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Grammar
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, skip_ws
from coordgraph.ingest.post_context import Post
from coordgraph.ingest.post_fill import unit_named

SEP = re.compile(rf"[ \t]*,?{WS}(?:kiêm|rồi|(?:và{WS})?sau đó{WS}(?:là|làm)){WS}|[ \t]*,{WS}|{WS}[-–]{WS}")
# "X (Chủ tịch Hội Y)"; "X (60 tuổi, nguyên Giám đốc Sở Y)", "X (sinh năm 1960, ...)": the age is not a post
_OPEN = re.compile(rf"[ \t]*\([ \t]*(?:(?:\d{{1,3}}{WS}tuổi|(?:sinh{WS}năm|SN){WS}\d{{4}})[ \t]*[,;]{WS})?")
_SEMI = re.compile(rf"[ \t]*;{WS}")
_AND_LAST = re.compile(rf"[ \t]*,{WS}và{WS}")
_AND_VERB = re.compile(rf"{WS}(?:và|để)(?={WS})")  # "... và là B", "thôi chức A để làm B"
DASH = re.compile(rf"{WS}[-–]{WS}")
APPOSED = re.compile(rf",{WS}")  # "Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, Bùi Thị Hòa"
# a body we cannot read, within the sentence ("Tập đoàn. Về phía Y có bà Z, ..." is two sentences; "I.V. C" one)
_UNREAD_REST = re.compile(rf"{WS}[{UPPER}{LOWER}](?:(?![{LOWER}\d][.!?]{WS}[{UPPER}])[^,;:()“”\"\n]){{2,70}}?(,{WS}(?:kiêm{WS})?)")
# "khóa XI", "nhiệm kỳ 2015-2020", "khóa 10, 11, 12"
_TERM = re.compile(rf"{WS}(?:khóa|khoá|nhiệm kỳ){WS}(?:[IVXL]+|\d{{4}}(?:(?:{WS})?[-–](?:{WS})?\d{{4}})?|\d{{1,2}}"
                   rf"(?:,{WS}\d{{1,2}})*)(?![\w/])")
_SPACES = re.compile(WS)
_CLOSE = re.compile(rf"[ \t]*\)[ \t]*,?{WS}")  # "X (Phó trưởng ban Y) được bầu làm ...", "X (A), hiện giữ chức B"
# an item of a past career that names no post we know, up to the next comma or semicolon
_UNREAD_ITEM = re.compile(r"[^,;:.!?()“”\"\n]{1,80}?(?=[ \t]*[,;])")
_UNREAD_WORDS = 8
_ASIDE_REST = re.compile(r"[^,;:.!?()“”\"\n]{0,80}(?:\([^()\n]{1,60}\))?")


class PostAfter:
    """The reading of a chain after a name (see the module's docstring)."""

    kb: Knowledge
    g: Grammar
    title_re: re.Pattern[str]
    shared_re: re.Pattern[str] | None
    verb_re: re.Pattern[str] | None
    addressed: re.Pattern[str]
    verb_in_re: re.Pattern[str] | None
    career_aside_re: re.Pattern[str] | None

    if TYPE_CHECKING:
        def parse_item(self, s: str, p: int) -> tuple[Post | None, int]: ...
        def more_posts(self, s: str, p: int, posts: list[Post], names: set[int]) -> tuple[list[Post], int]: ...
        def _joined(self, s: str, p: int) -> Post | None: ...
        def _verb_item(self, s: str, p: int) -> tuple[Post, int, bool] | None: ...
        def _body_next(self, s: str, q: int) -> bool: ...
        def _asides(self, s: str, p: int) -> int: ...

    def chain_after(self, s: str, p: int, names: set[int]) -> tuple[list[Post], int]:
        posts, end = self._chain_after(s, p, names)
        if not posts:  # "X (Đồng Nai) - phó chủ nhiệm ...", "X, sinh năm 1957, trú tại ..., nguyên giám đốc ..."
            q = self._asides(s, p)
            if q > p:
                more, q_end = self._chain_after(s, q, names)
                if more:
                    return more, q_end
            cm = self.career_aside_re.match(s, p) if self.career_aside_re else None
            if cm and not any(p < n < cm.end() for n in names):  # "ông X có bằng cử nhân luật, từng kinh qua ..."
                more, q_end = self._chain_after(s, cm.end(), names)
                if more:
                    return more, q_end
        return posts, end

    def _chain_after(self, s: str, p: int, names: set[int]) -> tuple[list[Post], int]:
        posts: list[Post] = []
        end, former, plain, listed, opened = p, False, True, False, False
        while True:
            am = _AND_VERB.match(s, end) if posts else None  # "... và là Ủy viên Bộ Chính trị", "... và hiện là"
            at, opens = (am.end(), True) if am else (end, not posts)
            loose = self.verb_re.match(s, at) if self.verb_re and opens else None  # "ông X làm Bí thư Y"
            member = self._joined(s, at) if loose is None and opens else None  # "X được bầu vào Bộ Chính trị"
            if member is not None:
                posts.append(member)
                end = member.end
                continue
            former = former and not (am and loose)  # "nguyên A và hiện là B": B is held now
            sm = loose or SEP.match(s, end) or (None if posts else (  # "X (Chủ tịch Hội Y)", "X (cùng là ...)"
                self.shared_re and self.shared_re.match(s, end)) or _OPEN.match(s, end))
            if listed:  # "từng đảm nhiệm các chức vụ: A; B; C", "từng kinh qua các chức vụ A, B, và C"
                sm = (_AND_LAST.match(s, end) if loose is None else None) or sm or _SEMI.match(s, end)
            if not sm and not posts:  # "X Chủ tịch Hội Y" (a signature, a caption)
                bare = _SPACES.match(s, end)
                if loose is None and bare and s[bare.end():bare.end() + 1].isupper() \
                        and self.title_re.match(s, bare.end()):
                    loose = bare
                sm = loose
            more, q = self.more_posts(s, end, posts, names) if not sm and posts else ([], end)
            if more:  # "X, Phó Giám đốc Sở Y (nguyên Chi cục trưởng Chi cục Z)", "A và B"
                posts, end = posts + more, q
                continue
            if not sm and posts and posts[-1].body is not None and loose is None:
                closed = _CLOSE.match(s, end) if opened else None  # "X (A) được bầu làm B", "X (A), hiện là B"
                ws = closed or _SPACES.match(s, end)  # "X, Phó Bí thư Tỉnh ủy Y vừa được bầu giữ chức Chủ tịch UBND tỉnh"
                vi = self._verb_item(s, ws.end()) if ws else None
                if vi is not None and skip_ws(s, vi[1]) not in names:
                    vi[0].former = vi[2]
                    posts.append(vi[0])
                    end, opened = vi[1], opened and closed is None
                    continue
                aside = self._aside_end(s, end, names)
                if aside > end:  # "Phó Cục trưởng Cục X, Tổng cục Y Thi hành án (Bộ Z), nguyên ..."
                    end = aside
                    continue
            if not sm:
                break
            plain = plain and loose is None and "(" not in sm.group(0)
            opened = opened or (not posts and "(" in sm.group(0))
            post, q = self.parse_item(s, sm.end())
            inner = self.verb_in_re.match(s, sm.end()) if self.verb_in_re and loose is None and "(" in sm.group(0) \
                else None
            if inner:  # "X (hiện là Giám đốc Sở Y)"
                loose = inner
                post, q = self.parse_item(s, inner.end())
            elif post is None and posts and loose is None and (vi := self._verb_item(s, sm.end())):
                post, q, former = vi  # "X, nguyên A, hiện là B"
            if post is None and posts and posts[-1].body is not None and loose is None:
                aside = self._parent_aside(s, sm.end(), names)
                if aside > sm.end():  # "Phó Cục trưởng Cục X, Tổng cục Y (Bộ Z), nguyên Phó Giám đốc ..."
                    end = aside
                    continue
            unnamed = post is not None and loose is not None and post.body is None and not post.implied \
                and not post.pending and not self._body_next(s, q)  # not "X từng làm Phó Giám đốc, Giám đốc Sở Y"
            career = listed and former if loose is None else not posts and bool(loose.groupdict().get("former"))
            skip = self._unread_item(s, sm.end(), names) if (post is None or unnamed) and career else -1
            if skip > 0:  # "X từng giữ các chức vụ: cán bộ Tổng cục 2, Bí thư Y; ...": a post we cannot read
                end, former, listed = skip, True, True
                continue
            if post is None or unnamed:
                break
            if loose is not None and post.implied and DASH.match(loose.group(0)):  # not "X - khi là Tổng Bí thư"
                break  # (of another country, maybe)
            former = former or bool(loose is not None and loose.groupdict().get("former"))
            listed = listed or (loose is not None and not posts)  # "X làm A; B", "X từng đảm nhiệm các chức vụ: A; B"
            post.former = post.former or former  # "X từng là A, B": both posts are former
            tm = _TERM.match(s, q)  # "Ủy viên Trung ương Đảng khóa XI, ...": the term does not end the chain
            q = tm.end() if tm else q
            if skip_ws(s, q) in names:  # the item belongs to the next name
                if posts and plain and loose is None and not self._addressed_at(s, p):
                    return [], p  # "Thủ tướng A, Tổng Bí thư, Chủ tịch nước B": all of them do
                break  # "ông A, Thường trực Ban Bí thư, Bí thư Thành ủy X B": the items before the last are A's
            cm = APPOSED.match(s, q) if post.body is None and not post.implied and not post.pending else None
            b = self.g.match_at(s, cm.end()) if cm and not self.title_re.match(s, cm.end()) else None
            if cm and b is not None and b.start == cm.end() and not b.generic:  # "Phó Hội trưởng, Hội Thánh X"
                post.body, post.end, q = b, b.end, b.end
            elif post.body is None and not post.implied and not post.pending and not cm:
                nxt = _UNREAD_REST.match(s, q)  # "ủy viên Ban chấp hành Đảng bộ X, thứ trưởng Bộ Công an"
                if nxt and self.parse_item(s, nxt.end())[0] is not None and skip_ws(s, nxt.end()) not in names \
                        and not any(q < n < nxt.end() for n in names):  # another person's name on the way
                    post.unread, post.unit, q = True, unit_named(self.kb, post, s, nxt.start(1)), nxt.start(1)
            posts.append(post)
            end = q
        return posts, end

    def _unread_item(self, s: str, p: int, names: set[int]) -> int:
        """The end of an item of a past career at p that we cannot read as a post ("cán bộ của Tổng cục 2"),
        when another item follows it that names its body (or the item after that does); or -1."""
        m = _UNREAD_ITEM.match(s, p)
        if m is None or len(m.group(0).split()) > _UNREAD_WORDS or any(p <= n < m.end() for n in names):
            return -1
        sm = SEP.match(s, m.end()) or _SEMI.match(s, m.end())
        post, q = self.parse_item(s, sm.end()) if sm else (None, 0)
        if sm is None or post is None or skip_ws(s, sm.end()) in names:
            return -1
        return m.end() if post.body is not None or post.implied or post.pending or self._body_next(s, q) else -1

    def _addressed_at(self, s: str, p: int) -> bool:
        """The name ending at p follows a word of address ("ông A")."""
        return any(m.end(1) == p for m in self.addressed.finditer(s, max(0, p - 60), p))

    def _parent_aside(self, s: str, p: int, names: set[int]) -> int:
        """The end of a body named alone between two items of a chain (the parent of the unit before it,
        maybe with its own parent in brackets), when another item follows it; or p."""
        b = self.g.match_at(s, p)
        if b is None or b.start != p or b.generic:
            return p
        q = self._aside_end(s, b.end, names)
        return q if q >= 0 else p

    def _aside_end(self, s: str, p: int, names: set[int]) -> int:
        """The end of the words that go on naming a body at p ("... Thi hành án (Bộ Công an)"; none when a
        clause in lower case follows) when another item of the chain follows them after a comma; or -1."""
        w = skip_ws(s, p)
        named = s[w:w + 1].isupper() or s[w:w + 1] == "("  # "... Thi hành án (Bộ Công an), nguyên ..."
        q = _ASIDE_REST.match(s, p).end() if named else p  # type: ignore[union-attr]
        sm = SEP.match(s, q)
        if sm is None or any(p <= n <= sm.end() for n in names) or self.parse_item(s, sm.end())[0] is None:
            return -1
        return q
