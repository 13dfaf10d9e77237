from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_the_agriculture_bank_is_read_whole_past_va(extractor: Extractor) -> None:
    doc = run(extractor, "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam vừa giảm lãi suất cho vay.")
    assert agencies(doc) == {"Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"}


def test_the_department_of_information_written_short_is_the_full_department(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hòa, Giám đốc Sở Thông tin tỉnh Quảng Ngãi, bị kỷ luật khiển trách.")
    assert "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi" in agencies(doc)


def test_a_join_after_a_trade_word_is_inside_the_company_name(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay Công ty cổ phần Đầu tư và Xây dựng Hoàng Phát đã bàn giao nhà cho khách.")
    assert agencies(doc) == {"Công ty Cổ phần Đầu tư và Xây dựng Hoàng Phát"}


def test_a_join_goes_on_through_trade_words_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty TNHH Thương mại và dịch vụ vận tải Hoàng Phát vừa mở thêm tuyến xe.")
    assert agencies(doc) == {"Công ty TNHH Thương mại và dịch vụ vận tải Hoàng Phát"}


def test_a_join_before_another_body_closes_the_company_name(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty cổ phần Xây dựng và UBND tỉnh Nam Định đã ký thỏa thuận hợp tác.")
    assert "Ủy ban nhân dân tỉnh Nam Định" in agencies(doc)
    assert not any(" và " in a for a in agencies(doc))


def test_a_verb_segmented_with_the_company_name_is_no_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Lô hàng do Công ty Hoàng Long nhập từ Hàn Quốc đã bị tạm giữ.")
    assert "Công ty Hoàng Long" in agencies(doc)
    assert not any(a.endswith(" nhập") for a in agencies(doc))


def test_a_papers_name_segmented_with_its_head_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tám, Tổng biên tập Báo Công an Nhân dân, phát biểu tại buổi lễ.")
    assert "Báo Công an Nhân dân" in agencies(doc)


def test_a_group_named_with_words_in_lower_case_before_the_country_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Quốc Vinh, Tổng giám đốc Tập đoàn Cơ khí chế tạo Việt Nam, cho biết như vậy.")
    assert "Tập đoàn Cơ khí chế tạo Việt Nam" in agencies(doc)
