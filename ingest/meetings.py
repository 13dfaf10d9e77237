"""Meetings a body holds itself, read from `ingest/data/events.yaml`: the bodies that report one with a
verb ("Bộ Chính trị, Ban Bí thư đã họp"), the body named in a meeting's name ("Kỳ họp thứ 24 của Ủy ban
Kiểm tra Trung ương"), meetings named by convention ("Hội nghị Trung ương 8") and the capitalised
places after a level word ("tại TP Hạ Long")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.cues import LIST_JOIN, alt, event_cues
from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key, skip_ws
from coordgraph.ingest.text import abbreviation_dot
from coordgraph.ingest.work_sessions import PersonSessions

_ORDINAL = re.compile(rf"\s*(?:thứ\s+)?(\d+|[IVXLC]+\b|{alt('ordinal_words')})", re.IGNORECASE)  # "họp kỳ 24", "họp phiên thứ 18"
_CAPITAL = re.compile(rf"[A-ZĐ][^\W\d_]*(?:{WS}[A-ZĐ][^\W\d_]*){{0,3}}(?!\w)")
# How far past a caption's marker a dated opening may start ("Video: <a caption of a few words> Chiều 14/5, ...").
_CAPTION_REACH = 80
_CLAUSE = re.compile(r"[,;:.()\n\"“”]|\s[-–]\s")
_LAST_MEMBER = re.compile(r",\s*[^,;:()\n]{1,60}")  # a list's last member, not known as a body
_NAME_STOP = re.compile(rf"[.;:\n]|,\s+(?:[a-zđ]+\s+){{0,3}}(?:{alt('name_stop_reports')})|\s+(?:{alt('name_stop_phrases')})\s")
_REPORTS = re.compile(rf"[\s,\-–(]+(?:{alt('name_stop_reports')})(?!\w)", re.IGNORECASE)
_CAPITAL_ADDRESS = re.compile(rf"(?<!\w)(?:{'|'.join(w.capitalize() for w in event_cues()['person_addresses'] if ' ' not in w)})\s+$")
_ADDRESS = re.compile(rf"(?:{alt('person_addresses')})\s")
_NAMED_ADDRESS = re.compile(rf"(?<!\w)(?:{alt('person_addresses')}){WS}[A-ZĐ]")


@dataclass
class OwnMeeting:
    start: int  # where the verb starts
    end: int
    name: str
    kind: str
    organisers: list[Body]


class Meetings:
    def __init__(self, kb: Knowledge) -> None:
        c = event_cues()
        self.kb = kb
        self.cues = c
        self.visit_verbs: list[str] = c['visit_verbs']
        gap = rf"(?:\s*(?:\d+|[IVXLC]+\b)(?!\S))?(?:\s*(?:{alternation(c['own_meeting_gap'])})(?!\w)(?:\s*(?:\d+|[IVXLC]+\b))?)*\s*"
        self.own_head = re.compile(rf"(?:{alternation(c['own_meeting_heads'])})(?!\w)", re.IGNORECASE)
        self.gap = re.compile(gap, re.IGNORECASE)
        self.bare = re.compile(rf"(?:{alternation(c['bare_body_heads'])})(?!\w)")
        self.named = [(re.compile(m["pattern"], re.IGNORECASE), m) for m in c.get("named_meetings") or []]
        self.verbs = {key(v["words"]): v for v in c["meeting_verbs"]}
        self.sitting_re = re.compile(rf"(?<!\w)(?:{alternation(c['sitting_verbs'])})(?:\s+[^\W\d_]+){{0,{int(c['sitting_gap'])}}}?"
                                     rf"\s+trước\s+", re.IGNORECASE)
        self.assemblies = [(key(a["body"]), a["name"]) for a in c["assemblies"]]
        self.assembly_verb = re.compile(rf"(?<!\w)(?:{alternation(c['assembly_verbs'])})(?!\w)", re.IGNORECASE)
        self.assembly_words = int(c["assembly_clause_words"])
        self.numbered_setting = re.compile(
            rf"(?<!\w)(?:{alternation(c['numbered_session_markers'])}){WS}(?:(?:{alternation(c['numbered_session_papers'])}){WS})?"
            rf"(?P<head>{alternation(c['numbered_session_nouns'])})(?P<nth>(?:{WS}lần)?(?:{WS}thứ)?){WS}"
            rf"(?P<n>\d+|[IVXLC]+)(?!\w)(?:{WS}của{WS}|[^,.;:()\n]{{0,40}}(?:\([^()\n]{{0,40}}\))?,\s*)", re.IGNORECASE)
        self.numbered_body_end = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*(?:,|đã\s)", re.IGNORECASE)
        self.numbered_holders = tuple(key(h) for h in c["numbered_session_holders"])
        days = alternation(c["name_end_day_parts"])  # "... biểu quyết thông qua sáng 18/6": the clause ends at the day
        self.clause_end = re.compile(rf"[,.;:()\n]|\s(?:{days})\s+\(?\d", re.IGNORECASE)
        self.trailing = re.compile(rf"(?<!\w)(?:{alternation(c['name_trailing_words'])})$", re.IGNORECASE)
        self.verb_re = re.compile(rf"(?<!\w)(?:{alternation(list(self.verbs))})(?!\w)", re.IGNORECASE)
        self.subject_lead = re.compile(rf"[\s\-–•\"“(]*(?:(?:{alternation(c['subject_openers'])})(?!\w)\s*)*$",
                                       re.IGNORECASE)
        self.recall = re.compile(rf"[\s(\-]*(?:{alternation(c['recall_markers'])})(?!\w)", re.IGNORECASE)
        self.name_stop = re.compile(rf"[\s,\-–(]+(?:{alternation(c['name_stops'])})(?!\w)", re.IGNORECASE)
        self.clause = re.compile(rf"(?<!\w)(?!(?:{alternation(c['clause_verb_nouns'])})(?!\w))"
                                 rf"(?:{alternation(c['clause_verbs'])})(?!\w)", re.IGNORECASE)
        self.planned_after = re.compile(rf"(?<!\w)(?:{alternation(c['planned_after'])})(?!\w)", re.IGNORECASE)
        # "các hội nghị", and a count: "đã tổ chức 118 cuộc họp" (not a day's "ngày 5/3 hội nghị")
        self.plural = re.compile(rf"(?:(?<!\w)(?:{alternation(c['plural_markers'])})|(?<![\w/.\-])\d{{1,3}})\s+$", re.IGNORECASE)
        self.done = re.compile(rf"(?<!\w)(?:{alternation(c['done_markers'])})(?!\w)", re.IGNORECASE)
        self.agent = re.compile(rf"(?<!\w)(?:{alternation(c['agent_markers'])})\s+$", re.IGNORECASE)
        self.caption = re.compile("|".join(re.escape(w) for w in c["caption_markers"]), re.IGNORECASE)
        self.span_end = re.compile(rf"(?<!\w)(?:{alternation(c['end_markers'])})\s+(?:ngày\s+)?$", re.IGNORECASE)
        self.take_part = re.compile(rf"(?<!\w)(?:{alternation(c['take_part_before'])})\s+$", re.IGNORECASE)
        self.generic_name = re.compile(rf"(?<!\w)(?:{alternation(c['generic_in_name'])})(?!\w)", re.IGNORECASE)
        self.sub_place = re.compile(rf"(?:{alternation(c['sub_place_levels'])})(?!\w)", re.IGNORECASE)
        self.upcoming = re.compile(rf"{WS}(?:{alternation(c['upcoming_after_noun'])})(?!\w)", re.IGNORECASE)
        self.span_word = re.compile(rf"(?<!\w)(?:{alternation(c['span_words'])})(?!\w)", re.IGNORECASE)
        self.held_by = re.compile(rf"(?<!\w)(?:{alternation(c['held_by'])})(?!\w)", re.IGNORECASE)
        self.noun_before = re.compile(rf"(?<!\w)(?:{alternation(c['noun_before_verb'])})\s+$", re.IGNORECASE)
        self.hosted_before = re.compile(rf"(?<!\w)(?:{alternation(c['hosted_before'])})\s+$", re.IGNORECASE)
        self.hosted_verb = re.compile(rf"(?<!\w)(?:{alternation(c['hosted_verbs'])})(?!\w)", re.IGNORECASE)
        self.object_before = re.compile(rf"(?<!\w)(?:{alternation(c['not_event_before'])})\s*$", re.IGNORECASE)
        self.main_noun = re.compile(rf"(?<!\w)(?:{alternation(c['main_event_nouns'])})(?!\w)", re.IGNORECASE)
        self.clause_opener = re.compile(rf"(?:{alternation(c['clause_openers'])})(?!\w)", re.IGNORECASE)
        self.reference_words = int(c["reference_max_words"])
        self.reference = re.compile(rf"(?<!\w)(?:{alternation(c['reference_words'])})$", re.IGNORECASE)
        self.reference_end = re.compile(rf"(?:\S+\s+){{1,{self.reference_words - 1}}}?(?:{alternation(c['reference_name_ends'])})(?!\w)",
                                        re.IGNORECASE)
        self.passive = re.compile(rf"(?<!\w)(?:{alternation(c['passive_markers'])})\s+$", re.IGNORECASE)
        self.by_verbs: list[str] = c["organised_by"]
        self.result_re = re.compile(rf"(?<!\w)(?:{alternation(c['results_of'])})\s+(?=\w)", re.IGNORECASE)
        self.manner = re.compile(rf"\s*(?:(?:{alternation(c['manner_words'])})\s+)?", re.IGNORECASE)
        self.org_noun = re.compile(rf"(?:{alternation(c['organisation_nouns'])})(?!\w)")
        self.org_lead = re.compile(rf"(?:{alternation([w.lower() for w in c['organisation_nouns']])})\s+")
        self.numbered = re.compile(rf"(?<!\w)(?:lần\s+)?thứ\s+(?:\d+|[IVXLC]+\b|{alt('ordinal_words')})(?!\w)", re.IGNORECASE)
        self.term_after = re.compile(r"\s*[,(]?\s*khóa\s+(?:\d+|[IVXLC]+\b)\)?", re.IGNORECASE)
        self.setting_not_after = re.compile(rf"(?<!\w)(?:{alternation(c['numbered_setting_not_after'])})\s+\S+\s*$",
                                            re.IGNORECASE)
        self.host_of = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)
        self.leaders_of = re.compile(rf"(?<!\w)của\s+(?:{alternation(c['host_leaders'])})\s+$", re.IGNORECASE)
        self.not_host_of = re.compile(rf"(?<!\w)(?:{alternation(c['not_host_of'])})(?!\w)", re.IGNORECASE)
        self.year_plan = re.compile(rf"(?<!\w)(?:{alternation(c['host_year_plans'])})\s+năm\s+\d{{4}}\s+của\s+$", re.IGNORECASE)
        self.host_after = re.compile(rf"\s*(?:{alternation(c['host_after'])})(?!\w)", re.IGNORECASE)
        self.name_comma = re.compile(rf",\s*(?={alternation(c['host_comma_before'])}(?!\w))", re.IGNORECASE)
        self.level = re.compile(rf"(?:{alternation(c['place_levels'])})(?!\w)\s*", re.IGNORECASE)
        self.led = PersonSessions(kb)

    def split_credits(self, s: str, sentences: list[tuple[int, int]], opens_dated: Any) -> list[tuple[int, int]]:
        """Sentences with a photo credit run on into the next sentence ("... Ảnh: TTXVN Chiều 18/6, A tổ chức
        ..."): split where a capitalised dated opening (`opens_dated(pos)`) follows the credit."""
        out: list[tuple[int, int]] = []
        for ss, se in sentences:
            cm = self.caption.search(s, ss, se)
            at = next((cm.end() + m.end() for m in re.finditer(r"\s(?=[A-ZĐ])", s[cm.end():min(se, cm.end() + _CAPTION_REACH)])
                       if opens_dated(cm.end() + m.end())), None) if cm else None
            out += [(ss, at), (at, se)] if at is not None else [(ss, se)]
        return out

    # -- names -----------------------------------------------------------------------------
    def name_end(self, s: str, start: int, end: int) -> int:
        """Where an event's name that starts at `start` ends, at most `end`: before a word that goes
        on with the sentence, or at a comma that opens a new clause (a title, a person, a verb)."""
        stop = next((m for m in self.name_stop.finditer(s, start + 3, end) if not _in_quote(s[start:m.start()])), None)
        end = stop.start() if stop else end  # not inside a quoted title ("lễ đón nhận bằng di tích 'Nơi diễn ra ...'")
        if stop and _REPORTS.match(s, stop.start()) and (comma := s.rfind(",", start, end)) > start:
            end = comma  # "tại buổi họp báo, Công an tỉnh X cho hay ...": who reports opens after the comma
        if (rm := self.reference_end.match(s, start, end)) is not None:
            return rm.end()  # "kỳ họp này, Ủy ban đã ...": a name that points back ends with the pointing word
        if (hm := self.own_head.match(s, start, end)) is not None and s[hm.end():hm.end() + 1] == ",":
            return hm.end()  # "Kết thúc hội nghị, 11/11 người ...": the bare noun, then the clause
        for cm in re.finditer(r",\s*", s[start:end]):
            at = start + cm.end()
            nxt = s.find(",", at, end)
            part = s[at:nxt if nxt >= 0 else end]
            if self.kb.title_re.match(s, at) or self.subject_lead.match(part) and part[:1].islower() \
                    and _ADDRESS.match(part) or self.clause.search(part) \
                    or self.clause_opener.match(part) or self._person_opens(s, start, at):
                return start + cm.start()
        return end

    def _person_opens(self, s: str, start: int, at: int) -> bool:
        """ "Họp báo của Bộ X, ông Trần Văn A cho biết", ", đại tá Nguyễn B": a person named by address or rank after
        a comma speaks of the event; the name ends before, unless it names people itself ("cho ông A, ông B")."""
        m = _ADDRESS.match(s, at) or self.kb.rank_re.match(s, at)
        return m is not None and _CAPITAL.match(s, skip_ws(s, m.end())) is not None \
            and _NAMED_ADDRESS.search(s, start, at) is None and self.kb.rank_re.search(s, start, at) is None

    def is_plural(self, s: str, head: int, head_re: re.Pattern[str]) -> bool:
        """Whether the event noun at `head` is one of many ("các hội nghị, hội thảo")."""
        before = head_re.sub("", s[max(0, head - 60):head])
        before = re.sub(r"(?:[\s,]|(?<!\w)và(?!\w))+$", " ", before)
        return self.plural.search(before) is not None

    def is_bare_name(self, name: str, head_re: re.Pattern[str]) -> bool:
        """A name made of event nouns only ("Đại hội", "Hội nghị, hội thảo"): a reference, not a title."""
        return not re.sub(r"[\s,;.\-–]|(?<!\w)và(?!\w)", "", head_re.sub("", name)) or self.points_back(name)

    def points_back(self, name: str) -> bool:
        """A short name ending with a word that points back ("Đại hội của tổ chức đó", "kỳ họp này"); a long one
        only points back inside it ("Hội nghị sơ kết một năm thí điểm thành lập ban này")."""
        return bool(self.reference.search(name)) and len(name.split()) <= self.reference_words

    # -- the body in a meeting's name ----------------------------------------------------
    def hosts(self, s: str, head: int, end: int, bodies: list[Body]) -> list[Body]:
        """The body whose meeting starts at `head` ("Hội nghị lần thứ 15 Thành ủy X": Thành ủy X)."""
        hm = self.own_head.match(s, head)
        if hm is None:
            return []
        g = self.gap.match(s, hm.end())
        at = g.end() if g else hm.end()
        if at >= end:
            return []
        found = next((b for b in bodies if b.start == at), None)
        if found is not None:
            return [found]
        bm = self.bare.match(s, at)  # "phiên họp của Ủy ban": the Ủy ban named last
        if bm is None or s[bm.end():bm.end() + 1].isalpha():
            return self._closing_host(s, at, end, bodies)
        word = key(bm.group(0))
        before = [b for b in bodies if b.end <= head and key(b.canonical(self.kb)).startswith(word)]
        return before[-1:]

    def _closing_host(self, s: str, at: int, end: int, bodies: list[Body]) -> list[Body]:
        """ "Hội nghị sơ kết công tác 6 tháng của Thanh tra Chính phủ", "Buổi làm việc của Thành ủy X với ông Y":
        the body after "của" that closes the meeting's name (or is followed by "với"), with no document or other
        thing before "của" it could belong to ("Lễ công bố quyết định của Bộ Chính trị": the decision's)."""
        for b in bodies:
            if at < b.start < end and self.leaders_of.search(s, at, b.start) and not re.search(r"[,;:.()\n\"“”]", s[at:b.start]):
                return self._listed_hosts(s, b, end, bodies)
            if not at < b.start < end or b.generic:
                continue
            before = self.name_comma.sub(" ", s[at:b.start])  # "tổng kết năm 2017, triển khai nhiệm vụ năm 2018 của"
            if not self.host_of.search(before) or self.host_of.search(before[:-5]) or re.search(r"[,;:.()\n\"“”]", before) \
                    or self.not_host_of.search(self.year_plan.sub(" của ", before)):
                continue
            after = s[b.end:end]
            if not after.strip() or after.lstrip()[:1] in ",.;:()" or self.host_after.match(s, b.end) \
                    or re.match(r"\s+[-–]\s", after):  # "của Văn phòng Chính phủ - cơ quan tham mưu ...": an apposition
                return [b]
        return []

    def _listed_hosts(self, s: str, first: Body, end: int, bodies: list[Body]) -> list[Body]:
        """ "Buổi họp mặt của lãnh đạo Thành ủy, UBND, HĐND tỉnh X với ...": each body of the list after the
        leaders holds the meeting, when one of `host_after` follows the list."""
        run = [first]
        for b in bodies:
            if b.start > run[-1].end and b.end <= end and LIST_JOIN.fullmatch(s, run[-1].end, b.start):
                run.append(b)
        other = _LAST_MEMBER.match(s[run[-1].end:end])
        last = [run[-1].end] + ([run[-1].end + m.start() for m in re.finditer(r"\s", other.group(0))] if other else [])
        return run if any(self.host_after.match(s, i) for i in last) else []

    def numbered_own(self, s: str, head: int, head_end: int, se: int, bodies: list[Body]) -> int | None:
        """ "hội nghị Thành ủy lần thứ 22", "Hội nghị Ban Chấp hành Đảng bộ thành phố Hà Nội lần thứ 6": a body's
        own meeting named with its body and its number, after "tại/trong", was held (the setting of what the
        sentence reports, not one to come). Gives where its number ends, or None."""
        hosts = self.hosts(s, head, min(se, head_end + 120), bodies)
        if not hosts or self.setting_not_after.search(s, max(0, head - 20), head):
            return None
        nm = self.numbered.search(s, head_end, min(se, head_end + 120))
        if nm is None or re.search(r"[.;:,()\n]", s[head_end:nm.start()]):
            return None
        end = max(nm.end(), hosts[0].end)
        tm = self.term_after.match(s, end)  # "Kỳ họp thứ 15 Hội đồng nhân dân thành phố X khóa IX"
        return tm.end() if tm else end

    def named_meeting(self, s: str, head: int) -> tuple[str | None, Body, str] | None:
        """A meeting named by convention at `head`: its name (None: the name read stays), the body holding it
        and its kind."""
        for rx, m in self.named:
            nm = rx.match(s, head)
            if nm:
                body = Body(nm.start(), nm.end(), "known", m["organiser"])
                term = (nm.groupdict().get("term") or "").upper()
                name = m["name"].format(n=nm.group(1), term=f" khóa {term}" if term else "") if m.get("name") else None
                return name, body, m.get("kind") or "hoi_nghi"
        return None

    # -- bodies that report their own meeting ---------------------------------------------
    def own(self, s: str, ss: int, se: int, subjects: Any, dated: bool, has_day: bool = True,
            bodies: Sequence[Body] = ()) -> OwnMeeting | None:
        """'A, B đã họp ...': `subjects(verb_pos)` gives the bodies right before the verb. In a sentence
        that opens with its date, a subject that is no known body will do for verbs whose event is named
        by what follows them ("Ngày 23/2, hãng X đã chính thức khai trương 4 đường bay mới"). Verbs marked
        `needs_day` report a meeting only in a sentence that gives a day (`has_day`); those marked `host_after`
        are held by the body of `bodies` named right after them ("X chủ trì họp Bộ Chính trị")."""
        for vm in self.verb_re.finditer(s, ss, se):
            if s[vm.start()].isupper() and vm.start() > ss:
                continue  # "Họp báo" as a noun inside a sentence
            v = self.verbs[key(vm.group(0))]
            run: list[Body] = subjects(vm.start())
            led = self.led.title(s, ss, vm.start()) if v.get("needs_day") and dated and not run else ""
            if self.noun_before.search(s, max(ss, vm.start() - 8), vm.start()) and not led:
                continue  # "tại buổi họp giao ban": a noun too
            if v.get("needs_day") and not has_day:
                continue  # "Bộ đang làm việc với các bên": a working session only when the sentence gives its day
            done = self.done.search(s, max(ss, vm.start() - 25), vm.start()) is not None
            if v.get("needs_day") and (not run and not led or run and self.host_of.search(s, max(ss, run[0].start - 6), run[0].start)):
                continue  # "kết luận số 62 của Bộ Chính trị làm việc với ...": the body is the document's
            named, is_org = ("", False) if run else (led, False) if led else self._subject_text(s, ss, vm.start())
            if not run and not led and not ((done or v.get("dated_alone")) and (named or dated and "{rest}" in v["name"])):
                continue
            n = _ORDINAL.match(s, vm.end())
            stop = next((m for m in _NAME_STOP.finditer(s, vm.end(), se) if not abbreviation_dot(s, m.start())), None)
            rest = re.sub(r"\s+", " ", s[vm.end():stop.start() if stop else se])
            rest = re.sub(r"^\s*với\s+", " ", rest) if key(vm.group(0)).endswith("với") else rest  # "làm việc với với"
            rest = "" if rest.lstrip().startswith(",") else rest.strip(" ,")[:200]  # "A họp báo, B cho biết"
            if v.get("needs_day"):  # "A làm việc với B, yêu cầu ...": the session is named up to the comma
                rest = rest.split(",")[0].strip()
            if not rest and "{rest}" in v["name"]:
                if not run and not named:
                    continue
                v = {**v, "name": v["name"].replace("{rest}", "của {bodies}")}
            if not run and named and is_org:  # "Ban chuyên án X đã họp", "hãng X đã ..."
                at = s.find(named, ss, vm.start())
                run = [Body(at, at + len(named), "known", named)] if at >= 0 else []
            if not run and v.get("host_after"):
                run = [b for b in bodies if b.start == skip_ws(s, vm.end()) and not b.generic][:1]
            names = [b.canonical(self.kb) for b in run] or [named]
            name = v["name"].format(n=n.group(1) if n else "", body=names[0], bodies=", ".join(names), rest=rest)
            name = re.sub(r"\s+", " ", name.replace("thứ  ", "")).strip()
            return OwnMeeting(vm.start(), vm.end(), name[:1].upper() + name[1:], v.get("kind") or "hoi_nghi", run)
        return None

    def sitting(self, s: str, ss: int, se: int, bodies: list[Body]) -> OwnMeeting | None:
        """ "X báo cáo trước Hội đồng nhân dân thành phố Y": the assembly named after "trước" sat (the caller
        checks that the sentence gives the day)."""
        for m in self.sitting_re.finditer(s, ss, se):
            b = next((b for b in bodies if b.start == m.end()), None)
            name = b.canonical(self.kb) if b is not None and not b.generic else ""
            template = next((t for k, t in self.assemblies if key(name) == k or key(name).startswith(k + " ")), None)
            if b is not None and template is not None:
                return OwnMeeting(m.start(), m.end(), template.format(body=name), "hoi_nghi", [b])
        return None

    def numbered_session(self, s: str, ss: int, se: int, bodies: list[Body]) -> OwnMeeting | None:
        """ "Tại kỳ họp 26 (từ 28 đến 30/5), Ủy ban Kiểm tra Trung ương đã xem xét ...": the body of
        `numbered_session_holders` right after a numbered session that sets the sentence, or a clause of it, held it."""
        for m in self.numbered_setting.finditer(s, ss, se):
            if s[ss:m.start()].strip(" -–\"“(") and not s[ss:m.start()].rstrip().endswith(","):
                continue  # "Trả lời cử tri tại kỳ họp 5, ...": not the setting of the sentence
            b = next((b for b in bodies if b.start == m.end()), None)
            name = b.canonical(self.kb) if b is not None and not b.generic else ""
            if b is None or not key(name).startswith(self.numbered_holders):
                continue
            if m.group(0).rstrip().lower().endswith("của") and not self.numbered_body_end.match(s, b.end, se):
                continue  # "tại kỳ họp thứ 15 của Ủy ban Kiểm tra Trung ương (tháng 6/2017), cơ quan này ...": the body closes the clause
            nth = "lần thứ" if "lần" in m.group("nth").lower() else "thứ"  # "kỳ họp lần thứ VI" keeps its "lần"
            title = self.cues["numbered_session_name"].format(nth=nth, n=m.group("n").upper(), body=name)
            return OwnMeeting(m.start("head"), m.end("head"), title, "hoi_nghi", [b])
        return None

    def assembly_sitting(self, s: str, ss: int, se: int, subjects: Any) -> OwnMeeting | None:
        """ "Sáng 14/11, Quốc hội nghe báo cáo ...": the assembly that is the subject (`subjects(verb_pos)`, the
        bodies right before the verb) of a verb of sitting sat (the caller checks that the sentence gives the day)."""
        for vm in self.assembly_verb.finditer(s, ss, se):
            run: list[Body] = subjects(vm.start())
            name = run[0].canonical(self.kb) if len(run) == 1 and not run[0].generic else ""
            template = next((t for k, t in self.assemblies if key(name) == k or key(name).startswith(k + " ")), None)
            if template is None:
                continue
            stop = self.clause_end.search(s, vm.start(), se)
            clause = re.sub(r"\s+", " ", s[vm.start():stop.start() if stop else se]).strip()
            title = template.format(body=name)
            if len(clause.split()) <= self.assembly_words and (stop is None or s[stop.start()] not in "()") \
                    and not self.trailing.search(clause):
                title = f"{title} {clause}"
            return OwnMeeting(vm.start(), vm.end(), title, "hoi_nghi", run)
        return None

    def _subject_text(self, s: str, ss: int, verb: int) -> tuple[str, bool]:
        """The clause's subject before "đã/vừa <verb>" when it is a capitalised name ("Ban chuyên án ..."),
        and whether an organisation noun says it is a body."""
        dm = None
        for dm in self.done.finditer(s, max(ss, verb - 25), verb):
            pass
        if dm is None or not self.manner.fullmatch(s, dm.end(), verb):
            return "", False
        cut = max((m.end() for m in re.finditer(r"[,;:.]\s*", s[ss:dm.start()])), default=0)
        text = re.sub(r"\s+", " ", s[ss + cut:dm.start()]).strip()
        text = re.sub(r"\s*\([^()]{1,30}\)$", "", text)  # "... Our City (Hải Phòng)": the place in brackets
        om = self.org_lead.match(text)  # "hãng hàng không Bamboo Airways": the name after the noun
        is_org = self.org_noun.match(text) is not None
        if om and text[om.end():om.end() + 1].isupper():
            text, is_org = text[om.end():], True
        words = text.split()
        ok = 2 <= len(words) <= 20 and text[:1].isupper() and words[0].istitle()
        return (text, is_org) if ok else ("", False)

    # -- people -------------------------------------------------------------------------
    def is_subject(self, s: str, ss: int, chain_start: int) -> bool:
        """Whether a person whose mention starts at `chain_start` opens a clause (is a subject)."""
        if self.agent.search(s, max(ss, chain_start - 8), chain_start):  # "do ông X chủ trì"
            return True
        if _CAPITAL_ADDRESS.search(s[max(ss, chain_start - 5):chain_start]):
            return True  # a capitalised address opens a sentence run on from a heading or caption
        cut = max((m.end() for m in _CLAUSE.finditer(s, ss, chain_start)), default=ss)
        return self.subject_lead.fullmatch(s, cut, chain_start) is not None

    # -- places ------------------------------------------------------------------------
    def place_after_level(self, s: str, pos: int) -> str | None:
        """'TP Hạ Long', 'Vương quốc Morocco': the capitalised name after a level word at `pos`."""
        lm = self.level.match(s, pos)
        if lm is None:
            return None
        cm = _CAPITAL.match(s, lm.end())
        if cm is None or self.kb.title_re.match(s, lm.end()):
            return None
        return cm.group(0)


def _in_quote(text: str) -> bool:
    """Whether `text` leaves a quotation open (a title in quotes goes on)."""
    opened = text.count("“") - text.count("”")  # “X "vừa diễn ra: a straight quote may close a curly one
    straight = text.count('"')
    return opened > 0 and straight < opened or opened <= 0 and straight % 2 == 1 or text.count("'") % 2 == 1
