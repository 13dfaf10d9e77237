"""The locality of bare local bodies ("Tỉnh ủy", "Công an tỉnh"), from the sentence, the article
or the outlet that names it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from coordgraph.ingest.body import PROVINCE_LEVELS, Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, Knowledge, alternation, key

_PLACE_CUE = re.compile(rf"(?<!\w)(?:tỉnh|thành phố|điểm cầu|tại){WS}", re.IGNORECASE)
_DISTRICT_LEVELS = ["huyện", "quận", "thị xã"]  # the levels of the districts an article names as places
_SUB_PROVINCE = {*_DISTRICT_LEVELS, "xã", "phường", "thị trấn"}
_LEVEL_AFTER = re.compile(rf"\s*[-–,]?{WS}(?:{alternation(sorted(_SUB_PROVINCE))})(?!\w)", re.IGNORECASE)
_DISTRICT_PLACE = re.compile(rf"(?<!\w)((?i:{alternation(_DISTRICT_LEVELS)})){WS}"
                             rf"([{UPPER}][{LOWER}]*(?:[ \t][{UPPER}][{LOWER}]*){{0,2}})(?!\w)")


def _fits(kb: Knowledge, node: Body, place: str) -> bool:
    prov = kb.province(place)
    if not prov:
        return False
    kind = prov.get("kind")
    level = node.level or ""
    if node.fused:
        return level in PROVINCE_LEVELS and level == kind
    if not level:
        return True  # a provincial head named bare ("Sở Tư pháp")
    return level in PROVINCE_LEVELS and level == kind


def explicit_places(kb: Knowledge, s: str, start: int, end: int, bodies: list[Body]) -> list[str]:
    """Provinces the span names as localities: in local bodies, after a level word, after "điểm cầu"/"tại"."""
    i = bisect_right([b.start for b in bodies], start - 1)
    out = []
    for b in bodies[i:]:
        if b.start >= end:
            break
        out += [n.place for n in b.nodes() if n.kind == "local" and n.place and n.place_from == "text"
                and kb.province(n.place)]
    for m in _PLACE_CUE.finditer(s, start, end):
        pm = kb.place_re.match(s, m.end())
        prov = kb.province(pm.group(0)) if pm else None
        if prov:
            out.append(str(prov["name"]))
    return out


@dataclass
class Context:
    """What an article says about its localities, computed once per article."""

    ranked: list[tuple[str, int]]
    source_place: str | None
    sentences: list[tuple[int, int]]
    bodies: list[Body]
    starts: list[int] = field(default_factory=list)
    by_sentence: dict[int, set[str]] = field(default_factory=dict)
    districts: dict[str, set[str]] = field(default_factory=dict)  # level word -> places named with it
    marks: list[tuple[int, str]] = field(default_factory=list)  # every province's name, with where
    several: bool = False  # the article names several provinces, none of them its main one

    def sentence_of(self, pos: int, n: int) -> tuple[int, int]:
        """The sentence holding pos (the one before it, between sentences); all of a text of n characters
        when the article has no sentences."""
        return self.sentences[max(bisect_right(self.starts, pos) - 1, 0)] if self.sentences else (0, n)


def context(kb: Knowledge, s: str, bodies: list[Body], sentences: list[tuple[int, int]],
            title: str | None, source: str | None) -> Context:
    counts = Counter(explicit_places(kb, s, 0, len(s), bodies))
    if title:
        pm = re.match(r"\s*([^:\n]{2,30}):", title)
        prov = kb.province(pm.group(1).strip()) if pm else None
        if prov:
            counts[str(prov["name"])] += 3
        subject = _title_subject(kb, title)
        if subject:
            counts[subject] += 3
    source_place = None
    for pm in kb.place_re.finditer(source or ""):
        source_place = str(kb.province(pm.group(0))["name"])  # type: ignore[index]
    districts: dict[str, set[str]] = {}
    for b in bodies:
        for n in b.nodes():
            if n.kind == "local" and n.place and n.place_from == "text" and not kb.province(n.place) \
                    and (n.level in _SUB_PROVINCE or n.level == "thành phố"):  # "UBND TP Pleiku"
                districts.setdefault(n.level, set()).add(n.place)
    text_districts = _district_places(kb, s)
    if len(text_districts) == 1:  # "Quận ủy" where the article names "Quận Liên Chiểu" only as a place
        for level, places in text_districts.items():
            districts.setdefault(level, places)
    named = [(m.start(), str(p["name"])) for m in kb.place_re.finditer(s) if (p := kb.province(m.group(0)))]
    return Context(counts.most_common(), source_place, sentences, bodies, [a for a, _ in sentences],
                   districts=districts, marks=named, several=_several(named))


def _district_places(kb: Knowledge, s: str) -> dict[str, set[str]]:
    """The districts the text names as places, with their level word ("Quận Liên Chiểu", "huyện Đông Anh"): names
    the divisions data knows, no province's. An article that names districts of two levels ("huyện Bình Chánh,
    quận Bình Tân") speaks of a city's districts at large."""
    out: dict[str, set[str]] = {}
    for m in _DISTRICT_PLACE.finditer(s):
        words = m.group(2).split()
        k = next((k for k in range(len(words), 0, -1) if key(" ".join(words[:k])) in kb.communes), None)
        if k is not None and not kb.province(" ".join(words[:k])):
            out.setdefault(m.group(1).lower(), set()).add(" ".join(words[:k]))
    return out


def _title_subject(kb: Knowledge, title: str) -> str | None:
    """ "Hà Nội đồng ý cho xây ...", "TP HCM thu hồi ...": the province a title opens with, as the subject of
    its verb (not one of several, "Hà Nội và TP HCM ...")."""
    pm = kb.place_re.match(title.strip())
    prov = kb.province(pm.group(0)) if pm else None
    rest = title.strip()[pm.end():] if pm else ""
    if prov is None or not re.match(rf"{WS}[{LOWER}]", rest) or re.match(rf"{WS}(?:và|với|,)(?!\w)", rest):
        return None
    return str(prov["name"])


def _several(named: list[tuple[int, str]]) -> bool:
    """An article about several provinces (a roundup of elections, of inspections): three or more named,
    and the most named holds no more than half of the mentions."""
    counts = Counter(p for _, p in named)
    return len(counts) >= 3 and 2 * max(counts.values()) <= len(named)


def _nearest_before(kb: Knowledge, n: Body, pos: int, ctx: Context, start: int) -> str | None:
    """The province that fits n named last before pos, not before start."""
    i = bisect_right(ctx.marks, pos - 1, key=lambda m: m[0])
    for at, place in reversed(ctx.marks[:i]):
        if at < start:
            break
        if _fits(kb, n, place):
            return place
    return None


def _kind_listed(kb: Knowledge, s: str, start: int, pos: int) -> bool:
    """ "3 sở khác ... là Ban Dân tộc, Sở Ngoại vụ": the body at pos stands in a list of kinds of body that a
    counted kind noun introduces earlier in its sentence (kind_lists in body_grammar.yaml)."""
    kl = kb.grammar.get("kind_lists") or {}
    if not kl.get("kinds") or not kl.get("intros"):
        return False
    counts = "|".join([r"\d+", *(re.escape(str(w)) for w in kl.get("counts") or [])])
    kinds = "|".join(re.escape(str(w)) for w in kl["kinds"])
    intros = "|".join(re.escape(str(w)) for w in kl["intros"])
    return re.search(rf"(?<!\w)(?:{counts}){WS}(?:{kinds})(?!\w)[^.;:()\n]{{0,80}}?(?<!\w)(?:{intros})(?!\w)[ \t]*:?[^.;()\n]*$",
                     s[start:pos]) is not None


def resolve(kb: Knowledge, s: str, targets: list[Body], ctx: Context) -> None:
    """Give bare local bodies ("Tỉnh ủy", "Công an tỉnh") in `targets` the province their context
    (the sentence, else the article, else the outlet) names."""
    for b in targets:
        if not b.needs_place() or b.generic:
            continue
        si = max(bisect_right(ctx.starts, b.start) - 1, 0)
        if si not in ctx.by_sentence:
            ss, se = ctx.sentence_of(b.start, len(s))
            ctx.by_sentence[si] = set(explicit_places(kb, s, ss, se, ctx.bodies))
        local = ctx.by_sentence[si]
        for n in b.nodes():
            if n.kind != "local" or n.place:
                continue
            if n.level in _SUB_PROVINCE:  # "Huyện ủy" in an article about Huyện ủy Ba Vì, and no other district
                named = ctx.districts.get(n.level or "", set())
                if len(named) == 1 and not _LEVEL_AFTER.match(s, n.end):  # "UBND quận, huyện": every district
                    n.place, n.place_from = next(iter(named)), "article"
                continue
            cities = ctx.districts.get("thành phố", set())
            if n.entry.get("bare") and cities:  # "bí thư Thành ủy, chủ tịch HĐND" in an article about TP Pleiku
                if len(cities) == 1:
                    n.level, n.place, n.place_from = "thành phố", next(iter(cities)), "article"
                continue
            fit_local = [p for p in local if _fits(kb, n, p)]
            if len(fit_local) == 1:
                n.place, n.place_from = fit_local[0], "sentence"
                continue
            if _kind_listed(kb, s, ctx.sentence_of(b.start, len(s))[0], b.start):
                b.generic = True
                break
            if ctx.several and not n.entry.get("bare"):
                # a roundup: the province named last before it, in its sentence or the one before in its paragraph
                ss, _ = ctx.sentence_of(b.start, len(s))
                prev, _ = ctx.sentence_of(ss - 1, len(s)) if ss else (ss, ss)
                near = _nearest_before(kb, n, b.start, ctx, ss if fit_local else max(prev, s.rfind("\n", 0, ss) + 1))
                if near:
                    n.place, n.place_from = near, "sentence"
                    continue
            fit_article = [(p, c) for p, c in ctx.ranked if _fits(kb, n, p)]
            cities = ctx.districts.get("thành phố", set()) if n.level == "thành phố" else set()
            if fit_article and (len(fit_article) == 1 or fit_article[0][1] > fit_article[1][1]):
                n.place, n.place_from = fit_article[0][0], "article"
            elif not fit_article and len(cities) == 1:  # "Thành ủy" in an article about TP Pleiku, a province's city
                n.place, n.place_from = next(iter(cities)), "article"
            elif not ctx.ranked and ctx.source_place and _fits(kb, n, ctx.source_place):
                n.place, n.place_from = ctx.source_place, "source"