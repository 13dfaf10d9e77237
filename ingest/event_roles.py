"""Who chaired and who attended an event: the verbs of taking part after or before a person ("X chủ trì",
"dự hội nghị có X"), the openers that list those present, and the phrases that mark presence ("với sự
tham dự của X")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.cues import CueMatcher, alt, event_cues, words
from coordgraph.ingest.dates import Dates
from coordgraph.ingest.event_commentary import commentary, indefinite_occasion
from coordgraph.ingest.event_receivers import given_to, own_receiver, receivers
from coordgraph.ingest.knowledge import WS, key
from coordgraph.ingest.meetings import Meetings
from coordgraph.ingest.people import PersonMention

if TYPE_CHECKING:
    from coordgraph.ingest.events import Event

_AT_EVENT = re.compile(rf"(?<!\w)(?:{alt('at_event_markers')}){WS}(?:{alt('at_event_nouns')})", re.IGNORECASE)
_AT_OWN_OCCASION = re.compile(rf"(?<!\w)(?:{alt('at_event_markers')}){WS}(?:(?:buổi|cuộc){WS})?(?:{alt('own_occasion_nouns')})(?!\w)",
                              re.IGNORECASE)
_OWN_OCCASION = re.compile(rf"(?<!\w)(?:{alt('own_occasion_nouns')})(?!\w)", re.IGNORECASE)
_PRESENT_AT = re.compile(rf"(?<!\w)(?:{alt('at_event_presence')}){WS}(?:{alt('at_event_nouns')})", re.IGNORECASE)
_PART_NOT_AFTER = re.compile(rf"(?<!\w)(?:{alt('part_not_after')}){WS}$", re.IGNORECASE)
_CHAIR_OPENER = re.compile(rf"[\s\-–]*(?:{alt('chair_openers')})(?!\w)", re.IGNORECASE)
# "Chủ trì hội nghị, Bí thư X", "Chủ trì phiên họp là bà X", "Chủ trì buổi gặp mặt có ông X; ông Y"
# (titles a person's name comes after may stand between: "có Bí thư Đảng đoàn, Chủ tịch Hội X Nguyễn Văn A")
_CHAIR_GAP = re.compile(rf"[^,.;:\n]{{0,90}}?(?:,|{WS}(?:{alt('chair_opener_links')})(?!\w))\s*(?P<titles>[^.;:\n]{{0,200}})",
                        re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:[,;]|và|cùng)\s*(?P<titles>[^.;:\n]{0,200})")
_JOINED = re.compile(r"\s*(?:,|và|cùng)\s*")  # "A, B và C": one list


def _titles_only(m: re.Match[str] | None) -> bool:
    """Whether a gap matched holds only a person's titles, comma-separated ("Bí thư Đảng đoàn, Chủ tịch Hội X ")."""
    if m is None:
        return False
    titles = m.group("titles")
    lower = "".join("a" if w[:1].islower() else "A" for w in titles.split())
    return titles.count(",") <= 4 and "aaa" not in lower  # three words in lower case: no title

_PRESS_TALK = words("press_talk_markers")
_RULING = words("ruling_markers")
_RULING_SITTING = words("ruling_sittings")
LINKED_STORY = re.compile(rf"(?<!\w)(?:{alt('linked_story_markers')})(?!\w)")
_ACCORDING = re.compile(rf"[\s\-–•\"“]*(?:{alt('according_openers')}){WS}", re.IGNORECASE)
_ON_BEHALF = re.compile(rf"[\s\-–•\"“]*(?:{alt('on_behalf_openers')}){WS}[^,.;:\n]{{1,120}},", re.IGNORECASE)
_PRESENTER = re.compile(rf"(?<!\w)(?:{alt('presenter_before')})\s*$", re.IGNORECASE)
_RUN_ON = re.compile(rf"(?<=\w\s)(?:{'|'.join(re.escape(w) for w in event_cues()['run_on_addresses'])})\s")
_CREDIT = re.compile(rf"(?<!\w)(?:{alt('credit_markers')})\s*$", re.IGNORECASE)
_VERB_GAP = re.compile(rf"[\s,\-–]*(?:(?:{alt('verb_gap_words')}){WS})*", re.IGNORECASE)
# The rest of a title set off by dashes before the verb ("bà X - giám đốc Sở Y (Z) tỉnh W - cho biết")
_DASHED_TITLE = re.compile(rf"[^\-–,.;:\n]{{0,120}}\s[\-–](?={WS})", re.IGNORECASE)
# "Chiều nay, các đại biểu sẽ chia tổ đối thoại với Bộ trưởng X": a part planned in the clause, not yet taken
_PLANNED_PART = re.compile(rf"(?<!\w)(?:{alt('part_planned_before')})(?!\w)[^,;:.()\"“”\n]*$", re.IGNORECASE)
# What may follow an event noun that points back at the article's event ("kỳ họp,", "hội nghị này"), not a numbered one
_BARE_AFTER_HEAD = re.compile(rf"\s*(?:[,.;:]|(?:{alt('reference_words')})(?!\w))", re.IGNORECASE)
_REPORTED_SUBJECT = re.compile(rf"(?<!\w)(?:{alt('reported_subject_before')}){WS}(?:(?:{alt('person_addresses')}){WS})?$",
                               re.IGNORECASE)
# How many sentences open an article (title, summary, first lines): an article about one event names it there; one
# that names its event only further down tells of other matters, and the speakers it quotes were not at the event.
_LEAD_SENTENCES = 5
# "Tại hội nghị X, ...", "Trong cuộc làm việc với Y, ...": a sentence that opens by setting itself at an occasion
_SETTING_OPENS = re.compile(rf"[\s\-–]*(?:{alt('setting_openers')}){WS}", re.IGNORECASE)
_SETTING_NOT_NAMED = re.compile(rf"\s*(?:{alt('setting_not_named_by')})(?!\w)", re.IGNORECASE)
_OCCASION_WORD = re.compile(r"(?:buổi|cuộc)\s+", re.IGNORECASE)  # "cuộc họp báo" is named "họp báo" as well
_CHAIRED_BY = re.compile(rf"(?<!\w)(?:{alt('chaired_by')})\s*$", re.IGNORECASE)


def linked_story(s: str, ss: int, se: int) -> bool:
    """Does the sentence hold a linked story's headline and opening ("... Bắc Vân Phong TTO - Phó Thủ tướng X ...")?
    A story that opens with the mark itself ("TTO - Sáng 5-3, ...") is the article's own."""
    m = LINKED_STORY.search(s, ss, se)
    return m is not None and bool(s[ss:m.start()].strip(" -–\n"))


class EventRoles:
    """The people-at-events reading of `Events` (events.py): the cue patterns it compiles and how it reads roles."""

    parts: CueMatcher
    meetings: Meetings
    dates: Dates
    head_re: re.Pattern[str]
    heads: dict[str, dict[str, str]]
    opener_re: re.Pattern[str]
    presence_re: re.Pattern[str]
    not_before: re.Pattern[str]
    _event_for: Callable[[str, int, int, list[Event]], Event]  # the event a sentence speaks of

    def roles(self, s: str, sentences: list[tuple[int, int]], events: list[Event], people: list[PersonMention],
              bodies: list[Body] | None = None) -> None:
        if not events:
            return
        first = events[0].start if events[0].opened is None else events[0].opened
        parts = self.parts.find(s)
        # the events the article reports: one undated, with no host, place or document, is only spoken of
        standing = [e for e in events if e.date or e.organisers or e.places or e.docs] or events[:1]
        standing = [e for e in standing if not _named_within(e, standing)]
        lead = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1][1] if sentences else 0
        told = standing[0].start < lead or standing[0].opened is not None  # the story opens with its event
        recalled: set[str] = set()  # who the last sentence, recalling an earlier occasion, spoke of
        for ss, se in sentences:
            if recalled and self._goes_on_recalling(s, ss, se, recalled, people, events):
                continue  # "Trước đó, chiều 11/1, X đã thăm ... . X đánh giá cao ...": still the earlier occasion
            recalled = set()
            if se <= first and not any(e.start == ss for e in events) and not self._opens_list_at(s, ss, se):
                continue
            here = [p for p in people if ss <= p.start < se]
            if here and linked_story(s, ss, se):
                continue  # "... TTO - Phó Thủ tướng X vừa yêu cầu ...": a linked story
            if not here or indefinite_occasion(s, ss, se) and not any(e.start == ss for e in events):
                continue  # "Bên lề một hội nghị, ông X ...": another occasion
            ev = self._event_for(s, ss, se, events)
            if _RULING.search(s, ss, se) and _RULING_SITTING.search(ev.name) and ev.start != ss:
                continue  # "- Ông X, nguyên bộ trưởng ..., đã vi phạm ...": X is ruled on, not present
            if _own_occasion(s, ss, se) and not _OWN_OCCASION.search(ev.name):
                continue  # "Tại họp báo sau đại hội, ông X cho biết ...": X is at the press conference, not the congress
            if ev.start != ss and (self._set_elsewhere(s, ss, se, events) or any(
                    ss <= a and b <= se and self._names_other(s, b, se, events)
                    for a, b in parts.get("chair", []) + parts.get("attend", []))):
                continue  # "Tại hội nghị tổng kết ngành năm 2016, ông X ...", "X chủ trì hội nghị trực tuyến Y": elsewhere
            if self.meetings.recall.match(s, ss) and (any(self.dates.marked_in(s, ss, se))
                                                      or self._other_occasion(s, ss, se, ev, standing)):
                recalled = {p.name for p in here}
                continue  # "Trước đó, tại họp báo sáng 28/9, ...": another, earlier occasion
            here = [p for p in here if not _CREDIT.search(s, max(ss, p.chain_start - 8), p.chain_start)]  # "Ảnh: X"
            set_at = _AT_EVENT.search(s, ss, se) is not None
            speech = set_at or len(standing) == 1 and ev is standing[0] and told and not _PRESS_TALK.search(s, ss, se)
            verbs = [(a, "chair") for a, b in parts.get("chair", []) if ss <= a and b <= se]
            verbs += [(a, "attend") for a, b in parts.get("attend", []) if ss <= a and b <= se]
            verbs += [(a, "attend") for a, b in parts.get("visit", []) if ss <= a and b <= se
                      and not self.meetings.caption.search(s, ss, se)]  # "Bà X trong cuộc tiếp xúc cử tri - Ảnh: Y"
            verbs += [(h.start(), "attend") for h in self.head_re.finditer(s, ss, se)
                      if self.meetings.take_part.search(s, max(ss, h.start() - 10), h.start())]
            if speech:  # "Ngày 9-1, ông X cho biết ông Y vừa có buổi làm việc ...": X reports the event, Y takes part
                verbs += [(a, "report" if ev.start == ss and not ev.referenced and a < ev.head
                           and not _said_at(s, b, ev.head) else "speak")
                          for a, b in parts.get("speech", []) if ss <= a and b <= se]
            if self.opener_re.match(s, ss):
                verbs.append((ss, "attend"))
            elif speech and _ON_BEHALF.match(s, ss):
                verbs.append((ss, "speak"))  # "Thay mặt chính quyền tỉnh, Bí thư X xin tiếp thu ...": X speaks there
            at_event = [m.start() for m in _PRESENT_AT.finditer(s, ss, se)  # "A và B tại buổi ký kết"
                        if any(0 <= m.start() - p.chain_end <= 2 for p in here)]
            verbs += [(a, "attend") for a in at_event]
            inside = [b for b in bodies or [] if ss <= b.start < se]  # "phó trưởng Ban chỉ đạo": a name, no verb
            verbs = sorted(v for v in verbs if not any(p.start <= v[0] < p.end for p in here)
                           and not any(b.start < v[0] < b.end for b in inside)
                           and not _PART_NOT_AFTER.search(s, max(ss, v[0] - 14), v[0])
                           and not self.meetings.passive.search(s, max(ss, v[0] - 8), v[0])
                           and not _PLANNED_PART.search(s, max(ss, v[0] - 80), v[0])  # "sẽ tham dự": still to come
                           and not (v[1] in ("speak", "report") and _in_a_name(s, ss, v[0])))
            present = [p for p in here if not p.again and (
                       self.presence_re.search(s[max(ss, p.chain_start - 160):p.chain_start])
                       or set_at and _ACCORDING.fullmatch(s, ss, p.chain_start)  # "Theo ông X, tại hội nghị ..."
                       or speech and _PRESENTER.search(s, max(ss, p.chain_start - 30), p.chain_start))]
            for a in at_event:  # not "phát biểu của Tổng Bí thư X tại Hội nghị ...": X's speech, elsewhere
                joined = _joined_before(s, here, a)
                if joined and not self.not_before.search(s[max(ss, joined[0].chain_start - 12):joined[0].chain_start]):
                    present += [p for p in joined if p not in present]
            present += [p for p in given_to(s, ss, here) + receivers(s, ss, se, here)  # "trao Bằng khen cho ông X",
                        if p not in present and not p.again
                        and own_receiver(p, ev.name, people)]  # "Giám đốc X Lê A nhận giải"
            for p in present:  # "với sự tham dự của X", "trước sự chứng kiến của X"
                ev.attends.setdefault(p.name, ss)
            here = [p for p in here if p not in present]
            if not verbs:
                continue
            subject: dict[int, bool] = {}
            listed = self.opener_re.match(s, ss) is not None  # "Dự lễ có ông X, ...": a list of those present
            for i, p in enumerate(here):
                prev = here[i - 1] if i else None
                if prev is not None and _JOINED.fullmatch(s, prev.chain_end, p.chain_start):
                    subject[i] = subject[i - 1]  # "A, B và C": the list shares its first member's part
                    if not subject[i] and _opens_clause(s, here, i, verbs):
                        subject[i] = True  # "Sau phát biểu của ông A, bà B đã trình bày ...": B opens the clause
                else:
                    subject[i] = listed or self.meetings.is_subject(s, ss, p.chain_start) \
                        or _RUN_ON.match(s, p.chain_start) is not None \
                        or _REPORTED_SUBJECT.search(s, max(ss, p.chain_start - 20), p.chain_start) is not None
                    # "... không đủ Ông X, ... thắc mắc"; "ông A cho biết ông B vừa có buổi làm việc ..."
            opener = _CHAIR_OPENER.match(s, ss)  # "Chủ trì hội nghị, Bí thư X yêu cầu ...": X chairs it
            chaired = False  # the list the opener names so far
            for i, p in enumerate(here):
                if opener is not None and (i == 0 and _titles_only(_CHAIR_GAP.fullmatch(s, opener.end(), p.chain_start))
                                           or chaired and _titles_only(_LIST_JOIN.fullmatch(s, here[i - 1].chain_end,
                                                                                            p.chain_start))):
                    chaired = True
                    ev.chairs.setdefault(p.name, ss)
                    continue
                chaired = False
                if _CHAIRED_BY.search(s[max(ss, p.chain_start - 20):p.chain_start]):
                    ev.chairs.setdefault(p.name, ss)
                    continue
                if self.not_before.search(s[max(ss, p.chain_start - 12):p.chain_start]):
                    continue
                if not subject[i]:
                    continue
                after = [v for v in verbs if v[0] >= p.chain_end]
                before = [v for v in verbs if v[0] < p.chain_start]
                role = after[0][1] if after else (before[-1][1] if before else None)
                close = _quote_close(s, ss, se, p)
                if close is not None:  # "“Đồng chí X ... đã có vi phạm”, thông báo nêu": X is what the quote speaks of
                    inside = [v for v in after if v[0] < close]
                    role = inside[0][1] if inside else None
                if not after and role == "speak" and (any(q.chain_end <= before[-1][0] for q in here[:i])
                                                      or any(ss <= b.start and b.end <= before[-1][0] for b in bodies or [])
                                                      or _reported(s, ss, p)):
                    role = None  # "X cho biết, ông Y đã ...", "ông X nói và cho biết ông Y đã bị ...": Y is spoken of
                    # ("Ủy ban X yêu cầu bà Y kiểm điểm": the body speaks, Y is spoken of)
                if role == "speak" and not set_at and commentary(s, ss, se, p, ev, self.head_re, self.dates):
                    role = None  # "Ngày 9-9, ông X cho biết ...", "ông Y, nguyên Phó ban ..., cho rằng": elsewhere
                if p.again and not (role == "speak" and _set_before(s, ss, p)):
                    role = None  # "ông Bình" after "Trương Hòa Bình": elsewhere they are spoken of
                role = "attend" if role == "speak" else None if role == "report" else role
                if not after and role == "chair" and p.chain_start - before[-1][0] > 60:
                    role = None  # "... do X chủ trì, xem xét kỷ luật ông Y": Y did not chair
                if role == "chair":
                    ev.chairs.setdefault(p.name, ss)
                elif role == "attend":
                    ev.attends.setdefault(p.name, ss)

    def _goes_on_recalling(self, s: str, ss: int, se: int, recalled: set[str], people: list[PersonMention],
                           events: list[Event]) -> bool:
        """Whether the sentence after one recalling an earlier occasion goes on with it: its first person is one that
        sentence spoke of, and it names no event, time or setting of its own ("Trước đó, chiều 11/1, Trung tướng X đã
        thăm ... . Trung tướng X đánh giá cao ...")."""
        here = [p for p in people if ss <= p.start < se]
        return bool(here) and here[0].name in recalled and not any(e.start == ss for e in events) \
            and self.head_re.search(s, ss, se) is None and _AT_EVENT.search(s, ss, se) is None \
            and not any(self.dates.marked_in(s, ss, se))

    def _opens_list_at(self, s: str, ss: int, se: int) -> bool:
        """Whether the sentence opens by listing who chaired or attended an event it names by its noun ("Chủ trì
        buổi gặp mặt có ông X; bà Y", "Dự hội nghị có ..."): read even before the event's name is first read."""
        opener = _CHAIR_OPENER.match(s, ss) or self.opener_re.match(s, ss)
        return opener is not None and any(h.start() - opener.end() <= 8 for h in self.head_re.finditer(s, opener.end(), se))

    def _set_elsewhere(self, s: str, ss: int, se: int, events: list[Event]) -> bool:
        """Whether the sentence opens by setting itself at an occasion named in full ("Tại hội nghị tổng kết ngành
        năm 2016, ...", "Trong cuộc làm việc với Ủy ban X hồi tháng 4, ...") that is none of the events read."""
        om = _SETTING_OPENS.match(s, ss, se)
        return om is not None and self._names_other(s, om.end(), se, events)

    def _names_other(self, s: str, pos: int, se: int, events: list[Event]) -> bool:
        """Whether an occasion named in full starts at `pos` under an event noun no event read is named with, nor
        its own name holds: another occasion than the article reports (what is said there, or who chairs it, is
        not at those events)."""
        pos = pos + len(s[pos:se]) - len(s[pos:se].lstrip())
        hm = self.head_re.match(s, pos, se)
        if hm is None and (wm := _OCCASION_WORD.match(s, pos)):
            hm = self.head_re.match(s, wm.end(), se)
        if hm is None or _BARE_AFTER_HEAD.match(s, hm.end()):
            return False
        cut = re.search(r"[,;:.\n]", s[hm.end():se])
        own = s[hm.end():hm.end() + cut.start()] if cut else s[hm.end():se]
        if len(own.split()) < 2 or _SETTING_NOT_NAMED.match(own):
            return False  # "Tại phiên họp thứ nhất, ...", "Trong cuộc làm việc tại UBND huyện, ...": a part or place
        setting = key(s[hm.start():hm.end()] + own)
        heads = [_OCCASION_WORD.sub("", key(m.group(0)), count=1) for e in events if (m := self.head_re.match(e.name))]
        return bool(heads) and len(heads) == len(events) and not any(h in setting for h in heads)

    def _other_occasion(self, s: str, ss: int, se: int, ev: Event, standing: list[Event]) -> bool:
        """Whether a sentence that recalls something earlier ("Trước đó, ...") names an event other than `ev`: any event
        noun unless, bare, it names the kind of the article's one event ("Trước đó, phát biểu khai mạc kỳ họp, ..."),
        not "tại kỳ họp 12 (từ ngày 3 đến 5/6)"."""
        heads = list(self.head_re.finditer(s, ss, se))
        if not heads:
            return False
        if standing != [ev]:
            return True
        return any((h := self.heads.get(key(m.group(0)))) is None or h["kind"] != ev.kind
                   or not _BARE_AFTER_HEAD.match(s, m.end()) for m in heads)


def _named_within(ev: Event, events: list[Event]) -> bool:
    """Whether `ev` is named inside another event's name ("Buổi tiếp xúc cử tri để thông báo kết quả kỳ họp thứ 9
    HĐND thành phố"): that event reports on it, and what is said is said at that one."""
    return any(o is not ev and o.head < ev.head < o.head + len(o.name) for o in events)


def _own_occasion(s: str, ss: int, se: int) -> bool:
    """Whether the sentence is set at an occasion of its own named with more words than its noun ("tại họp báo sau
    đại hội", "tại cuộc họp báo Chính phủ"); a bare noun ("Tại cuộc họp báo, ...") points back at the article's event."""
    return any(not _BARE_AFTER_HEAD.match(s, m.end()) for m in _AT_OWN_OCCASION.finditer(s, ss, se))


def _set_before(s: str, ss: int, p: PersonMention) -> bool:
    """Whether the sentence sets its clause at the event before `p`, quoting no one on the way ("Phát biểu tại hội
    thảo, ông Bình cho biết ..."): what a person named by their given name alone ("ông Bình" after "Trương Hòa
    Bình") needs to take part by speaking, rather than being spoken of ("... kho hàng của ông Bình. Tại buổi họp
    báo, ...", "“... tại buổi làm việc hôm trước” - ông Bình nói")."""
    return _AT_EVENT.search(s, ss, p.chain_start) is not None and not re.search(r"[\"“”]", s[ss:p.chain_start])


def _reported(s: str, ss: int, p: PersonMention) -> bool:
    """Whether `p` opens a clause reported by the verb right before them ("... cho biết ông Y đã ..."): that verb is
    the reporter's, not theirs."""
    return _REPORTED_SUBJECT.search(s, max(ss, p.chain_start - 20), p.chain_start) is not None


def _said_at(s: str, verb_end: int, head: int) -> bool:
    """Whether the reporting verb ending at `verb_end` says where it was said: the event's name follows it, in the
    same clause, after "tại" or "bên lề" ("ông X cho biết như vậy tại hội nghị ...", "... khi trao đổi với báo chí
    bên lề hội nghị ..."), so the speaker was at the event rather than reporting it ("ông X cho biết, tại kỳ họp ...")."""
    m = next((m for m in _AT_EVENT.finditer(s, verb_end, min(len(s), head + 40)) if m.start() < head < m.end()), None)
    return m is not None and m.start() - verb_end <= 80 and not re.search(r"[,;:]", s[verb_end:m.start()])


def _quote_close(s: str, ss: int, se: int, p: PersonMention) -> int | None:
    """Where the quotation that holds the person `p` closes, when the sentence quotes them ("“Đồng chí X ... đã có vi
    phạm”, thông báo nêu"); None when they stand outside any quotation."""
    lead = s[ss:p.chain_start]
    if lead.count("“") > lead.count("”"):
        close = s.find("”", p.chain_end, se)
    elif lead.count('"') % 2:
        close = s.find('"', p.chain_end, se)
    else:
        return None
    return close if close >= 0 else se


def _in_a_name(s: str, ss: int, at: int) -> bool:
    """Whether the reporting verb at `at` is a capitalised word inside a title or name ("Bộ trưởng Thông tin Truyền
    thông X"): past the sentence's first word, a verb is written in lower case unless a quote, bracket or dash opens it."""
    before = s[ss:at].rstrip()
    return s[at].isupper() and bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _joined_before(s: str, here: list[PersonMention], at: int) -> list[PersonMention]:
    """The people of the list that ends right before `at` ("A, B và C tại buổi lễ"): each joined to the next
    by a comma, "và" or "cùng"."""
    last = next((i for i, p in enumerate(here) if 0 <= at - p.chain_end <= 2), None)
    if last is None:
        return []
    first = last
    while first and _JOINED.fullmatch(s, here[first - 1].chain_end, here[first].chain_start):
        first -= 1
    return here[first:last + 1]


def _opens_clause(s: str, here: list[PersonMention], i: int, verbs: list[tuple[int, str]]) -> bool:
    """Whether the person `here[i]`, set off by a comma from the one before, is the subject of the verb right after
    them rather than the last of a list: no one is joined after them and a verb of taking part follows, past the rest
    of a title the chain opened with a dash ("..., bà X - giám đốc Sở Y (Z) tỉnh W - cho biết")."""
    p = here[i]
    if not s[here[i - 1].chain_end:p.chain_start].strip().startswith(","):
        return False
    if i + 1 < len(here) and _JOINED.fullmatch(s, p.chain_end, here[i + 1].chain_start):
        return False
    dash = _DASHED_TITLE.match(s, p.chain_end) if re.search(r"\s[\-–]\s", s[p.chain_start:p.chain_end]) else None
    return any(v >= p.chain_end and (_VERB_GAP.fullmatch(s, p.chain_end, v) or dash is not None
                                     and _VERB_GAP.fullmatch(s, dash.end(), v)) for v, _ in verbs)
