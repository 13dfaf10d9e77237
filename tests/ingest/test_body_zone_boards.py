from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_board_named_by_an_urban_area_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ban quản lý khu đô thị Nam Sơn đã trình phương án bồi thường mới.")
    assert "Ban Quản lý Khu đô thị Nam Sơn" in agencies(doc)


def test_the_new_urban_area_abbreviation_is_read_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Ban quản lý KĐTM Bắc Sơn đã ký hợp đồng với nhà thầu.")
    assert "Ban Quản lý Khu đô thị mới Bắc Sơn" in agencies(doc)


def test_a_board_named_by_a_national_park_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Quản lý VQG Bạch Mã đã thả các cá thể động vật về rừng.")
    assert "Ban Quản lý Vườn quốc gia Bạch Mã" in agencies(doc)


def test_a_board_whose_first_word_is_in_lower_case_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn công tác của ban Quản lý Khu kinh tế mở Nam Hải đã làm việc với nhà đầu tư.")
    assert "Ban Quản lý Khu kinh tế mở Nam Hải" in agencies(doc)
