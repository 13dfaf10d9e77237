"""Titles written without their body in a chain, given the body of the item after them: "Bí thư Đảng đoàn,
Chủ tịch Ủy ban Trung ương MTTQ" (the party group of the next item's body), "Phó Chủ tịch, Tổng Thư ký
Hội X" (the next item's body), "Bí thư kiêm Chủ tịch UBND xã X" (the party committee of that commune),
"Tổng giám đốc, Chủ tịch HĐQT Công ty X" (the board's company)."""

from __future__ import annotations

import copy
import itertools
import re

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import WS, Knowledge, key
from coordgraph.ingest.post_context import Post


def fill_pending(posts: list[Post], kb: Knowledge, organs_only: bool = False) -> None:
    """ "Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung ương MTTQ": the party group of the next item's body;
    "Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc Công ty X": the board of the next item's company.
    `organs_only`: only an organ named bare before an item (not "Đảng ủy viên" bare, not a bare title)."""
    for i in range(len(posts) - 2, -1, -1):
        p, nxt = posts[i], posts[i + 1]
        if organs_only and not (p.pending and not p.outer and p.body is None):
            continue
        if p.outer and p.pending and p.body is None:
            host = _outer_host(posts[i + 1:])
            if host is not None:
                spec = kb.organs.get(key(p.pending)) or {}
                p.body = Body(p.start, p.end, "organ", p.pending, host=host, part_of=bool(spec.get("part_of")))
        elif p.unit and p.body is None and nxt.body is not None and not nxt.body.generic and not _own_board(p.unit, kb) \
                and (nxt.body.is_committee(kb) or "committee" not in str((kb.organs.get(key(p.unit)) or {}).get("hosts"))):
            # (not "Phó ban Nội chính, Chủ tịch UBND huyện X": a party committee's organ, body_grammar.yaml)
            # "Phó phòng Tham mưu, kiêm người phát ngôn của Công an tỉnh X": a unit of the next item's body
            p.body, p.unread = Body(p.start, p.end, "unit", p.unit, host=copy.deepcopy(nxt.body), part_of=True), False
        elif p.pending and nxt.body is not None:
            board = nxt.body.kind == "organ" and nxt.body.host is not None \
                and ((kb.organs.get(key(nxt.body.name)) or {}).get("board") or nxt.pending)
            # "Bí thư Đảng ủy, Thành viên HĐTV Tập đoàn X"; "Bí thư Đảng ủy, Phó Bí thư Đảng đoàn, Chủ tịch Hội X":
            # both organs are Hội X's
            host = copy.deepcopy(nxt.body.host if board else nxt.body)
            spec = kb.organs.get(key(p.pending)) or {}
            start = max(p.start, p.end - len(p.pending))  # the organ's own words, not the title's
            p.body = Body(start, p.end, "organ", p.pending, host=host, part_of=bool(spec.get("part_of")))
        elif p.body is None and not p.implied and not p.pending and not p.unread and nxt.body is not None \
                and nxt.body.kind == "organ" and nxt.body.host is not None \
                and (key(nxt.body.name) == key(kb.absorbs.get(nxt.title) or "-") or _beside_board(p.title, nxt.body, kb)):
            p.body = copy.deepcopy(nxt.body.host)  # "Phó Tổng Thư ký, Chánh Văn phòng Hội X": the office's host;
            # "Tổng giám đốc, Chủ tịch HĐQT Công ty X": the board's company
        elif p.body is None and not p.implied and not p.pending and not p.unread and nxt.body is not None \
                and nxt.body.kind != "organ" and not _held_in(p.title, nxt.body, kb):
            p.body = _place_body(p, nxt.body, kb)  # "Bí thư kiêm Chủ tịch UBND xã X": the Đảng ủy of xã X
        elif p.body is None and not p.implied and not p.pending and not p.unread and nxt.body is not None \
                and nxt.body.kind != "organ":
            p.body = copy.deepcopy(nxt.body)  # "Phó Chủ tịch, Tổng Thư ký Hội Luật gia Việt Nam"
            spec = kb.organs.get(key(kb.absorbs.get(p.title) or ""))
            if spec and "body" in (spec["hosts"] if isinstance(spec["hosts"], list) else [spec["hosts"]]):
                # "Chánh văn phòng kiêm người phát ngôn UBND tỉnh X": the office of the next item's body
                p.body = Body(max(p.start, p.end - len(spec["organ"])), p.end, "organ", spec["organ"], host=p.body,
                              part_of=bool(spec.get("part_of")))


_KIEM = re.compile(rf"[ \t]*,?{WS}kiêm{WS}")


def former_through_kiem(posts: list[Post], s: str) -> None:
    """ "nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X": "nguyên" covers the post joined by "kiêm" too."""
    for p, nxt in itertools.pairwise(posts):
        if p.former and not nxt.former and p.end <= nxt.start and _KIEM.fullmatch(s, p.end, nxt.start):
            nxt.former = True


def _outer_host(later: list[Post]) -> Body | None:
    """The host of a party committee whose member is named bare ("Đảng ủy viên, Bí thư chi bộ, Trưởng phòng X
    Sở Y"): of the first later item with a body, the first body up its hosts that is not a unit or an organ
    of another (Sở Y); None if it is only a locality's."""
    nxt = next((x for x in later if x.body is not None and not x.body.generic), None)
    node = next((n for n in nxt.body.nodes() if n.kind not in ("unit", "organ")), None) if nxt and nxt.body else None
    if node is None or (node.kind == "local" and node.fused):
        return None
    out = copy.deepcopy(node)
    out.start, out.end = max(out.start, later[0].start), max(out.end, later[0].start)
    return out


def _beside_board(title: str, board: Body, kb: Knowledge) -> bool:
    """Whether a bare title before a post in a company's board is held in the company: not a title a board's
    own members hold (body_grammar.yaml named_before.board_titles; titles.yaml one_post.members)."""
    own = (kb.grammar.get("named_before") or {}).get("board_titles") or []
    own = [*own, *((kb.title_data.get("one_post") or {}).get("members") or [])]
    return bool((kb.organs.get(key(board.name)) or {}).get("board")) and key(title) not in {key(str(t)) for t in own}


def _held_in(title: str, body: Body, kb: Knowledge) -> bool:
    """Whether a bare title may be held in the body the next item names: not a party title before a
    locality's council or committee (titles.yaml, party_beside: "Bí thư kiêm Chủ tịch UBND xã X")."""
    spec = kb.title_data.get("party_beside") or {}
    return not (title in (spec.get("titles") or []) and body.kind == "local" and not body.fused
                and key(body.name) in {key(str(h)) for h in spec.get("heads") or []})


def _place_body(post: Post, body: Body, kb: Knowledge) -> Body | None:
    """The body of the same locality as a local `body` in which a bare title is held (titles.yaml,
    place_posts), or None."""
    if body.kind != "local" or body.host is not None or body.fused:
        return None  # "Chủ tịch, Phó Bí thư Tỉnh ủy X" does not say which council or committee
    level = body.level
    heads = next((e.get("heads") or {} for e in kb.title_data.get("place_posts") or []
                  if post.title in (e.get("titles") or [])), {})
    head = kb.local_heads.get(key(str(heads.get(level) or ""))) if level else None
    if head is None:
        return None
    fused = bool(head.locality)
    return Body(post.end, post.end, "local", head.head, level=head.locality if fused else level, place=body.place,
                fused=fused, place_from=body.place_from, entry={"kind": head.kind, "english": head.english})


def unit_named(kb: Knowledge, post: Post, s: str, end: int) -> str | None:
    """The unit a head's title names with words in capitals up to `end` and no parent ("Phó phòng Tham mưu,
    kiêm người phát ngôn ...", "trưởng Phòng tham mưu, ..."): "Phòng Tham mưu"; or None."""
    head, words, written = kb.absorbs.get(post.title), " ".join(s[post.end:end].split()), s[post.start:post.end]
    if not head or not words:
        return None
    if key(words).startswith(key(head) + " "):
        words = words[len(head) + 1:]
    capital = key(written).endswith(" " + key(head)) and written[-len(head):][:1].isupper()  # "trưởng Phòng tham mưu"
    if not (words[:1].isupper() or capital) or len(words.split()) > 6 or any(c in words for c in ",;()"):
        return None
    return f"{head} {words[0].upper()}{words[1:]}"


def _own_board(unit: str, kb: Knowledge) -> bool:
    """ "Phó trưởng Ban Chỉ đạo thi, Chủ tịch Hội đồng thi X": a board of its own, not a unit of the next item's
    body (body_grammar.yaml, own_boards)."""
    return any(key(unit) == key(h) or key(unit).startswith(key(h) + " ") for h in kb.grammar.get("own_boards") or [])
