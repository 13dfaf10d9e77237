"""A listed body keeps the separators its article writes: "Ủy ban Tài chính - Ngân sách" where the
reference list says "Ủy ban Tài chính, Ngân sách", "Ủy ban Quốc phòng - An ninh" for "Ủy ban Quốc
phòng và An ninh". Articles join the parts of such names with a comma, a dash or "và" as they
please, and the name a reader gives the body is the one the article writes (modern spelling). Only
the separators may differ: any other written form (an abbreviation, a short form) yields to the
listed name, and "phòng chống" (prevention and combat) is spelt as the listed name spells it. A separator
the listed name does not have between two of its words is the article's, not the name's: "Cơ quan Cảnh sát
điều tra - Bộ Công an" is the listed "Cơ quan Cảnh sát điều tra Bộ Công an". A body listed under a short
name (full_name in its entry) goes by its full name where the article writes that.
"""

from __future__ import annotations

import re

from coordgraph.graph.model import Entity
from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import Knowledge, key, modern_tones

_WORD_START = re.compile(r"(?<!\w)\w")
_PREVENTION = re.compile(r"(?<!\w)(phòng),?\s+(chống)(?!\w)", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:,|[-–]|(?<!\w)và(?!\w))\s*")


def _plain(text: str) -> str:
    """Lower case, modern tones, one space; "phòng, chống" spelt either way (the listed name says which)."""
    return _PREVENTION.sub(r"\1 \2", re.sub(r"\s+", " ", modern_tones(text).lower()).strip())


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", _SEPARATOR.sub(" ", key(text))).strip()


def _gaps(text: str, only: str = "") -> set[int]:
    """The places (counted in words) where a name has a separator (or only the one `only` names) between two of
    its words."""
    gaps: set[int] = set()
    words = 0
    plain = _plain(text)
    parts = _SEPARATOR.split(plain)
    seps = _SEPARATOR.findall(plain)
    for i, part in enumerate(parts):
        if n := len(part.split()):
            if words and (not only or only in seps[i - 1].split()):
                gaps.add(words)
            words += n
    return gaps


def written_name(x: str, b: Body, canonical: str) -> str:
    """The name of a listed body as the working text writes it, when only its separators differ
    from the listed name; the listed name otherwise."""
    if b.seated or b.end <= b.start:
        return canonical
    if b.kind == "organ" and b.host is not None and b.host.kind == "known" and canonical.endswith(" " + b.host.name):
        host = written_name(x, b.host, b.host.name)  # "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai ..."
        return canonical[: -len(b.host.name)] + host
    if b.kind != "known":
        return canonical
    span = re.sub(r"\s+", " ", x[b.start:b.end]).strip(" ,")
    full = str(b.entry.get("full_name") or "")
    # "Ban Chỉ đạo quốc gia chống buôn lậu, ..." for "Ban Chỉ đạo 389 quốc gia"; a title may take its first word
    # ("Trưởng ban chỉ đạo quốc gia chống buôn lậu, ...")
    if full and (key(span).endswith(key(full))
                 or (key(full).endswith(" " + key(span)) and len(span.split()) >= len(full.split()) - 1)):
        return full
    want = _bare(canonical)
    # the span may hold more than the body ("Văn phòng Ủy ban ..." for the Ủy ban its host): the name ends it
    written = next((span[m.start():] for m in _WORD_START.finditer(span) if _bare(span[m.start():]) == want), None)
    if written is None:
        return canonical
    if _plain(written) == _plain(canonical) or not _gaps(written) <= _gaps(canonical):
        return canonical
    if not _gaps(canonical, "và") <= _gaps(written):
        return canonical  # "Bộ Kế hoạch Đầu tư": a "và" left out, no separator in its place, is a short form
    return written[:1].upper() + written[1:]



def _written_forms(kb: Knowledge) -> list[tuple[str, str, set[str]]]:
    """(listed name or head, the name or head the article may write instead, the body's abbreviations)."""
    forms = [(name, str(f), {str(a) for a in e.get("aliases") or [] if " " not in str(a)})
             for name, e in kb.agencies.items() for f in [*(e.get("former_names") or []), *(e.get("numbered_names") or [])]]
    heads = {id(h): h for h in kb.local_heads.values()}.values()
    return forms + [(h.head, a, set()) for h in heads for a in h.written]


def former_names(kb: Knowledge, x: str, keep: list[Entity]) -> None:
    """A listed body that went by another name (former_names in its entry: "Tổng công ty Xây lắp Dầu khí Việt
    Nam" before it became a joint-stock corporation) or goes by a number (numbered_names: "Tổng cục V" for
    the Tổng cục Tình báo), or a local body whose head the article writes short
    (written_aliases of its head: "Bộ đội Biên phòng Hà Tĩnh" for the Bộ Chỉ huy Bộ đội Biên phòng), goes by
    that name where the article writes no form of the listed one: every form of the body it writes (in more
    than two words, other than the head before its abbreviation: "Tổng công ty PVC") and that name begin
    alike. The listed name stays an alias, so organs named after it take the written name too
    (`organs_under_full_names`)."""
    plain = _plain(x)
    forms = _written_forms(kb)
    renamed: dict[str, str] = {}
    for e in keep:
        if e.type != "Agency" or _plain(e.name) in plain:
            continue
        for listed, written, abbreviations in forms:
            if e.name != listed and not e.name.startswith(listed + " "):
                continue
            name = written + e.name[len(listed):]
            seen = [_plain(a) for a in e.aliases if len(a.split()) > 2 and a.split()[-1] not in abbreviations]
            if seen and all(_plain(name).startswith(f) or f.startswith(_plain(written)) for f in seen):
                renamed[e.name] = name
                e.aliases.append(e.name)
                e.name = name
                break  # else another name of the body may be the one written ("Tổng cục 5" for "Tổng cục V")
    _under_former_names(keep, renamed, plain)


def _under_former_names(keep: list[Entity], renamed: dict[str, str], plain: str) -> None:
    """ "Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam": a body named after a listed one that goes by its former
    name here (and not part of it, so `organs_under_full_names` leaves it) ends with that name too."""
    for e in keep:
        if e.type != "Agency" or _plain(e.name) in plain:
            continue
        listed = next((n for n in renamed if e.name.endswith(" " + n)), None)
        if listed is not None:
            e.aliases.append(e.name)
            e.name = e.name[: -len(listed)] + renamed[listed]
