"""A university written "Trường ĐH X" and a national university written "ĐHQG X" are read in full; "ĐH" alone
(also a congress, "Đại hội") is left as it is."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_university_written_with_dh_and_its_student_union_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Anh Phạm Văn Hải, Chủ tịch Hội Sinh viên Trường ĐH Vinh, cho biết trường có ba đội tình nguyện.")
    union, school = "Hội Sinh viên Trường Đại học Vinh", "Trường Đại học Vinh"
    assert {union, school} <= agencies(doc)
    assert (union, school) in pairs(doc, "PART_OF")


def test_a_national_university_written_dhqg_is_read_with_its_member_school(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Văn Hải, Hiệu trưởng Trường ĐH Bách khoa (ĐHQG TP. HCM), dự buổi lễ.")
    national = "Đại học Quốc gia Thành phố Hồ Chí Minh"
    assert national in agencies(doc)
    assert ("Trường Đại học Bách khoa", national) in pairs(doc, "PART_OF")


def test_a_police_university_named_with_lower_case_words_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Học viện An ninh nhân dân và Trường ĐH Phòng cháy chữa cháy vừa công bố điểm chuẩn.")
    assert "Trường Đại học Phòng cháy chữa cháy" in agencies(doc)
    assert "Trường Đại học Phòng" not in agencies(doc)
