"""Documents: coordination agreements with their parties ("Quy chế phối hợp giữa A với B, C"),
numbered party/state documents ("Quyết định số 17-QĐ/TW của Ban Bí thư") and named ones."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation, key

# "số 17-QĐ/TW", "(Kết luận) số 50-TB/TW", "số số 34/CT-TW"
_NUMBER = re.compile(rf"(?:{WS}\([{UPPER}][^()\n]{{0,20}}\))?{WS}((?:số{WS}){{1,2}})?(\d[\w]*(?:[./\-][\w]+)*)")
_DATE_AFTER = re.compile(rf"{WS}(?:ban hành{WS})?ngày{WS}(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-](\d{{4}})")
_OF = re.compile(rf",?{WS}(?:của|do){WS}")
_JOINT_OF = re.compile(rf"liên{WS}(?=Bộ{WS})")
_JOINT_SEP = re.compile(rf"{WS}?[-–,]{WS}?|{WS}và{WS}")
_BETWEEN = re.compile(rf"{WS}giữa{WS}")
_TERM = re.compile(rf"(?:nhiệm kỳ|giai đoạn){WS}(\d{{4}}){WS}?[-–]{WS}?(\d{{4}})", re.IGNORECASE)
_PARTY_SEP = re.compile(rf",{WS}|{WS}(và|với|[-–]){WS}")
_GENERIC_ITEM = re.compile(rf"(?:các|những|\d+){WS}[^,;.()\n]{{0,40}}?", re.IGNORECASE)
_LISTED = re.compile(rf"(?:các|những){WS}[^()\n.;:]{{1,50}}?\(\s*", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)")
_PAREN = r"(?:\s*\([^()\n]{1,30}\))?"  # "Tập đoàn Viễn thông Quân đội (Viettel) đã ký kết"
_QUOTED = re.compile(r"[^.;:()\n“\"]{0,40}[“\"][^”\"\n]{1,250}[”\"]")
_WITH_AFTER = re.compile(rf"[^.;:\n]{{0,60}}?{WS}với{WS}")
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_PARENT_BEFORE = re.compile(rf"{WS}(?:thuộc|của|trực thuộc){WS}$", re.IGNORECASE)
_COUNTED_TOPIC = re.compile(rf"(?:{WS}[{LOWER}]+){{1,10}}(?=\s*[,.;])")
_TOPIC = re.compile(rf"(?:,?{WS}[{LOWER}]+){{1,16}}")  # "Quy chế phối hợp công tác giữa ..."
_TOPIC_SIGNED = re.compile(rf"((?:{WS}[{LOWER}]+){{1,6}})(?=\s*[.,;]|{WS}với{WS})")
_LOCALITY = re.compile(rf"((?:các|hai|ba|bốn|\d+){WS})?(?:(tỉnh|thành phố){WS})?", re.IGNORECASE)
_MORE_NUMBER = re.compile(rf"(?:,{WS}|{WS}và{WS})(\d+(?:[/\-][A-ZĐ][\w]*)*)(?![\w.,/\-]?\d)")
_MORE_LOWER = re.compile(rf",{WS}[{LOWER}]+(?:{WS}[{LOWER}]+)*,")  # "Hiệp hội bia, rượu, nước ...": the name goes on
_NAME_GOES_ON = re.compile(rf"{WS}[{UPPER}]")
_TITLE_END = re.compile(r"[.;:!?()\n“”\"…]")
_TRAIL_WORDS = re.compile(r"(?:[\s,]+(?:của|do|để|tại|và|với|về))+$", re.IGNORECASE)
_SHORT_TOPIC = re.compile(rf"(?:{WS}[{LOWER}]+){{0,6}}{WS}của{WS}")  # "Quy chế làm việc của ..."
_ABOUT = re.compile(rf"{WS}về{WS}")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_YEAR = re.compile(r"(19[5-9]\d|20\d\d)")


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
    date: str | None = None
    topic: str | None = None  # lowercase words after the kind: "chiến lược", "công tác"
    doc: int = -1  # index of the article-level document it refers to


@dataclass
class Document:
    kind: str
    words: str
    number: str | None
    parties: list[Body]
    lead: bool
    named: str | None = None
    issuers: list[Body] = field(default_factory=list)
    term: str | None = None
    date: str | None = None
    topic: str | None = None
    mentions: list[DocMention] = field(default_factory=list)

    def name(self, kb: Knowledge) -> str:
        if self.named:
            return self.named
        if self.number:
            return f"{self.words} số {self.number}"
        if self.parties:
            names = [p.canonical(kb) for p in self.parties]
            words = f"{self.words} {self.topic}" if self.topic else self.words
            if self.lead:
                name = f"{words} giữa {names[0]} với {', '.join(names[1:])}"
            else:
                name = f"{words} giữa {', '.join(names[:-1])} và {names[-1]}"
            return name + (f" nhiệm kỳ {self.term}" if self.term else "")
        return self.words


class Documents:
    def __init__(self, kb: Knowledge):
        self.kb = kb
        kinds = kb.cues.get("document_kinds") or []
        self.kinds = {key(k["words"]): k for k in kinds}
        self.kind_re = re.compile(rf"(?<!\w)(?:{alternation([k['words'] for k in kinds])})(?!\w)", re.IGNORECASE)
        self.named = [(re.compile(n["pattern"]), n["kind"]) for n in kb.cues.get("named_documents") or []]
        verbs = kb.cues.get("party_verbs") or ["ký kết", "ký"]  # "A và B ký kết “Kế hoạch ...”", "A, B có quy chế"
        self.sign_before = re.compile(rf"(?<!\w)(?:{alternation(verbs)}){WS}[“\"]?$", re.IGNORECASE)
        joint = kb.cues.get("joint_verbs") or []  # "A và B ban hành Chương trình phối hợp": made and issued jointly
        self.joint_before = re.compile(rf"(?<!\w)(?:{alternation(joint)}){WS}[“\"]?$", re.IGNORECASE) \
            if joint else re.compile("$^")
        home = kb.cues.get("home_country") or []
        self.home_after = re.compile(rf"{WS}(?:{alternation(home)})(?!\w)") if home else re.compile("$^")
        heads, stops = kb.cues.get("unknown_party_heads") or [], kb.cues.get("unknown_party_stops") or []
        self.unknown_re = re.compile(rf"(?:{alternation(heads)})(?P<rest>(?:{WS}(?!(?i:{alternation(stops)})(?!\w))[^\W_][\w\-&]*){{1,8}})"
                                     rf"(?![\w\-&])") if heads else re.compile("$^")
        last = kb.cues.get("unknown_party_not_last") or []
        self.unknown_bad_end = re.compile(rf"(?<!\w)(?:{alternation(last)})$", re.IGNORECASE) if last else re.compile("$^")
        denied = kb.cues.get("denied_before_parties") or []
        self.denied = re.compile(rf"(?<!\w)(?:{alternation(denied)})(?!\w)", re.IGNORECASE) if denied else re.compile("$^")
        gap = kb.cues.get("issue_gap_words") or []
        self.issue_gap = re.compile(rf"\s*(?:(?:{alternation(gap)})\s+)*" if gap else r"\s*", re.IGNORECASE)
        behalf = kb.cues.get("on_behalf_of") or []
        self.on_behalf = re.compile(rf"(?<!\w)(?:{alternation(behalf)}){WS}" if behalf else "$^", re.IGNORECASE)
        nak = kb.cues.get("title_not_after_kind") or []
        self.title_not_after = re.compile(rf"{WS}(?:{alternation(nak)})(?!\w)", re.IGNORECASE) if nak else re.compile("$^")
        tstops = kb.cues.get("title_stops") or []
        tends = kb.cues.get("title_end_words") or ["$^"]
        self.title_stop = re.compile(rf"(?:,{WS}(?:{alternation(tstops or ['$^'])})|,?{WS}(?:{alternation(tends)}))(?!\w)",
                                     re.IGNORECASE)
        impl = kb.cues.get("implement_verbs") or []
        self.implement_before = re.compile(rf"(?<!\w)(?:{alternation(impl)}){WS}$", re.IGNORECASE) if impl \
            else re.compile("$^")
        adverbs = kb.cues.get("party_verb_adverbs") or []  # "A cũng tiếp tục ký ...": between subject and verb
        self.subj_gap = re.compile(rf"{_PAREN}\s*(?:(?:{alternation(adverbs)}){WS})*" if adverbs else _PAREN,
                                   re.IGNORECASE)
        modal = kb.cues.get("modal_markers") or []  # "cần có quy chế", "sẽ ký kết": not (yet) made
        self.modal = re.compile(rf"(?<!\w)(?:{alternation(modal)})(?!\w)[^.;:!?\n]{{0,30}}$", re.IGNORECASE) \
            if modal else re.compile("$^")
        nouns = kb.cues.get("counted_party_nouns") or []  # "giữa 2 đơn vị đã có quy chế"
        self.counted_re = re.compile(rf"(?<!\w)giữa{WS}(\d+|{'|'.join(_COUNTS)}){WS}(?:{alternation(nouns)})"
                                     rf"(?:{WS}[{LOWER}]+){{0,3}}{WS}$", re.IGNORECASE) if nouns else None
        prefixes = kb.cues.get("party_prefixes") or ["$^"]
        self.party_prefix = re.compile(rf"(?:(?:\d+|hai|ba|bốn|năm){WS})?(?:{alternation(prefixes)}):?{WS}",
                                       re.IGNORECASE)
        # "A và B", "Chủ tịch A và Chủ tịch B" (the bodies sign through their heads)
        self.subj_sep = re.compile(rf"{_PAREN}(?:,{WS}|{WS}(?:và|cùng với|cùng|với){WS})(?:{kb.title_re.pattern}{WS})?",
                                   re.IGNORECASE)

    def find(self, s: str, bodies: list[Body], published: str | None) -> list[DocMention]:
        starts = [b.start for b in bodies]
        out: list[DocMention] = []
        taken: list[tuple[int, int]] = []
        for rx, kind in self.named:
            for m in rx.finditer(s):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                out.append(DocMention(m.start(), m.end(), kind, m.group(0).split()[0] + " " + m.group(0).split()[1],
                                      named=m.group(0)))
                taken.append((m.start(), m.end()))
        for m in self.kind_re.finditer(s):
            if any(a <= m.start() < b for a, b in taken):
                continue
            spec = self.kinds[key(m.group(0))]
            dm = DocMention(m.start(), m.end(), spec["kind"], spec["words"], coordination=bool(spec.get("coordination")))
            before = s[max(0, m.start() - 10):m.start()]
            dm.plural = bool(re.search(r"(?<!\w)(?:các|những|\d+|hai|ba)\s+$", before, re.IGNORECASE))
            nm = _NUMBER.match(s, m.end())
            if nm and (nm.group(1) or not _YEAR.fullmatch(nm.group(2))) and not dm.plural \
                    and not _THOUSANDS.fullmatch(nm.group(2).rstrip(".-/")):  # "Đề án 20.000 tiến sĩ": a count
                dm.number, dm.end = nm.group(2).rstrip(".-/"), nm.end()
                dm.end = nm.start(2) + len(dm.number)
                dd = _DATE_AFTER.match(s, dm.end)
                if dd:
                    dm.date, dm.end = f"{dd.group(3)}-{int(dd.group(2)):02d}-{int(dd.group(1)):02d}", dd.end()
                siblings: list[DocMention] = []  # "Nghị quyết 01, 02 của Chính phủ": one kind, several numbers
                while not dd and (mm := _MORE_NUMBER.match(s, siblings[-1].end if siblings else dm.end)) \
                        and not _YEAR.fullmatch(mm.group(1)):
                    siblings.append(DocMention(mm.start(1), mm.end(1), dm.kind, dm.words, number=mm.group(1)))
                of = _OF.match(s, siblings[-1].end if siblings else dm.end)
                if of:
                    jm = _JOINT_OF.match(s, of.end())  # "của liên Bộ Y tế - Tài chính": issued jointly
                    at = jm.end() if jm else of.end()
                    i = bisect_left(starts, at)
                    if i < len(bodies) and bodies[i].start == at:
                        dm.issuer = bodies[i]
                        while jm and i + 1 < len(bodies) and _JOINT_SEP.fullmatch(s, bodies[i].end, bodies[i + 1].start):
                            i += 1
                            dm.co_issuers.append(bodies[i])
                for sib in siblings:
                    sib.issuer = dm.issuer
                    out.append(sib)
            elif not m.group(0)[0].isupper() and not dm.coordination:
                continue
            if dm.coordination and not self.modal.search(s, max(0, dm.start - 40), dm.start):
                dm.signed = self.sign_before.search(s, max(0, dm.start - 30), dm.start) is not None
                self._parties(s, dm, bodies, starts)
                if not dm.parties:
                    self._counted_parties(s, dm, bodies)
                if not dm.parties:
                    self._signers(s, dm, bodies, starts)
                if not dm.parties and not spec.get("joint"):
                    self._joint(s, dm, bodies, starts)
            if spec.get("needs_parties") and not dm.parties:
                continue  # "chương trình" alone is no document; "A và B ký kết chương trình" is one
            if not dm.number and not dm.parties and m.group(0)[0].isupper() and not dm.signed \
                    and not (dm.coordination and any(o.kind == dm.kind for o in out)) \
                    and self._titled(s, dm, bodies, starts):
                out.append(dm)  # "Quy định của Ban Bí thư về ...": named by its title and issuer
                continue
            if not dm.number and not dm.parties and not (dm.coordination and (m.group(0)[0].isupper() or dm.signed)):
                continue
            tm = _TERM.search(s, m.end(), min(len(s), max(dm.end, m.end()) + 80))
            if tm and not re.search(r"[.;\n]", s[m.end():tm.start()]):
                dm.term = f"{tm.group(1)}-{tm.group(2)}"
            out.append(dm)
        self._issued_by(s, out, bodies)
        return sorted(out, key=lambda d: d.start)

    def _parties(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        start = dm.end
        qm = _QUOTED.match(s, dm.end)  # Thỏa thuận hợp tác “Xây dựng ...” giữa A và B
        if qm:
            start = qm.end()
        am = _ASIDE.match(s, start)  # "quy chế phối hợp (sửa đổi và bổ sung) giữa A với B"
        if am:
            start = am.end()
        bm = _BETWEEN.search(s, start, start + 90)
        if bm is None or re.search(r"[.;:()\n]", s[start:bm.start()]) or self.kind_re.search(s, start, bm.start()) \
                or self.denied.search(s, start, bm.start()):
            return
        p = bm.end()
        pm = self.party_prefix.match(s, p)  # "giữa (3) Thường trực: HĐND - UBND và UBMTTQ": the bodies
        if pm and bisect_left(starts, pm.end()) < len(bodies) and pm.end() in starts:
            p = pm.end()
        parties, lead, listed = self._party_list(s, p, bodies, starts)
        if len(parties) >= 2:
            dm.parties, dm.lead, dm.end, dm.listed = parties, lead, max(dm.end, parties[-1].end), listed
            if not qm and _TOPIC.fullmatch(s, start, bm.start()):
                dm.topic = re.sub(r"\s+", " ", s[start:bm.start()]).strip()

    def _party_list(self, s: str, p: int, bodies: list[Body], starts: list[int]) -> tuple[list[Body], bool, bool]:
        """The bodies listed from `p` ("A với B, C và D"): the parties, whether the first leads ("với"),
        and whether a group's list in brackets named them."""
        parties: list[Body] = []
        lead = False
        listed = False
        closed = False
        while True:
            lm = _LISTED.match(s, p)  # "với các cơ quan, tổ chức (Bộ Tư pháp, ...)": the list names them
            if lm and parties and not listed and bisect_left(starts, lm.end()) < len(bodies) and lm.end() in starts:
                p, listed = lm.end(), True
            i = bisect_left(starts, p)
            pl = re.match(rf"(?:các|những){WS}", s[p:p + 8])
            j = bisect_left(starts, p + pl.end()) if pl else -1
            if i < len(bodies) and bodies[i].start == p:
                b = bodies[i]
            elif pl and j < len(bodies) and bodies[j].start == p + pl.end():
                b = bodies[j]
                if b.generic:
                    b = Body(p, b.end, "generic", _cap(re.sub(r"\s+", " ", s[p:b.end])), generic=True)
            elif (loc := self._locality(s, p, parties)) is not None:
                b = loc
            elif (um := self._unknown(s, p, bodies)) is not None:  # "... và Bộ GĐ-ĐT": a body not known
                b = um
            else:
                gm = _GENERIC_ITEM.match(s, p)
                b = None
                if gm:
                    j = bisect_left(starts, gm.end())
                    while j < len(bodies) and bodies[j].start <= gm.end() + 45 and not re.search(r"[,;.]", s[p:bodies[j].start]):
                        text = s[p:bodies[j].start] + bodies[j].canonical(self.kb)
                        b = Body(p, bodies[j].end, "generic", _cap(re.sub(r"\s+", " ", text)), generic=True)
                        break
                if b is None:
                    break
            assert b is not None
            hm = self.home_after.match(s, b.end)  # "giữa Bộ Quốc phòng Việt Nam và ...": the country closes the name
            if not hm and _NAME_GOES_ON.match(s, b.end):
                break  # "Bộ Công an Trung Quốc": the name goes on past the body read; it is another body
            parties.append(b)
            sep = _PARTY_SEP.match(s, hm.end() if hm else b.end)
            shared = pl is not None or bool(b.entry.get("shared"))  # "và các tỉnh A, B": the list goes on
            if not sep or closed and not sep.group(1) and not shared:  # "giữa A và B, Thủ tướng cho biết ..."
                p = b.end
                break
            closed = (closed or sep.group(1) == "và") and not (shared and not sep.group(1))
            if sep.group(1) == "với" and len(parties) == 1:
                lead = True
            p = sep.end()
        return parties, lead, listed

    def _unknown(self, s: str, p: int, bodies: list[Body]) -> Body | None:
        """A party named at `p` that is no body we know ("Bộ GĐ-ĐT", "Ban liên lạc cựu cán bộ Đoàn")."""
        um = self.unknown_re.match(s, p)
        if um is None or not re.search(rf"(?<!\S)[{UPPER}\d]", um.group("rest")) \
                or self.unknown_bad_end.search(um.group(0)) or _MORE_LOWER.match(s, um.end()) \
                or any(b.start < um.end() and p < b.end for b in bodies):
            return None  # "Ban dân vận", "Ban Chấp hành tỉnh", "Hiệp hội bia, rượu, ...", a known body: no unknown one
        return Body(p, um.end(), "known", re.sub(r"\s+", " ", um.group(0)))

    def _counted_parties(self, s: str, dm: DocMention, bodies: list[Body]) -> None:
        """ "A ... thuộc X. Giữa 2 đơn vị đã có quy chế phối hợp": the parties are the last N bodies
        named before, not counting the ones named only as what another belongs to ("thuộc X")."""
        cm = self.counted_re.search(s, max(0, dm.start - 60), dm.start) if self.counted_re else None
        if cm is None:
            return
        word = cm.group(1).lower()
        n = int(word) if word.isdigit() else _COUNTS.get(word, 0)
        found: list[Body] = []
        for b in reversed([b for b in bodies if cm.start() - 400 < b.end <= cm.start()]):
            pm = _PARENT_BEFORE.search(s, max(0, b.start - 14), b.start)
            if b.generic or (pm and any(x.end == pm.start() for x in bodies)):
                continue  # "Trạm A thuộc Hạt B": B is named as A's parent
            if all(x.canonical(self.kb) != b.canonical(self.kb) for x in found):
                found.append(b)
            if len(found) == n:
                break
        if n >= 2 and len(found) == n:
            dm.parties = found[::-1]
            tm = _COUNTED_TOPIC.match(s, dm.end)  # "quy chế phối hợp quản lý và bảo vệ rừng, ..."
            if tm:
                dm.topic = re.sub(r"\s+", " ", tm.group(0)).strip()

    def _locality(self, s: str, p: int, before: list[Body]) -> Body | None:
        """ "giữa thành phố Hồ Chí Minh và (các) tỉnh Nghệ An, Hà Tĩnh": a province as a party."""
        lm = _LOCALITY.match(s, p)
        pm = self.kb.place_re.match(s, lm.end()) if lm else None
        prov = self.kb.province(pm.group(0)) if pm else None
        if lm is None or pm is None or prov is None:
            return None
        level = (lm.group(2) or "").lower()
        shared = bool(lm.group(1)) and bool(level)
        if not level and before and before[-1].entry.get("shared"):
            level, shared = before[-1].entry["level"], True  # "các tỉnh Long An, Tiền Giang": the level is shared
        level = level or str(prov.get("kind") or "tỉnh")
        return Body(p, pm.end(), "known", f"{level[:1].upper()}{level[1:]} {prov['name']}",
                    entry={"kind": "locality", "english": "", "level": level, "shared": shared})

    def _subject_list(self, s: str, verb: int, bodies: list[Body], starts: list[int]) -> list[Body]:
        """ "TP. HCM và ba tỉnh Long An, Tiền Giang đã ký": a clause's subject listing bodies or provinces."""
        cs = max(s.rfind(c, max(0, verb - 250), verb) for c in ".;:\n") + 1
        opens = [cs] + [cs + m.end() for m in re.finditer(rf",{WS}|{WS}gồm:?{WS}", s[cs:verb])]
        for p in opens:
            while p < verb and s[p].isspace():
                p += 1
            parties: list[Body] = []
            while p < verb:
                i = bisect_left(starts, p)
                b = bodies[i] if i < len(bodies) and bodies[i].start == p and not bodies[i].generic else \
                    self._locality(s, p, parties)
                if b is None:
                    break
                parties.append(b)
                if self.subj_gap.fullmatch(s, b.end, verb):
                    return parties if len(parties) >= 2 else []
                sep = _PARTY_SEP.match(s, b.end)
                if not sep:
                    break
                p = sep.end()
        return []

    def _signers(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        """ "A (cùng với B) đã ký kết chương trình phối hợp (với C)": the signers are the parties."""
        vm = self.sign_before.search(s, max(0, dm.start - 30), dm.start)
        implemented = False
        if vm is None:  # "A thực hiện Kế hoạch phối hợp với B": only with the other party named
            vm = self.implement_before.search(s, max(0, dm.start - 30), dm.start)
            implemented = vm is not None
        if vm is None:
            return
        subj: list[Body] = []
        p = vm.start()
        gap = self.subj_gap
        while True:
            i = bisect_left([b.end for b in bodies], p - 25) if bodies else 0
            prev = [b for b in bodies[max(0, i - 2):i + 4] if b.end <= p and gap.fullmatch(s[b.end:p])]
            if not prev and not subj:  # "Ban liên lạc cựu cán bộ Đoàn cũng ký ...": a signer not known
                cs = max(s.rfind(c, max(0, p - 120), p) for c in ".;:\n") + 1
                um = next((m for m in self.unknown_re.finditer(s, cs, p) if gap.fullmatch(s, m.end(), p)), None)
                u = self._unknown(s, um.start(), bodies) if um else None
                prev = [u] if u is not None and u.end == um.end() else []  # type: ignore[union-attr]
            if not prev or prev[-1].generic:
                break
            subj.insert(0, prev[-1])
            p = prev[-1].start
            gap = self.subj_sep
        wm = _WITH_AFTER.match(s, dm.end)
        other: list[Body] = []
        if wm:  # "... với B", "... với B, C và D": the signer leads when it signs with several
            other = self._party_list(s, wm.end(), bodies, starts)[0]
            other = other if "," not in s[dm.end:wm.end()] else other[:1]  # "ký X, phối hợp với B, C ..."
        if len(subj) + len(other) < 2 and not other:
            subj = self._subject_list(s, vm.start(), bodies, starts) or subj
        if implemented and not (len(subj) == 1 and other):
            return
        if len(subj) + len(other) >= 2:
            dm.parties = subj + other
            dm.lead = len(subj) == 1 and len(other) >= 2
            tm = _TOPIC_SIGNED.match(s, dm.end)
            if tm:
                dm.topic = re.sub(r"\s+", " ", tm.group(1)).strip()
            dm.end = max(dm.end, other[-1].end) if other else dm.end

    def _joint(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        """ "A và B ban hành Chương trình phối hợp ...": two or more bodies make it together; each issued it."""
        jm = self.joint_before.search(s, max(0, dm.start - 30), dm.start)
        subj = self._subject_list(s, jm.start(), bodies, starts) if jm else []
        if len(subj) >= 2:
            dm.parties, dm.issuer, dm.co_issuers = subj, subj[0], subj[1:]
            tm = _TOPIC_SIGNED.match(s, dm.end)
            if tm:
                dm.topic = re.sub(r"\s+", " ", tm.group(1)).strip()

    def _titled(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> bool:
        """Name `dm` by its title when its issuer is named with it ("của A" in the title, "A ban hành" before)."""
        stop = _TITLE_END.search(s, dm.end, min(len(s), dm.end + 160))
        end = stop.start() if stop else min(len(s), dm.end + 160)
        if (cm := self.title_stop.search(s, dm.end, end)) is not None:
            end = cm.start()
        if (km := self.kind_re.search(s, dm.end, end)) is not None:  # "... xe công Theo Quyết định 32 của ...": another
            end = km.start()
        comma = s.find(",", dm.end, end)
        first = comma if comma >= 0 else end  # the issuer is named in the title's first clause
        title = _TRAIL_WORDS.sub("", re.sub(r"\s+", " ", s[dm.start:end]).strip(" ,"))
        if len(title.split()) < len(dm.words.split()) + 3:
            return False
        if self.title_not_after.match(s, dm.end):
            return False
        of = next((b for b in bodies if dm.end <= b.start < min(first, dm.start + len(title)) and not b.generic
                   and re.search(rf"(?<!\w)của{WS}$", s[max(0, b.start - 6):b.start])), None)
        if of is not None and not _SHORT_TOPIC.fullmatch(s, dm.end, of.start):
            of = None  # "Quyết định <a clause> của A": no title
        if of is not None and not _ABOUT.match(s, of.end):  # "Kế hoạch của A nêu rõ ...": the title ends with A
            end = of.end
            title = re.sub(r"\s+", " ", s[dm.start:end]).strip(" ,")
        vm = re.search(rf"(?<!\w)ban hành{WS}$", s[max(0, dm.start - 12):dm.start])
        issuer = of or (self._issuer_before(s, dm.start - len(vm.group(0)) - 1, bodies) if vm else None)
        if issuer is None:
            return False
        dm.named, dm.issuer, dm.end = title, issuer, dm.start + len(s[dm.start:end].rstrip(" ,"))
        return True

    def _issuer_before(self, s: str, at: int, bodies: list[Body]) -> Body | None:
        """The body right before "ban hành" at `at`, past "đã", "ký" ... or after "thay mặt"."""
        sent_start = max(s.rfind(".", 0, at), s.rfind("\n", 0, at))
        prev = [b for b in bodies if sent_start < b.start and b.end <= at + 1 and at - b.end < 80]
        if prev and self.issue_gap.fullmatch(s, prev[-1].end, at + 1):
            return prev[-1]
        return None

    def _issued_by(self, s: str, docs: list[DocMention], bodies: list[Body]) -> None:
        """ "Quyết định số 17 của Ban Bí thư ban hành Quy chế ...": the Secretariat issued both."""
        for m in re.finditer(rf"{WS}ban hành{WS}", s):
            target = next((d for d in docs if 0 <= d.start - m.end() <= 2), None)
            if target is None or target.issuer is not None:
                continue
            sent_start = max(s.rfind(".", 0, m.start()), s.rfind("\n", 0, m.start()))
            prev = [b for b in bodies if sent_start < b.start and b.end <= m.start() + 1 and m.start() - b.end < 80]
            if prev and self.issue_gap.fullmatch(s, prev[-1].end, m.start() + 1):
                target.issuer = prev[-1]
            elif prev and (ob := self.on_behalf.search(s, max(0, prev[-1].start - 20), prev[-1].start)) is not None \
                    and ob.end() == prev[-1].start and self.issue_gap.fullmatch(s, prev[-1].end, m.start() + 1):
                target.issuer = prev[-1]  # "thay mặt Ban Bí thư ký ban hành ..."

    def merge(self, kb: Knowledge, mentions: list[DocMention]) -> list[Document]:
        """One document per thing the article names, however often and however written."""
        docs: list[Document] = []

        def add(doc: Document, dm: DocMention) -> None:
            dm.doc = docs.index(doc) if doc in docs else len(docs)
            if doc not in docs:
                docs.append(doc)
            doc.mentions.append(dm)
            if dm.issuer is not None:
                doc.issuers.append(dm.issuer)
            doc.issuers += dm.co_issuers
            doc.term = doc.term or dm.term
            doc.date = doc.date or dm.date
            doc.topic = doc.topic or dm.topic

        def pset(ps: list[Body]) -> frozenset[str]:
            return frozenset(p.canonical(kb) for p in ps if not p.generic)

        last_of_kind: dict[str, Document] = {}
        for dm in mentions:
            if dm.named:
                d = next((d for d in docs if d.named and key(d.named).startswith(key(dm.named)[:30])), None)
                add(d or Document(dm.kind, dm.words, None, [], False, named=dm.named), dm)
            elif dm.number:
                d = next((d for d in docs if d.kind == dm.kind and d.number and _same_number(d.number, dm.number)), None)
                if d and len(dm.number) > len(d.number or ""):
                    d.number = dm.number
                if d and len(dm.parties) > len(d.parties):  # "Kế hoạch phối hợp số 12593 giữa A và B"
                    d.parties, d.lead = dm.parties, dm.lead
                add(d or Document(dm.kind, dm.words, dm.number, list(dm.parties), dm.lead), dm)
            elif dm.parties and dm.plural and dm.lead and len(dm.parties) > 2:
                for other in dm.parties[1:]:
                    ps = [dm.parties[0], other]
                    d = next((d for d in docs if d.kind == dm.kind and pset(d.parties) == pset(ps)), None)
                    add(d or Document(dm.kind, dm.words, None, ps, True), dm)
                continue
            elif dm.parties:
                names = pset(dm.parties)
                split = [d for d in docs if d.kind == dm.kind and d.parties and pset(d.parties) < names
                         and len(pset(d.parties)) == 2 and d.lead]
                if dm.lead and split and names == frozenset().union(*(pset(d.parties) for d in split)):
                    for d in split:
                        d.mentions.append(dm)
                    dm.doc = docs.index(split[0])
                    continue
                d = next((d for d in docs if d.kind == dm.kind and d.parties
                          and (pset(d.parties) <= names or names <= pset(d.parties))
                          and not (d.term and dm.term and d.term != dm.term)), None)
                if d is None:  # "lễ ký chương trình phối hợp ... ; ... giữa A và B": the one signed earlier
                    d = next((d for d in docs if d.kind == dm.kind and not d.parties and not d.number
                              and not d.named), None)
                if d is not None and len(dm.parties) > len(d.parties):
                    d.parties, d.lead = dm.parties, dm.lead
                elif d is not None and dm.lead and not d.lead and pset(dm.parties) == pset(d.parties):
                    d.lead = True  # "A triển khai Quy chế phối hợp với B" then "... giữa A với B": A leads
                add(d or Document(dm.kind, dm.words, None, dm.parties, dm.lead), dm)
            else:
                d = last_of_kind.get(dm.kind)
                if d is not None:
                    d.mentions.append(dm)
                    dm.doc = docs.index(d)
                elif dm.signed:  # signed here; its signers are read from the event
                    add(Document(dm.kind, dm.words, None, [], False), dm)
                    last_of_kind[dm.kind] = docs[dm.doc]
                continue
            last_of_kind[dm.kind] = docs[dm.doc]
        # "Quy chế phối hợp 1753" and "Quy chế phối hợp giữa A với B ...": one document when alone of their kind
        for kind in {d.kind for d in docs}:
            same = [d for d in docs if d.kind == kind and not d.named]
            numbered = [d for d in same if d.number and not d.parties]
            partied = [d for d in same if d.parties and not d.number]
            if len(numbered) == 1 and len(partied) == 1 and len(same) == 2 \
                    and not any(m.listed for m in partied[0].mentions):  # a group's list names several programmes
                n, p = numbered[0], partied[0]
                n.parties, n.lead = p.parties, p.lead
                n.mentions += p.mentions
                n.issuers += p.issuers
                n.term = n.term or p.term
                for dm in p.mentions:
                    dm.doc = docs.index(n)
                p.mentions = []
        return docs


def _same_number(a: str, b: str) -> bool:
    a, b = (re.sub(r"^0+(?=\d)", "", re.sub(r"\s+", "", x.lower())) for x in (a, b))
    short, full = sorted((a, b), key=len)
    return short == full or full.startswith((short + "-", short + "/"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
