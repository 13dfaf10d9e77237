"""Bodies written with their parent beside them: "Công ty sửa chữa máy bay A41 (Bộ Quốc phòng)", "Thanh
tra TP HCM (trực thuộc UBND TP HCM)", "Sở Quy hoạch - Kiến trúc thuộc UBND thành phố Hà Nội", "Phòng Tổ
chức cán bộ, thuộc Sở NN&PTNT tỉnh X", "Ban Công tác đại biểu của Quốc hội", "Phòng ... (PC 46) - Công an TP":
PART_OF the parent (cues in part_of.yaml). After an organ written with its host ("Đoàn trường Đại học Khoa học (Đại
học Huế)") the parent is the host's. Read once both bodies are resolved, so that a bare "Sở Y tế" names its province's.
A listed body before a group of its listed parent's units ("Hội đồng Dân tộc, các Ủy ban của Quốc hội") is PART_OF
that parent too."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, Protocol

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import NEVER, WS, Knowledge, PartOfCues, alternation, key, phrase_pattern

_MAX_GAP = 30
_APPOSED = re.compile(r"\s*,\s*|\s+[-–]\s+")  # "Phòng A, Sở B", "Phòng A - Công an tỉnh B"
_LISTED = re.compile(rf"\s*,\s*|{WS}(?:và|cùng){WS}")  # another body after the parent: a list goes on


class _Builder(Protocol):
    kb: Knowledge
    entities: dict[str, Any]
    relations: list[Any]

    def rel(self, type_: str, src: str, dst: str, xpos: int, **props: Any) -> None: ...


@cache
def _cues(data: PartOfCues) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(the gap before a bracketed parent, the gap before a parent joined by a word, kinds a bare bracket
    glosses)."""
    bracket, inline, comma = (alternation(list(w)) for w in (data.bracket_cues, data.inline_cues, data.comma_cues))
    # "(HITTC - trực thuộc Sở X)", "(C 74, Bộ Công an)": the unit's short name or police code first
    code = r"(?:(?:[A-Z][A-Za-z0-9&]{1,10}|[A-Z]{1,3} \d{1,3})\s*[-–,]\s*)?"
    opened = re.compile(rf"\s*\(\s*{code}(?:(?:{bracket}){WS})?" if bracket else rf"\s*\(\s*{code}")
    # "Phòng Cảnh sát hình sự (PC 45) - Công an tỉnh X", "(PC 02), Công an TP", "..., PC64 Công an TP": the parent
    # after the unit's code
    coded = r"\s*(?:\(\s*[A-Z]{1,3}\s?\d{1,3}\s*\)|,\s*[A-Z]{1,3}\s?\d{1,3})\s*(?:[-–,]\s*)?"
    joined = re.compile(rf"{WS}(?:{inline}){WS}|,{WS}(?:{comma}){WS}|{coded}(?:(?:{inline}){WS})?") \
        if inline and comma else NEVER
    return opened, joined, frozenset(data.alias_kinds)


def _ancestors(kb: Knowledge, name: str) -> list[str]:
    """The parents the reference lists give a known body, nearest first."""
    out: list[str] = []
    parent = str((kb.agencies.get(name) or {}).get("parent") or "")
    while parent and parent not in out:
        out.append(parent)
        parent = str((kb.agencies.get(parent) or {}).get("parent") or "")
    return out


def _resolved(b: Body) -> bool:
    return not any(n.generic or n.kind == "generic" for n in b.nodes()) and not b.unresolved()


def _parent_of(kb: Knowledge, x: str, a: Body, b: Body) -> bool:
    """Whether the text writes b as a's parent right after it."""
    opened, joined, alias_kinds = _cues(kb.part_of)
    gap = x[a.end:b.start]
    bracket = opened.fullmatch(gap)
    if not bracket and not joined.fullmatch(gap):
        return False
    if bracket and not re.match(r"\s*[),]", x[b.end:b.end + 3]):
        return False  # "(Bộ Công an và ...)": the bracket says more than the parent
    ca, cb = a.canonical(kb), b.canonical(kb)
    ka, kb_ = key(ca), key(cb)
    if ka == kb_ or ka in kb_ or kb_ in ka:
        return False  # "Sở TN-MT tỉnh X (Sở TN-MT)": the same body again
    if a.kind == "local" and a.place_from not in ("text", "list", None):
        return False  # a head whose province the article supplies: its reading is a guess
    if a.kind == "known" and a.entry.get("parent"):
        return cb in _ancestors(kb, ca)  # "Bộ Quốc phòng (Bộ đội Biên phòng)" is no ministry's parent
    if b.kind == "known" and ca in _ancestors(kb, cb):
        return False
    written = re.sub(r"\s+", " ", x[b.start:b.end])
    if b.kind == "known" and key(written) != kb_ and kb.canonical_agency(written) != cb:
        return False  # "Đại học Huế" read as the short form of another body the article names
    kinds = {str(a.entry.get("kind")), str(b.entry.get("kind"))}
    bare = bracket is not None and not re.search(r"[a-zà-ỹđ]", bracket.group(0))
    return not (bare and kinds <= alias_kinds)  # "Ngân hàng TMCP Quân đội (Ngân hàng MB)"


def _comma_unit(kb: Knowledge, x: str, a: Body, b: Body, after: Body | None) -> bool:
    """ "chuyên viên Phòng Quản lý đất, Sở TN-MT TP", "Phòng An ninh kinh tế - Công an tỉnh X": a unit under a
    department (part_of.yaml `comma_units`) with its parent after a bare comma or dash; not "Phòng A, Phòng B" nor
    "Phòng A, Sở B, Công an C", a list of bodies."""
    ca, cb = a.canonical(kb), b.canonical(kb)
    head = next((h for h in kb.part_of.comma_units if ca.startswith(h + " ")), None)
    if head is None or not _APPOSED.fullmatch(x, a.end, b.start) or cb.startswith(head + " ") \
            or key(ca) in key(cb) or key(cb) in key(ca):
        return False
    listed = after is not None and _LISTED.fullmatch(x, b.end, after.start)
    return not listed or any(cb.startswith(h + " ") for h in kb.unit_heads)  # "Phòng A, Trung tâm B, Sở C"


def written_parents(g: _Builder, x: str, bodies: list[Body]) -> None:
    """PART_OF from each body with no host to the body the text writes as its parent right after it."""
    done = {(r.source, r.target) for r in g.relations if r.type == "PART_OF"}
    seen: dict[tuple[int, int], Body] = {}
    for b in bodies:
        seen.setdefault((b.start, b.end), b)
    ordered = sorted(seen.values(), key=lambda b: (b.start, -b.end))
    for i, w in enumerate(ordered):
        a = w
        while a.host is not None and a.part_of and a.host.end == w.end:
            a = a.host  # "Đoàn trường Đại học Khoa học (Đại học Huế)": the bracket is the named host's parent
        if a.host is not None or not _resolved(a):
            continue
        a = replace(a, end=w.end)
        b = next((c for c in ordered[i + 1:] if c.start >= a.end), None)
        if b is None or b.start - a.end > _MAX_GAP or not _resolved(b):
            continue
        after = next((c for c in ordered[i + 1:] if c.start >= b.end), None)
        if not _parent_of(g.kb, x, a, b) and not _comma_unit(g.kb, x, a, b, after):
            continue
        aid, bid = "a:" + a.canonical(g.kb), "a:" + b.canonical(g.kb)
        ae, be = g.entities.get(aid), g.entities.get(bid)
        if ae is None or be is None or aid == bid or (aid, bid) in done \
                or ae.properties.get("_conditional") or be.properties.get("_conditional"):
            continue
        done.add((aid, bid))
        g.rel("PART_OF", aid, bid, a.start)


def grouped_parents(g: _Builder, x: str, bodies: list[Body]) -> None:
    """PART_OF from each listed body to its listed parent when the list it opens ends with that parent, written
    once for all: "Ủy ban Pháp luật và Ủy ban Kinh tế của Quốc hội", or after a group of the parent's units:
    "Hội đồng Dân tộc, các Ủy ban của Quốc hội" (part_of.yaml `list_joiners`, `sibling_groups`)."""
    cues = g.kb.part_of
    gap = rf"\s*,\s*|{WS}(?:{alternation(list(cues.list_joiners))}){WS}"
    group = rf"(?:{gap})(?:{alternation(list(cues.sibling_groups))})"
    cue = rf"{WS}(?:{alternation(list(cues.inline_cues))}){WS}"
    done = {(r.source, r.target) for r in g.relations if r.type == "PART_OF"}
    ends: dict[int, int] = {}
    for b in bodies:
        ends[b.start] = max(ends.get(b.start, b.end), b.end)
    starts = sorted(ends)
    for b in bodies:
        parent = str((b.entry or {}).get("parent") or "") if b.kind == "known" and b.host is None else ""
        if not parent:
            continue
        end = b.end
        while (nxt := next((s for s in starts if s >= end), None)) is not None and re.fullmatch(gap, x[end:nxt]):
            end = ends[nxt]  # "Ủy ban Pháp luật và Ủy ban Kinh tế": the list goes on
        tail = rf"(?:{group})?{cue}" if end > b.end else rf"{group}{cue}"  # one body alone: written_parents'
        named = phrase_pattern(parent)
        if not re.match(rf"{tail}{named}(?!\w)", x[end:end + 80], re.IGNORECASE) \
                and not (end > b.end and re.search(rf"{cue}{named}$", x[b.end:end], re.IGNORECASE)):
            continue  # the last item read with the parent: "... và Ủy ban Kinh tế của Quốc hội"
        aid, pid = "a:" + b.canonical(g.kb), "a:" + parent
        pe = g.entities.get(pid)
        if aid in g.entities and pe is not None and not pe.properties.get("_conditional") and (aid, pid) not in done:
            done.add((aid, pid))
            g.rel("PART_OF", aid, pid, b.start)


def named_host(kb: Knowledge, pos: int, end: int, parent: str, heads: set[str], kinds: set[str], depth: int = 0) -> Body:
    """The listed parent a body's name is written with, over its own parent when its name carries that one's
    in the same way ("Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an": the Cơ quan, itself of Bộ Công an)."""
    entry = kb.agencies[parent]
    grand = str(entry.get("parent") or "")
    host = None
    if depth < 3 and grand in kb.agencies and parent.endswith(" " + grand) \
            and (parent[:-len(grand) - 1] in heads or str(entry.get("kind")) in kinds):
        host = named_host(kb, pos, end, grand, heads, kinds, depth + 1)
    return Body(pos, end, "known", parent, entry=entry, host=host, part_of=host is not None)
