"""Agreements as the genre writes them on articles the rules were not written on: documents named in lower
case by their issuer and topic, parties named after "của", working sessions on a regulation. Short texts
written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import run


def rels(doc: DocGraph, type_: str) -> set[tuple[str, str]]:
    by_id = {e.id: e for e in doc.entities}
    return {(by_id[r.source].name, by_id[r.target].name) for r in doc.relations if r.type == type_}


def test_a_lower_case_document_named_by_its_issuer_and_topic_is_issued_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, Tỉnh ủy Nam Định tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác "
                         "cán bộ. Ông A bị kỷ luật vì vi phạm quy định của Ban Bí thư về trách nhiệm nêu gương của "
                         "đảng viên, Ủy ban Kiểm tra nêu rõ.")
    issued = rels(doc, "ISSUED")
    assert ("Bộ Chính trị", "Quyết định của Bộ Chính trị về công tác cán bộ") in issued
    assert ("Ban Bí thư", "Quy định của Ban Bí thư về trách nhiệm nêu gương của đảng viên") in issued


def test_a_lower_case_document_only_referred_to_is_no_document(extractor: Extractor) -> None:
    for text in ("Theo quyết định của Bộ Công an, ông B được điều động.",
                 "Tỉnh đã thực hiện kết luận của Thanh tra Chính phủ về vấn đề này."):
        doc = run(extractor, text)
        assert not rels(doc, "ISSUED"), text
