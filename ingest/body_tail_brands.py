"""Brands that close a company's full name: "Tổng công ty Viễn thông MobiFone" ... "tổng giám đốc MobiFone",
"Tập đoàn BRG" ... "BRG", or before the country that closes it ("Công ty cổ phần Điện tử X Việt Nam" ... "X"). An article often names a company in full once, with its brand as the last word, and
by the brand alone elsewhere, before the full name too; the brand alone then names that company throughout
the article (`agencies`), and a post or a board after it ("Tổng giám đốc MobiFone") is of that company."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from coordgraph.ingest.body import Body
from coordgraph.ingest.body_named import LEGAL_FORM
from coordgraph.ingest.knowledge import UPPER, Knowledge

__all__ = ["tail_brands"]

# an English word after a company's own name in its brand ("Xuân Mai Corp", "Nhật Cường Mobile", "Trungnam Group")
_SUFFIXED = re.compile(rf"(?<![\w-])([{UPPER}]\w*(?: ?[{UPPER}]\w*){{0,2}}) ?([A-Z][a-z]{{2,}}[A-Za-z]*)(?![\w-])")

# a brand: an unaccented word with at least two capitals ("MobiFone", "BRG", "TPBank", "XuanMaiCorp"), or one
# that is no Vietnamese syllable
_BRAND = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")


# one Vietnamese syllable written without its marks ("Thanh", "Long"): a word of a name, not a brand
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_WORD_BRAND = re.compile(r"[A-Z][a-z]{4,}")  # "Mobifone", "Viettel": one capital, more than one syllable


def _vietnamese(word: str) -> bool:
    """A word of a Vietnamese name: with its marks, or one syllable."""
    return not word.isascii() or bool(_SYLLABLE.fullmatch(word.lower()))


def _is_brand(kb: Knowledge, word: str, stop: set[str]) -> bool:
    if len(word) < 3 or not (_BRAND.fullmatch(word) or _WORD_BRAND.fullmatch(word)
                             and not _SYLLABLE.fullmatch(word.lower())):
        return False
    return word not in stop and not kb.canonical_agency(word) and not kb.place_re.fullmatch(word) \
        and not kb.country_re.fullmatch(word)


def tail_brands(kb: Knowledge, s: str, heads: re.Pattern[str] | None,
                read: Callable[[str, int], Body | None]) -> dict[str, str]:
    """Each brand that closes a company's name this article reads (with `read`, at each capitalised company
    head `heads` finds) and that the article writes alone too, with the one full name it closes."""
    found: dict[str, set[str]] = {}
    read_names: set[str] = set()
    stop = {str(w) for w in kb.grammar.get("tail_brand_not") or []}
    home = [str(h) for h in kb.cues.get("home_country") or []]  # "Công ty cổ phần Điện tử Asanzo Việt Nam"
    for m in heads.finditer(s) if heads else ():
        if not (s[m.start()].isupper() or LEGAL_FORM.match(s, m.start())):
            continue  # "công ty Cổ phần Bất động sản X": its legal form capitalised names it
        b = read(s, m.start())
        if b is None or b.start != m.start():
            continue
        read_names.add(b.name)
        written = s[m.end():b.end].split()
        country = next((len(h.split()) for h in home if b.name.endswith(" " + h) and len(written) > len(h.split())), 0)
        words, written = b.name.split()[:len(b.name.split()) - country], written[:len(written) - country]
        if len(written) < 2 or written[-1] != words[-1] or not _is_brand(kb, words[-1], stop):
            continue  # "Tổng công ty MobiFone": the brand after the head alone is no fuller name
        between = written[:-1]
        if not between or not between[0][:1].isupper() or not all(_vietnamese(w) for w in between):
            continue  # "Công ty cổ phần bất động sản X", "Công ty CP Novahome X": another company that bears the brand
        found.setdefault(words[-1], set()).add(b.name)
    out: dict[str, str] = {}
    for brand, names in found.items():
        if len(names) != 1:
            continue  # two companies close with it: the brand alone names neither
        name = next(iter(names))
        before = name.split()[name.split().index(brand) - 1]
        alone = [a for a in re.finditer(rf"(?<![\w.]){re.escape(brand)}(?![\w&])", s)
                 if not re.search(rf"(?<!\w){re.escape(before)}\s+$", s[max(0, a.start() - 40):a.start()], re.IGNORECASE)]
        if alone:
            out[brand] = name
    for brand, name in _suffixed_brands(kb, s, read_names).items():
        out.setdefault(brand, name)
    return out


def _flat(words: str) -> str:
    """ "Xuân Mai" -> "xuanmai": without marks, spaces or case."""
    bare = unicodedata.normalize("NFD", words.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in bare if not unicodedata.combining(c) and not c.isspace()).lower()


def _suffixed_brands(kb: Knowledge, s: str, names: set[str]) -> dict[str, str]:
    """ "Công ty cổ phần Đầu tư và xây dựng Xuân Mai" ... "Tổng Giám đốc XuanMaiCorp": the two or three capitalised
    words that close one company's name, with or without their marks and spaces, then one English word, are its
    brand; not a place's or country's name ("Vietnam Airlines" is no brand of "Tập đoàn Dầu khí Việt Nam")."""
    runs: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        run: list[str] = []
        for w in reversed(words[2:]):
            if not w[:1].isupper() or not _vietnamese(w) or len(run) == 3:
                break
            run.insert(0, w)
        if len(run) >= 2 and not kb.place_re.fullmatch(" ".join(run)) and not kb.country_re.fullmatch(" ".join(run)):
            runs.setdefault(_flat(" ".join(run)), set()).add(name)
    out: dict[str, str] = {}
    for a in _SUFFIXED.finditer(s):
        head, tail = a.group(1), a.group(2)
        if not tail.isascii() or _SYLLABLE.fullmatch(tail.lower()):
            continue
        names_of = runs.get(_flat(head))
        if names_of and len(names_of) == 1:
            out[a.group(0)] = next(iter(names_of))
    return out
