"""Person names in the working text: names the surname list knows, names after a word of address whose
first word it lacks, and foreign names in Latin letters; where a name begins and ends beside the titles
around it.

`Names` is a part of `people.People`, kept apart to keep each module small.
"""

from __future__ import annotations

import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LIST_SEP, LOWER, UPPER, WS, Knowledge, alternation, key, skip_ws
from coordgraph.ingest.person_places import Companies, PlaceNamed, Streets
from coordgraph.ingest.post_context import Post

_WORD = re.compile(r"(?<!\w)\w+")
# "Jean - Paul Moatti", "Park Hang - seo": a word may join another with a hyphen; "George W. Bush": an initial
_LATIN_NAME = re.compile(r"(?<![\w#])[A-Z][a-z]+(?: ?- ?[A-Za-z][a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z]+(?: ?- ?[A-Za-z][a-z]+)?){1,3}(?![\w#])")
# "Park Hang - seo", "Kim Jong-un": a family name and a given name of two syllables joined by a hyphen, the
# second in lowercase; the shape of a Korean name, a person wherever it stands
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+ ?- ?[a-z]+")
# "Louis Fouche, 22 tuổi", "Yeh Ching Wei (SN 1986, ...)", "Chiu Po (cùng 21 tuổi)": an age or a year of birth
# right after a name in Latin letters makes it a person's
_AGED = re.compile(rf"[ \t]*[,(][ \t]*(?:(?:cùng{WS})?\d{{1,3}}{WS}tuổi|(?:SN|sinh{WS}năm){WS}\d{{4}})(?!\w)")


def addressed_re(kb: Knowledge) -> re.Pattern[str]:
    """A name after a word of address; the name may open with a prefix of the highlands' names ("ông Y Suôn
    Byă", "ông K’ Độ"; cues.yaml, name_prefixes)."""
    prefixes = [str(p) for p in kb.cues.get("name_prefixes") or []]
    word = rf"[{UPPER}][{LOWER}]+"
    pre = rf"(?:{alternation(prefixes)})[ \t]?{word}(?:[ \t]+{word}){{0,3}}|" if prefixes else ""
    return re.compile(rf"(?<!\w)(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí|anh|chị)[ \t]+({pre}{word}(?:[ \t]+{word}){{1,3}})(?![\w#])")
_POST_SEP = re.compile(rf"[ \t]*(?:,|[-–]|\()[ \t]*(?:(?:nguyên|cựu){WS})?", re.IGNORECASE)
# "số 60B Nguyễn Huy Tưởng", "căn nhà 105 Nguyễn Trọng Tuyển": a house number before a street's name
# "số 6, Lê Quý Đôn", "thửa đất 38 - Tống Duy Tân", "34,36,42 Chu Mạnh Trinh": a comma or a dash after the number
# of a lowercase word, or a list of numbers
_NUMBER_BEFORE = re.compile(r"(?:(\w+)[ \t]+)?(?<![\w/.,])(\d[\w/-]*(?:,\d[\w/-]*)*)(?P<sep>[ \t]*[,–-])?[ \t]+$")
# "số 598 B5 Nguyễn Thị Định", "lô đất A2 Hùng Vương": a block's code after a house number or a word for a plot
_CODE_BEFORE = re.compile(r"(?:(\w+)[ \t]+)?(?<![\w/.,])(?P<code>[A-Z]{1,3}\d{1,3}[a-z]?)[ \t]+$")
_NEXT_LOWER = re.compile(rf"[ \t]+([{LOWER}]+)(?!\w)")
_AFTER_BODY = re.compile(r"(?:\s*\([^()\n]{1,20}\))?[ \t]+$")  # "Tổng Thư ký Tổ chức X (NATO) Jens Stoltenberg"
# "Ông Bình làm ...", "bà Liên, Phó Chủ tịch ...": a word of address and one syllable, no capital word after it
# "Thành Khắc Kiệt (Cheng Kejie)": capitalised words, then two or three words in Latin letters in brackets
_WITH_PINYIN = re.compile(rf"((?:[{UPPER}][{LOWER}]*[ \t]+){{1,4}}[{UPPER}][{LOWER}]*)[ \t]*\(([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}})\)")
_GIVEN_ONLY = re.compile(rf"(?<!\w)(?:[ôÔ]ng|[bB]à)[ \t]+([{UPPER}][{LOWER}]*)(?![\w#])(?![ \t]+[{UPPER}])")


class Names:
    """Finding names (see the module's docstring)."""

    kb: Knowledge
    title_re: re.Pattern[str]
    not_before: re.Pattern[str]
    numbered_words: set[str]
    plot_words: set[str]  # words for a plot or a block before its code ("lô đất A2"; cues.yaml, plot_words)
    inside_word: set[str]
    openers: set[str]
    opener_phrases: set[str]  # "Liên quan": a sentence's first two words (cues.yaml, sentence_opener_phrases)
    credits: set[str]
    streets: Streets
    companies: Companies
    places: PlaceNamed
    addressed: re.Pattern[str]
    foreign_titles: re.Pattern[str]
    middle_names: set[str]  # "Thị", "Văn": the second word of a name (cues.yaml, middle_names)
    street_surnames: set[str]  # family names that are also a street word (cues.yaml, street_surnames)
    pinyin: re.Pattern[str]  # one syllable of pinyin (cues.yaml, pinyin_initials and pinyin_finals)

    def _item(self, s: str, p: int) -> tuple[Post | None, int]:
        raise NotImplementedError  # people.People reads a title and its body

    def names(self, s: str, bodies: list[Body], leaders: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of persons' names in `s`, with the `leaders` named like a place after their title
        (`PlaceNamed.titled`)."""
        chars = list(s)
        for body in bodies:
            chars[body.start:body.end] = "#" * (body.end - body.start)
        masked = "".join(chars)
        ends = {x.end for x in bodies}
        places = [(m.start(), m.end()) for rx in (self.kb.place_re, self.kb.country_re) for m in rx.finditer(s)]
        out: list[tuple[int, int]] = []
        street_end = 0
        streets = self.streets.spans(s)
        placed: set[str] = set()  # names the article gives a street, a school or a project
        for m in self.kb.name_re.finditer(masked):
            a, b = self._trim(s, m.start(), m.end())
            for ps, pe in places:  # "Hà Nội" is no one, "Hậu Giang Trịnh Xuân Thanh" is Trịnh Xuân Thanh,
                if ps <= a < pe:  # and "Trương Hòa Bình" is someone
                    a = skip_ws(s, pe)
                    rest = self.kb.name_re.match(masked, a)  # "Hồ Chí Minh Nguyễn Thiện Nhân": the name runs on
                    if rest and rest.end() > b:
                        b = self._trim(s, a, rest.end())[1]
            inside = self._after_post_inside(s, a, b)  # "Bí thư Trung ương Đoàn Nguyễn Anh Tuấn"
            if inside > a:
                rest = self.kb.name_re.match(masked, inside)  # the name may run on past the words read first
                a, b = inside, max(b, self._trim(s, inside, rest.end())[1] if rest else b)
            if a >= b:
                continue
            first = _WORD.match(s, a)
            tail = first and (self.kb.place_re.match(s, skip_ws(s, first.end())) or
                              self.kb.country_re.match(s, skip_ws(s, first.end())))
            if tail and tail.end() == b and not (self._cued(s, a, b) or any(0 <= a - e <= 1 for e in ends)
                                                 or self._post_ends_at(s, a)):
                continue  # "Đoàn Hà Nội" is a delegation; "Phó Thủ tướng Trương Hòa Bình" a man
            if self._ends_inside_word(s, a, b):
                continue  # "Đoàn Thanh niên": no one
            words = s[a:b].split()
            if words[0] in self.street_surnames and len(words) >= 3 and words[1] in self.kb.surnames \
                    and not self._cued(s, a, b):
                continue  # "Đường Lý Tự Trọng bị cấm": a street named for a man, not a man of the rare family name
            if b - a < 3 or self.title_re.match(s, a) or self.kb.rank_re.match(s, a) or self._house_number(s, a):
                continue
            after_body = any(0 <= a - e <= 1 for e in ends)  # "Bộ ... Phát triển nông thôn Vũ Văn Tám": no hamlet
            if (self.not_before.search(s, max(0, a - 12), a) and not after_body and not self._post_ends_at(s, a)) or any(x <= a < y for x, y in streets) or (
                    self.companies.named(s, a)) or (
                    street_end and re.fullmatch(rf",{WS}|{WS}và{WS}|{WS}?[-–]{WS}?", s[street_end:a])):
                street_end = b  # "các phố Nguyễn Chí Thanh, Lý Thường Kiệt", "ngã tư A - B": streets, one after another
                if not self.places.honours.search(s, max(0, a - 12), a):  # "tượng đài Nguyễn Tất Thành" honours a man
                    placed.add(key(s[a:b]))
                continue
            if self.places.ends_in_place(s[a:b]) and not self._cued(s, a, b):
                continue  # "Tập đoàn Hoàng Anh Gia Lai", "công ty Kỳ Hà - Chu Lai Quảng Nam": no one
            if len(s[a:b].split()) < 2 or len(s[a:b].split()) == 2 and not (
                    self._cued(s, a, b) or any(0 <= a - e <= 1 for e in ends)
                    or (self._post_ends_at(s, a) and not _LATIN_NAME.match(masked, a))  # "Lee Nak Yeon" runs on
                    or (not self._after_level(s, a) and (
                        (out and LIST_SEP.fullmatch(s, out[-1][1], a) and not self._title_start(s[a:b]))
                        or self._post_follows(s, b)))):  # "Nguyễn Doãn Khánh, Nguyễn Sơn"; "Hoàng Hà, nguyên Trưởng phòng"
                continue
            out.append((a, b))
        # "ngụ xã An Lục Long ... UBND xã An Lục Long": a name the article gives a place is that place where
        # nothing marks it as a person ("gồm Phạm Ngũ Lão, Pasteur" after "đường Phạm Ngũ Lão")
        out = [(a, b) for a, b in out if key(s[a:b]) not in placed or self._person_cued(s, a, b, ends)]
        out += self._uncommon(s, out, masked)
        out += [(a, b) for a, b in leaders if not any(x < b and a < y for x, y in out)]
        out = self._with_pinyin(s, out, masked)
        return sorted(out + self._foreign(s, out, masked, bodies))

    def given_only(self, s: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """ "Ông Bình làm Trưởng ban ...": a word of address and the last syllable of a name read in the article
        refer to that person when exactly one person read has that given name; the spans, with the full names."""
        full = {" ".join(s[a:b].split()) for a, b in spans if len(s[a:b].split()) >= 2}
        full = {n for n in full if not any(o != n and o.endswith(" " + n) for o in full)}
        by_given: dict[str, set[str]] = {}
        for n in full:
            by_given.setdefault(n.split()[-1], set()).add(n)
        out: dict[tuple[int, int], str] = {}
        for m in _GIVEN_ONLY.finditer(s):
            found = by_given.get(m.group(1)) or set()
            a, b = m.start(1), m.end(1)
            if len(found) == 1 and not any(x < b and a < y for x, y in spans):
                out[(a, b)] = next(iter(found))
        return out

    def _person_cued(self, s: str, a: int, b: int, ends: set[int]) -> bool:
        """A word of address, a title or a post stands by the name at s[a:b]."""
        return self._cued(s, a, b) or any(0 <= a - e <= 1 for e in ends) or self._post_ends_at(s, a) \
            or self._post_follows(s, b)

    def _ends_inside_word(self, s: str, a: int, b: int, words: set[str] | None = None) -> bool:
        """The last word of s[a:b] and the lowercase syllable after it make one of `words` (by default the
        common words of cues.yaml, name_ends_inside_word): "Thanh" of "Đoàn Thanh niên"."""
        nxt = _NEXT_LOWER.match(s, b)
        return nxt is not None and key(s[a:b].split()[-1] + " " + nxt.group(1)) in (self.inside_word if words is None else words)

    def _title_start(self, words: str) -> bool:
        """The words open a title ("Phó Trưởng" of "Phó Trưởng cơ quan đại diện")."""
        k = key(words) + " "
        return any(t.startswith(k) for t in self.kb.titles)

    def _post_follows(self, s: str, b: int) -> bool:
        """A title follows the name ending at b after a comma, a dash or a bracket ("Hoàng Hà, nguyên
        Trưởng phòng")."""
        sep = _POST_SEP.match(s, b)
        return bool(sep and sep.end() > b and self.title_re.match(s, sep.end()))

    def _after_level(self, s: str, a: int) -> bool:
        """A level word stands right before a: "TP Phan Thiết - nguyên ủy viên" names a city."""
        return any(not s[m.end():a].strip() for m in self.kb.level_re.finditer(s, max(0, a - 15), a))

    def _uncommon(self, s: str, found: list[tuple[int, int]], masked: str) -> list[tuple[int, int]]:
        """ "ông Đầu Thanh Tùng - giám đốc Sở X", "ông Thuận Hữu (Tổng biên tập ...)": a name whose first
        word the surname list lacks, between a word of address and a post, or with a middle name as its
        second word ("bà Hữu Thị Lợi"; cues.yaml, middle_names)."""
        out = []
        for m in self.addressed.finditer(masked):
            a, b = m.start(1), m.end(1)
            if any(x < b and a < y for x, y in found) or not self.kb.honorific_re.fullmatch(s[m.start():a].strip()):
                continue
            if self.kb.place_re.match(s, a) or self.kb.country_re.match(s, a) or self.title_re.match(s, a) \
                    or self.kb.rank_re.match(s, a) or any(self.kb.local_head_re.match(s, w.start()) for w in
                                                          _WORD.finditer(s, a, b)):
                continue
            sep = _POST_SEP.match(s, b)
            if sep and self.title_re.match(s, sep.end()) or m.group(1).split()[1] in self.middle_names:
                out.append((a, b))  # "bà Hữu Thị Lợi (mẹ cháu K.)": a middle name makes it a name
        return out

    def _foreign(self, s: str, found: list[tuple[int, int]], masked: str, bodies: list[Body]) -> list[tuple[int, int]]:
        """Names in Latin letters the surname list cannot know: after an honorific ("ông Umeda Kunio,"),
        after a title and a country ("Thủ tướng Liên bang Nga Dmitry Medvedev") or after a rank or a title of
        a state's heads and envoys alone ("Tổng thống Emmanuel Macron"; cues.yaml, foreign_name_titles)."""
        out = []
        for m in _LATIN_NAME.finditer(masked):
            a, b = m.start(), m.end()
            pm = self.kb.country_re.match(s, a) or self.kb.place_re.match(s, a)
            if pm:  # "Nga Dmitry Medvedev": the country is not part of the name
                a = skip_ws(s, pm.end())
                rest = _LATIN_NAME.match(masked, a)  # "Morocco Saad Eddine El Othmani": the name runs on
                b = max(b, rest.end()) if rest else b
            if len(s[a:b].split()) < 2 or any(x < b and a < y for x, y in found):
                continue
            before = s[max(0, a - 60):a]
            hon = any(h.end() == len(before.rstrip()) and len(before) - h.end() <= 1
                      for h in self.kb.honorific_re.finditer(before))
            c = [cm for cm in self.kb.country_re.finditer(before) if cm.end() == len(before) - 1]
            titled = bool(c) and any(t.end() == c[0].start() - 1 for rx in (self.title_re, self.foreign_titles)
                                     for t in rx.finditer(before))  # "Ngoại trưởng Liên Xô Vyacheslav Molotov"
            titled = titled or any(t.end() == len(before) - 1 for rx in (self.foreign_titles, self.kb.rank_re)
                                   for t in rx.finditer(before))  # "Tổng thống Emmanuel Macron"
            titled = titled or any(b.end < a and _AFTER_BODY.fullmatch(s, b.end, a) and self._titled_at(s, b.start)
                                   for b in bodies if a - 30 < b.end)
            titled = titled or self._post_ends_at(s, a)  # "Bộ trưởng Quốc phòng Malaysia Hishammuddin Hussein"
            if hon or titled or _HYPHENED_GIVEN.fullmatch(s, a, b) or _AGED.match(s, b):
                out.append((a, b))
        return out

    def _with_pinyin(self, s: str, found: list[tuple[int, int]], masked: str) -> list[tuple[int, int]]:
        """ "cựu phó chủ tịch Tô Vinh (Su Rong)", "bí thư tỉnh ủy Quý Châu Lưu Phương Nhân (Liu Fangren)": the
        last words before a bracket of pinyin with as many syllables as those words name a person (two of them
        opening with a surname); the span replaces any name read across it. Not a place in brackets ("Đức
        Hòa (Long An)"), nor Latin words before it ("South China Morning Post (Hong Kong)")."""
        for m in _WITH_PINYIN.finditer(masked):
            words = list(_WORD.finditer(s, m.start(1), m.end(1)))
            n = sum(self._syllables(w) for w in m.group(2).split())
            if n < 2 or n > len(words) or self.kb.place_re.fullmatch(m.group(2)) or self.kb.country_re.fullmatch(m.group(2)):
                continue
            a, b = words[-n].start(), words[-1].end()
            if s[a:b].isascii() or self.title_re.match(s, a) or self.kb.place_re.fullmatch(s, a, b) \
                    or n == 2 and words[-n].group(0) not in self.kb.surnames:
                continue  # "Quân khu Quảng Châu (Guang Zhou)": two syllables open with a surname
            found = [(x, y) for x, y in found if not (x < b and a < y)] + [(a, b)]
        return found

    def _syllables(self, word: str) -> int:
        """How many pinyin syllables `word` splits into ("Kejie": 2), or a large number when it does not."""
        rx = self.pinyin
        best = {0: 0}
        w = word.lower()
        for i in range(len(w)):
            if i in best:
                for m in (rx.match(w, i, j) for j in range(i + 1, min(len(w), i + 6) + 1)):
                    if m and m.end() > i and (m.end() not in best or best[m.end()] > best[i] + 1):
                        best[m.end()] = best[i] + 1
        return best.get(len(w), 99)

    def _house_number(self, s: str, a: int) -> bool:
        """A house number stands right before a ("105 Nguyễn Trọng Tuyển"); not a year ("năm 2014 Nguyễn ...")
        nor the number of a district or a term ("quận 12 Lê Trương Hải"; cues.yaml, numbered_words)."""
        lo = max(0, a - 30)
        code = _CODE_BEFORE.search(s[lo:a])
        if code is not None:  # the code stands after a word for a plot or after a house number
            return (code.group(1) or "").lower() in self.plot_words or self._house_number(s, lo + code.start("code"))
        m = _NUMBER_BEFORE.search(s[lo:a])
        if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group(2)):
            return False
        before = m.group(1) or ""
        if m.group("sep") and not before.islower():
            return False  # "1 - Nguyễn Văn A": a list's number
        return not (self.kb.level_re.fullmatch(before) or before.lower() in self.numbered_words)

    def _titled_at(self, s: str, p: int) -> bool:
        """A title ends right before p ("Tổng Thư ký |Tổ chức ...")."""
        before = s[max(0, p - 40):p]
        return any(t.end() == len(before) - 1 for t in self.title_re.finditer(before))

    def _trim(self, s: str, a: int, b: int) -> tuple[int, int]:
        """Drop a leading honorific ("Ông Nguyễn Văn A") and a trailing title word ("... Bí thư")."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(s, a, b)]
        if len(words) >= 3 and self.kb.honorific_re.fullmatch(s[words[0][0]:words[0][1]]):
            words = words[1:]
        words = words[:4]
        if len(words) >= 3 and (s[words[-1][0]:words[-1][1]] in self.openers
                                and re.match(rf"{WS}[{LOWER}]", s[words[-1][1]:words[-1][1] + 3])
                                or self._ends_inside_word(s, words[-1][0], words[-1][1], self.opener_phrases)):
            words = words[:-1]  # "Ảnh: Võ Hải Trả lời ...": the next sentence's first word is no part of the name
        elif len(words) >= 3 and s[words[-1][0]:words[-1][1]] in (self.kb.cues.get("date_openers") or []) \
                and re.match(rf"{WS}\d", s[words[-1][1]:words[-1][1] + 3]):
            words = words[:-1]  # "... đề bạt ông Trịnh Xuân Thanh Chiều 30/11, ...": the next sentence's date
        for i in range(1, len(words)):
            p = words[i][0]
            if self.title_re.match(s, p) or self.kb.rank_re.match(s, p) or self.kb.local_head_re.match(s, p):
                words = words[:i]
                break
        return (words[0][0], words[-1][1]) if words else (a, a)

    def credit_at(self, s: str, start: int) -> bool:
        """A photo's credit word and a colon stand right before `start` ("Ảnh: Võ Hải")."""
        before = s[max(0, start - 40):start].rstrip()
        words = before[:-1].split()
        return before.endswith(":") and bool(words) and words[-1] in self.credits

    def _cued(self, s: str, start: int, end: int) -> bool:
        before = s[max(0, start - 40):start].rstrip()
        for rx in (self.kb.honorific_re, self.kb.rank_re, self.kb.degree_re, self.title_re):
            if any(m.end() == len(before) for m in rx.finditer(before)):
                return True
        if self.credit_at(s, start):
            return True  # "Ảnh: Võ Hải": a photo's credit
        dotted = before[:-1].rstrip() if before.endswith(".") else ""  # "TS. Nguyễn Quân"
        if dotted and any(m.end() == len(dotted) for m in self.kb.degree_re.finditer(dotted)):
            return True
        return bool(re.match(r"\s*,\s*\S", s[end:end + 3])) and bool(self.title_re.match(s, skip_ws(s, end + 1)))

    def _post_ends_at(self, s: str, a: int) -> bool:
        """A title and the body it names end right before a ("Bộ trưởng Nội vụ |Nguyễn Thái Bình")."""
        for tm in self.title_re.finditer(s, max(0, a - 100), a):
            if not s[tm.start()].isupper():
                continue
            post, q = self._item(s, tm.start())
            if post is not None and post.body is not None and skip_ws(s, q) == a:
                return True
        return False

    def _after_post_inside(self, s: str, a: int, b: int) -> int:
        """Where a name begins when the body a title names before it runs into it ("Bí thư Trung ương Đoàn
        |Nguyễn Anh Tuấn": the last word of the body is no surname of the man), or a."""
        for tm in self.title_re.finditer(s, max(0, a - 100), a):
            if not s[tm.start()].isupper():
                continue
            post, q = self._item(s, tm.start())
            if post is None or post.body is None or not a < q < b or post.body.kind not in ("known", "local", "organ"):
                continue
            rest = skip_ws(s, q)
            words = s[rest:b].split()
            if len(words) >= 2 and words[0] in self.kb.surnames and s[q:rest].strip() == "":
                return rest
        return a
