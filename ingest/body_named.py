"""Bodies named by a head and a name of their own rather than by the reference lists: enterprises
and associations with their legal forms and brands ("Công ty TNHH X", "Tập đoàn Viễn thông quân đội
(Viettel)"), a foreign state's bodies ("Hạ viện Morocco"), boards named up to the person who heads
them ("Tiểu ban Văn kiện do ...") and the "Trung ương" prefix of a mass organisation.

`Named` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_boards import after_board
from coordgraph.ingest.body_described import region_closer
from coordgraph.ingest.body_joined import trade_join, unread_dash
from coordgraph.ingest.body_name_tails import dashed_tail, field_tail, lower_tail
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, key, phrase_pattern, skip_ws

_WORD = re.compile(r"\w+(?:[-&]\w+)*")  # "II-VI", "T&T" are one word of a name
_INITIALS = re.compile(rf"[{UPPER}](?:\.\s?[{UPPER}])+(?!\w)")  # "Công ty TNHH I.V. C": dotted initials are one word
_NAME_TAIL = re.compile(rf"((?:{WS}[{LOWER}]+){{1,2}})\s*\(([{UPPER}][\w&\-. ]{{1,20}})\)")
# "(PVC)", "(PVTex)": a brand of capitals, or of two capitals or more among small letters
_LOWER_NAME = re.compile(rf"((?:{WS}[{UPPER}{LOWER}]+){{1,10}})\s*\(([{UPPER}](?:[{UPPER}\d&\-]{{1,12}}|(?=[\w&\-]*[{UPPER}])[\w&\-]{{1,12}}))\)")
_BRAND = re.compile(rf"\s*\(([{UPPER}][{UPPER}\d&\-]*(?: [{UPPER}][{UPPER}\d&\-]*)?)\)")
# "(Thaco)", "(OceanBank)", "(PVTex)", "(Sabeco - nay là ...)": one unaccented word
_WORD_BRAND = re.compile(r"\s*\(([A-Z]+[a-z]+(?:[A-Z]+[a-z]+)*)(?:\)|\s*[-–,])")
# "Tổng công ty Điện lực miền Nam - EVN SPC", "... Đại Dương - OceanBank", "... Sài Gòn - Sagri": a brand of two
# capitals, or of one and two syllables' vowels (no Vietnamese syllable), after a dash
_DASH_BRAND = re.compile(r"\s+[-–]\s+((?:[A-Z][A-Za-z\d&]*[A-Z][A-Za-z\d&]*|[A-Z][a-z]*[aeiouy]+[b-df-hj-np-tv-xz]+[aeiouy][a-z]*)"
                         r"(?: [A-Z][A-Z\d&]+)?)(?=\s*[,.;:)\n]|\s+[a-zđ])")
LEGAL_FORM = re.compile(rf"(?:tổng{WS})?công{WS}ty{WS}(?:TNHH|Cổ phần|CP|Trách nhiệm)(?!\w)")
_CAPS_CLOSING = re.compile(rf"([{UPPER}][{LOWER}]+)(?:{WS}[{UPPER}][{LOWER}]+){{1,3}}(?=\s*[,.;:()\n]|{WS}[{LOWER}]|$)")
_BRAND_CASE_MIN = 4  # a shorter brand in another case may be a common word
_COMMA_LOWER = re.compile(rf"\s*,\s*[{LOWER}]")
_LOOSE_END = re.compile(rf"\s*(?:[,.;:()\n–-]|$|[{UPPER}])")
_NUMBER_END = re.compile(rf"{WS}\d{{1,3}}(?![\w%/])(?![,.\-–]\d)")
_SYLLABLE = re.compile(r"\w+")
_LOWER_NEXT = re.compile(rf"{WS}[{LOWER}]")
_PERSON_REST = re.compile(rf"(?:{WS}[{UPPER}][{LOWER}]*){{1,3}}(?!{WS}[{UPPER}])")


def _name_part(s: str, first_end: int, end: int) -> int:
    """The end of a segmented word inside a name: up to its last capitalised syllable when two or more
    capitalised ones run into lower-case ones and the text goes on in lower case ("Công ty Sa Huỳnh nhập
    từ ...": a name and a verb); whole otherwise ("Cổ phần", "Than Khoáng sản Việt Nam")."""
    syllables = list(_SYLLABLE.finditer(s, first_end, end))
    caps = [m for m in syllables if m.group(0)[:1].isupper()]
    lower = [m for m in syllables if not m.group(0)[:1].isupper()]
    if not caps or not lower or caps[-1].start() > lower[0].start() or not _LOWER_NEXT.match(s, end):
        return end
    return caps[-1].end()


def _brand_uses(s: str, brand: str) -> int:
    """How often the article writes a brand, capitalised, in any case ("OceanBank", "Oceanbank")."""
    return sum(1 for m in re.finditer(rf"(?<!\w){re.escape(brand)}(?!\w)", s, re.IGNORECASE) if m.group(0)[0].isupper())


class Named:
    """The enterprise, brand, foreign, headed and central readings of `agencies.Grammar`."""

    kb: Knowledge
    words: dict[int, int]
    brand_names: dict[str, str]
    brand_re: re.Pattern[str] | None
    brand_firsts: set[str]
    enterprises: list[str]
    enterprise_re: re.Pattern[str] | None
    enterprise_stop: re.Pattern[str]
    number_not_before: re.Pattern[str]  # a number before these is a quantity, not the end of a name ("30 tỉ đồng")
    named_kinds: dict[str, str]
    degree_heads: set[str]
    degree_fields: set[str]
    degree_after: re.Pattern[str]
    degree_before: re.Pattern[str]
    lower_named: set[str]  # heads read in lower case before a capitalised name ("hiệp hội Du lịch")
    head_forms: dict[str, str]
    form_spellings: dict[str, str]  # "CP" -> "Cổ phần": a legal form named in full
    short_name_re: re.Pattern[str]
    dash_brand_not: set[str]  # what follows a dash is no brand when it opens with these ("TNHH")
    described_name_heads: set[str]
    home_re: re.Pattern[str] | None
    home_brand_re: re.Pattern[str] | None
    place_stop: set[str]
    unit_stop: re.Pattern[str]
    foreign_re: re.Pattern[str] | None
    foreign_kinds: dict[str, str]
    foreign_forms: dict[str, str]
    headed_re: re.Pattern[str] | None
    headed_heads: dict[str, str]
    central_re: re.Pattern[str] | None
    central_kinds: set[str]
    central_committee: str
    central_bare_re: re.Pattern[str] | None
    central_bare: set[str]
    association: Body | None
    command: tuple[str, str]
    command_re: re.Pattern[str] | None
    command_word_re: re.Pattern[str] | None
    command_words: dict[str, str]
    associations: dict[str, int]
    zone_re: re.Pattern[str] | None
    described_region_re: re.Pattern[str] | None
    region_named_kinds: set[str]  # kinds of named body whose name a region and its number close
    zone_heads: dict[str, tuple[str, str]]  # key(head) -> (written form, kind)

    if TYPE_CHECKING:
        def _known(self, s: str, pos: int) -> Body | None: ...
        def _describing_words(self, s: str, q: int) -> int | None: ...
        def _titled(self, s: str, pos: int) -> bool: ...
        def _listed(self, s: str, pos: int) -> bool: ...

    def _enterprise(self, s: str, pos: int) -> Body | None:
        m = self.enterprise_re.match(s, pos) if self.enterprise_re else None
        lower_named = m is not None and m.group(0).islower() and key(m.group(0)) in self.lower_named  # "hiệp hội Du lịch"
        if not m or not (s[pos].isupper() or LEGAL_FORM.match(m.group(0)) or self._titled_press(s, pos, m.group(0))
                         or after_board(self.kb, s, pos) or lower_named or self._listed(s, pos)):  # "Hội đồng quản trị công ty X"
            return None  # "công ty TNHH X": in lower case, only a head whose legal form is capitalised
        lower_named = lower_named and not after_board(self.kb, s, pos)
        end, q, n, joined = m.end(), skip_ws(s, m.end()), 0, False
        named_for = 0  # where a name read whole for the person it honours ends
        if lower_named and (not s[q:q + 1].isupper() or s[max(0, pos - 5):pos].lower() == "tổng " or s.startswith("CP ", q)):
            return None  # "công ty bình phong X", "tổng công ty X": in lower case the name follows the head
        hw = self.words.get(pos, 0)
        if hw > end and self.named_kinds.get(key(m.group(0))) == "press" and s[q:q + 1].isupper():
            end, q, n = hw, skip_ws(s, hw), 1  # "Báo Công an Nhân dân": the paper's name runs on in one word
        while q < len(s) and n < 6:
            tq = lower_tail(self.kb, s, q) if n else None
            if tq is not None:  # "Đại học Kinh tế quốc dân", "... Quốc dân": listed words go on with the name
                end, q = tq, skip_ws(s, tq)
                continue
            jq = trade_join(self.kb, s, q, n > 0 and self.enterprise_stop.search(s, pos, end) is not None,
                            self._describing_words, self.enterprise_re) if s[q].islower() else None
            if jq is not None:  # "Công ty cổ phần Đầu tư và Xây dựng X": the join of two trades is inside the name
                q, joined = jq, True
            elif s[q].islower():  # "Công ty TNHH tư vấn xây dựng Đại Nguyên": words that describe it, then its name
                nq = self._describing_words(s, q) if key(m.group(0)) in self.described_name_heads else None
                if nq is not None and n and not (self.home_re and self.home_re.match(s, nq)) \
                        and not self._name_goes_on(s, q, nq):
                    nq = None
                if nq is None:
                    break  # after the name's first capitalised words, only the country closes it ("... thủy sản Việt Nam")
                q = nq
            if not s[q].isupper():
                break
            w = _INITIALS.match(s, q) or _WORD.match(s, q)
            if not w:
                break
            word_end = _name_part(s, w.end(), max(self.words.get(q, 0), w.end()))
            if n == 0:
                named_for = self._person_named(s, q)  # "Đại học Hà Hoa Tiên", "Trường ĐH Nguyễn Tất Thành"
            if self.kb.level_re.match(s, q) or w.group(0) in self.place_stop and not (
                    n and q < named_for
                    or word_end > w.end() and self.named_kinds.get(key(m.group(0))) == "school"):
                break  # "Hiệp hội Các ...": a function word begins no name; "Học viện Chính sách" is a school's field
            if n and w.group(0) in self.kb.surnames and not self.kb.place_re.match(s, q) and not q < named_for \
                    and _PERSON_REST.match(s, w.end()) and not self.enterprise_stop.search(s, pos, end):
                break  # "Tập đoàn VNPT Lê Văn An": a person's name follows; "Công ty TNHH TM DV Hùng Thanh" is its name
            end, q, n = word_end, skip_ws(s, word_end), n + 1
        dq = dashed_tail(self.kb, s, end) if n else None
        fq = field_tail(self.kb, s, end, self.named_kinds.get(key(m.group(0)), ""), self.enterprise_re,
                        self.described_region_re) \
            if n and dq is None else None
        if dq is not None or fq is not None:  # "Tập đoàn Công nghiệp Than - khoáng sản Việt Nam", "Học viện Báo chí và tuyên truyền"
            end = dq if dq is not None else fq or end
            q = skip_ws(s, end)
        elif joined and unread_dash(s, end, dq):
            return None
        nm = _NUMBER_END.match(s, end) if n else None  # "Công ty cổ phần xây dựng Bắc Nam 79": a number closes the name
        if nm and not self.number_not_before.match(s, nm.end()):
            end, q = nm.end(), skip_ws(s, nm.end())
        rc = region_closer(self.kb).match(s, skip_ws(s, end)) if n and s[end:end + 1].isspace() else None
        if rc:  # "Tổng công ty Điện lực miền Nam": a part of the country closes the name
            end, q = rc.end(), skip_ws(s, rc.end())
        rm = self.described_region_re.match(s, skip_ws(s, end)) if n and self.described_region_re \
            and s[end:end + 1].isspace() and self.named_kinds.get(key(m.group(0))) in self.region_named_kinds else None
        if rm:  # "Học viện Chính trị khu vực I": a region and its number close the name
            end, q = rm.end(), skip_ws(s, rm.end())
        lm_ = _LOWER_NAME.match(s, end)  # "Tổng Công ty cổ phần Xây lắp dầu khí Việt Nam (PVC)": the brand closes it
        if lm_ and self.named_kinds.get(key(m.group(0))) is None and s.count(lm_.group(2)) >= 2 \
                and not _NAME_TAIL.match(s, end):
            end = lm_.end(1)
            n += 1
        if n == 0 or self.enterprise_stop.search(s, pos, end):
            return None
        if key(m.group(0)) in self.degree_heads and self._degree_item(s, pos, m.end(), end):
            return None
        if lower_named and (_COMMA_LOWER.match(s, end) or self.kb.country_re.fullmatch(s[m.end():end].strip())):
            return None  # "hiệp hội Đại học, cao đẳng ...": a name from a lower-case head is read only when it is closed;
            # "công ty Nhật Bản": a company of that country
        kind = self.named_kinds.get(key(m.group(0)), "enterprise")
        tail = _NAME_TAIL.match(s, end)  # "Tập đoàn Viễn thông quân đội (Viettel)": the brand closes the name
        if tail and not self.kb.level_re.match(s, skip_ws(s, end)) and s.count(tail.group(2)) >= 2 \
                and not self.unit_stop.search(tail.group(1)):  # the brand is used again: it names this company
            words = tail.group(1).split()
            name = re.sub(r"\s+", " ", s[pos:end]) + " " + " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
            self._add_brand(re.sub(r"\s+", " ", tail.group(2)), name)
            return Body(pos, tail.end(1), "known", name, entry={"kind": kind, "english": ""})
        lm = self.kb.level_re.match(s, q)
        if lm:
            pm = self.kb.place_re.match(s, skip_ws(s, lm.end()))
            if pm:
                end = pm.end()
        head = self.head_forms.get(key(m.group(0)), m.group(0))
        name = re.sub(r"\s+", " ", head + s[m.end():end])
        form, _, after = name[len(head):].strip().partition(" ")
        full = self.form_spellings.get(form)
        if full and after:
            name = f"{head} {full} {after}"  # "Công ty CP X" is named "Công ty Cổ phần X"
        tm = self.home_brand_re.search(name) if self.home_brand_re else None
        if tm:  # "Công ty Cổ phần Sữa Việt Nam Vinamilk": the brand follows the full name
            name = name[:tm.start(1)].rstrip()
            self._add_brand(tm.group(1), name)
        rest = name[len(m.group(0)):].strip()  # "Tập đoàn Viettel" after "... Quân đội (Viettel)"
        name = self.brand_names.get(rest, name)
        listed = self.kb.canonical_agency(rest) if rest.isupper() else None
        if listed and key(listed).startswith(key(m.group(0)) + " "):  # "Tổng công ty PVC": a listed company's initials
            name = listed
        fuller = [f for f in self.enterprises if f != name and key(f).endswith(" " + key(rest))
                  and key(f).startswith(key(m.group(0)).split()[0])]
        if rest and len(set(fuller)) == 1:  # "Công ty Tân Thuận" after "Công ty TNHH MTV Đầu tư và Xây dựng Tân Thuận"
            name = fuller[0]
        self.enterprises.append(name)
        for full in set(self.brand_names.values()):  # "Tập đoàn Viễn thông quân đội" once more, no brand
            if full.startswith(name + " "):
                tm = re.compile(rf"{WS}{phrase_pattern(full[len(name) + 1:])}(?!\w)", re.IGNORECASE).match(s, end)
                if tm:
                    name, end = full, tm.end()
                    break
        if s[pos].islower() and self.named_kinds.get(key(m.group(0))) in (self.kb.grammar.get("titled_lower_kinds") or []) \
                and not _LOOSE_END.match(s, end):
            return None  # "tổng biên tập báo Đời sống và Pháp luật": a lower-case newspaper read only whole
        bm = _BRAND.match(s, end)  # "Tổng công ty Điện lực thành phố Hà Nội (EVN HANOI)": the brand alone names it
        dm, sm = _DASH_BRAND.match(s, end), self.short_name_re.match(s, end)
        if sm and not self.kb.canonical_agency(sm.group(1)):
            self._add_brand(sm.group(1), name)
        elif bm:
            self._add_brand(bm.group(1), name)
        elif dm and self._dash_brand(s, dm.group(1)):
            self._add_brand(dm.group(1), name)
        else:
            self.word_brand(s, end, name)
        return Body(pos, end, "known", name, entry={"kind": kind, "english": ""})

    def _degree_item(self, s: str, pos: int, head_end: int, end: int) -> bool:
        """ "Thạc sĩ Kinh tế, Đại học Luật, Cao cấp lý luận chính trị": a field of study alone beside a degree or
        after "trình độ ...:" is a degree, not a school ("Tiến sĩ X, Đại học Chicago" names one)."""
        if key(s[head_end:end].strip()) not in self.degree_fields:
            return False
        return self.degree_after.match(s, end) is not None or self.degree_before.search(s, max(0, pos - 60), pos) is not None

    def word_brand(self, s: str, end: int, name: str) -> int | None:
        """ "Công ty cổ phần ô tô Trường Hải (Thaco)": one word in brackets after an enterprise's name, used again
        in the article, is its brand; the end of that word when it is."""
        wb = _WORD_BRAND.match(s, end)
        if not wb or len(wb.group(1)) < _BRAND_CASE_MIN or _brand_uses(s, wb.group(1)) < 2 \
                or self.kb.place_re.fullmatch(wb.group(1)) or self.kb.country_re.fullmatch(wb.group(1)):
            return None
        self._add_brand(wb.group(1), name)
        return wb.end(1) if self.brand_names[wb.group(1)] == name else None

    def _dash_brand(self, s: str, brand: str) -> bool:
        """ "... - EVN SPC" then "Phó Tổng giám đốc EVN SPC": the word after the dash is the company's brand when
        the article writes it alone too and it is no legal form, place or listed body."""
        return len(re.findall(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", s)) >= 2 \
            and brand.split()[0] not in self.dash_brand_not \
            and not self.kb.canonical_agency(brand) and not self.kb.place_re.fullmatch(brand)

    def _person_named(self, s: str, q: int) -> int:
        """Where a name of three or four capitalised syllables opening with a family name ends when one starts
        at q: a body named for a person, read whole though a family name or
        a function word stands inside it ("Trường ĐH Nguyễn Tất Thành", "Đại học Hà Hoa Tiên"); q otherwise."""
        first = _WORD.match(s, q)
        rest = _PERSON_REST.match(s, first.end()) if first and first.group(0) in self.kb.surnames else None
        if rest is None or not 2 <= len(rest.group(0).split()) <= 3:
            return q
        return rest.end()

    def _name_goes_on(self, s: str, q: int, nq: int) -> bool:
        """ "Công ty Cổ phần Bóng đèn Điện Quang", "Công ty TNHH MTV Phát triển công nghiệp Tân Thuận": one or
        two words in lower case inside a name, then capitalised words that close it (no person's name)."""
        lower = s[q:nq].split()
        if len(lower) > 2 or "và" in lower or (self.home_re and self.home_re.search(s, max(0, q - 12), q)):
            return False  # "... Việt Nam đẩy mạnh X", "... Hải Linh và PETEC": the name ended
        if self.enterprise_re and self.enterprise_re.match(s, nq):
            return False  # "... và Công ty Y": another company
        run = _CAPS_CLOSING.match(s, nq)
        return run is not None and not (run.group(1) in self.kb.surnames and _PERSON_REST.match(s, nq + len(run.group(1))))

    def _add_brand(self, brand: str, name: str) -> None:
        if brand in self.brand_names:
            return
        self.brand_names[brand] = name
        self.brand_firsts.add(brand.split()[0].casefold())
        alts = "|".join(map(re.escape, sorted(self.brand_names, key=len, reverse=True)))
        self.brand_re = re.compile(rf"(?:{alts})(?!\w)", re.IGNORECASE)

    def _bare_association(self, s: str, pos: int) -> Body | None:
        """ "(Ban Thường vụ) Trung ương Hội": a bare head after the central prefix names the association
        this article has named last."""
        if self.association is None or self.central_bare_re is None or self.central_re is None:
            return None
        m = self.central_bare_re.match(s, pos)
        if not m or not any(c.end() == pos for c in self.central_re.finditer(s, max(0, pos - 12), pos)):
            return None
        a = self.association
        return Body(pos, m.end(), "known", a.name, entry=a.entry)

    def _note_association(self, b: Body) -> None:
        for n in b.nodes():
            if n.kind == "known" and str(n.entry.get("kind")) in self.central_kinds and not n.generic \
                    and n.name.split()[0] in self.central_bare and not n.entry.get("foreign"):
                self.associations[n.name] = self.associations.get(n.name, 0) + 1
                if self.association is None or self.associations[n.name] > self.associations[self.association.name]:
                    self.association = n  # the association named most, not its committees nor a foreign one

    def _command(self, s: str, pos: int) -> Body | None:
        """ "Bộ tư lệnh Vùng Cảnh sát biển 1", "Bộ Tư lệnh Quân khu 5", "Bộ Tư lệnh TP HCM": a command named by the
        region words and number, or the province, that follow its head (command_bodies)."""
        m = self.command_re.match(s, pos) if self.command_re else None
        if not m or not s[pos].isupper() or self.command_word_re is None:
            return None
        head, kind = self.command
        q = skip_ws(s, m.end())
        lm = self.kb.level_re.match(s, q)  # "Bộ Tư lệnh TP HCM"
        pm = self.kb.place_re.match(s, skip_ws(s, lm.end()) if lm else q)
        prov = self.kb.province(pm.group(0)) if pm else None
        if pm and prov:  # "Bộ Tư lệnh TP HCM"
            return Body(pos, pm.end(), "known", f"{head} {prov.get('in_body_names') or prov['name']}",
                        entry={"kind": kind, "english": ""})
        words: list[str] = []
        end, number = m.end(), False
        while (w := self.command_word_re.match(s, end)) is not None:
            if w.group(1):
                if number and not words[-1].isdigit():
                    break  # one force after the number at most: "Vùng 1 Hải quân"
                written = re.sub(r"\s+", " ", w.group(1))
                form = self.command_words[key(written)]
                words.append(written if form.lower() == written.lower() and len(form.split()) == 1 and words
                             else form)  # "Cảnh sát biển vùng 2": a region word written in lower case after others
            else:
                words.append(w.group(2))
                number = True
            end = w.end()
        if not number or not words or words[0].isdigit():
            return None
        return Body(pos, end, "known", f"{head} {' '.join(words)}", entry={"kind": kind, "english": ""})

    def _zone(self, s: str, pos: int) -> Body | None:
        """ "Ban quản lý Khu kinh tế Vân Phong": a board named by the zone it manages (zone_bodies); its first word
        may be in lower case when a later word of the head is capitalised ("ban Quản lý Khu kinh tế ...")."""
        m = self.zone_re.match(s, pos) if self.zone_re else None
        if not m or not s[pos].isupper() and m.group(1) == m.group(1).lower():
            return None  # "ban quản lý khu dân cư"; but "ban Quản lý Khu kinh tế mở Chu Lai"
        q, end, lower, n = skip_ws(s, m.end()), m.end(), 0, 0
        while q < len(s) and n < 4 and (w := _WORD.match(s, q)):
            if s[q].islower():
                if n or lower >= 2:
                    break
                lower += 1
            elif self.kb.level_re.match(s, q) or w.group(0) in self.place_stop:
                break
            else:
                n += 1
            end, q = w.end(), skip_ws(s, w.end())
        if n == 0:
            return None
        head = self.zone_heads[key(m.group(1))]
        name = head[0] + re.sub(r"\s+", " ", s[pos + len(m.group(1)):end])
        name = name[:len(head[0]) + 1] + name[len(head[0]) + 1:][:1].upper() + name[len(head[0]) + 2:]
        return Body(pos, end, "known", name, entry={"kind": head[1], "english": ""})

    def _brand(self, s: str, pos: int) -> Body | None:
        """A brand this article gave an enterprise in brackets, used alone ("EVN HANOI")."""
        m = self.brand_re.match(s, pos) if self.brand_re else None
        name = self.brand_names.get(m.group(0)) if m else None
        if m and name is None and s[pos].isupper() and len(m.group(0)) >= _BRAND_CASE_MIN:
            name = next(n for b, n in self.brand_names.items() if b.casefold() == m.group(0).casefold())
        if not m or name is None:
            return None  # "OceanBank" then "Oceanbank": a brand written in another case, capitalised, is the same
        return Body(pos, m.end(), "known", name, entry={"kind": "enterprise", "english": ""})

    def _foreign(self, s: str, pos: int) -> Body | None:
        """ "Hội Luật gia Liên bang Nga": a national body's name with another country's in place of ours."""
        m = self.foreign_re.match(s, pos) if self.foreign_re else None
        if not m or not s[pos].isupper() and m.group(1) == m.group(1).lower():
            return None  # "chính phủ Pháp"; but "bộ Quốc phòng Nga"
        c = self.kb.country_re.match(s, m.end())
        entry = self.kb.countries.get(key(c.group(0))) if c else None
        home_too = key(m.group(1)) in {key(str(h)) for h in self.kb.grammar.get("home_too_heads") or []}
        if c is None or entry is None or not home_too \
                and key(str(entry["name"])) in {key(str(h)) for h in self.kb.cues.get("home_country") or []}:
            return None  # "Đại sứ quán Việt Nam": an embassy of ours abroad
        pm = self.kb.place_re.match(s, c.start())
        if pm and pm.end() > c.end() and self.kb.province(pm.group(0)):
            return None  # "Lào Cai" is a province, not Laos
        name = f"{self.foreign_forms.get(key(m.group(1)), m.group(1))} {c.group(0)}"  # "Viện Kiểm sát Nhân dân Tối cao"
        return Body(pos, c.end(), "known", name, entry={"kind": self.foreign_kinds.get(key(m.group(1)), ""),
                                                        "english": "", "foreign": True})

    def _titled_press(self, s: str, pos: int, head: str) -> bool:
        """ "Phó tổng biên tập báo Tuổi Trẻ", "tổng giám đốc ngân hàng Đông Á": a newspaper or a bank written in
        lower case right after a title (titled_lower_kinds)."""
        kinds = self.kb.grammar.get("titled_lower_kinds") or []
        kind = self.named_kinds.get(key(head))
        return kind in kinds and (self._titled(s, pos) or self._after_organ(s, pos, str(kind)))

    def _after_organ(self, s: str, pos: int, kind: str) -> bool:
        """ "Ban biên tập báo Tuổi Trẻ": right after an organ that a body of this kind hosts, as after a title."""
        return any(skip_ws(s, m.end()) == pos and f"kind:{kind}" in (self.kb.organs.get(key(m.group(0))) or {}).get("hosts", ())
                   for m in self.kb.organ_re.finditer(s, max(0, pos - 30), pos))

    def _headed(self, s: str, pos: int) -> Body | None:
        """ "Tiểu ban Văn kiện do Tổng bí thư X làm Trưởng tiểu ban": a board named up to "do",
        with the person who heads it after."""
        m = self.headed_re.match(s, pos) if self.headed_re else None
        if not m or not s[pos].isupper():
            return None
        name = re.sub(r"\s+", " ", m.group(1))
        return Body(pos, m.end(1), "known", name, entry={"kind": self.headed_heads[key(m.group(2))], "english": ""})

    def _central(self, s: str, pos: int) -> Body | None:
        m = self.central_re.match(s, pos) if self.central_re else None
        if not m:
            return None
        assoc = self._bare_association(s, m.end())
        if assoc is not None and self.central_committee:  # "Trung ương Hội đã chỉ đạo ..."
            b = Body(pos, assoc.end, "organ", self.central_committee, host=assoc, part_of=True)
            if b.canonical(self.kb) == assoc.canonical(self.kb):  # the data names the committee as the body
                assoc.start = pos
                return assoc
            return b
        b = self._known(s, m.end())
        if b is None or str(b.entry.get("kind")) not in self.central_kinds:
            return None
        b.start = pos
        return b
