"""Kinds of document that are one only with their number (a submission, a report, a dispatch): "tờ trình số
15-TTr/BTCTW của A" is A's document, "báo cáo của A" is none. Numbers with "&" in their code and after a
capitalised "Số"; parties named with their short names in brackets. Short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import names, pairs, run


def test_a_numbered_submission_and_its_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Chính trị đã xem xét tờ trình số 15-TTr/BTCTW của Ban Tổ chức Trung ương.")
    assert ("Ban Tổ chức Trung ương", "Tờ trình số 15-TTr/BTCTW") in pairs(doc, "ISSUED")


def test_a_numbered_report_and_its_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Báo cáo số 31-BC/BCĐ của Ban Chỉ đạo phòng, chống tham nhũng tỉnh Quảng Bình, "
                         "nhiều vụ việc đã được xử lý.")
    assert "Báo cáo số 31-BC/BCĐ" in names(doc, "Agreement")


def test_a_report_without_number_is_no_document(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Y tế tỉnh Quảng Bình đã nhận báo cáo của Bệnh viện Đa khoa tỉnh Quảng Bình về vụ việc.")
    assert not names(doc, "Agreement")


def test_a_dispatch_sent_by_a_standing_board(extractor: Extractor) -> None:
    doc = run(extractor, "Trước đó, Ban Thường vụ Tỉnh ủy Quảng Bình đã phát công điện khẩn Số 12-CĐ/TU về việc cho "
                         "học sinh nghỉ học.")
    assert ("Ban Thường vụ Tỉnh ủy Quảng Bình", "Công điện khẩn số 12-CĐ/TU") in pairs(doc, "ISSUED")


def test_a_dispatch_of_the_prime_minister(extractor: Extractor) -> None:
    doc = run(extractor, "Đó là nội dung công điện 77 của Thủ tướng về phòng chống bão.")
    assert ("Thủ tướng Chính phủ", "Công điện số 77") in pairs(doc, "ISSUED")


def test_an_ampersand_inside_the_code_of_a_number(extractor: Extractor) -> None:
    doc = run(extractor, "Theo văn bản số 25/SGD&ĐT-VP của Sở Giáo dục và Đào tạo tỉnh Quảng Bình, các trường "
                         "phải nghỉ học.")
    assert ("Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "Văn bản số 25/SGD&ĐT-VP") in pairs(doc, "ISSUED")


def test_parties_with_their_short_names_in_brackets(extractor: Extractor) -> None:
    doc = run(extractor, "Nhà máy được xây dựng theo thỏa thuận hợp tác đầu tư giữa Tập đoàn Điện lực Việt Nam (EVN) "
                         "và Tập đoàn Hóa chất Việt Nam (Vinachem).")
    assert {p for p, _ in pairs(doc, "PARTY_TO")} == {"Tập đoàn Điện lực Việt Nam", "Tập đoàn Hóa chất Việt Nam"}


def test_a_directive_issued_in_lower_case_is_named_by_its_topic(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Chính phủ vừa ký ban hành chỉ thị về tăng cường quản lý các hoạt động khai thác cát.")
    assert ("Thủ tướng Chính phủ", "Chỉ thị về tăng cường quản lý các hoạt động khai thác cát") in pairs(doc, "ISSUED")


def test_a_numbered_judgement_is_a_document(extractor: Extractor) -> None:
    doc = run(extractor, "Tòa án nhân dân tỉnh Quảng Bình đã tuyên Bản án số 21/2018/HSST đối với bị cáo Trần Văn Bình.")
    assert "Bản án số 21/2018/HSST" in names(doc, "Agreement")


def test_a_judgement_without_number_is_no_document(extractor: Extractor) -> None:
    doc = run(extractor, "Bị cáo Trần Văn Bình đã kháng cáo bản án của Tòa án nhân dân tỉnh Quảng Bình.")
    assert not names(doc, "Agreement")


def test_a_numbered_wanted_notice_is_a_document(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Quảng Bình đã ra Quyết định truy nã số 45 đối với Trần Văn Bình.")
    assert "Quyết định truy nã số 45" in names(doc, "Agreement")


def test_a_years_plan_of_a_board_named_again_by_its_head_alone_is_issued_by_that_board(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/3, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ 12. Các cơ quan "
                         "cần hoàn thành đúng tiến độ theo kế hoạch năm 2020 của Ban Chỉ đạo. Hội nghị cũng bàn việc khác.")
    assert ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
            "Kế hoạch năm 2020 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng") in pairs(doc, "ISSUED")
