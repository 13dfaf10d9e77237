"""Reading the parties of a coordination agreement: the bodies listed after "giữa" ("Quy chế phối hợp giữa
A với B, C"), the signers before "ký kết", the bodies that issue a programme jointly, and the last N bodies
named before "giữa 2 đơn vị"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.agreement_groups import group_party, group_re
from coordgraph.ingest.knowledge import LOWER, NEVER, UPPER, WS, Knowledge, alternation, key

if TYPE_CHECKING:
    from coordgraph.ingest.agreements import DocMention
    from coordgraph.ingest.people import PersonMention

_BETWEEN = re.compile(rf"{WS}giữa{WS}")
_JOINT_WORDS = re.compile(r"(?<!\w)(?:phối hợp|hợp tác|liên tịch|liên ngành)(?!\w)", re.IGNORECASE)
_OF_BOTH = re.compile(rf"(?:{WS}(?!của(?!\w))[{LOWER}]+){{0,4}}{WS}của{WS}")  # "Quy chế phối hợp công tác của Chính phủ và Trung ương Đoàn": made by both
_ABBR_AFTER = re.compile(r"\s*\([^()\n,;:]{1,20}\)")  # a party's short name in brackets
_PARTY_SEP = re.compile(rf",{WS}|{WS}(và|với|[-–]){WS}")
_GENERIC_ITEM = re.compile(rf"(?:các|những|\d+){WS}[^,;.()\n]{{0,40}}?", re.IGNORECASE)
_LISTED = re.compile(rf"(?:các|những){WS}[^()\n.;:]{{1,50}}?\(\s*", re.IGNORECASE)
_LISTED_AFTER = re.compile(rf"(?:các|những|một số){WS}[^()\n.;:]{{1,60}}?:{WS}", re.IGNORECASE)  # "với một số cơ quan: A, B"
_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)")
_QUOTED = re.compile(r"[^.;:()\n“\"]{0,40}[“\"][^”\"\n]{1,250}[”\"]")
_WITH_AFTER = re.compile(rf"[^.;:\n]{{0,60}}?{WS}với{WS}")
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_PARENT_BEFORE = re.compile(rf"{WS}(?:thuộc|của|trực thuộc){WS}$", re.IGNORECASE)
_COUNTED_TOPIC = re.compile(rf"(?:{WS}[{LOWER}]+){{1,10}}(?=\s*[,.;])")
_TOPIC = re.compile(rf"(?:,?{WS}[{LOWER}]+){{1,16}}")  # "Quy chế phối hợp công tác giữa ..."
_TOPIC_SIGNED = re.compile(rf"((?:{WS}[{LOWER}]+){{1,6}})(?=\s*[.,;]|{WS}với{WS})")
_LOCALITY = re.compile(rf"((?:các|hai|ba|bốn|\d+){WS})?(?:(tỉnh|thành phố){WS})?", re.IGNORECASE)
_MORE_LOWER = re.compile(rf",{WS}[{LOWER}]+(?:{WS}[{LOWER}]+)*,")  # "Hiệp hội bia, rượu, nước ...": the name goes on
_NAME_GOES_ON = re.compile(rf"{WS}[{UPPER}]")
_SIGNED = re.compile(r"(?<!\w)ký", re.IGNORECASE)
_TERM_END = re.compile(rf",?{WS}(?:nhiệm kỳ|giai đoạn){WS}\d{{4}}(?:{WS})?[-–](?:{WS})?\d{{4}}$", re.IGNORECASE)
_PERSON_JOIN = re.compile(r"\)?\s*(?:,|và|cùng)\s*")
_PAREN = r"(?:\s*\([^()\n]{1,30}\))?"  # "Tập đoàn Viễn thông Quân đội (Viettel) đã ký kết"
_LONG_PAREN = r"(?:\s*\([^()\n]{1,90}\))?"  # "Trung tâm X (HITTC - trực thuộc Sở Y) và BIDV đã ký kết"


class PartyReading:
    """The party reading of `Documents` (agreements.py): the cue patterns it compiles and the ways it reads parties."""

    kb: Knowledge
    kind_re: re.Pattern[str]
    people: Sequence[PersonMention]
    modal: re.Pattern[str]

    def _init_parties(self, kb: Knowledge) -> None:
        self.group_re = group_re(kb)  # "với Ủy ban nhân dân các quận, huyện": a generic party
        verbs = kb.cues.get("party_verbs") or ["ký kết", "ký"]  # "A và B ký kết “Kế hoạch ...”", "A, B có quy chế"
        manner = kb.cues.get("party_verb_manner") or []  # "A và B đã duy trì tốt quy chế phối hợp"
        after = rf"(?:{WS}(?:{alternation(manner)}))?" if manner else ""
        self.sign_before = re.compile(rf"(?<!\w)(?:{alternation(verbs)}){after}{WS}[“\"]?$", re.IGNORECASE)
        joint = kb.cues.get("joint_verbs") or []  # "A và B ban hành Chương trình phối hợp": made and issued jointly
        self.joint_before = re.compile(rf"(?<!\w)(?:{alternation(joint)}){WS}[“\"]?$", re.IGNORECASE) \
            if joint else NEVER
        home = kb.cues.get("home_country") or []
        self.home_after = re.compile(rf"{WS}(?:{alternation(home)})(?!\w)") if home else NEVER
        heads, stops = kb.cues.get("unknown_party_heads") or [], kb.cues.get("unknown_party_stops") or []
        self.unknown_re = re.compile(rf"(?:{alternation(heads)})(?P<rest>(?:{WS}(?!(?i:{alternation(stops)})(?!\w))[^\W_][\w\-&]*){{1,8}})"
                                     rf"(?![\w\-&])") if heads else NEVER
        last = kb.cues.get("unknown_party_not_last") or []
        self.unknown_bad_end = re.compile(rf"(?<!\w)(?:{alternation(last)})$", re.IGNORECASE) if last else NEVER
        denied = kb.cues.get("denied_before_parties") or []
        self.denied = re.compile(rf"(?<!\w)(?:{alternation(denied)})(?!\w)", re.IGNORECASE) if denied else NEVER
        impl = kb.cues.get("implement_verbs") or []
        self.implement_before = re.compile(rf"(?<!\w)(?:{alternation(impl)}){after}{WS}$", re.IGNORECASE) if impl \
            else NEVER
        opens = kb.cues.get("subjectless_openers") or []  # "Việc thực hiện quy chế phối hợp với B": no subject
        self.subjectless = re.compile(rf"\s*(?:(?:{alternation(opens)}){WS})?", re.IGNORECASE) if opens else re.compile(r"\s*")
        made = kb.cues.get("made_with_verbs") or []  # "A ban hành kế hoạch phối hợp với B": A and B, A issued it
        self.made_before = re.compile(rf"(?<!\w)(?:{alternation(made)}){WS}$", re.IGNORECASE) if made else NEVER
        adverbs = kb.cues.get("party_verb_adverbs") or []  # "A cũng tiếp tục ký ...": between subject and verb
        self.person_gap = re.compile(rf"\)?{_LONG_PAREN}\s*(?:(?:{alternation(adverbs)}){WS})*" if adverbs else r"\)?\s*",
                                     re.IGNORECASE)
        self.subj_gap = re.compile(rf"{_PAREN}\s*(?:(?:{alternation(adverbs)}){WS})*" if adverbs else _PAREN,
                                   re.IGNORECASE)
        nouns = kb.cues.get("counted_party_nouns") or []  # "giữa 2 đơn vị đã có quy chế"
        self.counted_re = re.compile(rf"(?<!\w)giữa{WS}(\d+|{'|'.join(_COUNTS)}){WS}(?:{alternation(nouns)})"
                                     rf"(?:{WS}[{LOWER}]+){{0,3}}{WS}$", re.IGNORECASE) if nouns else None
        # "A làm việc với B. Hai bên đã ký kết thỏa thuận hợp tác": the counted parties sign it
        self.counted_signers = re.compile(rf"(?<!\w)(\d+|{'|'.join(_COUNTS)}){WS}(?:{alternation(nouns)}){WS}"
                                          rf"(?:(?:{alternation(adverbs)}){WS})*(?:{alternation(verbs)}){after}{WS}[“\"]?$",
                                          re.IGNORECASE) if nouns and adverbs else NEVER
        prefixes = kb.cues.get("party_prefixes") or []
        self.party_prefix = re.compile(rf"(?:(?:\d+|hai|ba|bốn|năm){WS})?(?:{alternation(prefixes)}):?{WS}",
                                       re.IGNORECASE)
        # "Thủ tướng X làm việc với (lãnh đạo) B để đánh giá việc thực hiện quy chế phối hợp": A's body and B
        sess, review = kb.cues.get("session_verbs") or [], kb.cues.get("session_review_words") or []
        organs = kb.cues.get("standing_organs") or []
        self.session_re = re.compile(rf"(?<!\w)(?:{alternation(sess)}){WS}(?:()(?:{alternation([*prefixes, *organs])}){WS})?",
                                     re.IGNORECASE) if sess else NEVER
        self.session_review = re.compile(rf"(?<!\w)(?:{alternation(review)})(?!\w)", re.IGNORECASE) if review \
            else NEVER
        self.standing = {o.lower() for o in organs}
        self.locality_head = kb.local_heads.get(key(str(kb.cues.get("locality_party_body") or "")))
        self.implied_re = re.compile(rf"(?<!\w)(?:{alternation(list(kb.implied))})(?!\w)", re.IGNORECASE) \
            if kb.implied else NEVER
        unnamed = kb.cues.get("unnamed_signers") or []  # "các đơn vị đã ký quy chế phối hợp với B": B alone is named
        self.unnamed_signer = re.compile(rf"(?<!\w)(?:{alternation(unnamed)})[^.;!?\n]{{0,120}}?{WS}"
                                         rf"(?:(?:{alternation(adverbs)}){WS})*$", re.IGNORECASE) if unnamed and adverbs \
            else NEVER
        report = kb.cues.get("signer_report_verbs") or []  # "Ông X, giám đốc Sở Y, cho biết đã ký ...": Y signs
        self.reported_gap = re.compile(rf",?{WS}(?:{alternation(report)}){WS}(?:rằng{WS})?"
                                       rf"(?:(?:{alternation(adverbs)}){WS})*", re.IGNORECASE) if report and adverbs else NEVER
        # "A và B", "Chủ tịch A và Chủ tịch B" (the bodies sign through their heads)
        # "A (Việt Nam) và B": the home country closes A's name
        country = rf"(?:{WS}(?:{alternation(home)}))?" if home else ""
        joins = alternation(kb.cues.get("party_subject_joins") or ["và", "với"])
        before = rf"(?:(?:{alternation(adverbs)}){WS})*" if adverbs else ""  # "A đã cùng B ký kết"
        self.subj_sep = re.compile(rf"{country}{_LONG_PAREN}(?:,{WS}|{WS}{before}(?:{joins}){WS})"
                                   rf"(?:{kb.title_re.pattern}{WS})?", re.IGNORECASE)

    def _parties(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        start = dm.end
        qm = _QUOTED.match(s, dm.end)  # Thỏa thuận hợp tác “Xây dựng ...” giữa A và B
        if qm:
            start = qm.end()
        am = _ASIDE.match(s, start)  # "quy chế phối hợp (sửa đổi và bổ sung) giữa A với B"
        if am:
            start = am.end()
        bm = _BETWEEN.search(s, start, start + 90)
        of = _OF_BOTH.match(s, start)
        if of is not None and (bm is None or bm.start() > of.start()) \
                and _JOINT_WORDS.search(f"{dm.words} {s[start:of.end()]}"):  # not "quy chế làm việc của A, B và C"
            i = bisect_left(starts, of.end())
            if i < len(bodies) and bodies[i].start == of.end():
                parties, lead, listed = self._party_list(s, of.end(), bodies, starts)
                if len(parties) >= 2 and not any(p.generic for p in parties) \
                        and re.fullmatch(rf"{WS}(?:và|với){WS}", s[parties[-2].end:parties[-1].start]):
                    dm.parties, dm.lead, dm.end = parties, lead, max(dm.end, parties[-1].end)
                    dm.topic = re.sub(r"\s+", " ", s[start:of.end()]).strip()[:-3].strip() or None
                    return
        if bm is None or re.search(r"[.;:()\n]", s[start:bm.start()]) or self.kind_re.search(s, start, bm.start()) \
                or self.denied.search(s, start, bm.start()):
            return
        p = bm.end()
        pm = self.party_prefix.match(s, p)  # "giữa (3) Thường trực: HĐND - UBND và UBMTTQ": the bodies
        if pm and bisect_left(starts, pm.end()) < len(bodies) and pm.end() in starts:
            p = pm.end()
        parties, lead, listed = self._party_list(s, p, bodies, starts)
        if len(parties) >= 2 and not (dm.plural and any(b.kind == "group" for b in parties)):
            dm.parties, dm.lead, dm.end, dm.listed = parties, lead, max(dm.end, parties[-1].end), listed
            tm = _TERM_END.search(s, start, bm.start())  # "... xã hội giai đoạn 2019-2025 giữa A và B": its term
            end = tm.start() if tm is not None else bm.start()
            if not qm and _TOPIC.fullmatch(s, start, end):
                dm.topic = re.sub(r"\s+", " ", s[start:end]).strip()

    def _party_list(self, s: str, p: int, bodies: list[Body], starts: list[int],
                    group_first: bool = False) -> tuple[list[Body], bool, bool]:
        """The bodies listed from `p` ("A với B, C và D"): the parties, whether the first leads ("với"),
        and whether a group's list in brackets named them. A group no list names ("các quận, huyện") is a party
        after a named one, or first when `group_first` (the partners of a signer named before)."""
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
                if b is None and (parties or group_first):
                    b = group_party(self.group_re, s, p)
                if b is None:
                    break
            assert b is not None
            hm = self.home_after.match(s, b.end)  # "giữa Bộ Quốc phòng Việt Nam và ...": the country closes the name
            if not hm and _NAME_GOES_ON.match(s, b.end):
                break  # "Bộ Công an Trung Quốc": the name goes on past the body read; it is another body
            parties.append(b)
            after = hm.end() if hm else b.end
            if (ab := _ABBR_AFTER.match(s, after)) is not None and _PARTY_SEP.match(s, ab.end()):
                after = ab.end()  # "giữa Tập đoàn A (PVN) và Tập đoàn B (Vinatex)": past its short name
            sep = _PARTY_SEP.match(s, after)
            shared = pl is not None or bool(b.entry.get("shared"))  # "và các tỉnh A, B": the list goes on
            if not sep or closed and not sep.group(1) and not shared:  # "giữa A và B, Thủ tướng cho biết ..."
                p = b.end
                break
            closed = (closed or sep.group(1) == "và") and not (shared and not sep.group(1))
            if sep.group(1) == "với" and len(parties) == 1:
                lead = True
            p = sep.end()
        return parties, lead, listed

    def _person_signers(self, s: str, verb: int) -> list[Body]:
        """The bodies of two or more people who sign before `verb`, each named with a post ("Bộ trưởng X, Phó Chủ
        tịch Ủy ban A Nguyễn Văn B và ông C (Tổng Thư ký D) đã ký"): the post nearest the name gives the body."""
        people = sorted(self.people, key=lambda p: p.chain_start)
        last = next((p for p in reversed(people) if p.chain_end <= verb and self.person_gap.fullmatch(s, p.chain_end, verb)),
                    None)
        signers = [last] if last is not None else []
        while signers:
            prev = next((p for p in reversed(people) if p.chain_end <= signers[0].chain_start
                         and _PERSON_JOIN.fullmatch(s, p.chain_end, signers[0].chain_start)), None)
            if prev is None:
                break
            signers.insert(0, prev)
        found: list[Body] = []
        for person in signers:
            body = _post_body(person)
            if body is None or any(b.canonical(self.kb) == body.canonical(self.kb) for b in found):
                return []
            found.append(body)
        return found if len(found) >= 2 else []

    def _subjectless(self, s: str, verb: int, bodies: list[Body], other: list[Body]) -> list[Body]:
        """ "(Việc) thực hiện (tốt) Quy chế phối hợp với B" opening its clause: no subject is written, the one the
        article is about is meant; the body it names most, three times or more and more often than any other."""
        cs = max(s.rfind(c, max(0, verb - 250), verb) for c in ".;:!?\n") + 1
        if not self.subjectless.fullmatch(s, cs, verb):
            return []
        counts = Counter(b.canonical(self.kb) for b in bodies if not b.generic)
        top = counts.most_common(2)
        if not top or top[0][1] < 3 or len(top) > 1 and top[1][1] == top[0][1] \
                or any(o.canonical(self.kb) == top[0][0] for o in other):
            return []
        return [next(b for b in bodies if not b.generic and b.canonical(self.kb) == top[0][0])]

    def _reporter(self, s: str, verb: int) -> list[Body]:
        """The body of the speaker who reports the signing at `verb` ("Ông X, giám đốc Sở Y, cho biết đã ban hành
        ...": Y)."""
        person = next((p for p in self.people if p.chain_end <= verb and self.reported_gap.fullmatch(s, p.chain_end, verb)),
                      None)
        body = _post_body(person) if person is not None else None
        return [body] if body is not None else []

    def _shared_place(self, dm: DocMention) -> None:
        """ "Hội Luật gia tỉnh A thực hiện Kế hoạch phối hợp với Công an tỉnh": a party written bare, with its level
        only, is the body of the province its co-parties name (when they name one province)."""
        places = {n.place for p in dm.parties for n in p.nodes() if n.kind == "local" and n.place}
        if len(places) != 1:
            return
        place = places.pop()
        for p in dm.parties:
            if p.needs_place() and not p.generic:
                p.set_place(place, "sentence")

    def _local_governments(self, dm: DocMention) -> None:
        """ "Thỏa thuận hợp tác giữa tỉnh X với Tập đoàn Y": a province that agrees with a body that is no province
        acts through its People's Committee."""
        head = self.locality_head
        if head is None or all(p.entry.get("kind") == "locality" or p.generic for p in dm.parties):
            return
        for i, p in enumerate(dm.parties):
            if p.entry.get("kind") == "locality":
                dm.parties[i] = Body(p.start, p.end, "local", head.head, level=str(p.entry["level"]),
                                     place=str(p.entry["place"]), place_from="text",
                                     entry={"kind": head.kind, "english": head.english})

    def _unknown(self, s: str, p: int, bodies: list[Body]) -> Body | None:
        """A party named at `p` that is no body we know ("Bộ GĐ-ĐT", "Ban liên lạc cựu cán bộ Đoàn")."""
        um = self.unknown_re.match(s, p)
        if um is None or not re.search(rf"(?<!\S)[{UPPER}\d]", um.group("rest")) \
                or self.unknown_bad_end.search(um.group(0)) or _MORE_LOWER.match(s, um.end()) \
                or any(b.start < um.end() and p < b.end for b in bodies):
            return None  # "Ban dân vận", "Ban Chấp hành tỉnh", "Hiệp hội bia, rượu, ...", a known body: no unknown one
        return Body(p, um.end(), "known", re.sub(r"\s+", " ", um.group(0)))

    def _counted_parties(self, s: str, dm: DocMention, bodies: list[Body]) -> None:
        """ "A ... thuộc X. Giữa 2 đơn vị đã có quy chế phối hợp", "Hai bên đã ký kết ...": the parties are the
        last N bodies named before, not counting the ones named only as what another belongs to ("thuộc X")."""
        cm = self.counted_re.search(s, max(0, dm.start - 60), dm.start) if self.counted_re else None
        cm = cm or self.counted_signers.search(s, max(0, dm.start - 60), dm.start)
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
                    entry={"kind": "locality", "english": "", "level": level, "shared": shared,
                           "place": prov["name"]})

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
        implemented = made = False
        if vm is None:  # "A thực hiện Kế hoạch phối hợp với B": only with the other party named
            vm = self.implement_before.search(s, max(0, dm.start - 30), dm.start)
            implemented = vm is not None
        if vm is None:  # "A ban hành kế hoạch phối hợp với B": only one maker, with the other party named
            vm = self.made_before.search(s, max(0, dm.start - 30), dm.start)
            implemented = made = vm is not None
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
            other = self._party_list(s, wm.end(), bodies, starts, group_first=True)[0]
            if not other and subj and (lm := _LISTED_AFTER.match(s, wm.end())):  # a named signer's partners listed
                other = self._party_list(s, lm.end(), bodies, starts)[0]
            other = other if "," not in s[dm.end:wm.end()] else other[:1]  # "ký X, phối hợp với B, C ..."
        if len(subj) + len(other) < 2 and not other:
            subj = self._subject_list(s, vm.start(), bodies, starts) or subj
        if not subj and other:
            subj = self._reporter(s, vm.start())
        if implemented and not made and not subj and other and not other[0].generic:
            subj = self._subjectless(s, vm.start(), bodies, other)
        if not implemented and (not subj or len(subj) == 1 and not other):
            # "Chủ tịch A X và ông Y (Tổng giám đốc B) đã ký ...", "ông X - Chủ tịch A và ông Y - Giám đốc B ký": A and B
            subj = self._person_signers(s, vm.start()) or subj
        if implemented and not (len(subj) == 1 and other) and not (len(subj) >= 2 and not other and not made):
            return  # "A thực hiện quy chế phối hợp với B", "A và B thực hiện quy chế phối hợp": their parties
        if made and self.modal.search(s, max(0, subj[0].start - 40), subj[0].start):
            return  # "đề nghị A ban hành quy chế phối hợp với B": not made (yet)
        if any(self.modal.search(s, a.end, b.start) for a, b in pairwise(subj)):
            return  # "A sẽ phối hợp với B ký kết chương trình phối hợp": not signed (yet)
        if not subj and other and not any(b.generic for b in other) and _SIGNED.search(vm.group(0)) \
                and self._unnamed_signer(s, vm.start()):
            subj = [Body(vm.start(), vm.start(), "generic", "", generic=True)]  # "các đơn vị đã ký ... với B"
        if len(subj) + len(other) >= 2 and not (dm.plural and any(b.kind == "group" for b in other)):
            dm.parties = [b for b in subj + other if b.name]
            dm.lead = len(subj) == 1 and len(other) >= 2
            tm = _TOPIC_SIGNED.match(s, dm.end)
            if tm:
                dm.topic = re.sub(r"\s+", " ", tm.group(1)).strip()
            dm.end = max(dm.end, other[-1].end) if other else dm.end

    def _session(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        """ "Thủ tướng X (chủ trì cuộc) làm việc với (lãnh đạo) B để đánh giá việc thực hiện quy chế phối hợp":
        the regulation a working session reviews is between the host's body and B (B's standing organ
        stands for B)."""
        cs = max(s.rfind(c, max(0, dm.start - 300), dm.start) for c in ".;:!?\n") + 1
        wm = next((m for m in self.session_re.finditer(s, cs, dm.start)), None)
        if wm is None or not self.session_review.search(s, wm.end(), dm.start):
            return
        at = [wm.start(1), wm.end()] if wm.group(1) is not None else [wm.end()]  # "Đoàn Chủ tịch X" read as a body or not
        other = next((b for b in bodies if b.start in at and not b.generic and dm.start - b.end <= 90), None)
        if other is None:
            return
        if other.host is not None and any(other.canonical(self.kb).lower().startswith(o) for o in self.standing):
            other = other.host  # "làm việc với Đoàn Chủ tịch Tổng Liên đoàn": the confederation
        elif (parent := self.kb.agencies.get(other.canonical(self.kb), {}).get("parent")) \
                and any(other.canonical(self.kb).lower().startswith(o) for o in self.standing):
            other = Body(other.start, other.end, "known", parent, entry=self.kb.agencies.get(parent, {}))
        host: Body | None = None
        im = self.implied_re.search(s, cs, wm.start())
        hb = next((b for b in bodies if cs <= b.start and b.end <= wm.start() and not b.generic), None)
        if hb is not None and (im is None or hb.start < im.start()):
            host = hb
        elif im is not None:
            name = self.kb.implied[key(im.group(0))][1]
            host = Body(im.start(), im.end(), "known", name, entry=self.kb.agencies.get(name, {}))
        if host is None or host.canonical(self.kb) == other.canonical(self.kb):
            return
        dm.parties = [host, other]

    def _unnamed_signer(self, s: str, verb: int) -> bool:
        """Whether the signer before `verb` is no body named ("đại biểu các Công đoàn ngành ... đã ký", "ban đã
        ký kết"): a plural group, delegates or a bare head noun closing the clause's subject."""
        cs = max(s.rfind(c, max(0, verb - 200), verb) for c in ".;:!?\n") + 1
        return self.unnamed_signer.search(s, cs, verb) is not None

    def _joint(self, s: str, dm: DocMention, bodies: list[Body], starts: list[int]) -> None:
        """ "A và B ban hành Chương trình phối hợp ...": two or more bodies make it together; each issued it."""
        jm = self.joint_before.search(s, max(0, dm.start - 30), dm.start)
        subj = self._subject_list(s, jm.start(), bodies, starts) if jm else []
        if len(subj) >= 2:
            dm.parties, dm.issuer, dm.co_issuers = subj, subj[0], subj[1:]
            tm = _TOPIC_SIGNED.match(s, dm.end)
            if tm:
                dm.topic = re.sub(r"\s+", " ", tm.group(1)).strip()


def _post_body(person: PersonMention) -> Body | None:
    """The body of a person's post nearest the name, when it names one."""
    before = [p for p in person.posts if not p.former and p.start < person.start]
    after = [p for p in person.posts if not p.former and p.start > person.start]
    post = before[-1] if before else after[0] if after else None
    return post.body if post is not None and post.body is not None and not post.body.generic else None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
