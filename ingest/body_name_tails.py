"""Words that continue a body's name past where its capitalised words stop.

The name reader follows capitalised words; some names hold words the articles write in lower case
("Đại học Kinh tế quốc dân", "Tổng công ty Bia rượu nước giải khát Sài Gòn")
or join two fields with a dash ("Tập đoàn Công nghiệp Than - khoáng sản Việt Nam"). The lower-case
words are a closed list (name_tails.lower_words in body_grammar.yaml); a dashed part is read only when
the name then closes with a country or a province, as a name of this kind does. A school's name joins
its fields with "và" or a dash, in any case ("Học viện Báo chí và tuyên truyền", "Đại học Tài chính -
ngân hàng Hà Nội"): the joined field is read when punctuation, or a province or a region and punctuation,
closes it.
"""

from __future__ import annotations

import functools
import re

from coordgraph.ingest.knowledge import NEVER, UPPER, WS, Knowledge, alternation, skip_ws

_DASH = re.compile(rf"{WS}[-–]{WS}")
_CAP_WORD = re.compile(rf"[{UPPER}]\w*(?:-\w+)*")
_SYLLABLE = re.compile(r"\w+")
_CLOSED = re.compile(r"\s*(?:[,.;:()\n]|$)")
_MAX_DASHED = 4  # words between the dash and the country or province that closes the name


@functools.cache
def _lower_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(list(words))})(?!\w)", re.IGNORECASE) if words else NEVER


def lower_tail(kb: Knowledge, s: str, q: int) -> int | None:
    """The end of the listed lower-case words that continue a name at q ("quốc dân", "nữ"), if any."""
    spec = kb.grammar.get("name_tails") or {}
    m = _lower_words(tuple(str(w) for w in spec.get("lower_words") or [])).match(s, q)
    return m.end() if m else None


def dashed_tail(kb: Knowledge, s: str, end: int) -> int | None:
    """ "Công nghiệp Than - khoáng sản Việt Nam", "Kỳ Hà - Chu Lai Quảng Nam": after a dash, capitalised or
    listed words up to a country or a province that closes the name; the end of that closing name."""
    d = _DASH.match(s, end)
    if d is None:
        return None
    q, n = d.end(), 0
    while q < len(s) and n <= _MAX_DASHED:
        if n:
            for closer in (kb.country_re, kb.place_re):
                c = closer.match(s, q)
                if c:
                    return c.end()
        if s[q] in "-–":  # "Bia - Rượu - Nước giải khát Sài Gòn"
            q = skip_ws(s, q + 1)
            continue
        w = _CAP_WORD.match(s, q)
        nq = w.end() if w else lower_tail(kb, s, q)
        if nq is None or (w and (w.group(0) in _stop(kb) or w.group(0) in kb.surnames and not _closes(kb, s, q, n))):
            return None  # "Công ty X - ông Nguyễn ...", "- Ảnh": no part of the name
        q, n = skip_ws(s, nq), n + 1
    return None


def field_tail(kb: Knowledge, s: str, end: int, kind: str, heads: re.Pattern[str] | None,
               region: re.Pattern[str] | None) -> int | None:
    """ "Học viện Báo chí và tuyên truyền;", "Đại học Tài chính - ngân hàng Hà Nội;": after a join word
    (field_tails.joins), a few words of another field that punctuation, or a province or a region and its number
    and punctuation, closes; the end of the name. None where another body, a place or a word of a clause follows the join
    (`heads`: the heads of named bodies; `region`: a region word and its number, "khu vực I")."""
    spec = kb.grammar.get("field_tails") or {}
    if kind not in (spec.get("kinds") or []):
        return None
    m = _joins(tuple(str(w) for w in spec.get("joins") or [])).match(s, end)
    if m is None:
        return None
    q = skip_ws(s, m.end())
    if s[q:q + 1].isupper() and any(rx is not None and rx.match(s, q) for rx in (
            kb.known_re, kb.local_head_re, kb.organ_re, kb.place_re, kb.country_re, heads)):
        return None  # "Học viện Tài chính và Bộ Tài chính", "Đại học Huế và Đà Nẵng": two bodies, two places
    stop = {str(w) for w in spec.get("stopwords") or []}
    for _ in range(int(spec.get("max_words") or 0)):
        w = _SYLLABLE.match(s, q)
        if w is None or w.group(0).lower() in stop or kb.level_re.match(s, q):
            return None
        q = w.end()
        if _CLOSED.match(s, q):
            return q
        q = skip_ws(s, q)
        pm = kb.place_re.match(s, q) or (region.match(s, q) if region else None)
        if pm and _CLOSED.match(s, pm.end()):
            return pm.end()
    return None


@functools.cache
def _joins(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{WS}(?:{alternation(list(words))}){WS}") if words else NEVER


def _closes(kb: Knowledge, s: str, q: int, n: int) -> bool:
    """Capitalised words from q run into a province that closes the name ("Kỳ Hà - Chu Lai Quảng Nam": "Chu" is
    a place's first word here, no surname)."""
    while n <= _MAX_DASHED and (w := _CAP_WORD.match(s, q)) is not None:
        q, n = skip_ws(s, w.end()), n + 1
        if (pm := kb.place_re.match(s, q)) is not None and not _CAP_WORD.match(s, skip_ws(s, pm.end())):
            return True
    return False


def _stop(kb: Knowledge) -> set[str]:
    spec = kb.grammar.get("name_tails") or {}
    return {str(w) for w in spec.get("dash_stop") or []} | {str(w) for w in kb.grammar.get("place_stopwords") or []}
