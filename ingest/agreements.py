"""Documents: coordination agreements with their parties ("Quy chế phối hợp giữa A với B, C"),
numbered party/state documents ("Quyết định số 17-QĐ/TW của Ban Bí thư") and named ones."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.agreement_among import among_re, issued_among
from coordgraph.ingest.agreement_enacted import enacted_title
from coordgraph.ingest.agreement_merge import Document, merge_documents
from coordgraph.ingest.agreement_numbers import bracketed_issuer, is_count, is_plural, share_issuers
from coordgraph.ingest.agreement_parties import _JOINT_WORDS, _PAREN, PartyReading
from coordgraph.ingest.agreement_signers import SignerReading
from coordgraph.ingest.central_issuer import CentralIssuer, named_issuer
from coordgraph.ingest.knowledge import LOWER, NEVER, UPPER, WS, Knowledge, alternation, key
from coordgraph.ingest.post_context import named_earlier

if TYPE_CHECKING:
    from coordgraph.ingest.people import PersonMention

# "số 17-QĐ/TW", "(Kết luận) số 50-TB/TW", "số số 34/CT-TW"
# "Số 1750-CĐ/TU", "số 1621/SGD&ĐT-VP"
# "số 204/C 03 - P 14", "số 62/PC 01", "số 161/PGV-CAHN - PV 01": spaced figures after a code are part of it
_NUMBER = re.compile(rf"(?:{WS}\([{UPPER}][^()\n]{{0,20}}\))?{WS}((?:[sS]ố{WS}){{1,2}})?"
                     r"(\d[\w]*(?:[./\-]\w+(?:&\w+)*)*(?:(?<=[A-ZĐ])(?:\s\d{1,2}(?:\s[-–]\s[A-ZĐ]{1,8}\s\d{1,2})?"
                     r"|\s[-–]\s[A-ZĐ]{1,8}\s\d{1,2})(?![\w/]))?)")
_CODE_TAIL = re.compile(r"\s[-–]\s([A-ZĐ]{1,8})(?![\w/\-])")  # "655/KH-MTTW - BTT": the code's last part, spaced
_DATE_AFTER = re.compile(rf",?{WS}(\()?(?:ban hành{WS})?ngày{WS}(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-](\d{{4}})(?(1)\))")
_OF = re.compile(rf",?{WS}(?:của|do){WS}")
_JOINT_OF = re.compile(rf"liên{WS}(?=Bộ{WS})")
_JOINT_SEP = re.compile(rf"(?:{WS})?[-–,](?:{WS})?|{WS}và{WS}")
_TERM = re.compile(rf"(nhiệm kỳ|giai đoạn){WS}(\d{{4}})(?:{WS})?[-–](?:{WS})?(\d{{4}})", re.IGNORECASE)
_MORE_NUMBER = re.compile(rf"(?:,{WS}|{WS}và{WS})(\d+(?:[/\-][A-ZĐ][\w]*)*)(?![\w.,/\-]?\d)")
_TITLE_END = re.compile(r"[.;:!?()\n“”\"…]")
_TRAIL_WORDS = re.compile(r"(?:[\s,]+(?:các|của|do|để|những|tại|theo|và|với|về))+$", re.IGNORECASE)
_SHORT_TOPIC = re.compile(rf"(?:{WS}[{LOWER}]+){{0,6}}{WS}của{WS}")  # "Quy chế làm việc của ..."
# "quyết định của A về ...", "kế hoạch năm 2018 của A": a document written in lower case is named by its title
# only when its issuer follows at once (past a year or a few lower-case words)
_LOWER_OF = re.compile(rf"(?P<gap>(?:,?{WS}[{LOWER}]+){{0,4}}{WS}năm{WS}\d{{4}}|(?:{WS}[{LOWER}]+){{0,2}}){WS}của{WS}")
_REFERENCE_END = re.compile(r"(?<!\w)(?:này|trên|đó|ấy|cùng một vấn đề)$")  # "quyết định của A về việc này"
_LOWER_WORD = re.compile(rf"{WS}[{LOWER}]")
_ISSUES_BEFORE = re.compile(rf"(?<!\w)(?:ban hành|ra){WS}$")  # "A vừa ban hành quy định về ..."
_ENACTS = re.compile(rf"(?:{WS}ngày{WS}[\d/.\-]+)?,?{WS}(?:về{WS}(?:việc{WS})?)?ban hành{WS}")  # "... của A (về) ban hành"
_NUMBERED = re.compile(rf"{WS}(?:số{WS})?\d")
_ENACTED_BY = re.compile(rf"{WS}(?:được{WS})?ban hành{WS}kèm{WS}theo{WS}$")  # "quy chế ... ban hành kèm theo"
_BETWEEN_WORD = re.compile(r"(?<!\w)giữa(?!\w)", re.IGNORECASE)
_YEAR_GAP = re.compile(rf"{WS}năm{WS}\d{{4}}")
_NEW_CLAUSE = re.compile(rf",{WS}(?=[{UPPER}]|(?:ông|bà|tôi|chúng tôi|đã|đang|sẽ|là|được){WS})|{WS}(?:nên|thì|mới đây|đã){WS}")  # "..., Ban Bí thư quyết định", "... thì"
_ABOUT = re.compile(rf"{WS}về{WS}")
_TOPIC_AFTER = re.compile(rf"{WS}(?:để{WS})?(?=[{LOWER}])(?!(?:cho|của|đã|để|do|được|giữa|mà|sẽ|theo|và|với|này|đó)(?!\w))")  # "quy chế phối hợp (để) quản lý ..."
_APPOSITION = re.compile(r"\s*[-–,(]")  # a person named in a title, then their post
_YEAR = re.compile(r"(19[5-9]\d|20\d\d)")


@dataclass
class _Span:
    """A kind word found by a pattern of its own, read like a match of `kind_re`."""

    a: int
    b: int
    text: str

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def group(self, _: int = 0) -> str:
        return self.text


@dataclass
class DocMention:
    start: int
    end: int
    kind: str
    words: str  # the kind as written canonically ("Quy chế phối hợp")
    number: str | None = None
    named: str | None = None
    parties: list[Body] = field(default_factory=list)
    lead: bool = False
    plural: bool = False
    coordination: bool = False
    signed: bool = False  # the object of "ký kết": its signers may be its parties
    listed: bool = False  # parties listed in brackets after a group ("với các cơ quan (A, B, C)")
    issuer: Body | None = None
    co_issuers: list[Body] = field(default_factory=list)  # "của liên Bộ Y tế - Tài chính"
    term: str | None = None
    term_word: str = "nhiệm kỳ"  # "giai đoạn 2019-2025" or "nhiệm kỳ 2016-2021", as written
    date: str | None = None
    topic: str | None = None  # lowercase words after the kind: "chiến lược", "công tác"
    doc: int = -1  # index of the article-level document it refers to


class Documents(PartyReading, SignerReading):
    def __init__(self, kb: Knowledge):
        self.kb = kb
        self._init_parties(kb)
        self._init_signers(kb)
        kinds = kb.cues.get("document_kinds") or []
        self.kinds = {key(k["words"]): k for k in kinds}
        self.letters = {key(k["words"]) for k in kinds if k.get("letter")}
        self.kind_re = re.compile(rf"(?<!\w)(?:{alternation([k['words'] for k in kinds])})(?!\w)", re.IGNORECASE)
        coop = kb.cues.get("signed_cooperation") or {}  # "A và B đã ký kết hợp tác ...": an agreement not named
        self.coop_re = re.compile(rf"(?<!\w)(?:{alternation(coop['after'])}){WS}({alternation([coop['words']])})(?!\w)",
                                  re.IGNORECASE) if coop else NEVER
        if coop:
            self.kinds[key(coop["words"])] = coop["as"]
        self.named = [(re.compile(n["pattern"]), n["kind"], bool(n.get("titled")), str(n.get("issuer") or ""))
                      for n in kb.cues.get("named_documents") or []]
        issue = kb.cues.get("issue_verbs") or ["ban hành"]  # "A đã ban hành/ra/có công văn số ...": A issued it
        self.issue_verb = re.compile(rf"{WS}(?:{alternation(issue)})(?={WS})", re.IGNORECASE)  # "có ban hành": both
        self.among = among_re(kb)
        self.centre = CentralIssuer(kb)
        passive = kb.cues.get("issued_passive") or []  # "Luật X được Quốc hội ban hành năm 2013": the body issued it
        self.passive_issue = re.compile(rf"{_PAREN}{WS}(?:{alternation(passive)}){WS}", re.IGNORECASE) if passive \
            else NEVER
        at = kb.cues.get("issued_at") or []  # "đề nghị của A tại Tờ trình số 201": A issued it
        self.issued_at = re.compile(rf"{_PAREN}{WS}(?:{alternation(at)}){WS}$", re.IGNORECASE) if at else NEVER
        gap = kb.cues.get("issue_gap_words") or []
        self.issue_gap = re.compile(rf"{_PAREN}\s*(?:(?:{alternation(gap)})\s+)*" if gap else rf"{_PAREN}\s*",
                                    re.IGNORECASE)  # "A (C 03) đã ra ...": past the body's code
        self.signs_verb = re.compile(rf"{self.issue_gap.pattern}(?:{self.signed_verbs})(?!\w)", re.IGNORECASE) \
            if self.signed_verbs else NEVER  # "... do Thủ tướng ký": a signing verb after the signer, past "đã"
        behalf = kb.cues.get("on_behalf_of") or []
        self.on_behalf = re.compile(rf"(?<!\w)(?:{alternation(behalf)}){WS}" if behalf else "$^", re.IGNORECASE)
        nak = kb.cues.get("title_not_after_kind") or []
        handed = kb.cues.get("plural_handed_over") or []  # "trao các quyết định của A về ...": named as one
        self.handed_over = re.compile(rf"(?<!\w)(?:{alternation(handed)}){WS}(?:các|những){WS}$", re.IGNORECASE) \
            if handed else NEVER
        self.title_not_after = re.compile(rf"{WS}(?:{alternation(nak)})(?!\w)", re.IGNORECASE) if nak else NEVER
        pairs = kb.cues.get("work_plan_pairs") or []  # "nhiệm vụ, kế hoạch năm 2018 của A": the year's work
        self.work_plan = re.compile(rf"(?<!\w)(?:{alternation(pairs)})(?:,{WS}|{WS}và{WS})$", re.IGNORECASE) \
            if pairs else NEVER
        tstops = kb.cues.get("title_stops") or []
        tends = kb.cues.get("title_end_words") or []
        self.title_stop = re.compile(rf"(?:,{WS}(?:{alternation(tstops or [])})|,?{WS}(?:{alternation(tends)}))(?!\w)",
                                     re.IGNORECASE)
        rv = kb.cues.get("reviewed_before") or []  # "sơ kết 3 năm thực hiện <quy chế ...>"
        self.reviewed_before = re.compile(rf"(?<!\w)(?:{alternation(rv)})(?:(?:{WS}[^\s.;:!?]+){{0,3}}?{WS}thực hiện)?{WS}$",
                                          re.IGNORECASE) if rv else NEVER
        self.reviewed_generic = {key(w) for w in kb.cues.get("reviewed_title_generic") or []}
        nf = kb.cues.get("title_not_first") or []  # "thỏa thuận được ký năm 2011": no title
        self.title_not_first = re.compile(rf"{WS}(?:{alternation(nf)})(?!\w)", re.IGNORECASE) if nf else NEVER
        nb = kb.grammar.get("named_before") or {}  # "kế hoạch năm 2018 của Ban Chỉ đạo.": the one named before
        heads, follow = [str(h) for h in nb.get("heads") or []], [str(w) for w in nb.get("followers") or []]
        self.head_alone = re.compile(rf"({alternation(heads)})(?=\s*[.,;:)]|{WS}(?:{alternation(follow)})(?!\w))",
                                     re.IGNORECASE) if heads and follow else NEVER
        self.codes = {re.sub(r"\s+", "", k).upper(): v for k, v in (kb.cues.get("issuer_codes") or {}).items()}
        modal = kb.cues.get("modal_markers") or []  # "cần có quy chế", "sẽ ký kết": not (yet) made
        breaks = alternation(kb.cues.get("modal_clause_breaks") or [])  # "phải thi lại”, mặc dù đã có quy định"
        # written capitalised only where a sentence opens: "Chủ tịch Trần Văn Cần ký kết" is a name, no "cần"
        opens = rf"(?-i:(?=[{LOWER}])|(?:\A|(?<=[.!?:;\n“\"(])|(?<=[.!?:;\n“\"(]\s))(?=[{UPPER}]))"
        self.modal = re.compile(rf"(?<!\w){opens}(?:{alternation(modal)})(?!\w)(?:(?!{breaks})[^.;:!?\n”]){{0,30}}$",
                                re.IGNORECASE) \
            if modal else NEVER

    def find(self, s: str, bodies: list[Body], published: str | None,
             people: Sequence[PersonMention] = ()) -> list[DocMention]:
        self.refs: list[tuple[str, Body]] = []  # documents named only by kind and issuer ("Chỉ thị của A")
        self.people = people  # the signers of documents ("Chủ tịch UBND tỉnh X Nguyễn Văn A ký ...")
        starts = [b.start for b in bodies]
        out: list[DocMention] = []
        taken: list[tuple[int, int]] = []
        for rx, kind, titled, issuer in self.named:
            for hit in rx.finditer(s):
                if any(a <= hit.start() < b for a, b in taken):
                    continue
                dm = DocMention(hit.start(), hit.end(), kind, hit.group(0).split()[0] + " " + hit.group(0).split()[1],
                                named=hit.group(0))
                dm.issuer = named_issuer(self.kb, s, hit, issuer)  # "Nghị quyết Trung ương 4 khóa XII": the Centre's
                # "Nghị quyết Trung ương 4 khóa X về ...": its topic is part of its name
                if titled and (about := _ABOUT.match(s, hit.end())) is not None:
                    end = self._title_end(s, about.end())
                    if len(s[about.end():end].split()) >= 2 and not _REFERENCE_END.search(s, about.end(), end):
                        dm.end = end
                        dm.named = re.sub(r"\s+", " ", s[hit.start():end])
                dm.named = (dm.named or "")[:1].upper() + (dm.named or "")[1:]  # "luật sửa đổi, ..." opens a clause
                out.append(dm)
                taken.append((hit.start(), dm.end))
        found = [_Span(k.start(), k.end(), k.group(0)) for k in self.kind_re.finditer(s)]
        found += [_Span(c.start(1), c.end(1), c.group(1)) for c in self.coop_re.finditer(s)]
        for m in sorted(found, key=lambda k: k.a):
            if any(a <= m.start() < b for a, b in taken):
                continue
            spec = self.kinds[key(m.group(0))]
            dm = DocMention(m.start(), m.end(), spec["kind"], spec["words"], coordination=bool(spec.get("coordination")))
            before = s[max(0, m.start() - 10):m.start()]
            dm.plural = is_plural(self.kb, before)  # "các Nghị quyết", not "Điều 5 Nghị định"
            nm = _NUMBER.match(s, m.end())
            if nm and (nm.group(1) or not _YEAR.fullmatch(nm.group(2))) and not dm.plural \
                    and not is_count(self.kb, s, nm):  # "Đề án 20.000 tiến sĩ", "tạm giam 4 tháng": a count
                dm.number, dm.end = nm.group(2).rstrip(".-/"), nm.end()
                dm.end = nm.start(2) + len(dm.number)
                if "/" in dm.number and (ct := _CODE_TAIL.match(s, dm.end)) is not None:
                    dm.number, dm.end = f"{dm.number}-{ct.group(1)}", ct.end()
                dd = _DATE_AFTER.match(s, dm.end)
                if dd:
                    dm.date, dm.end = f"{dd.group(4)}-{int(dd.group(3)):02d}-{int(dd.group(2)):02d}", dd.end()
                siblings: list[DocMention] = []  # "Nghị quyết 01, 02 của Chính phủ": one kind, several numbers
                while not dd and (mm := _MORE_NUMBER.match(s, siblings[-1].end if siblings else dm.end)) \
                        and not _YEAR.fullmatch(mm.group(1)):
                    siblings.append(DocMention(mm.start(1), mm.end(1), dm.kind, dm.words, number=mm.group(1)))
                of = _OF.match(s, siblings[-1].end if siblings else dm.end)
                if of:
                    jm = _JOINT_OF.match(s, of.end())  # "của liên Bộ Y tế - Tài chính": issued jointly
                    at = jm.end() if jm else of.end()
                    head = self.kb.title_re.match(s, at) if not jm else None  # "của Bộ trưởng Bộ Công an"
                    i = bisect_left(starts, at)
                    if head is not None and not (i < len(bodies) and bodies[i].start == at) \
                            and (sp := re.match(WS, s[head.end():head.end() + 3])) is not None:
                        at = head.end() + sp.end()  # the holder's body issued it
                        i = bisect_left(starts, at)
                    centre = self.centre.at(s, at) if not (i < len(bodies) and bodies[i].start == at) else None
                    if centre is not None or i < len(bodies) and bodies[i].start == at:
                        dm.issuer = centre or bodies[i]
                        while centre is None and (jm or spec.get("joint")) and i + 1 < len(bodies) \
                                and _JOINT_SEP.fullmatch(s, bodies[i].end, bodies[i + 1].start):
                            i += 1
                            dm.co_issuers.append(bodies[i])
                for sib in siblings:
                    sib.issuer = dm.issuer
                    out.append(sib)
            elif spec.get("numbered"):
                continue  # "báo cáo của A": a report, no document of its own without its number
            elif not m.group(0)[0].isupper() and not dm.coordination:
                if self.work_plan.search(s, max(0, m.start() - 20), m.start()):
                    continue
                if self._titled_lower(s, dm, bodies) or self._issued_lower(s, dm, bodies) \
                        or spec.get("topic_titled") and self._issued_lower(s, dm, bodies, topic_only=True):
                    out.append(dm)
                continue
            if dm.coordination and not self.modal.search(s, max(0, dm.start - 40), dm.start) \
                    and not (spec.get("joint") and dm.co_issuers):  # "Thông tư liên tịch số 5 của A và B": issued
                dm.signed = self.sign_before.search(s, max(0, dm.start - 30), dm.start) is not None
                self._parties(s, dm, bodies, starts)
                if not dm.parties:
                    self._counted_parties(s, dm, bodies)
                if not dm.parties:
                    self._signers(s, dm, bodies, starts)
                if not dm.parties and not spec.get("joint"):
                    self._joint(s, dm, bodies, starts)
                if not dm.parties and not dm.number:
                    self._session(s, dm, bodies, starts)
                self._shared_place(dm)
                self._local_governments(dm)
            if spec.get("needs_parties") and not dm.parties:
                continue  # "chương trình" alone is no document; "A và B ký kết chương trình" is one
            if not dm.number and not dm.parties and m.group(0)[0].isupper() and not dm.signed \
                    and not (dm.coordination and any(o.kind == dm.kind for o in out)) \
                    and self._titled(s, dm, bodies, starts):
                out.append(dm)  # "Quy định của Ban Bí thư về ...": named by its title and issuer
                continue
            if not dm.number and not dm.parties and dm.coordination and not dm.signed \
                    and not m.group(0)[0].isupper() and self._issued_lower(s, dm, bodies, topic_only=True):
                out.append(dm)  # "UBND TP vừa ban hành quy chế phối hợp thẩm định các dự án ...": named by its topic
                continue
            if not dm.number and not dm.parties and dm.coordination and not dm.signed and self._reviewed(s, dm):
                out.append(dm)  # "sơ kết 3 năm thực hiện quy chế phối hợp liên ngành trong ...": named by its title
                continue
            if not dm.number and not dm.parties and not (dm.coordination and (m.group(0)[0].isupper() or dm.signed)):
                continue
            tm = _TERM.search(s, m.end(), min(len(s), max(dm.end, m.end()) + 80))
            if tm and not re.search(r"[.;\n]", s[m.end():tm.start()]):
                dm.term, dm.term_word = f"{tm.group(2)}-{tm.group(3)}", tm.group(1).lower()
            out.append(dm)
        self._issued_by(s, out, bodies)
        for words, issuer in self.refs:  # "Chỉ thị số 50 ... Chỉ thị của Bộ Chính trị": the one numbered Chỉ thị
            same = [d for d in out if d.words == words and d.number and not d.coordination]
            if len({d.number for d in same}) == 1 and all(d.issuer is None for d in same):
                for d in same:
                    d.issuer = issuer
        self._embedded(s, out)
        for dm in out:
            self._coded_unit(dm)
        out.sort(key=lambda d: d.start)
        share_issuers(s, out, self.issue_verb)  # "quyết định số 5 ... và lệnh bắt số 7 của A": A issued both
        for dm in out:
            self._coded_issuer(s, dm, bodies)
        return out

    def _titled(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> bool:
        """Name `dm` by its title when its issuer is named with it ("của A" in the title, "A ban hành" before)."""
        stop = _TITLE_END.search(s, dm.end, min(len(s), dm.end + 160))
        end = stop.start() if stop else min(len(s), dm.end + 160)
        if (cm := self.title_stop.search(s, dm.end, end)) is not None:
            end = cm.start()
        if (km := self.kind_re.search(s, dm.end, end)) is not None:  # "... xe công Theo Quyết định 32 của ...": another
            end = km.start()
        clause = s.find(",", dm.end, end)
        passive = next((sa for pm in self.signed_passive.finditer(s, dm.end, end if clause < 0 else clause)
                        if (sa := self._signed_after(s, pm.start(), bodies)) is not None), None)
        if passive is not None:  # "Kế hoạch X đã được Bộ trưởng Bộ Y Nguyễn Văn A ký ban hành": the title ends before
            end = passive[0]
        named = next((p for p in self.people if dm.end < p.end < end and _APPOSITION.match(s, p.end)), None)
        if named is not None:  # "Quyết định kỷ luật đối với ông X - Chủ tịch UBND huyện Y": the title ends with X
            end = named.end
        comma = s.find(",", dm.end, end)
        first = comma if comma >= 0 else end  # the issuer is named in the title's first clause
        title = _TRAIL_WORDS.sub("", re.sub(r"\s+", " ", s[dm.start:end]).strip(" ,"))
        if len(title.split()) < len(dm.words.split()) + 3:
            return False
        if self.title_not_after.match(s, dm.end) or dm.plural:  # "các Nghị quyết của A về ...": several, unnamed
            return False
        of = next((b for b in bodies if dm.end <= b.start < min(first, dm.start + len(title)) and not b.generic
                   and re.search(rf"(?<!\w)của{WS}$", s[max(0, b.start - 6):b.start])), None)
        if of is not None and not _SHORT_TOPIC.fullmatch(s, dm.end, of.start):
            of = None  # "Quyết định <a clause> của A": no title
        if of is not None and not _ABOUT.match(s, of.end):  # "Kế hoạch của A nêu rõ ...": the title ends with A
            if re.fullmatch(rf"{WS}của{WS}", s[dm.end:of.start]):  # "Chỉ thị của Bộ Chính trị": no title, a reference
                self.refs.append((dm.words, of))
                return False
            end = of.end
            title = re.sub(r"\s+", " ", s[dm.start:end]).strip(" ,")
        vm = re.search(rf"(?<!\w)ban hành{WS}$", s[max(0, dm.start - 12):dm.start])
        issuer = of or (self._issuer_before(s, dm.start - len(vm.group(0)) - 1, bodies) if vm else None) \
            or self._signed_by(s, dm.start, bodies, numbered=self._topic_had_out(s, dm)) \
            or (passive[1] if passive is not None else None)
        if issuer is None:
            return False
        dm.named, dm.issuer, dm.end = title, issuer, dm.start + len(s[dm.start:end].rstrip(" ,"))
        return True

    def _titled_lower(self, s: str, dm: DocMention, bodies: list[Body]) -> bool:
        """ "quyết định của Ban Bí thư về công tác cán bộ", "kế hoạch năm 2018 của Ban Chỉ đạo": a document
        in lower case named by its issuer right after it and a topic ("về ...") or a year; not several ("các quy định
        của Bộ X về ...": none of them named) unless handed over together ("trao các quyết định của A về ...")."""
        om = _LOWER_OF.match(s, dm.end)
        if om is None or self.title_not_after.match(s, dm.end):
            return False
        if dm.plural and not self.handed_over.search(s, max(0, dm.start - 20), dm.start):
            return False  # "thực hiện các nghị quyết của A về ...": several, none named
        of = next((b for b in bodies if b.start == om.end() and not b.generic), None) \
            or self._head_named_before(s, om.end(), bodies)
        if of is None:
            return False
        about = _ABOUT.match(s, of.end)
        if about is None and not _YEAR_GAP.search(om.group("gap")):
            return False  # "theo quyết định của UBND tỉnh": a reference, no title
        end = of.end
        if about is not None:
            end = self._title_end(s, about.end())
            if len(s[about.end():end].split()) < 2 or _REFERENCE_END.search(s, about.end(), end):
                return False
        words = dm.words[:1].upper() + s[dm.start + 1:dm.end]
        dm.named = re.sub(r"\s+", " ", f"{words}{s[dm.end:of.start]}{of.canonical(self.kb)}{s[of.end:end]}").strip(" ,")
        dm.issuer, dm.end = of, end
        return True

    def _head_named_before(self, s: str, at: int, bodies: list[Body]) -> Body | None:
        """ "kế hoạch năm 2018 của Ban Chỉ đạo.": a head alone at `at` (body_grammar.yaml named_before) names the one
        body of that head the article named before, as written here."""
        hm = self.head_alone.match(s, at)
        if hm is None or any(b.start <= at < b.end for b in bodies):
            return None
        body = named_earlier(self.kb, bodies, at, hm.group(1), None)
        if body is not None:
            body.start, body.end = hm.start(), hm.end()
        return body

    def _embedded(self, s: str, out: list[DocMention]) -> None:
        """ "Quyết định số 2235 của UBND tỉnh (về) ban hành Quy chế bổ nhiệm ...", "quy chế phối hợp ban hành kèm
        theo quyết định số 33 của UBND TP": the decision's issuer issued the document it enacts."""
        for d in [d for d in out if d.number and d.issuer is not None]:
            issuer = d.issuer
            assert issuer is not None
            after = max(d.end, issuer.end)
            em = _ENACTS.match(s, after)
            km = self.kind_re.match(s, em.end()) if em else None
            if km is not None and not _NUMBERED.match(s, km.end()):  # a numbered one is read on its own
                end = self._title_end(s, km.end())
                same = next((o for o in out if o.start == km.start()), None)
                if len(s[km.end():end].split()) >= 2 and (same is None or not (same.number or same.parties)):
                    spec = self.kinds[key(km.group(0))]
                    words = km.group(0)[:1].upper() + km.group(0)[1:]
                    if same is not None:
                        out.remove(same)
                    out.append(DocMention(km.start(), end, spec["kind"], spec["words"], issuer=d.issuer,
                                          named=re.sub(r"\s+", " ", words + s[km.end():end])))
            bm = _ENACTED_BY.search(s, max(0, d.start - 40), d.start)
            if bm is not None:
                prev = next((o for o in out if o.end <= bm.start() and not o.number and not o.parties
                             and re.fullmatch(r"\s*", s[o.end:bm.start()])), None)
                if prev is not None and prev.issuer is None:
                    prev.issuer = d.issuer
                elif prev is None:  # "quy chế phối hợp ban hành kèm theo quyết định số 33 của A": named so
                    km = enacted_title(self.kind_re, s, bm.start())  # "Quy chế quản lý văn bằng ban hành kèm theo"
                    if km is not None and km.end() < bm.start() and not any(o.start == km.start() for o in out):
                        name = re.sub(r"\s+", " ", km.group(0)[:1].upper() + s[km.start() + 1:bm.start()])
                        out.append(DocMention(km.start(), bm.start(), self.kinds[key(km.group(0))]["kind"],
                                              self.kinds[key(km.group(0))]["words"], issuer=d.issuer, named=name))
                        continue
                    if km is not None and not any(o.start == km.start() for o in out):
                        spec = self.kinds[key(km.group(0))]
                        name = km.group(0)[:1].upper() + km.group(0)[1:] + s[km.end():d.end]
                        if issuer.start >= d.end:
                            name += s[d.end:issuer.end]
                        out.append(DocMention(km.start(), d.end, spec["kind"], spec["words"], issuer=d.issuer,
                                              named=re.sub(r"\s+", " ", name)))

    def _reviewed(self, s: str, dm: DocMention) -> bool:
        """A coordination document without parties that an event reviews or launches ("hội nghị sơ kết 3 năm thực
        hiện quy chế phối hợp liên ngành trong thực hiện nhiệm vụ ...") is named by its title, when it has one."""
        if dm.plural or not _JOINT_WORDS.search(dm.words) or not _LOWER_WORD.match(s, dm.end) \
                or self.title_not_first.match(s, dm.end) or self.title_not_after.match(s, dm.end) \
                or not self.reviewed_before.search(s, max(0, dm.start - 50), dm.start):
            return False
        end = self._title_end(s, dm.end)
        comma = s.find(",", dm.end, end)  # no "về ..." list here: a comma ends the title
        end = end if comma < 0 else dm.end + len(_TRAIL_WORDS.sub("", s[dm.end:comma]))
        if len(s[dm.end:end].split()) < 2 or _REFERENCE_END.search(s, dm.end, end) or _BETWEEN_WORD.search(s, dm.end, end) \
                or key(s[dm.end:end]) in self.reviewed_generic:
            return False  # "... giữa 3 Thường trực": named by its parties, read elsewhere
        dm.named = re.sub(r"\s+", " ", dm.words[:1].upper() + s[dm.start + 1:end])
        dm.end = end
        return True

    def _coded_issuer(self, s: str, dm: DocMention, bodies: list[Body]) -> None:
        """ "Bộ Nội vụ hướng dẫn theo Công văn số 5228/BNV-CQĐP": no issuer written with the document, the code in
        its number names a body read before it in its sentence, which issued it."""
        if dm.issuer is not None or dm.co_issuers or dm.parties or not dm.number or "/" not in dm.number:
            return
        for code in re.split(r"[-/]", re.sub(r"\s+", "", dm.number.split("/", 1)[1]).upper()):
            unit = self.codes.get(code)
            named = [b for b in bodies if unit and not b.generic and b.start < dm.start
                     and not re.search(r"[.!?\n]", s[b.end:dm.start]) and b.canonical(self.kb) == unit]
            if named:
                dm.issuer = named[-1]
                return

    def _coded_unit(self, dm: DocMention) -> None:
        """ "Tổng cục Hải quan (read as its Cục) / Cục CSGT, Bộ Công an đã có công văn số 4202/TCHQ-PC": the code in
        the number names the unit that issued it; it wins over the ministry or the shorter name read."""
        if dm.issuer is None or not dm.number or "/" not in dm.number:
            return
        read = dm.issuer.canonical(self.kb)
        for code in re.split(r"[-/]", re.sub(r"\s+", "", dm.number.split("/", 1)[1]).upper()):
            unit = self.codes.get(code)
            entry = self.kb.agencies.get(unit or "", {})
            if unit and entry and unit != read and (entry.get("parent") == read
                                                    or unit.lower().endswith(" " + read.lower())):
                dm.issuer = Body(dm.issuer.start, dm.issuer.end, "known", unit, entry=entry)
                return

    def _title_end(self, s: str, at: int) -> int:
        """Where a document's topic that starts at `at` ("về ...") ends: at punctuation, a stop word, another
        document or a new clause, past trailing function words."""
        stop = _TITLE_END.search(s, at, min(len(s), at + 160))
        end = stop.start() if stop else min(len(s), at + 160)
        for rx in (self.title_stop, self.kind_re, _NEW_CLAUSE):
            if (cm := rx.search(s, at, end)) is not None:
                end = cm.start()
        return at + len(_TRAIL_WORDS.sub("", s[at:end].rstrip(" ,")).rstrip(" ,"))

    def _issued_lower(self, s: str, dm: DocMention, bodies: list[Body], topic_only: bool = False) -> bool:
        """ "Bộ Chính trị vừa ban hành quy định về luân chuyển cán bộ": a lower-case document that a body right
        before issues, named by its topic ("về ..."); a coordination one (`topic_only`) by the topic right after it
        ("quy chế phối hợp (để) quản lý hoạt động ...")."""
        vm = _ISSUES_BEFORE.search(s, max(0, dm.start - 12), dm.start)
        about = _ABOUT.match(s, dm.end)
        if topic_only:
            about = _TOPIC_AFTER.match(s, dm.end) if vm is not None and not self.title_not_after.match(s, dm.end) \
                else None
        if about is None or dm.plural:
            return False
        issuer = (self._issuer_before(s, vm.start() - 1, bodies) if vm else None) \
            or self._signed_by(s, dm.start, bodies, numbered=not topic_only and self._topic_had_out(s, dm))
        if issuer is None or issuer.generic or self.modal.search(s, max(0, issuer.start - 40), issuer.start):
            return False  # "đề nghị Bộ X ban hành quy định về ...": not issued (yet)
        end = self._title_end(s, about.end())
        if len(s[about.end():end].split()) < 2 or _REFERENCE_END.search(s, about.end(), end):
            return False
        rest = " " + s[about.end():end] if topic_only else s[dm.end:end]  # "(để) quản lý ...": past "để"
        dm.named = re.sub(r"\s+", " ", dm.words[:1].upper() + s[dm.start + 1:dm.end] + rest)
        dm.issuer, dm.end = issuer, end
        return True

    def _topic_had_out(self, s: str, dm: DocMention) -> bool:
        """ "Thủ tướng X vừa có Chỉ thị về ...": a document named by its topic is issued by whoever has it out, as a
        numbered one is; not a letter ("A đã có công văn về việc ...")."""
        return _ABOUT.match(s, dm.end) is not None and key(dm.words) not in self.letters

    def _issuer_before(self, s: str, at: int, bodies: list[Body]) -> Body | None:
        """The body right before "ban hành" at `at`, past "đã", "ký" ... or after "thay mặt"."""
        sent_start = max(s.rfind(".", 0, at), s.rfind("\n", 0, at))
        prev = [b for b in bodies if sent_start < b.start and b.end <= at + 1 and at - b.end < 80]
        if prev and self.issue_gap.fullmatch(s, prev[-1].end, at + 1):
            return prev[-1]
        return None

    def _issued_by(self, s: str, docs: list[DocMention], bodies: list[Body]) -> None:
        """ "Quyết định số 17 của Ban Bí thư ban hành Quy chế ...": the Secretariat issued both."""
        for m in self.issue_verb.finditer(s):
            end = m.end() + len(re.match(WS, s[m.end():]).group(0))  # type: ignore[union-attr]
            target = next((d for d in docs if 0 <= d.start - end <= 2), None)
            listed = (self._colon_list(s, end, docs) or issued_among(self.among, s, end, docs)) \
                if target is None else []
            if target is None and listed:
                target = listed[0]
            if target is None or target.issuer is not None \
                    or (not target.number and key(m.group(0).strip()) != "ban hành"):
                continue
            sent_start = max(s.rfind(".", 0, m.start()), s.rfind("\n", 0, m.start()))
            prev = [b for b in bodies if sent_start < b.start and b.end <= m.start() + 1 and m.start() - b.end < 80]
            if prev and self.modal.search(s, max(0, prev[-1].start - 40), prev[-1].start):
                continue  # "kiến nghị Ban Thường vụ ban hành quy chế ...": not issued (yet)
            if prev and self.issue_gap.fullmatch(s, prev[-1].end, m.start() + 1):
                target.issuer = prev[-1]
            elif prev and (ob := self.on_behalf.search(s, max(0, prev[-1].start - 20), prev[-1].start)) is not None \
                    and ob.end() == prev[-1].start and self.issue_gap.fullmatch(s, prev[-1].end, m.start() + 1):
                target.issuer = prev[-1]  # "thay mặt Ban Bí thư ký ban hành ..."
            for d in listed[1:]:
                d.issuer = d.issuer or target.issuer
        starts = [b.start for b in bodies]
        for d in docs:  # "Luật X (sửa đổi) đã được Quốc hội ban hành": the body between the passive and the verb
            pm = self.passive_issue.match(s, d.end) if d.issuer is None else None
            i = bisect_left(starts, pm.end()) if pm else len(bodies)
            if pm and i < len(bodies) and bodies[i].start == pm.end() \
                    and (vm := self.issue_verb.match(s, bodies[i].end)) is not None and key(vm.group(0).strip()) == "ban hành":
                d.issuer = bodies[i]
        for d in docs:  # "Quyết định số 5 do Chủ tịch UBND tỉnh Z Nguyễn Văn A ký": the signer's post's body
            if d.number and d.issuer is None and not d.coordination \
                    and (sa := self._signed_after(s, d.end, bodies)) is not None:
                d.issuer = sa[1]
        for d in docs:  # "đề nghị của A tại Tờ trình số 201": the body after "của" right before "tại" issued it
            if d.number and d.issuer is None and not d.coordination:
                d.issuer = self._issuer_at(s, d, bodies)
        for d in docs:  # "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký Quyết định số 12": signed, so issued, by X's UBND
            if d.number and d.issuer is None and not d.coordination:
                d.issuer = self._signed_by(s, d.start, bodies, numbered=True) or bracketed_issuer(s, d, bodies)

    def _issuer_at(self, s: str, d: DocMention, bodies: list[Body]) -> Body | None:
        """The body named after "của" right before "tại" and the numbered document `d` ("kết luận của A tại
        thông báo 292-TB/UBKTTW")."""
        prev = next((b for b in reversed(bodies) if b.end <= d.start), None)
        if prev is None or prev.generic or not self.issued_at.fullmatch(s, prev.end, d.start) \
                or not re.search(rf"(?<!\w)của{WS}$", s[max(0, prev.start - 6):prev.start]):
            return None
        return prev

    def _colon_list(self, s: str, at: int, docs: list[DocMention]) -> list[DocMention]:
        """ "A đã ra các quyết định tố tụng: D1; D2 ... D3; D4 ...": the numbered documents listed after the colon,
        through the sentences of the paragraph that open with one."""
        cm = re.match(rf"((?:các|những){WS})[^.;:\n]{{1,40}}:\s*", s[at:at + 60], re.IGNORECASE)
        if cm is None or not self.kind_re.match(s, at + cm.end(1)):
            return []
        p, end = at + cm.end(), s.find("\n", at)
        end = len(s) if end < 0 else end
        out: list[DocMention] = []
        for d in docs:
            if d.start < p or d.start >= end or not d.number:
                continue
            sent = max(s.rfind(". ", p, d.start), p)
            if sent > p and not any(o.start == sent + 2 for o in docs):
                break  # a sentence that opens with no document ends the list
            out.append(d)
        return out

    def merge(self, kb: Knowledge, mentions: list[DocMention]) -> list[Document]:
        """One document per thing the article names, however often and however written."""
        return merge_documents(kb, mentions)
