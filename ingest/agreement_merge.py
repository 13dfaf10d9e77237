"""One document per thing an article names, however often and however written: the mentions of a document
(agreements.py) merged by name, number or parties."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import Knowledge, key

if TYPE_CHECKING:
    from coordgraph.ingest.agreements import DocMention


_YEAR_END = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")  # a law named with its year
_AMENDS = re.compile(r"sửa đổi,? bổ sung một số điều của\s+", re.IGNORECASE)


def _amended(name: str) -> str:
    """The law an amending law amends ("Luật sửa đổi, bổ sung một số điều của Luật X": "Luật X"), or ""."""
    am = _AMENDS.search(name)
    return key(name[am.end():]) if am else ""


@dataclass
class Document:
    kind: str
    words: str
    number: str | None
    parties: list[Body]
    lead: bool
    named: str | None = None
    issuers: list[Body] = field(default_factory=list)
    term: str | None = None
    term_word: str = "nhiệm kỳ"
    date: str | None = None
    topic: str | None = None
    mentions: list[DocMention] = field(default_factory=list)

    def name(self, kb: Knowledge) -> str:
        if self.named:
            return self.named
        if self.number:
            return f"{self.words} số {self.number}"
        if self.parties:
            names = [p.canonical(kb) for p in self.parties]
            words = f"{self.words} {self.topic}" if self.topic else self.words
            if len(names) == 1:  # "các đơn vị đã ký Quy chế phối hợp với B": B alone is named
                name = f"{words} với {names[0]}"
            elif self.lead:
                name = f"{words} giữa {names[0]} với {', '.join(names[1:])}"
            else:
                name = f"{words} giữa {', '.join(names[:-1])} và {names[-1]}"
            return name + (f" {self.term_word} {self.term}" if self.term else "")
        return self.words


def merge_documents(kb: Knowledge, mentions: list[DocMention]) -> list[Document]:
    """One document per thing the article names, however often and however written."""
    docs: list[Document] = []

    def add(doc: Document, dm: DocMention) -> None:
        dm.doc = docs.index(doc) if doc in docs else len(docs)
        if doc not in docs:
            docs.append(doc)
        doc.mentions.append(dm)
        if dm.issuer is not None:
            doc.issuers.append(dm.issuer)
        doc.issuers += dm.co_issuers
        if doc.term is None and dm.term:
            doc.term, doc.term_word = dm.term, dm.term_word
        doc.date = doc.date or dm.date
        doc.topic = doc.topic or dm.topic

    def pset(ps: list[Body]) -> frozenset[str]:
        return frozenset(p.canonical(kb) for p in ps if not p.generic)

    last_of_kind: dict[str, Document] = {}
    for dm in mentions:
        if dm.named:
            d = next((d for d in docs if d.named and key(d.named).startswith(key(dm.named)[:30])
                      and _amended(d.named) == _amended(dm.named)), None)
            if d is None and (ym := _YEAR_END.search(dm.named)) is not None:  # "Luật Tố cáo" ... "Luật Tố cáo năm 2018"
                bare = key(dm.named[:ym.start()])
                d = next((d for d in docs if d.named and key(d.named) == bare
                          and not any(_YEAR_END.search(m.named or "") for m in d.mentions)), None)
            add(d or Document(dm.kind, dm.words, None, [], False, named=dm.named), dm)
        elif dm.number:
            d = next((d for d in docs if d.kind == dm.kind and d.number and _same_number(d.number, dm.number)), None)
            if d is None and "/" in dm.number:  # "Thông báo kết luận số 50-TB/TW" ... "Thông báo số 50-TB/TW": one code
                d = next((d for d in docs if d.number and _same_code(d.number, dm.number)), None)
            if d and len(_bare_number(dm.number)) > len(_bare_number(d.number or "")):
                d.number = dm.number  # "số 12" ... "số 12/QĐ-UBND": the code adds to it; "Đề án 2" ... "Đề án 02" does not
            if d and len(dm.parties) > len(d.parties):  # "Kế hoạch phối hợp số 12593 giữa A và B"
                d.parties, d.lead = dm.parties, dm.lead
            add(d or Document(dm.kind, dm.words, dm.number, list(dm.parties), dm.lead), dm)
        elif dm.parties and dm.plural and dm.lead and len(dm.parties) > 2:
            for other in dm.parties[1:]:
                ps = [dm.parties[0], other]
                d = next((d for d in docs if d.kind == dm.kind and pset(d.parties) == pset(ps)), None)
                add(d or Document(dm.kind, dm.words, None, ps, True), dm)
            continue
        elif dm.parties:
            names = pset(dm.parties)
            split = [d for d in docs if d.kind == dm.kind and d.parties and pset(d.parties) < names
                     and len(pset(d.parties)) == 2 and d.lead]
            if dm.lead and split and names == frozenset().union(*(pset(d.parties) for d in split)):
                for d in split:
                    d.mentions.append(dm)
                dm.doc = docs.index(split[0])
                continue
            d = next((d for d in docs if d.kind == dm.kind and d.parties
                      and (pset(d.parties) <= names or names <= pset(d.parties))
                      and not (d.term and dm.term and d.term != dm.term)), None)
            if d is None:  # "lễ ký chương trình phối hợp ... ; ... giữa A và B": the one signed earlier
                d = next((d for d in docs if d.kind == dm.kind and not d.parties and not d.number
                          and not d.named), None)
            if d is not None and len(dm.parties) > len(d.parties):
                d.parties, d.lead = dm.parties, dm.lead
            elif d is not None and dm.lead and not d.lead and pset(dm.parties) == pset(d.parties):
                d.lead = True  # "A triển khai Quy chế phối hợp với B" then "... giữa A với B": A leads
            add(d or Document(dm.kind, dm.words, None, dm.parties, dm.lead), dm)
        else:
            d = last_of_kind.get(dm.kind)
            if d is not None:
                d.mentions.append(dm)
                dm.doc = docs.index(d)
            elif dm.signed:  # signed here; its signers are read from the event
                add(Document(dm.kind, dm.words, None, [], False), dm)
                last_of_kind[dm.kind] = docs[dm.doc]
            continue
        last_of_kind[dm.kind] = docs[dm.doc]
    # "Quy chế phối hợp 1753" and "Quy chế phối hợp giữa A với B ...": one document when alone of their kind
    for kind in {d.kind for d in docs}:
        same = [d for d in docs if d.kind == kind and not d.named]
        numbered = [d for d in same if d.number and not d.parties]
        partied = [d for d in same if d.parties and not d.number]
        if len(numbered) == 1 and len(partied) == 1 and len(same) == 2 \
                and not any(m.listed for m in partied[0].mentions):  # a group's list names several programmes
            n, p = numbered[0], partied[0]
            n.parties, n.lead = p.parties, p.lead
            n.mentions += p.mentions
            n.issuers += p.issuers
            if n.term is None and p.term:
                n.term, n.term_word = p.term, p.term_word
            for dm in p.mentions:
                dm.doc = docs.index(n)
            p.mentions = []
    _committees_again(kb, docs)
    return docs


def _committees_again(kb: Knowledge, docs: list[Document]) -> None:
    """ "Chương trình hợp tác giữa tỉnh X và tỉnh Y" in an article where the People's Committees of X and Y agree
    ("Chủ tịch UBND tỉnh X và Chủ tịch UBND tỉnh Y ký kết thỏa thuận hợp tác"): the provinces act through them
    there too."""
    head = kb.local_heads.get(key(str(kb.cues.get("locality_party_body") or "")))
    if head is None:
        return
    acting = {frozenset(str(p.place) for p in d.parties) for d in docs if len(d.parties) >= 2
              and all(p.kind == "local" and p.name == head.head and p.place and not p.host for p in d.parties)}
    for d in docs:
        places = frozenset(str(p.entry.get("place")) for p in d.parties)
        if len(d.parties) >= 2 and all(p.entry.get("kind") == "locality" for p in d.parties) and places in acting:
            d.parties = [Body(p.start, p.end, "local", head.head, level=str(p.entry["level"]), place=str(p.entry["place"]),
                              place_from="text", entry={"kind": head.kind, "english": head.english}) for p in d.parties]


def _same_code(a: str, b: str) -> bool:
    """Two full numbers with the issuer's code ("50-TB/TW") written alike name one document, whatever its kind."""
    a, b = (re.sub(r"\s+", "", x.lower()) for x in (a, b))
    return a == b and "/" in a and bool(re.search(r"[^\W\d_]", a))


def _bare_number(n: str) -> str:
    """A number as compared: no spaces, no leading zeros ("02" is "2")."""
    return re.sub(r"^0+(?=\d)", "", re.sub(r"\s+", "", n.lower()))


def _same_number(a: str, b: str) -> bool:
    a, b = _bare_number(a), _bare_number(b)
    short, full = sorted((a, b), key=len)
    return short == full or full.startswith((short + "-", short + "/"))
