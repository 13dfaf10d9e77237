"""The working text: abbreviations expanded, tone marks modernised, definitions and outlet tags
dropped; every position maps back to the article text for evidence and surface forms."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import yaml
from coordgraph.graph.model import fold, modern_tones
from coordgraph.ingest.body_levels import level_edits
from coordgraph.ingest.body_school_heads import school_head_edits
from coordgraph.ingest.knowledge import Knowledge, key

from coordgraph import resource

_DEFINITION = re.compile(r"[ \t]*\(\s*([A-ZĐƯ][A-ZĐƯ0-9.,&\- ]{0,14}[A-ZĐƯ0-9])\s*\)")
_OUTLET_TAG = re.compile(r"(?m)^[ \t]*\(([^()\n]{1,60})\)[ \t]*[-–—:]?[ \t]*")
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"\n+|(?<=[.!?…])[ \t]+(?=[\"“'‘(]?[A-ZĐ0-9" + "ÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])")


@cache
def _glued_dateline() -> re.Pattern[str]:
    """A heading run into the sentence after it with no stop between ("... giữ chức Bí thư Thành ủy Sáng 10/5, ông
    A đã công bố ..."): a part of the day or the day's word, capitalised, with its date and a comma, opens a sentence."""
    cues = yaml.safe_load(resource("ingest", "data", "dates.yaml").read_text(encoding="utf-8"))
    opens = "|".join(re.escape(w[:1].upper() + w[1:]) for w in [*cues["day_parts"], *cues["day_words"]])
    between = "|".join(re.escape(w) for w in [*cues["relative_days"], *cues["day_words"]])  # "Sáng nay", "Sáng ngày"
    return re.compile(rf"(?<=\w)[ \t]+(?=(?:{opens})[ \t]+(?:(?:{between})[ \t]+)?\(?\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{4}})?\)?,)")


@cache
def _dotted() -> re.Pattern[str]:
    """A word of dotted_abbreviations.txt right before a dot: the dot ends no sentence."""
    text = resource("ingest", "data", "dotted_abbreviations.txt").read_text(encoding="utf-8")
    words = sorted({ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")},
                   key=len, reverse=True)
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))})\.$")


def abbreviation_dot(x: str, dot: int) -> bool:
    """Whether the dot at `dot` closes an abbreviation written before a name ("TP.", "PGS.TS.", "PT.")."""
    return x[dot:dot + 1] == "." and _dotted().search(x, max(0, dot - 6), dot + 1) is not None


def _initials(words: list[str]) -> str:
    return "".join(fold(w)[0] for w in words).upper()


def definitions(text: str) -> dict[str, tuple[int, int, str]]:
    """Abbreviations an article defines: "Mặt trận Tổ quốc (MTTQ)" -> MTTQ: (start, end, full form)."""
    out: dict[str, tuple[int, int, str]] = {}
    for m in _DEFINITION.finditer(text):
        abbr = m.group(1)
        letters = re.sub(r"[^\w]", "", fold(abbr)).upper()
        variants = {letters, letters.replace("TW", "TU")}
        if len(letters) < 2:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(_WORD.finditer(text, line_start, m.start()))[-16:]
        for k in range(1, len(words) + 1):
            cand = [w.group(0) for w in words[-k:]]
            if _initials(cand) in variants:
                full = text[words[-k].start(): words[-1].end()]
                out.setdefault(abbr, (m.start(), m.end(), full))
                break
    return out


def _name_case(full: str) -> str:
    """The full form an abbreviation stands for, as a name: "uỷ ban Kiểm tra Trung ương (UBKT T.Ư)" writes the
    head in lower case, the abbreviation then names the body ("Uỷ ban Kiểm tra Trung ương")."""
    if full[:1].islower() and re.search(r"\s[A-ZĐ]", full):
        return full[:1].upper() + full[1:]
    return full


@dataclass
class Text:
    """`x` is the working text; `to_orig` maps its spans back to `orig`."""

    orig: str
    x: str
    _x0: list[int]
    _o0: list[int]
    _olen: list[int]
    _copy: list[bool]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans in x
    defined: dict[str, str] = field(default_factory=dict)

    def to_orig(self, xs: int, xe: int) -> tuple[int, int]:
        i = max(bisect_right(self._x0, xs) - 1, 0)
        os_ = self._o0[i] + (xs - self._x0[i] if self._copy[i] else 0)
        j = max(bisect_right(self._x0, max(xe - 1, xs)) - 1, 0)
        oe = self._o0[j] + (xe - self._x0[j] if self._copy[j] else self._olen[j])
        return os_, max(oe, os_)

    def from_orig(self, o: int, end: bool = False) -> int:
        """The working-text position of an article position (a replaced span maps to its ends)."""
        i = max(bisect_right(self._o0, o - (1 if end else 0)) - 1, 0)
        if self._copy[i]:
            return self._x0[i] + (o - self._o0[i])
        nxt = self._x0[i + 1] if i + 1 < len(self._x0) else len(self.x)
        return nxt if end else self._x0[i]

    def surface(self, xs: int, xe: int) -> str:
        a, b = self.to_orig(xs, xe)
        return self.orig[a:b]

    def sentence_of(self, xpos: int) -> tuple[int, int]:
        starts = [s for s, _ in self.sentences]
        i = max(bisect_right(starts, xpos) - 1, 0)
        return self.sentences[i] if self.sentences else (0, len(self.x))

    def evidence(self, xpos: int) -> tuple[str, int, int]:
        s, e = self.sentence_of(xpos)
        a, b = self.to_orig(s, e)
        return self.orig[a:b], a, b


def build(orig: str, kb: Knowledge) -> Text:
    """Expand, modernise and map `orig` (NFC)."""
    t0 = modern_tones(orig)  # same length as orig
    edits: list[tuple[int, int, str]] = []
    for m in _OUTLET_TAG.finditer(t0):
        edits.append((m.start(1) - 1, m.end(), ""))
    defs = definitions(t0)
    for s, e, _ in defs.values():
        edits.append((s, e, ""))
    for m in re.finditer(r"(?<=\w) ?& ?(?=\w)", t0):  # "Nông nghiệp & Phát triển nông thôn"
        if not re.match(r"\w*&", t0[m.start() - 1:m.end()]) or " " in m.group(0):
            edits.append((m.start(), m.end(), " và "))
    table = dict(kb.abbreviations)
    table.update({a: _name_case(modern_tones(full)) for a, (_, _, full) in defs.items()})
    if table:
        alts = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w/\-.])(?:{alts})(?![\w/\-])", t0):
            edits.append((m.start(), m.end(), table[m.group(0)]))
    edits += level_edits(t0, kb)  # "UBND Q. Bình Thạnh"
    edits += school_head_edits(t0, kb, set(defs))  # "ĐH Cần Thơ"
    edits.sort()
    x_parts: list[str] = []
    x0: list[int] = []
    o0: list[int] = []
    olen: list[int] = []
    copy: list[bool] = []
    pos = xpos = 0

    def add(o_start: int, o_end: int, repl: str | None) -> None:
        nonlocal xpos
        piece = t0[o_start:o_end] if repl is None else repl
        x0.append(xpos)
        o0.append(o_start)
        olen.append(o_end - o_start)
        copy.append(repl is None)
        x_parts.append(piece)
        xpos += len(piece)

    for s, e, r in edits:
        if s < pos:
            continue
        if s > pos:
            add(pos, s, None)
        add(s, e, r)
        pos = e
    add(pos, len(t0), None)
    text = Text(orig, "".join(x_parts), x0, o0, olen, copy)
    text.defined = {a: modern_tones(full) for a, (_, _, full) in defs.items()}
    text.sentences = split_sentences(text.x)
    return text


def split_sentences(x: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in sorted([*_SENT_END.finditer(x), *_glued_dateline().finditer(x)], key=lambda m: m.start()):
        if "\n" not in m.group(0) and abbreviation_dot(x, m.start() - 1):
            continue
        if x[start:m.start()].strip():
            out.append(_trim(x, start, m.start()))
        start = m.end()
    if x[start:].strip():
        out.append(_trim(x, start, len(x)))
    return out


def _trim(x: str, s: int, e: int) -> tuple[int, int]:
    while s < e and x[s].isspace():
        s += 1
    while e > s and x[e - 1].isspace():
        e -= 1
    return s, e


__all__ = ["Text", "build", "definitions", "key"]
