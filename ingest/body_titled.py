"""The title that runs into a body's mention, and plural markers before it, for `agencies.Grammar`:
"Phó Bí thư Thường trực Tỉnh ủy" names the Tỉnh ủy, "các Sở" names no one body."""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body, placed
from coordgraph.ingest.knowledge import UPPER, Knowledge, key

_WORD = re.compile(r"\w+")


class Titled:
    """The title-and-plural reading of `agencies.Grammar`."""

    kb: Knowledge

    def _after_title(self, s: str, b: Body) -> Body | None:
        """A title that runs into the mention takes its first words: "Phó Bí thư Thường trực Tỉnh ủy"
        names Tỉnh ủy; "Bí thư Trung ương Đảng" names no body of its own (a post in Ban Bí thư)."""
        for w in list(_WORD.finditer(s, max(0, b.start - 30), b.start))[-3:]:
            m = self.kb.title_re.match(s, w.start())
            if m and m.end() > b.start:
                if b.kind == "organ" and b.host is not None and m.end() <= b.host.start:
                    head = self.kb.absorbs.get(self.kb.titles.get(key(m.group(0))) or "")
                    if head and key(s[b.start:m.end()]) == key(head) and placed(self.kb, s, b.host):
                        return b  # "Chánh Văn phòng Tỉnh ủy", "Trưởng ban Tổ chức Tỉnh ủy": the title holds the organ's head
                    return b.host
                title = self.kb.titles.get(key(m.group(0)))
                head = self.kb.absorbs.get(title or "")
                if b.kind == "known" and head and key(s[b.start:m.end()]) == key(head) and m.end() < b.end:
                    return b  # "Phó ban Tuyên giáo Trung ương": the title shares the body's head word
                if b.kind == "known" and b.entry.get("kind") == "head_of_state" and m.start() == b.start:
                    return b  # "Chỉ thị 11 của Thủ tướng Chính phủ": the office (kept only if it acts)
                if b.kind == "known" and m.end() == b.end and self._implied_whole(m.group(0), b):
                    return b  # "Tổng Kiểm toán Nhà nước đã trả lời": the title writes its body out whole
                return None if m.end() >= b.end or b.kind == "known" else b
        return b

    def _implied_whole(self, written: str, b: Body) -> bool:
        """A title of titles.yaml `implied` whose words hold its body's whole name, the head the title absorbs
        included ("Tổng Thanh tra Chính phủ" writes out Thanh tra Chính phủ)."""
        implied = self.kb.implied.get(key(written))
        head = self.kb.absorbs.get(implied[0]) if implied else None
        return implied is not None and head is not None and implied[1] == b.canonical(self.kb) \
            and key(" ".join(b.name.split()[:len(head.split())])) == key(head)

    def _mark_plural(self, s: str, b: Body) -> None:
        before = s[max(0, b.start - 14):b.start]
        if self.kb.plural_re.search(before):
            h = b.host
            if b.kind == "organ" and h is not None and not h.generic and not (h.fused and h.place_from != "text"):
                b.distribute = True
            elif not self._head_repeated(s, b):
                b.generic = True

    def _head_repeated(self, s: str, b: Body) -> bool:
        """ "các Bộ Y tế, Bộ Tài chính": the next body, after a comma or "và", has the same head word and a
        name of its own; "các" counts the list, and each body in it is named."""
        head = s[b.start:b.end].split()[0]
        if not head[:1].isupper() or not b.name.startswith(head + " "):
            return False
        return re.compile(rf"\s*(?:,|và)\s*{re.escape(head)}\s+[{UPPER}]").match(s, b.end) is not None
