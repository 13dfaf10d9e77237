"""Heads of schools abbreviated ("ĐH Cần Thơ") or written without "Trường" ("Cao đẳng Sư phạm X") are read."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_an_abbreviated_university_head_is_read_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay ĐH Thủy lợi và ĐH Điện lực phối hợp với tỉnh tổ chức thi.")
    assert {"Trường Đại học Thủy lợi", "Trường Đại học Điện lực"} <= agencies(doc)


def test_a_university_of_universities_keeps_its_bare_head(extractor: Extractor) -> None:
    doc = run(extractor, "Sinh viên ĐH Đà Nẵng tham gia chiến dịch tình nguyện hè.")
    assert "Đại học Đà Nẵng" in agencies(doc)


def test_the_head_is_written_as_the_article_writes_the_school_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Đại học Duy Tân tuyển sinh 5.000 chỉ tiêu. Năm ngoái ĐH Duy Tân tuyển 4.000 sinh viên.")
    assert "Trường Đại học Duy Tân" not in agencies(doc)


def test_a_congress_abbreviated_alike_is_no_university(extractor: Extractor) -> None:
    doc = run(extractor, "ĐH Đoàn toàn quốc lần thứ XI và ĐH XIII của Đảng là dấu mốc quan trọng.")
    assert not any(a.startswith("Trường Đại học") for a in agencies(doc))


def test_a_college_is_read_without_its_school_word(extractor: Extractor) -> None:
    doc = run(extractor, "Cụm thi do Cao đẳng Sư phạm Lạng Sơn chủ trì.")
    assert "Cao đẳng Sư phạm Lạng Sơn" in agencies(doc)


def test_a_province_s_political_school_is_a_local_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Nam, Hiệu trưởng Trường Chính trị tỉnh Lạng Sơn, phát biểu khai giảng.")
    assert ("Trần Văn Nam", "Trường Chính trị tỉnh Lạng Sơn") in pairs(doc, "HOLDS_POSITION")
