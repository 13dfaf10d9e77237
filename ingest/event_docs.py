"""The documents an event reviews, launches or signs: those written after the event's kind ("hội nghị sơ
kết Nghị quyết 15"), and those after a verb that launches or reviews them ("phát động ...", "báo cáo sơ kết
...") in a sentence about the event; and in such a sentence that says what the event heard or discussed, the
document whose results it weighs ("đã nghe báo cáo ...; kết quả thực hiện Kết luận X", "thảo luận về ...; tổng kết 10
năm thực hiện Nghị quyết Y") is reviewed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from coordgraph.ingest.agreements import DocMention
from coordgraph.ingest.cues import alt
from coordgraph.ingest.knowledge import WS, key

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

_LAUNCH_CTX = re.compile(rf"(?:(?<!\w)(?:{alt('launch_done')})|(?<!\w)(?:{alt('launch_heard')})\b[^.;]{{0,60}}?){WS}"
                         rf"({alt('launch_verbs')})(?!\w)", re.IGNORECASE)
_BASIS = re.compile(rf"(?:\s+[^\W\d_]+){{0,4}}?\s+(?:{alt('document_basis')})\s+", re.IGNORECASE)
_REVIEW_CTX = re.compile(rf"(?<!\w)(?:{alt('review_reports')}){WS}({alt('review_verbs')})(?!\w)", re.IGNORECASE)
_SPAN = rf"(?:(?:{alt('results_about')}){WS})?(?:\d+|{alt('results_counts')}){WS}(?:{alt('results_units')}){WS}"
_HEARD_RESULTS = re.compile(rf"(?<!\w)(?:{alt('results_heard')})(?!\w)[^.!?\n]*?(?<!\w)"
                            rf"(?:{alt('results_of')}|{alt('results_reviews')}){WS}(?:{_SPAN})?(?:{alt('results_doing')})\s+(?=\w)",
                            re.IGNORECASE)
_GROUP = rf"(?:\d+|{alt('group_counts')}){WS}({alt('group_kinds')})(?:{WS}(?:{alt('group_others')}))?(?!\w)"
_GROUP_LAUNCH = re.compile(rf"(?<!\w)(?:{alt('launch_verbs')}){WS}(?:[^.;]{{0,80}}?{WS})?{_GROUP}", re.IGNORECASE)
_GROUP_LIST = re.compile(rf"(?<!\w){_GROUP}[^.;:]{{0,60}}?(?<!\w)(?:{alt('group_listed_by')})\s*:?\s*", re.IGNORECASE)


class EventDocs:
    """The document reading of `Events` (events.py)."""

    kinds: dict[str, Any]
    kind_re: re.Pattern[str]

    def _docs(self, s: str, lo: int, hi: int, ev: Event, docs: list[DocMention], all_after_kind: bool) -> None:
        marks = [(m.start(), self.kinds[key(m.group(0))]["relation"]) for m in self.kind_re.finditer(s, lo, hi)
                 if not any(d.start <= m.start() < d.end for d in docs)]  # "Luật ký kết ... điều ước": a name's words
        for dm in docs:
            if not (lo <= dm.start < hi):
                continue
            rel = None
            for pos, r in marks:
                if pos < dm.start:
                    rel = r
            if any(_BASIS.fullmatch(s, d.end, dm.start) for d in docs if lo <= d.start < dm.start):
                continue  # "quy chế phối hợp theo Nghị quyết liên tịch số 15": the basis of the document reviewed
            if rel and (rel, dm) not in [(r, d) for r, d, _ in ev.docs]:
                ev.docs.append((rel, dm, lo))

    def _context_docs(self, s: str, ss: int, se: int, ev: Event, docs: list[DocMention]) -> None:
        for rx, rel in ((_LAUNCH_CTX, "LAUNCHES"), (_REVIEW_CTX, "REVIEWS")):
            for m in rx.finditer(s, ss, se):
                dm = next((d for d in docs if 0 <= d.start - m.end() <= 20), None)
                if dm is not None and (rel, dm) not in [(r, d) for r, d, _ in ev.docs]:
                    ev.docs.append((rel, dm, ss))
        for m in _HEARD_RESULTS.finditer(s, ss, se):  # "Hội nghị đã nghe báo cáo ... và kết quả thực hiện Kết luận X"
            dm = next((d for d in docs if d.start == m.end()), None)
            if dm is not None and not any(d is dm for _, d, _ in ev.docs):
                ev.docs.append(("REVIEWS", dm, ss))

    def _group_docs(self, s: str, ss: int, se: int, ev: Event, docs: list[DocMention]) -> None:
        """"công bố Luật A và 6 luật khác": the event launches each document of the article's list of that group
        ("6 luật khác đã được thông qua là Luật B, Luật C và Luật D"), read from the list's opening to its sentence end."""
        for gm in _GROUP_LAUNCH.finditer(s, ss, se):
            kind = key(gm.group(1))
            for lm in _GROUP_LIST.finditer(s):
                if key(lm.group(1)) != kind:
                    continue
                end = s.find(".", lm.end())
                listed = [d for d in docs if lm.end() <= d.start < (end if end > 0 else len(s))
                          and key(s[d.start:d.end]).startswith(kind)]
                if not listed or listed[0].start != lm.end():
                    continue  # the list opens with a document of the group's kind
                for dm in listed:
                    if ("LAUNCHES", dm) not in [(r, d) for r, d, _ in ev.docs]:
                        ev.docs.append(("LAUNCHES", dm, ss))
