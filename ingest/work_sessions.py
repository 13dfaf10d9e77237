"""Working sessions led by a person: in a sentence that opens with its date, a titled person who is the
subject of a verb of working with or at ("Chiều 5/3, Thủ tướng X làm việc với Y để ...", "Ngày 2/6, Phó Chủ
tịch X đã có buổi làm việc với ...") reports a session held that day. The session is named after the title;
the person takes part in it (read with the other roles)."""

from __future__ import annotations

import re

from coordgraph.ingest.cues import event_cues
from coordgraph.ingest.knowledge import Knowledge, alternation

_NAME_WORD = re.compile(r"[A-ZĐ][^\W\d_]*")


class PersonSessions:
    def __init__(self, kb: Knowledge) -> None:
        c = event_cues()
        self.kb = kb
        self.gap = re.compile(rf"(?:\s+(?:{alternation(c['done_markers'])}))?(?:\s+(?:{alternation(c['person_session_leads'])}))?\s*$",
                              re.IGNORECASE)
        self.address = re.compile(rf"(?:(?:{alternation(c['person_addresses'])})\s+)?", re.IGNORECASE)
        self.max_words = int(c["person_session_subject_words"])

    def title(self, s: str, ss: int, verb: int) -> str:
        """The title of the person who is the subject of the verb at `verb` ("Thủ tướng" in "Thủ tướng Nguyễn
        Xuân Phúc đã có buổi làm việc với"), or "" when the subject is no titled person. The subject runs from
        the last comma before the verb; it ends with a capitalised name."""
        cut = max((m.end() for m in re.finditer(r"[,;:]\s*", s[ss:verb])), default=None)
        if cut is None:
            return ""
        start = ss + cut
        gm = self.gap.search(s, start, verb)
        end = gm.start() if gm else verb
        am = self.address.match(s, start, end)
        start = am.end() if am else start
        tm = self.kb.title_re.match(s, start, end)
        words = s[start:end].split()
        if tm is None or not 3 <= len(words) <= self.max_words or "(" in s[start:end]:
            return ""
        name = words[-2:]
        if not all(_NAME_WORD.fullmatch(w) for w in name):
            return ""
        title = re.sub(r"\s+", " ", tm.group(0))
        return title[:1].upper() + title[1:]
