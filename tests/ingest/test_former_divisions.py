from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, people, run


def test_a_district_before_2025_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Cựu chiến binh quận Nam Từ Liêm đã tổ chức hội nghị tổng kết năm.")
    assert "Hội Cựu chiến binh quận Nam Từ Liêm" in agencies(doc)
    assert "Từ Liêm" not in people(doc)


def test_a_former_district_after_a_fused_head_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hòa, Phó Bí thư Huyện ủy Tuy An, cho biết sẽ kiểm tra.")
    assert ("Lê Văn Hòa", "Huyện ủy Tuy An", "Phó Bí thư") in labelled(doc, "HOLDS_POSITION")
    assert "Tuy An" not in people(doc)


def test_a_province_merged_away_long_ago_is_a_place(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Tâm từng là Phó Chủ tịch UBND tỉnh Hà Tây trước khi nghỉ hưu.")
    assert "Hà Tây" not in people(doc)
