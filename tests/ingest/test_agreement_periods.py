"""Agreements between the same bodies for different periods are different agreements; one period named
twice is one."""

from __future__ import annotations

from pathlib import Path

from coordgraph.graph.model import Article, DocGraph, Entity, Relation, agreement_id, resolve
from coordgraph.graph.store.falkordb import FalkorStore
from coordgraph.ingest.extract import Extractor
from coordgraph.ingest.ingest import ingest_paths
from coordgraph.ingest.resolve import resolve_docs
from reading import pairs, run

TWO = ("Chiều 29/10, Hội Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre tổ chức hội nghị tổng kết Chương trình "
       "phối hợp giữa Hội Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre giai đoạn 2016 - 2020 và ký kết Chương "
       "trình phối hợp giữa Hội Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre giai đoạn 2021-2025.")
ONE = ("Chiều 29/10, Hội Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre ký kết Chương trình phối hợp giữa Hội "
       "Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre giai đoạn 2021-2025. Theo Chương trình phối hợp giữa Hội "
       "Nông dân tỉnh Bến Tre và Sở Tư pháp tỉnh Bến Tre giai đoạn 2021-2025, hai bên tuyên truyền pháp luật cho "
       "nông dân.")


def agreements(doc: DocGraph) -> dict[str, str | None]:
    return {e.id: e.properties.get("term") for e in doc.entities if e.type == "Agreement"}


def test_two_periods_between_the_same_bodies_are_two_agreements(extractor: Extractor) -> None:
    doc = run(extractor, TWO)
    found = agreements(doc)
    assert sorted(found.values()) == ["2016-2020", "2021-2025"]
    events = pairs(doc, "REVIEWS") | pairs(doc, "SIGNS")
    assert len({target for _, target in events}) == 2  # the review and the signing each keep their programme


def test_one_period_named_twice_is_one_agreement(extractor: Extractor) -> None:
    assert list(agreements(run(extractor, ONE)).values()) == ["2021-2025"]


def _doc(article: str, *terms: str | None) -> DocGraph:
    a, b = Entity("a", "Agency", "Hội Nông dân tỉnh Bến Tre"), Entity("b", "Agency", "Sở Tư pháp tỉnh Bến Tre")
    ents, rels = [a, b], []
    for i, term in enumerate(terms):
        props = {"kind": "chuong_trinh_phoi_hop", "number": None, **({"term": term} if term else {})}
        ents.append(Entity(f"g{i}", "Agreement", f"Chương trình phối hợp {i}", [], props))
        rels += [Relation("PARTY_TO", "a", f"g{i}"), Relation("PARTY_TO", "b", f"g{i}")]
    return resolve(DocGraph(Article(article), ents, rels))


def test_the_id_of_an_agreement_names_its_period() -> None:
    parties = ["agency:a", "agency:b"]
    bare = agreement_id("chuong_trinh_phoi_hop", None, parties, "x")
    first = agreement_id("chuong_trinh_phoi_hop", None, parties, "x", "2016-2020")
    assert first != agreement_id("chuong_trinh_phoi_hop", None, parties, "x", "2021-2025")
    assert first == agreement_id("chuong_trinh_phoi_hop", None, parties[::-1], "y", "2016-2020")
    assert first.startswith(bare + "-") and bare == agreement_id("chuong_trinh_phoi_hop", None, parties, "x", None)
    assert agreement_id("quyet_dinh", "17-QĐ/TW", [], "x", "2016-2020") == "agreement:quyet-dinh-17-qd-tw"


def test_an_unperiodised_mention_joins_its_articles_one_period_only() -> None:
    assert len(agreements(_doc("t", "2021-2025", None))) == 1
    assert len(agreements(_doc("t", "2016-2020", "2021-2025", None))) == 3  # which of two: it can not say


def test_periods_keep_agreements_apart_across_articles() -> None:
    docs = [_doc("x", "2016-2020"), _doc("y", "2021-2025"), _doc("z", "2021-2025"), _doc("w", None)]
    res = resolve_docs(docs)
    ids = [next(iter(agreements(d))) for d in res.docs]
    assert ids[0] != ids[1] == ids[2] and ids[3] not in ids[:3]


def test_a_stored_graph_keeps_successive_programmes_apart(store: FalkorStore, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    head = "Bến Tre: hai ngành phối hợp\n\nThứ Sáu, 29/10/2021, 10:00 [GMT+7]\n"
    (folder / "p.txt").write_text(head + TWO + "\n", encoding="utf-8")
    (folder / "q.txt").write_text(head + ONE + "\n", encoding="utf-8")

    def quiet(message: str) -> None:
        raise AssertionError(message)

    ingest_paths([folder], store, jobs=1, report=quiet, progress=False)
    rows = store.view().read("MATCH (g:Agreement) RETURN g.id, g.term ORDER BY g.term").rows
    assert [r[1] for r in rows] == ["2016-2020", "2021-2025"]  # the 2021-2025 programme of both articles is one


def test_a_span_of_years_in_the_name_is_the_term_when_no_term_is_given() -> None:
    def doc(article: str, name: str) -> DocGraph:
        a, b = Entity("a", "Agency", "Hội Nông dân tỉnh Bến Tre"), Entity("b", "Agency", "Sở Tư pháp tỉnh Bến Tre")
        g = Entity("g", "Agreement", name, [], {"kind": "chuong_trinh_phoi_hop", "number": None})
        return DocGraph(Article(article), [a, b, g], [Relation("PARTY_TO", "a", "g"), Relation("PARTY_TO", "b", "g")])

    ids = [next(iter(agreements(d))) for d in resolve_docs([
        resolve(doc("x", "Chương trình phối hợp tuyên truyền pháp luật 2016 - 2020")),
        resolve(doc("y", "Chương trình phối hợp tuyên truyền pháp luật 2021–2025")),
        _doc("z", "2021-2025")]).docs]
    assert ids[0] != ids[1] == ids[2]
