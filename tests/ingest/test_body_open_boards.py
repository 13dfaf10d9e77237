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


def test_a_board_named_for_the_scheme_it_drafts_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chỉ đạo xây dựng Đề án đã làm việc với các bộ, ngành trong tháng 5.")
    assert "Ban Chỉ đạo xây dựng Đề án" in agencies(doc)


def test_a_headline_board_that_builds_something_is_no_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ban chỉ đạo xây dựng đặc khu chuẩn bị họp lần hai\nHôm nay, các thành viên đã nhận tài liệu.")
    assert not any("đặc khu" in a for a in agencies(doc))


def test_a_board_that_steers_prices_ends_before_a_clause(extractor: Extractor) -> None:
    doc = run(extractor, "Hai bộ sẽ báo cáo Ban Chỉ đạo điều hành giá trước khi trình phương án mới.")
    assert "Ban Chỉ đạo điều hành giá" in agencies(doc)


def test_a_board_of_a_project_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Khi làm phó trưởng ban chỉ đạo dự án khu nhà ở Tây Mỗ, ông K đã ký nhiều văn bản.")
    assert "Ban Chỉ đạo dự án khu nhà ở Tây Mỗ" in agencies(doc)
