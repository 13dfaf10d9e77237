"""One item of a title chain: "[nguyên] [quyền] TITLE [BODY]" after the honorifics, ranks and degrees
("Phó Giám đốc Sở Y tế", "Tỉnh ủy viên", "Chủ tịch huyện X", "Thủ tướng Morocco"): the title, and the
body it names, read after it, held in the title's head ("Cục trưởng Cục X") or named by a locality alone.

`PostItems` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.agencies import Body, Grammar
from coordgraph.ingest.body import PROVINCE_LEVELS
from coordgraph.ingest.knowledge import WS, Knowledge, key, phrase_pattern, skip_ws
from coordgraph.ingest.post_context import Post

_AND = re.compile(r"\s+và\s+")


class PostItems:
    """The reading of one item of a chain (see the module's docstring)."""

    kb: Knowledge
    g: Grammar
    title_re: re.Pattern[str]
    former_re: re.Pattern[str] | None
    acting_re: re.Pattern[str] | None
    implied_re: re.Pattern[str] | None
    filler_re: re.Pattern[str] | None
    member_re: re.Pattern[str] | None
    group_re: re.Pattern[str]
    titled_re: re.Pattern[str] | None
    members: dict[str, Any]
    foreign_posts: dict[str, str]
    place_posts: dict[str, dict[str, str]]
    home: set[str]

    if TYPE_CHECKING:
        def clause_at(self, s: str, q: int) -> bool: ...
        def closed_body(self, s: str, q: int) -> Body | None: ...

    def parse_item(self, s: str, p: int) -> tuple[Post | None, int]:
        """One "[nguyên] TITLE [BODY]" at p (after honorifics, ranks, degrees)."""
        p = self._skip_prefixes(s, p)[0]
        fm = self.former_re.match(s, p) if self.former_re else None
        q0 = fm.end() if fm else p
        am = self.acting_re.match(s, q0) if self.acting_re else None
        post, q = self._item(s, am.end() if am else q0)
        if post is not None and am:  # "quyền Bí thư": one acting in the post
            post.title, post.start = f"{am.group(0).strip().capitalize()} {post.title}", p
        if post is not None and fm:
            post.former, post.start = True, p
        return post, q

    def _foreign_post(self, s: str, p: int) -> tuple[Post | None, int]:
        """ "Thủ tướng Morocco Saad Eddine El Othmani": a foreign official holds a post in their own
        country's body ("Chính phủ Morocco"), never in ours."""
        tm = self.title_re.match(s, p)
        title = self.kb.titles.get(key(tm.group(0))) if tm else None
        if not tm or title not in self.foreign_posts:
            return None, p
        cm = self.kb.country_re.match(s, skip_ws(s, tm.end()))
        entry = self.kb.countries.get(key(cm.group(0))) if cm else None
        if cm is None or entry is None or str(entry["name"]) in self.home:
            return None, p
        name = f"{self.foreign_posts[title]} {' '.join(cm.group(0).split())}"  # the country as written
        body = Body(cm.start(), cm.end(), "known", name, entry={"kind": "foreign", "english": "", "foreign": True})
        return Post(title, body, start=p, end=cm.end()), cm.end()

    def _item(self, s: str, p: int) -> tuple[Post | None, int]:
        fp = self._foreign_post(s, p)
        if fp[0] is not None:
            return fp
        mm = self.member_re.match(s, p) if self.member_re else None
        if mm:  # "Tỉnh ủy viên": a member of the province's party committee
            spec = self.members[key(mm.group(0))]
            if spec.get("organ"):
                return self._organ_member(s, p, mm.end(), spec)
            head = self.kb.local_heads.get(key(spec["body"]))
            if head is not None:
                body = Body(p, mm.end(), "local", head.head, level=head.locality, fused=bool(head.locality),
                            entry={"kind": head.kind, "english": head.english})
                return Post(spec["title"], body, start=p, end=mm.end()), mm.end()
        best: tuple[Post | None, int] = (None, p)
        if self.implied_re is not None:
            im = self.implied_re.match(s, p)
            if im:
                itit, ibody = self.kb.implied[key(im.group(0))]
                best = (Post(itit, implied=ibody, start=p, end=im.end()), im.end())
        tm = self.title_re.match(s, p)
        if not tm:
            return best
        words = tm.group(0).split()
        for k in range(len(words), 0, -1):
            surface = " ".join(words[:k])
            found = self.kb.titles.get(key(surface))
            if not found:
                continue
            title = found
            q = skip_ws(s, p + len(_prefix(s, p, k)))
            fm = self.filler_re.match(s, q) if self.filler_re else None
            fb = self._body_after(s, fm.end(), title) if fm and best[0] is None else None  # not "Tổng Bí thư của Đảng"
            if fm and fb is not None:  # "Phó Bí thư phụ trách Đảng ủy X", "trưởng phòng của Ban X": the body's post
                q = fm.end()
            body = self._body_after(s, q, title) or self._place_post(s, q, title) or self._closed_after(s, q, title)
            if body is not None and self._organ_named(title, body):
                return None, p  # "kết luận của Thường trực Thành ủy, Phó Chủ tịch ...": an organ, not a post
            if body is not None:
                if best[0] is None or body.end > best[1]:
                    return Post(title, body, start=p, end=body.end), body.end
                return best
            gm = self.group_re.match(s, q)
            if gm and best[0] is None:
                return Post(title, pending=self.kb.organs[key(gm.group(0))]["organ"], start=p, end=gm.end()), gm.end()
            if k == len(words) and best[0] is None:
                best = (Post(title, start=p, end=p + len(_prefix(s, p, k))), p + len(_prefix(s, p, k)))
        return best

    def _organ_named(self, title: str, body: Body) -> bool:
        """Whether a title before this body names the body's organ, not a post (titles.yaml, organ_titles)."""
        heads = (self.kb.title_data.get("organ_titles") or {}).get(title) or []
        return body.kind == "local" and key(body.name) in {key(str(h)) for h in heads}

    def _organ_member(self, s: str, p: int, q: int, spec: dict[str, Any]) -> tuple[Post | None, int]:
        """ "Đảng ủy viên Đảng ủy Khối X": a member of the party committee named right after; written bare
        ("Đảng ủy viên, Bí thư chi bộ, Trưởng phòng X Sở Y"), of the committee of a body read later in the
        chain (post_fill.fill_pending)."""
        title, organ = str(spec["title"]), str(spec["organ"])
        r = skip_ws(s, q)
        b = self.g.match_at(s, r)
        if b is not None and b.start == r and not b.generic and key(s[r:b.end]).startswith(key(organ) + " "):
            return Post(title, b, start=p, end=b.end), b.end
        om = re.match(rf"{phrase_pattern(organ)}(?!\w)", s[r:r + 20], re.IGNORECASE)
        end = r + om.end() if om else q  # "đảng ủy viên Đảng ủy, ...": the committee named bare
        return Post(title, pending=organ, start=p, end=end, outer=True), end

    def _body_after(self, s: str, q: int, title: str) -> Body | None:
        b = self.g.match_at(s, q)
        direct = b if b is not None and b.start == q and not b.generic else None
        head = self.kb.absorbs.get(title) if not self.clause_at(s, q) else None  # not "trưởng ban gồm ..."
        if head:  # "Phó Chánh Văn phòng Trung ương Đảng" is in Văn phòng Trung ương Đảng
            hm = re.match(rf"{phrase_pattern(head)}(?!\w)", s[q:q + 40], re.IGNORECASE)
            if hm and self.kb.head_word_re.match(s, q):
                hm = None  # "trưởng phòng Phòng chống ma túy": a word of its own, not the head again
            cut = self._next_person(s, q, q + 250)  # "trưởng ban chỉ đạo thi và ông Y": not Y's honorific
            if hm:  # "Cục trưởng Cục X", "Phó vụ trưởng vụ 4 ...": the head written again, maybe in lower case
                virtual, delta = head + s[q + hm.end():cut], q + hm.end() - len(head)
            else:
                virtual, delta = head + " " + s[q:cut], q - len(head) - 1
            self.g.titled_unit = True
            try:
                vb = self.g.match_at(virtual, 0)
            finally:
                self.g.titled_unit = False
            if vb is not None and vb.end > len(head) + 1 and not vb.generic:
                vb = _shift(vb, delta, q)
                if direct is None or vb.end >= direct.end:
                    return vb
        return direct

    def _next_person(self, s: str, q: int, end: int) -> int:
        """Where "và" before a word of address ("và ông", "và bà") first comes between q and end; or end."""
        for m in _AND.finditer(s, q, end):
            if self.kb.honorific_re.match(s, m.end()):
                return m.start()
        return end

    def _closed_after(self, s: str, q: int, title: str) -> Body | None:
        """A body outside the lists a title closes (post_context.closed_body), also when the title holds
        the head's first word ("Trưởng ban chỉ huy khẩn nguy ...") or the whole head, the name following
        in capitals ("Trưởng trạm Khuyến nông huyện X", "Trưởng phòng Quản lý giao thông đường thủy")."""
        b = self.closed_body(s, q)
        head = self.kb.absorbs.get(title)
        if b is not None or not head or not s[q:q + 1].isalpha():
            return b
        virtual = f"{head} {s[q:q + 200]}"
        vb = self.closed_body(virtual, 0)
        hm = self.titled_re.match(virtual) if self.titled_re else None
        if vb is None or hm is None or (hm.end() <= len(head) and not s[q].isupper()):
            return None  # only a longer head ("Trưởng ban chỉ huy ..."), not "Trưởng ban chấm thi"
        if hm.end() <= len(head) and self.kb.name_re.match(s, q) and not self.kb.place_re.match(s, q):
            return None  # "Trưởng phòng Lê Tám": a person's name, not the unit's
        return _shift(vb, q - len(head) - 1, q)

    def _place_post(self, s: str, q: int, title: str) -> Body | None:
        """ "Phó Chủ tịch TP Hà Nội", "Bí thư Hà Nội", "Chủ tịch huyện X": a title and a locality alone name
        the locality's body of that post (titles.yaml, place_posts); a bare "tỉnh" takes its province
        from the context."""
        heads = self.place_posts.get(title)
        if not heads:
            return None
        level, p = None, q
        lm = self.kb.level_re.match(s, q)
        if lm:
            level, p = self.kb.levels.get(key(lm.group(0))), skip_ws(s, lm.end())
        pm = self.kb.place_re.match(s, p)
        prov = self.kb.province(pm.group(0)) if pm else None
        place, end = (str(prov["name"]), pm.end()) if prov and pm else (None, lm.end() if lm else q)
        if prov is not None and level is None:
            words = pm.group(0).split()  # type: ignore[union-attr]
            if len(words) >= 3 and words[0] in self.kb.surnames:
                return None  # "Chủ tịch Hồ Chí Minh" is the President, not a city's chairman
            level = str(prov.get("kind"))
        elif prov is not None and level != prov.get("kind"):
            prov = place = None
        if level is None or level not in heads:
            return None
        head = self.kb.local_heads.get(key(heads[level]))
        if head is None:
            return None
        if place is None:
            found = self.g._place(s, p, level, head)
            if found is not None:
                place, end = found
            elif level not in PROVINCE_LEVELS:
                return None
        fused = bool(head.locality)
        return Body(q, end, "local", head.head, level=head.locality if fused else level, place=place, fused=fused,
                    place_from="text" if place else None, entry={"kind": head.kind, "english": head.english})

    def _skip_prefixes(self, s: str, p: int) -> tuple[int, str | None]:
        rank = None
        while True:
            q = skip_ws(s, p)
            for rx, is_rank in ((self.kb.honorific_re, False), (self.kb.rank_re, True), (self.kb.degree_re, False)):
                m = rx.match(s, q)
                if m:
                    rank = m.group(0) if is_rank else rank
                    p = m.end()
                    break
            else:
                return q, rank


def _prefix(s: str, p: int, k: int) -> str:
    """The first k words at p, as written."""
    m = re.match(r"\w+(?:" + WS + r"\w+){" + str(k - 1) + "}", s[p:p + 80])
    return m.group(0) if m else ""


def _shift(b: Body, delta: int, floor: int) -> Body:
    for n in b.nodes():
        n.start = max(n.start + delta, floor)
        n.end = max(n.end + delta, floor)
    return b
