from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_school_named_after_a_person_keeps_the_whole_name(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/10, Trường THPT Lê Quý Đôn phối hợp với Công an phường tổ chức buổi tuyên truyền.")
    assert "Trường THPT Lê Quý Đôn" in agencies(doc)


def test_a_primary_school_named_by_its_place_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Trường Tiểu học Hòa Bình đã gửi văn bản đề nghị hỗ trợ.")
    assert "Trường Tiểu học Hòa Bình" in agencies(doc)
