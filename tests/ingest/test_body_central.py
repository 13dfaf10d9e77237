from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_provincial_deputation_is_part_of_the_national_assembly_named_in_the_article(
        extractor: Extractor) -> None:
    doc = run(extractor, "Trước kỳ họp của Quốc hội, Đoàn đại biểu Quốc hội tỉnh Nam Định đã tiếp xúc cử tri "
                         "ở hai huyện ven biển.")
    assert ("Đoàn Đại biểu Quốc hội tỉnh Nam Định", "Quốc hội") in pairs(doc, "PART_OF")


def test_a_deputation_alone_does_not_bring_in_the_national_assembly(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay, Đoàn đại biểu Quốc hội tỉnh Nam Định đã tiếp xúc cử tri ở hai huyện ven biển.")
    assert "Quốc hội" not in agencies(doc)
    assert not pairs(doc, "PART_OF")


def test_national_councils_and_committees_chaired_by_deputy_prime_ministers_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bà H được giao làm Chủ tịch Hội đồng Giáo dục quốc phòng - an ninh Trung ương và Chủ tịch "
                         "Ủy ban quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma tuý, mại dâm.")
    assert {"Hội đồng Giáo dục quốc phòng - an ninh Trung ương",
            "Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"} <= agencies(doc)


def test_the_national_search_and_rescue_committee_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Uỷ ban Quốc gia tìm kiếm cứu nạn, hai tàu cá đã được kéo vào bờ an toàn.")
    assert "Ủy ban Quốc gia tìm kiếm cứu nạn" in agencies(doc)


def test_the_government_inspectorate_s_anti_corruption_department_is_read_alone(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn công tác đã làm việc với Cục Chống tham nhũng về các vụ việc tồn đọng.")
    assert "Cục Chống tham nhũng" in agencies(doc)
    assert not pairs(doc, "PART_OF")
