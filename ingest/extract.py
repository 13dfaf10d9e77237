"""Article -> document graph: runs the pipeline and turns its findings into entities and
relations (FORMAT.md) with global ids and evidence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

from coordgraph.graph.model import Article, DocGraph, Entity, Evidence, Relation, resolve, slug
from coordgraph.ingest.agencies import Body
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.body_central import central_links
from coordgraph.ingest.body_fuller import moved_into, one_body_per_name
from coordgraph.ingest.body_organ_hosts import organs_under_full_names
from coordgraph.ingest.body_parents import grouped_parents, written_parents
from coordgraph.ingest.body_police_parents import police_parents
from coordgraph.ingest.body_written import former_names, written_name
from coordgraph.ingest.knowledge import NEVER, Knowledge, alternation, key, load
from coordgraph.ingest.meta import furniture
from coordgraph.ingest.pipeline import Findings, build_nlp, run
from coordgraph.ingest.post_context import Post
from coordgraph.ingest.post_foreign import foreign_posts
from coordgraph.ingest.post_merge import merge_titles
from coordgraph.ingest.text import Text

_BYLINE_SEP = re.compile(r"\s+[-–]\s+|\s*[,;/&]\s*|\s+và\s+")
_CREDIT = re.compile(r"(?<![\w/])Theo\s+((?:[A-ZĐ][^\W\d_]*\s+){1,4}[A-ZĐ][^\W\d_]*)\s*[/(–-]\s*[^\n]{2,60}?\s*\)?\s*$")
_TITLE_KINDS = {"head_of_state"}  # bodies named by a title: only as the target of a post


@cache
def _signed_off() -> re.Pattern[str]:
    """Authors' names closing the last paragraph ("... nhiệm vụ được giao. Thu Hà", "... Võ Hải - Hoàng Thùy"),
    maybe with a note of how the report was made ("Mộc Miên (Tổng hợp)", "Huyền Lê (Theo AFP)")."""
    name = r"(?:[A-ZĐ][a-zà-ỹđ]+\s+){1,3}[A-ZĐ][a-zà-ỹđ]+"
    words = [str(w) for w in furniture().get("byline_suffixes") or []]
    note = rf"(?:\s*\(?(?i:{alternation(words)})(?:\s[^()\n]{{1,30}})?\)?)?" if words else ""
    return re.compile(rf"[.!?…”\"]\s+({name}(?:\s*[-–]\s*{name}){{0,3}}){note}\s*$")


@cache
def _byline_prefix() -> re.Pattern[str]:
    words = [str(w) for w in furniture().get("byline_prefixes") or []]
    return re.compile(rf"(?:^|[.!?…”\"]\s+)(?:{alternation(words)})\s*:\s*([^\n.:;]{{3,60}}?)\s*$",
                      re.IGNORECASE) if words else NEVER


@cache
def _acting_office() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what precedes, what follows, the passive word before) a bare office title that acts (body_grammar.yaml,
    acting_office)."""
    ao = load().grammar.get("acting_office") or {}
    before = re.compile(rf"(?<!\w)(?:{alternation(ao.get('before') or [])})\s+$") if ao.get("before") else NEVER
    passive = re.compile(rf"(?<!\w)(?:{alternation(ao.get('passive') or [])})\s+$") if ao.get("passive") else NEVER
    adverbs = alternation(ao.get("adverbs") or []) if ao.get("adverbs") else None
    pre = rf"(?:\s+(?:{adverbs}))*" if adverbs else ""
    act = re.compile(rf"{pre}\s+(?:{alternation(ao.get('acts') or [])})(?!\w)") if ao.get("acts") else NEVER
    return before, act, passive


class _Builder:
    """Collects local entities and relations for one article."""

    def __init__(self, kb: Knowledge, f: Findings):
        self.kb = kb
        self.f = f
        self.text: Text = f.text  # type: ignore[assignment]
        self.entities: dict[str, Entity] = {}
        self.relations: list[Relation] = []
        self.wanted: set[str] = set()  # conditional entities that a relation uses

    def evidence(self, xpos: int) -> Evidence:
        t, a, b = self.text.evidence(xpos)
        return Evidence(t, a, b)

    def rel(self, type_: str, src: str, dst: str, xpos: int, **props: Any) -> None:
        self.relations.append(Relation(type_, src, dst, dict(props), self.evidence(xpos)))
        self.wanted.update((src, dst))

    # -- agencies ------------------------------------------------------------------
    def agency(self, b: Body) -> str:
        """Local id of a body (and its hosts, with PART_OF); conditional ones are kept only if used."""
        name = b.canonical(self.kb)
        generic, unresolved = b.generic, b.unresolved()
        if generic and b.kind != "generic":
            x = self.text.x
            pre = re.search(r"(?<!\w)(?:các|những)\s+$", x[max(0, b.start - 8):b.start])
            name = re.sub(r"\s+", " ", ("các " if pre else "") + x[b.start:b.end])
            name = name[:1].upper() + name[1:]
        if generic or unresolved:
            group = re.sub(r"^các |\s+(?:trực thuộc|thuộc) trung ương$", "", name.lower())
            eid = f"agency:{slug(self.f.article.id)}-{slug(group)}"
        else:
            eid = "a:" + name
        e = self.entities.get(eid)
        if e is not None and generic and len(name) > len(e.name):
            e.aliases.append(e.name)
            e.name = name
        if e is None:
            props: dict[str, Any] = {}
            entry = b.entry or {}
            if b.kind == "known" and entry:
                props.update({k: v for k, v in (("english_name", entry.get("english")), ("kind", entry.get("kind")),
                                                 ("level", entry.get("level"))) if v})
            elif b.kind == "local":
                props.update({k: v for k, v in (("english_name", entry.get("english")), ("kind", entry.get("kind")),
                                                 ("level", b.level), ("locality", b.place)) if v})
                if b.place_from == "source":
                    props["locality_from"] = "source"
            if generic:
                props["generic"] = True
            elif unresolved:
                props["ambiguous"] = True
                props["note"] = "the article does not say which locality"
            e = Entity(eid, "Agency", written_name(self.text.x, b, name), [], props)
            self.entities[eid] = e
            if generic or unresolved or (b.kind == "known" and entry.get("kind") in _TITLE_KINDS):
                e.properties["_conditional"] = True
        if b.kind == "known" and (b.entry or {}).get("kind") in _TITLE_KINDS and self._acts(b):
            self.wanted.add(eid)  # "Thủ tướng Chính phủ đã giao ...": the office itself acts
        surface = re.sub(r"\s+", " ", self.text.surface(b.start, b.end)).strip()
        if surface and surface != e.name and surface not in e.aliases and b.end > b.start:
            e.aliases.append(surface)
        if b.host is not None and not generic:
            hid = self.agency(b.host)
            if b.part_of and not b.host.generic and not b.host.unresolved():
                self.rel("PART_OF", eid, hid, b.start)
        return eid

    def _acts(self, b: Body) -> bool:
        """A title-named office written out in full ("Thủ tướng Chính phủ") with no person after it, or
        written bare and acting in an article that names no one with its title (`_acting_bare`)."""
        x = self.text.x
        if key(b.name) in self.kb.titles or any(0 <= p.start - b.end <= 2 for p in self.f.people):
            return False
        if len(x[b.start:b.end].split()) < 3:
            return self._acting_bare(b)
        return not any(p.chain_start <= b.start < p.chain_end for p in self.f.people)

    def _acting_bare(self, b: Body) -> bool:
        """ "Thủ tướng đã giao Bộ Nội vụ ...", "quyết định của Thủ tướng": the bare title acts as the office
        (acting_office) when no person in the article holds that title; "được Thủ tướng phê duyệt" even then."""
        before, act, passive = _acting_office()
        x, surface = self.text.x, key(self.text.x[b.start:b.end])
        if passive.search(x, max(0, b.start - 10), b.start) and act.match(x, b.end):
            return True
        if any(key(post.title) == surface for p in self.f.people for post in p.posts) \
                or re.search(r"(?<!\w)phó\s+$", x[max(0, b.start - 5):b.start], re.IGNORECASE):
            return False
        return bool(act.match(x, b.end) or before.search(x, max(0, b.start - 10), b.start))

    # -- people --------------------------------------------------------------------
    def people(self) -> None:
        kb, f = self.kb, self.f
        pairs: dict[str, dict[str, Body]] = {}  # posts the article names without a person ("Bộ trưởng Bộ Công an")
        taken = {(post.title, post.body.canonical(kb)) for p in f.people for post in p.posts if post.body is not None}
        held = {(p.name, post.title) for p in f.people for post in p.posts if post.body is not None or post.implied}
        x = self.text.x
        shared: dict[tuple[int, str], Body] = {}  # a bare title's span -> its body, for the names that share it
        for b in f.bodies:
            for m in kb.title_re.finditer(x, max(0, b.start - 40), b.start):
                title = kb.titles.get(key(m.group(0)))
                if title and re.fullmatch(r"\s+", x[m.end():b.start]) and (title, b.canonical(kb)) not in taken:
                    pairs.setdefault(title, {})[b.canonical(kb)] = b
        for p in f.people:
            pid = "p:" + p.name
            e = self.entities.setdefault(pid, Entity(pid, "Person", p.name, [], {}))
            if p.rank and "rank" not in e.properties:
                e.properties["rank"] = p.rank[:1].upper() + p.rank[1:]
            for post in p.posts:
                former = {"former": True} if post.former else {}
                if post.body is not None:
                    if not post.body.generic:
                        body = self._board_of(post.title, post.body)
                        self.rel("HOLDS_POSITION", pid, self.agency(body), post.start, title=post.title, **former)
                elif post.implied:
                    entry = kb.agencies.get(post.implied, {})
                    body = Body(post.start, post.start, "known", post.implied, entry=entry)
                    self.rel("HOLDS_POSITION", pid, self.agency(body), post.start, title=post.title, **former)
                elif not post.unread:  # a bare title: the body the article names with it, when only one
                    own = [r for r in self.relations if r.type == "HOLDS_POSITION" and r.source == pid
                           and r.properties.get("title") == post.title]
                    cands = pairs.get(post.title, {})
                    gap = x[post.end:p.start].strip()  # "Thứ trưởng A", "Bộ trưởng, thượng tướng A"
                    right_before = post.end <= p.start and (not gap or bool(kb.rank_re.fullmatch(gap.lstrip(", "))))
                    if post.listed:  # "các Phó Chủ tịch A, B": the body named last before the list
                        home = None if cands else self._listed_home(post)
                    else:  # "Thứ trưởng A" where the article names one Bộ
                        home = self._home(post.title, post.start) if not cands and right_before \
                            and (p.name, post.title) not in held else None
                    if not own and len(cands) != 1 and home is None:  # "4 thứ trưởng A, B": A's body is B's
                        home = shared.get((post.start, post.title))
                    if not own and (len(cands) == 1 or home is not None):
                        body = home or next(iter(cands.values()))
                        shared[(post.start, post.title)] = body
                        if not body.generic and not body.unresolved():
                            self.rel("HOLDS_POSITION", pid, self.agency(body), post.start, title=post.title,
                                     **former)
        self.relations = merge_titles(self.relations, kb, {i: e.name for i, e in self.entities.items()})
        lines = [unicodedata.normalize("NFC", ln) for ln in self.text.orig.splitlines() if ln.strip()][-3:]
        credit = next((m for m in (_CREDIT.search(ln[-160:]) or _signed_off().search(ln[-100:]) for ln in lines) if m),
                      None)  # "... Theo Lê Sơn/Cổng TTĐT", "... nhiệm vụ được giao. Thu Hà"
        first = credit.group(1).split()[0] if credit else ""
        if credit and (any(rx.match(credit.group(1)) for rx in (kb.known_re, kb.local_head_re, kb.unit_re, kb.organ_re,
                                                                 kb.place_re, kb.country_re, kb.title_re))
                       or first == "Theo" or (kb.honorific_re.fullmatch(first) and not _BYLINE_SEP.search(credit.group(1)))):
            credit = None  # "Theo Ban Tổ chức/..." cites a body; "Theo Chinhphu" an outlet; "Ông X" is a caption
            # (but "Anh Minh - Võ Hải" names two authors)
        bylines = [f.article.byline or "", credit.group(1) if credit else ""]
        for ln in lines:  # "... hợp tác xã. Tin, ảnh: Đăng Khoa", maybe above a photo caption
            pm = _byline_prefix().search(ln[-100:])
            if pm:
                bylines.append(pm.group(1))
        for byline in filter(None, bylines):
            for name in _BYLINE_SEP.split(byline):
                name = name.strip(" .()")
                if 2 <= len(name.split()) <= 5 and name[:1].isupper():
                    self.entities.setdefault("p:" + name, Entity("p:" + name, "Person", name, [], {"byline": True}))

    def _board_of(self, title: str, body: Body) -> Body:
        """ "Chủ tịch PVN" where the article names PVN's board ("Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí"):
        a chair of a company or bank is its board's when the article names one board of it (body_grammar.yaml,
        named_before: board_titles); else the company's."""
        nb = self.kb.grammar.get("named_before") or {}
        if title not in (nb.get("board_titles") or []) or body.kind == "organ" \
                or str((body.entry or {}).get("kind")) not in (nb.get("board_host_kinds") or []):
            return body
        name = body.canonical(self.kb)
        boards = {n.canonical(self.kb): n for b in self.f.bodies for n in b.nodes()
                  if n.kind == "organ" and n.host is not None and not n.generic
                  and (self.kb.organs.get(key(n.name)) or {}).get("board") and n.host.canonical(self.kb) == name}
        return next(iter(boards.values())) if len(boards) == 1 else body

    def _listed_home(self, post: Post) -> Body | None:
        """ "Ban Chấp hành Hội X ra mắt, các Phó Chủ tịch gồm ông A và ông B": a bare title shared by a list is
        held in the body its sentence names last before it (a board's or committee's host), or else the body
        the sentence before names last; None when neither names one."""
        lo = self.text.sentence_of(post.start)[0]
        before = [b for b in self.f.bodies if lo <= b.start and b.end <= post.start]
        if not before and lo > 0:
            prev = self.text.sentence_of(lo - 1)[0]
            before = [b for b in self.f.bodies if prev <= b.start and b.end <= lo]
        if not before:
            return None
        body = max(before, key=lambda b: b.end)
        if body.kind == "organ" and body.host is not None:
            body = body.host
        return None if body.generic or body.unresolved() else body

    def _home(self, title: str, at: int) -> Body | None:
        """The one body the article names with a head a bare title is held in (titles.yaml, home_heads); of
        several, the one its sentence names before it ("Văn phòng UBND TP. HCM truyền đạt ý kiến của chủ
        tịch X")."""
        heads = [key(str(h)) + " " for h in (self.kb.title_data.get("home_heads") or {}).get(title) or []]
        if not heads:
            return None
        found = {n.canonical(self.kb): n for b in self.f.bodies for n in b.nodes()
                 if not n.generic and not n.unresolved() and key(n.canonical(self.kb)).startswith(tuple(heads))}
        if len(found) > 1:
            lo = self.text.sentence_of(at)[0]
            named = {c: n for b in self.f.bodies if lo <= b.start < at for n in b.nodes()
                     if (c := n.canonical(self.kb)) in found}
            found = named or self._most_named(found)
        return next(iter(found.values())) if len(found) == 1 else None

    def _most_named(self, found: dict[str, Body]) -> dict[str, Body]:
        """Of several bodies, the one the article is about: named at least `times` times, and `ratio` times as
        often as any other (titles.yaml, home_most_named); else none."""
        spec = self.kb.title_data.get("home_most_named") or {}
        times, ratio = int(spec.get("times") or 0), int(spec.get("ratio") or 0)
        counts = Counter(c for b in self.f.bodies for n in b.nodes() if (c := n.canonical(self.kb)) in found)
        ranked = counts.most_common(2)
        if not times or not ranked or ranked[0][1] < times or (len(ranked) > 1 and ranked[0][1] < ratio * ranked[1][1]):
            return {}
        return {ranked[0][0]: found[ranked[0][0]]}

    # -- documents and events ----------------------------------------------------------
    def signers(self) -> None:
        """A signing ceremony organised by two or more bodies: they are the parties to what it signs."""
        for ev in self.f.events:
            hosts = list({b.canonical(self.kb): b for b in ev.organisers if not b.generic}.values())
            if len(hosts) < 2:
                continue
            for rel, dm, _ in ev.docs:
                for d in self.f.documents:
                    if rel == "SIGNS" and dm in d.mentions and not d.parties and not d.number:
                        d.parties = list(hosts)

    def documents(self) -> dict[int, str]:
        ids: dict[int, str] = {}
        for i, d in enumerate(self.f.documents):
            if not d.mentions or not (d.number or d.parties or d.named):
                continue
            did = f"g:{i}"
            props: dict[str, Any] = {"kind": d.kind, "number": d.number}
            if d.term:
                props["term"] = d.term
            if d.date:
                props["date"] = d.date
            self.entities[did] = Entity(did, "Agreement", d.name(self.kb), [], props)
            ids[i] = did
            pos = d.mentions[0].start
            for j, p in enumerate(d.parties):
                if p.generic and p.kind == "group":
                    continue  # "các quận, huyện": it names the document, but no body
                role = {"role": "lead"} if d.lead and j == 0 else {}
                self.rel("PARTY_TO", self.agency(p), did, pos, **role)
            for iss in {id(b): b for b in d.issuers}.values():
                self.rel("ISSUED", self.agency(iss), did, pos)
        return ids

    def events(self, doc_ids: dict[int, str]) -> None:
        for i, ev in enumerate(self.f.events):
            eid = f"e:{i}"
            self.entities[eid] = Entity(eid, "Event", ev.name, [], {"kind": ev.kind, "date": ev.date})
            for b in ev.organisers:
                self.rel("ORGANIZES", self.agency(b), eid, ev.start)
            for name, pos in ev.chairs.items():
                self.rel("CHAIRS", "p:" + name, eid, pos)
            for name, pos in ev.attends.items():
                if name not in ev.chairs:
                    self.rel("ATTENDS", "p:" + name, eid, pos)
            for place, pos in ev.places:
                lid = "l:" + place
                self.entities.setdefault(lid, Entity(lid, "Location", place, [], {}))
                self.rel("HELD_IN", eid, lid, pos)
            seen = set()
            for rel, dm, pos in ev.docs:
                for j, d in enumerate(self.f.documents):
                    if dm in d.mentions and j in doc_ids and (rel, j) not in seen:
                        seen.add((rel, j))
                        self.rel(rel, eid, doc_ids[j], pos)
            agreed = [j for j, d in enumerate(self.f.documents) if j in doc_ids and d.parties and not d.number]
            if ev.kind == "ky_ket" and not ev.docs and len(agreed) == 1:  # "Lễ ký kết" and the one agreement read
                self.rel("SIGNS", eid, doc_ids[agreed[0]], ev.start)
            if ev.date is None and not any(eid in (r.source, r.target) for r in self.relations):
                del self.entities[eid]  # neither day nor anyone taking part: too little to report it by

    def graph(self) -> tuple[list[Entity], list[Relation]]:
        for b in self.f.bodies:
            for n in b.nodes():
                if n.generic:
                    break
                self.agency(n)
        central_links(self, self.f.bodies)
        posts = [post.body for p in self.f.people for post in p.posts if post.body is not None]
        written_parents(self, self.text.x, self.f.bodies + posts)
        grouped_parents(self, self.text.x, self.f.bodies)
        police_parents(self, self.text, self.f.bodies + posts)
        keep = [e for e in self.entities.values() if not e.properties.pop("_conditional", False) or e.id in self.wanted]
        keep, rels = _one_of_each_name(keep, self.relations)
        keep, rels = one_body_per_name(self.kb, keep, rels)
        keep, rels = foreign_posts(self.kb, keep, rels)
        former_names(self.kb, self.text.x, keep)
        organs_under_full_names(self.kb, keep, rels)
        ids = {e.id for e in keep}
        rels = [r for r in rels if r.source in ids and r.target in ids]
        return keep, rels


def _one_of_each_name(keep: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    """A body read as a group ("kỳ họp Quốc hội") that has the very name of a body read as itself in the same
    article is that body, and so is an office named without the seat it is named with elsewhere: its relations
    go to it."""
    named = {e.name: e for e in keep if e.type == "Agency" and not e.properties.get("generic")}
    moved = {e.id: named[e.name] for e in keep
             if e.type == "Agency" and e.properties.get("generic") and e.name in named}
    seated: dict[str, list[Entity]] = {}  # "Lãnh sự quán Pháp" after "Lãnh sự quán Pháp tại TP HCM": that office
    for e in named.values():
        if " tại " in e.name:
            seated.setdefault(e.name.rsplit(" tại ", 1)[0], []).append(e)
    moved.update({e.id: seated[e.name][0] for e in named.values() if len(seated.get(e.name, [])) == 1})
    if not moved:
        return keep, relations
    for old, e in moved.items():
        e.aliases.extend(a for a in next(x for x in keep if x.id == old).aliases if a not in e.aliases and a != e.name)
    return moved_into(keep, relations, moved)


class Extractor:
    """Builds the pipeline once; `extract` is called per article."""

    def __init__(self) -> None:
        self.kb = load()
        self.nlp = build_nlp()

    def extract(self, article: RawArticle) -> DocGraph:
        meta = Article(article.id, article.title, article.published, article.source, article.url,
                       article.content_hash)
        doc = run(self.nlp, article)
        meta.published = meta.published or doc._.cg.text_date
        b = _Builder(self.kb, doc._.cg)
        b.people()
        b.signers()
        doc_ids = b.documents()
        b.events(doc_ids)
        entities, relations = b.graph()
        return resolve(DocGraph(meta, entities, relations))
