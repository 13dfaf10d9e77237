"""Events a sentence names as still to come or called off, and settings that open right after a photo's or video's
credit. "Kỳ họp thứ nhất Quốc hội khóa mới dự kiến vào tháng 7" and "hoãn lễ khai giảng vào ngày mai" name no
event the article reports as held: the words of `planned_in_name` inside the name, or `called_off_before` or
`planned_before` ("chuẩn bị cho Kỳ họp thứ 8") right before it, leave it out, as does a speaker's quotation
the name stands inside ("ông X nói: “... đến tháng 7 mới diễn ra kỳ họp thứ nhất”"). "Ảnh: <a credit> Tại hội nghị
X sáng 28/12, ông A ..." opens a sentence at the setting after the credit. Cue words in ingest/data/events.yaml."""

from __future__ import annotations

import re
from functools import cache

from coordgraph.ingest.cues import alt, words
from coordgraph.ingest.knowledge import WS


@cache
def _called_off() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt('called_off_before')}|{alt('planned_before')}){WS}$", re.IGNORECASE)


@cache
def _setting() -> re.Pattern[str]:
    return re.compile(rf"(?:{alt('setting_markers')}){WS}", re.IGNORECASE)


def not_held(s: str, head: int, name: str) -> bool:
    """Whether the event named `name` at `head` is still to come or called off, by its own words."""
    return words("planned_in_name").search(name) is not None or _called_off().search(s, max(0, head - 20), head) is not None


def setting_opens(s: str, pos: int, heads: re.Pattern[str]) -> bool:
    """Whether a capitalised setting ("Tại cuộc họp X"), an event noun of `heads` after its marker, opens at `pos`
    after a caption's credit."""
    m = _setting().match(s, pos)
    return m is not None and s[pos].isupper() and heads.match(s, m.end()) is not None


def quoted(sent: str, pos: int) -> bool:
    """Whether `pos` falls inside a quotation opened earlier in the sentence by words of its own ("ông X nói: “...
    đến tháng 7 mới diễn ra kỳ họp thứ nhất”"): what a speaker quotes of plans or the past names no event the
    article reports. A quotation that opens with the name itself (“Lễ phát động ...”) is the event's name."""
    lead = sent[:pos]
    opened = False
    for i, ch in enumerate(lead):  # a straight mark opens before a word ("Từ ...), else closes (... 2017 ", ông X)
        if ch in "“”\"":
            opened = ch == "“" or ch == '"' and sent[i + 1:i + 2].isalnum()
    return opened and not lead.rstrip().endswith(("“", '"'))
