"""A document "được" a body "ban hành": that body issued it."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_a_document_issued_by_the_body_after_the_passive(extractor: Extractor) -> None:
    doc = run(extractor, "Quy chế phối hợp số 5 đã được Bộ Công an ban hành năm 2013 và nay cần sửa đổi.")
    assert ("Bộ Công an", "Quy chế phối hợp số 5") in rels(doc, "ISSUED")
    doc = run(extractor, "Sáng 7/3, Ủy ban nhân dân tỉnh Nam Định họp. Luật hòa giải ở cơ sở được Quốc hội ban hành "
                         "năm 2013 đã quy định rõ việc này.")
    assert ("Quốc hội", "Luật hòa giải ở cơ sở") in rels(doc, "ISSUED")


def test_a_document_a_body_only_comments_on_is_not_its_own(extractor: Extractor) -> None:
    doc = run(extractor, "Quy chế phối hợp số 5 đã được Bộ Công an góp ý trước khi ban hành.")
    assert not rels(doc, "ISSUED")
