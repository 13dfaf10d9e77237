from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_board_named_for_renewal_reads_past_doi_moi(extractor: Extractor) -> None:
    doc = run(extractor, "Theo báo cáo của Ban Chỉ đạo đổi mới và phát triển doanh nghiệp, tiến độ còn chậm.")
    assert "Ban Chỉ đạo đổi mới và phát triển doanh nghiệp" in agencies(doc)


def test_a_board_of_a_programme_written_with_a_capital_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Ban chỉ đạo Chương trình mục tiêu quốc gia về giảm nghèo đã họp trực tuyến.")
    assert "ban chỉ đạo chương trình mục tiêu quốc gia về giảm nghèo" in {a.lower() for a in agencies(doc)}


def test_a_board_of_an_exam_keeps_its_year_and_province(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Minh được cử làm Trưởng ban chỉ đạo thi THPT quốc gia năm 2019 tỉnh Lai Châu.")
    assert "Ban Chỉ đạo thi THPT quốc gia năm 2019 tỉnh Lai Châu" in agencies(doc)


def test_a_board_of_cadre_planning_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Theo đề xuất của Ban chỉ đạo xây dựng quy hoạch cán bộ cấp chiến lược, hội nghị thống nhất.")
    assert "Ban Chỉ đạo xây dựng quy hoạch cán bộ cấp chiến lược" in agencies(doc)


def test_a_board_of_judgement_enforcement_in_lower_case_is_no_exam_board(extractor: Extractor) -> None:
    doc = run(extractor, "Phó chủ tịch tỉnh, trưởng ban chỉ đạo thi hành án dân sự cho biết sẽ giải quyết sớm.")
    assert not any("thi hành" in a for a in agencies(doc))
