"""A foreign official's post in a body named as one of ours is held in their own country's body."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_politburo_post_beside_a_foreign_city_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/3/2018, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thiên Tân Trương Cao Lệ đã đến thăm.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trương Cao Lệ", "Bộ Chính trị Trung Quốc", "Ủy viên"),
        ("Trương Cao Lệ", "Thành ủy Thiên Tân", "Bí thư"),
    }


def test_our_own_politburo_post_stays_ours(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 2/3/2018, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Lê Văn Hải đã đến thăm.")
    assert ("Lê Văn Hải", "Bộ Chính trị", "Ủy viên") in rels(doc, "HOLDS_POSITION")
