"""Figures after a document's kind that count time, not number the document ("lệnh bắt bị can để tạm giam 4
tháng"), numbered documents issued one after another by one body, and dates in brackets between a number and its
issuer. Short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, run
from reading import pairs as rels


def test_a_length_of_time_after_a_kind_is_no_number(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn đã ra lệnh bắt bị can để tạm giam "
                         "3 tháng đối với ông Trần Văn Bình.")
    assert not names(doc, "Agreement")


def test_a_year_after_the_unit_keeps_the_number(extractor: Extractor) -> None:
    doc = run(extractor, "Các chi bộ tiếp tục thực hiện Chỉ thị 05 năm 2016 trong năm nay.")
    assert names(doc, "Agreement") == {"Chỉ thị số 05"}


def test_a_second_numbered_document_issued_with_the_same_verb_has_the_same_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn đã ra quyết định khởi tố bị can số 12 và ra "
                         "lệnh bắt bị can số 31 đối với ông Trần Văn Bình.")
    issued = rels(doc, "ISSUED")
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn", "Lệnh bắt bị can số 31") in issued
    assert ("Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn", "Quyết định khởi tố bị can số 12") in issued


def test_a_date_in_brackets_between_the_number_and_the_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh đã bố trí vốn theo công văn số 542 (ngày 3-4-2019) của Bộ Tài chính.")
    assert ("Bộ Tài chính", "Công văn số 542") in rels(doc, "ISSUED")


def test_a_part_numbered_before_the_kind_counts_no_documents(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Điều 8 Nghị định 27/2015/NĐ-CP, các xã phải lập hồ sơ trước tháng 6.")
    assert names(doc, "Agreement") == {"Nghị định số 27/2015/NĐ-CP"}


def test_a_count_before_the_kind_still_names_several(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh đã ban hành 3 Quyết định 12/QĐ-UBND trong năm.")
    assert not names(doc, "Agreement")


def test_spaced_figures_after_a_code_are_part_of_the_number(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định đã ra Quyết định số 17/PC 02 ngày 4/5/2019 "
                         "và Hội đồng nhân dân tỉnh ban hành Nghị quyết số 23/NQ-HĐND 16 ngày 6/7/2018.")
    assert {"Quyết định số 17/PC 02", "Nghị quyết số 23/NQ-HĐND 16"} <= names(doc, "Agreement")


def test_a_spaced_tail_with_a_figure_is_part_of_the_number(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Nam Định đã có công văn số 88/CAT-PV - PC 05, gửi các huyện.")
    assert names(doc, "Agreement") == {"Công văn số 88/CAT-PV - PC 05"}


def test_a_numbered_document_in_brackets_after_a_body_named_after_cua_is_issued_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh đã xét đề nghị của Sở Tài chính tỉnh Nam Định (công văn 1904 ngày 3/11/2017) "
                         "và đồng ý.")
    assert ("Sở Tài chính tỉnh Nam Định", "Công văn số 1904") in rels(doc, "ISSUED")


def test_a_numbered_document_in_brackets_after_a_body_not_named_after_cua_has_no_issuer_from_it(
        extractor: Extractor) -> None:
    doc = run(extractor, "Dự án được giao cho Sở Tài chính tỉnh Nam Định (công văn 1904 ngày 3/11/2017) thực hiện.")
    assert not rels(doc, "ISSUED")


def test_a_numbered_document_after_a_body_named_after_cua_and_tai_is_issued_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Thường vụ Tỉnh ủy đã xem xét kiến nghị của Ủy ban Kiểm tra Tỉnh ủy Nam Định tại Tờ trình "
                         "số 45-TTr/UBKTTU và thống nhất thi hành kỷ luật.")
    assert ("Ủy ban Kiểm tra Tỉnh ủy Nam Định", "Tờ trình số 45-TTr/UBKTTU") in rels(doc, "ISSUED")


def test_a_body_before_tai_without_cua_issues_nothing(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Bình bị Ủy ban Kiểm tra Tỉnh ủy Nam Định nhắc tới tại Tờ trình số 45-TTr/UBKTTU.")
    assert not {i for i, d in rels(doc, "ISSUED") if d == "Tờ trình số 45-TTr/UBKTTU"}


def test_a_leading_zero_written_later_keeps_the_first_form(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 19/10, Bộ Công an tổ chức hội nghị triển khai Đề án 2 về phòng, chống tội phạm có tổ chức. "
                         "Các đơn vị báo cáo kết quả thực hiện Đề án 02 của Bộ Công an.")
    assert names(doc, "Agreement") == {"Đề án số 2"}


def test_the_code_in_the_number_names_the_issuer_the_article_reads(extractor: Extractor) -> None:
    doc = run(extractor, "Trả lời cử tri, Bộ Tài chính cho biết các tỉnh làm theo hướng dẫn tại Công văn số "
                         "1234/BTC-NSNN ngày 5/3/2019.")
    assert ("Bộ Tài chính", "Công văn số 1234/BTC-NSNN") in rels(doc, "ISSUED")
