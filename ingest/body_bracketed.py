"""A body whose parent is written in brackets, with or without the unit's code: "Cơ quan An ninh
điều tra (Bộ Công an)", "Cơ quan Cảnh sát điều tra (C 46, Bộ Công an)", "Cơ quan điều tra (C 03)
Bộ Công an". The name is read as if the parent followed it ("Cơ quan An ninh điều tra Bộ Công an"),
and only when that whole name is a body that is part of the parent."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation, skip_ws

# what precedes the bracket: up to eight words, no punctuation
_HEAD = re.compile(rf"[{UPPER}{LOWER}\w]+(?:{WS}[\w]+){{1,7}}(?=\s*\()")
# only a code, the parent after it: "(C 03) Bộ Công an"
_CODE_ONLY = re.compile(r"\(\s*[A-Z][A-Z0-9]{0,3}(?: ?\d{1,3})?\s*\)\s*")


@cache
def _inside(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A bracket holding the parent: "(C 46, Bộ Công an)", "(Bộ Công an)", "(trực thuộc Sở Y tế)" (part_of.yaml's
    bracket cues)."""
    said = rf"(?:(?:{alternation(cues)}){WS})?" if cues else ""
    return re.compile(rf"\(\s*(?:[A-Z][A-Z0-9]{{0,3}}(?: ?\d{{1,3}})?\s*,\s*)?{said}([{UPPER}][^()\n,;.]{{2,60}}?)\s*\)")


class Bracketed:
    """The bracketed-parent reading of `agencies.Grammar`."""

    kb: Knowledge

    if TYPE_CHECKING:
        def match_at(self, s: str, pos: int, depth: int = 0) -> Body | None: ...

    def _bracketed(self, s: str, pos: int, depth: int) -> Body | None:
        if depth > 1 or not s[pos:pos + 1].isalpha():
            return None
        h = _HEAD.match(s, pos)
        if not h or not self.kb.known_re.match(s, pos) and not self.kb.organ_re.match(s, pos) \
                and not self.kb.local_head_re.match(s, pos) and not s[pos:pos + 1].isupper():
            return None
        q = skip_ws(s, h.end())
        found = self._bracket_parent(s, q, depth)
        if found is None:
            return None
        parent, end = found
        head = s[pos:h.end()]
        virtual = f"{head} {s[parent.start:parent.end]}"
        vb = self.match_at(virtual, 0, depth + 1)
        if vb is None or vb.start != 0 or vb.end != len(virtual) or not vb.part_of or vb.host is None \
                or vb.host.canonical(self.kb) != parent.canonical(self.kb):
            return None  # the parent must be what the bracket holds
        vb.host, vb.start, vb.end = parent, pos, end
        return vb

    def _bracket_parent(self, s: str, q: int, depth: int) -> tuple[Body, int] | None:
        """The parent a bracket at q holds, or the one right after a bracketed code; and where it ends."""
        inside = _inside(self.kb.part_of.bracket_cues).match(s, q)
        if inside:
            parent = self.match_at(s, inside.start(1), depth + 1)
            if parent is not None and parent.start == inside.start(1) and parent.end == inside.end(1):
                return parent, inside.end()
        code = _CODE_ONLY.match(s, q)
        if code:
            parent = self.match_at(s, code.end(), depth + 1)
            if parent is not None and parent.start == code.end():
                return parent, parent.end
        return None
