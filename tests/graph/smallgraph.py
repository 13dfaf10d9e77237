"""A small hand-built graph whose query results the tests spell out."""

from __future__ import annotations

from coordgraph.graph.model import Article, DocGraph, Entity, Relation
from coordgraph.graph.store.base import Store

A, B, C = "agency:bo-cong-an", "agency:ban-tuyen-giao", "agency:uy-ban-mat-tran"
G1, G2 = "agreement:chuong-trinh-phoi-hop-1", "agreement:quy-che-phoi-hop-2"
E1, E2 = "event:2021-03-01-ky-ket", "event:2022-06-10-so-ket"
P, Q, L = "person:nguyen-van-p", "person:tran-thi-q", "location:ha-noi"
NAMES = {A: "Bo Cong an", B: "Ban Tuyen giao", C: "Uy ban Mat tran", G1: "Chuong trinh phoi hop 1",
         G2: "Quy che phoi hop 2", E1: "Le ky ket", E2: "Hoi nghi so ket", P: "Nguyen Van P",
         Q: "Tran Thi Q", L: "Ha Noi"}
TYPES = {"agency": "Agency", "agreement": "Agreement", "event": "Event", "person": "Person", "location": "Location"}


def _doc(aid: str, date: str, rels: list[tuple[str, str, str, dict]], props: dict[str, dict]) -> DocGraph:
    ids = sorted({x for r in rels for x in r[1:3]})
    ents = [Entity(i, TYPES[i.split(":")[0]], NAMES[i], [], props.get(i, {})) for i in ids]
    return DocGraph(Article(aid, f"Article {aid}", date, "test"), ents,
                    [Relation(t, s, o, p) for t, s, o, p in rels])


def load_small(store: Store) -> Store:
    """Two articles: a programme led by A with B and C, a regulation between B and C, events, posts."""
    one = _doc("n1", "2021-03-01", [
        ("PARTY_TO", A, G1, {"role": "lead"}), ("PARTY_TO", B, G1, {}), ("PARTY_TO", C, G1, {}),
        ("SIGNS", E1, G1, {}), ("ORGANIZES", A, E1, {}), ("HELD_IN", E1, L, {}),
        ("HOLDS_POSITION", P, A, {"title": "Bo truong"}), ("CHAIRS", P, E1, {}),
    ], {G1: {"kind": "chuong_trinh_phoi_hop", "number": "1"}, E1: {"kind": "ky_ket", "date": "2021-03-01"}})
    two = _doc("n2", "2022-06-10", [
        ("PARTY_TO", B, G2, {}), ("PARTY_TO", C, G2, {}), ("REVIEWS", E2, G1, {}), ("LAUNCHES", E2, G2, {}),
        ("ORGANIZES", C, E2, {}), ("ORGANIZES", B, E2, {}),
        ("HOLDS_POSITION", P, A, {"title": "Bo truong"}), ("HOLDS_POSITION", Q, B, {"title": "Truong ban"}),
    ], {G1: {"kind": "chuong_trinh_phoi_hop", "number": "1"}, G2: {"kind": "quy_che_phoi_hop", "term": "2022-2026"},
        E2: {"kind": "so_ket", "date": "2022-06-10"}})
    with store.writer() as w:
        w.add(one)
        w.add(two)
    return store
