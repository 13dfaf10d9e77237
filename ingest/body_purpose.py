"""Boards named by a head and the lower-case words of their purpose ("Ban Quản lý dự án đầu tư xây dựng
công trình giao thông TP", "Ban Quản lý dự án 2", "Hội đồng thẩm định giá đất thành phố", "Ủy ban bầu cử
TP Hà Nội"): the name runs over words of the purpose's vocabulary and ends at the first other word, or
with the number or the locality that closes it (body_grammar.yaml, purpose_boards).

`Purpose` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.body import PROVINCE_LEVELS, Body
from coordgraph.ingest.body_described import region_closer
from coordgraph.ingest.knowledge import NEVER, Knowledge, alternation, key, skip_ws

_NUMBER = re.compile(r"(?:số\s+)?\d{1,3}(?![\w/-]|[.,]\d)")  # "Ban Quản lý dự án 2", "Cụm thi đua số 5"
_JOINERS = ("và", "các")  # words the name may hold but never ends with


def purpose_reading(grammar: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str],
                                                       dict[str, str], set[str], set[str]]:
    """The heads' pattern, the vocabulary's pattern, each head's kind and written form, the heads a
    number may close and the heads only a locality closes (body_grammar.yaml, purpose_boards)."""
    pb = grammar.get("purpose_boards") or {}
    heads = {str(h): str(k) for h, k in (pb.get("heads") or {}).items()}
    words = [str(w) for w in pb.get("words") or []]
    head_re = re.compile(rf"(?:{alternation(list(heads))})(?!\w)", re.IGNORECASE) if heads else NEVER
    word_re = re.compile(rf"(?:{alternation(words)})(?!\w)") if words else NEVER
    return (head_re, word_re, {key(h): k for h, k in heads.items()}, {key(h): h for h in heads},
            {key(str(h)) for h in pb.get("numbered") or []}, {key(str(h)) for h in pb.get("placed_only") or []})


class Purpose:
    """The purpose-board reading of `agencies.Grammar`."""

    kb: Knowledge
    purpose: tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str], set[str], set[str]]

    if TYPE_CHECKING:
        def _titled(self, s: str, pos: int) -> bool: ...  # agencies.Grammar

    def _purpose(self, s: str, pos: int) -> Body | None:
        head_re, word_re, kinds, forms, numbered, placed_only = self.purpose
        m = head_re.match(s, pos)
        if not m or not (s[pos].isupper() or self._titled(s, pos)):
            return None
        head = key(m.group(0))
        q, end, words = skip_ws(s, m.end()), m.end(), 0
        nm = _NUMBER.match(s, q) if head in numbered else None
        if nm and not s[skip_ws(s, nm.end()):][:1].isdigit():  # "Ban Quản lý dự án 2"
            return self._purpose_body(s, pos, m, nm.end(), forms, kinds)
        while True:
            wm = word_re.match(s, q)
            if not wm and words and s[q:q + 1] in ("-", "–"):  # "giao thông và nông nghiệp - phát triển nông thôn"
                wm = word_re.match(s, skip_ws(s, q + 1))
            if not wm:
                break
            q = skip_ws(s, wm.end())
            if wm.group(0) not in _JOINERS:
                end, words = wm.end(), words + 1
        cm = region_closer(self.kb).match(s, skip_ws(s, end)) if words else None
        if cm:  # "Ban Quản lý dự án các công trình điện miền Trung"
            return self._purpose_body(s, pos, m, cm.end(), forms, kinds)
        lm = self.kb.level_re.match(s, skip_ws(s, end))
        if lm and (words or head in placed_only):
            level = self.kb.levels.get(key(lm.group(0)), lm.group(0).lower())
            p = skip_ws(s, lm.end())
            pm = self.kb.place_re.match(s, p)
            prov = self.kb.province(pm.group(0)) if pm else None
            name = self._purpose_name(s, m, end, forms)
            entry = {"kind": kinds[head], "english": "", "described": True}
            if prov is not None and pm is not None and prov.get("kind") == level:
                return Body(pos, pm.end(), "local", name, level=level, place=str(prov["name"]), place_from="text",
                            entry=entry)
            if prov is not None and pm is not None and level == "thành phố" and prov.get("kind") == "tỉnh":
                return Body(pos, pm.end(), "local", name, level=level, place=str(prov["name"]), place_from="text",
                            entry=entry)  # "TP Sơn La": the province's seat, named as it is
            if level in PROVINCE_LEVELS and prov is None and not s[p:p + 1].isupper():
                return Body(pos, lm.end(), "local", name, level=level, entry=entry)  # the article's province
            return None
        pm = self.kb.place_re.match(s, skip_ws(s, end))
        if pm and not s[skip_ws(s, pm.end()):][:1].isupper() and head not in placed_only:
            return self._purpose_body(s, pos, m, pm.end(), forms, kinds)  # "Ban Quản lý các dự án Hội An"
        if not words or head in placed_only:
            return None
        return self._purpose_body(s, pos, m, end, forms, kinds)

    def _purpose_name(self, s: str, m: re.Match[str], end: int, forms: dict[str, str]) -> str:
        return re.sub(r"\s+", " ", forms[key(m.group(0))] + s[m.end():end]).strip()

    def _purpose_body(self, s: str, pos: int, m: re.Match[str], end: int, forms: dict[str, str],
                      kinds: dict[str, str]) -> Body:
        name = self._purpose_name(s, m, end, forms)
        return Body(pos, end, "known", name, entry={"kind": kinds[key(m.group(0))], "english": ""})
