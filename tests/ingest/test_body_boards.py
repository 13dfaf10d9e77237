from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_a_brand_named_after_a_board_is_the_company_whose_board_it_is(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Phúc, Chủ tịch HĐQT Sunhouse, cho biết Sunhouse sẽ mở thêm nhà máy.")
    assert {"Hội đồng quản trị Sunhouse", "Sunhouse"} <= agencies(doc)
    assert ("Lý Văn Phúc", "Hội đồng quản trị Sunhouse", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert ("Hội đồng quản trị Sunhouse", "Sunhouse") in pairs(doc, "PART_OF")


def test_a_board_of_a_brand_may_be_joined_by_cua(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Đỗ Thị Mai (chủ tịch HĐTV của Vinatex) nói rằng đơn hàng đã tăng.")
    assert ("Đỗ Thị Mai", "Hội đồng thành viên Vinatex", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert ("Hội đồng thành viên Vinatex", "Vinatex") in pairs(doc, "PART_OF")


def test_a_brand_given_in_brackets_after_the_full_name_still_names_the_full_name(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) họp. Ông Hà Văn Long, Chủ tịch HĐTV của PVN, phát biểu.",
    )
    assert ("Hà Văn Long", "Hội đồng thành viên Tập đoàn Dầu khí Quốc gia Việt Nam", "Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )
    assert "PVN" not in agencies(doc)


def test_a_board_before_a_longer_name_does_not_make_its_first_word_a_brand(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Vũ Đức Hải, Chủ tịch HĐQT ABC Xuân Trường, vắng mặt.")
    assert "ABC" not in agencies(doc)


def test_a_company_written_in_lower_case_after_a_board_is_the_board_s_host(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đặng Quốc Huy, nguyên chủ tịch HĐQT công ty Xây dựng Hòa Bình, bị khởi tố.")
    assert ("Đặng Quốc Huy", "Hội đồng quản trị Công ty Xây dựng Hòa Bình", "Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )
    assert ("Hội đồng quản trị Công ty Xây dựng Hòa Bình", "Công ty Xây dựng Hòa Bình") in pairs(
        doc, "PART_OF"
    )


def test_the_inspection_committee_of_a_province_is_that_of_its_party_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra tỉnh Quảng Nam, phát biểu.")
    assert ("Lê Văn Hùng", "Ủy ban Kiểm tra Tỉnh ủy Quảng Nam", "Chủ nhiệm") in labelled(
        doc, "HOLDS_POSITION"
    )
    assert ("Ủy ban Kiểm tra Tỉnh ủy Quảng Nam", "Tỉnh ủy Quảng Nam") in pairs(doc, "PART_OF")


def test_a_one_word_brand_in_brackets_used_again_names_the_company(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Công ty cổ phần Giấy Sông Lam (Solapa) mở nhà máy. Bà Hồ Thị Lan, Chủ tịch HĐQT Solapa, dự lễ.",
    )
    assert ("Hồ Thị Lan", "Hội đồng quản trị Công ty Cổ phần Giấy Sông Lam", "Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )
    assert "Solapa" not in agencies(doc)


def test_a_bare_board_in_a_side_sentence_is_the_board_of_that_company(extractor: Extractor) -> None:
    doc = run(extractor, "Về phía Tập đoàn Minh Long, có bà Trần Thị Mai – Phó Chủ tịch Hội đồng quản trị và đại diện "
                         "ban lãnh đạo.")
    assert ("Trần Thị Mai", "Hội đồng quản trị Tập đoàn Minh Long", "Phó Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert ("Hội đồng quản trị Tập đoàn Minh Long", "Tập đoàn Minh Long") in pairs(doc, "PART_OF")


def test_a_bare_board_closing_a_clause_is_the_board_of_the_company_before(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh giao đất cho Công ty Minh Long do ông Trần Văn Hải làm Chủ tịch Hội đồng quản trị.")
    assert ("Trần Văn Hải", "Hội đồng quản trị Công ty Minh Long", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")


def test_a_nickname_in_brackets_does_not_stop_the_post_after_the_name(extractor: Extractor) -> None:
    doc = run(extractor, 'Tỉnh giao đất cho Công ty Minh Long do Trần Văn Hải (tức Hải "Sắt") làm Chủ tịch Hội đồng quản trị.')
    assert ("Trần Văn Hải", "Hội đồng quản trị Công ty Minh Long", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")



def test_a_bare_board_after_two_companies_is_of_the_last_one_in_the_sentence(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Hải Hà góp vốn thành lập Công ty TNHH Minh Long (vốn 20 tỷ đồng) tại quận Ba Đình, "
                         "ông Trần Văn Hải làm Chủ tịch HĐTV.")
    assert ("Trần Văn Hải", "Hội đồng thành viên Công ty TNHH Minh Long", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")


def test_a_company_s_chair_is_its_board_s_when_the_article_names_the_board(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hội đồng thành viên Tập đoàn Truyền dẫn Việt Nam (VTD) họp phiên đầu năm. Chủ tịch VTD Trần Văn Khải phát biểu.",
    )
    assert ("Trần Văn Khải", "Hội đồng thành viên Tập đoàn Truyền dẫn Việt Nam", "Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )


def test_a_company_s_chair_stays_the_company_s_when_no_board_is_named(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Tập đoàn Truyền dẫn Việt Nam Trần Văn Khải phát biểu.")
    assert ("Trần Văn Khải", "Tập đoàn Truyền dẫn Việt Nam", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")


def test_a_brand_named_only_after_a_chief_executive_is_a_company(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng giám đốc Vinacargo Lê Văn Tâm và ông Ngô Minh Hải, Phó tổng giám đốc AnPhat, đã ký.")
    assert {"Vinacargo", "AnPhat"} <= agencies(doc)
    assert {("Lê Văn Tâm", "Vinacargo", "Tổng Giám đốc"), ("Ngô Minh Hải", "AnPhat", "Phó Tổng Giám đốc")} <= labelled(
        doc, "HOLDS_POSITION")


def test_one_syllable_or_a_longer_name_after_a_chief_is_no_brand(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Hòa, tổng giám đốc Kinh, và ông Lê Văn Nam, tổng giám đốc VN Pharma, bị bắt.")
    assert not {"Kinh", "VN"} & agencies(doc)


def test_a_board_before_a_company_s_head_alone_is_the_board_of_the_company_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Tập đoàn Than Miền Bắc tổ chức hội nghị. Dự có ông Lê Văn Nam - Bí thư Đảng ủy, Chủ tịch HĐTV "
                         "Tập đoàn; ông Hồ Văn Tâm - Thành viên HĐTV Tập đoàn.")
    assert {("Lê Văn Nam", "Hội đồng thành viên Tập đoàn Than Miền Bắc", "Chủ tịch"),
            ("Hồ Văn Tâm", "Hội đồng thành viên Tập đoàn Than Miền Bắc", "Thành viên")} <= labelled(doc, "HOLDS_POSITION")
    assert ("Hội đồng thành viên Tập đoàn Than Miền Bắc", "Tập đoàn Than Miền Bắc") in pairs(doc, "PART_OF")


def test_the_oil_and_gas_group_named_by_its_brand_alone_is_the_listed_group(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Khải, Chủ tịch HĐTV PVN, cho biết PVN sẽ giảm chi phí.")
    assert ("Trần Văn Khải", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam", "Chủ tịch") in labelled(
        doc, "HOLDS_POSITION"
    )
    assert ("Hội đồng thành viên Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dầu khí Việt Nam") in pairs(doc, "PART_OF")


def test_the_oil_and_gas_group_keeps_the_older_name_its_article_writes(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lê Thị Hoa, thành viên Hội đồng thành viên Tập đoàn dầu khí quốc gia Việt Nam, vắng mặt.")
    assert ("Lê Thị Hoa", "Hội đồng thành viên Tập đoàn Dầu khí Quốc gia Việt Nam", "Thành viên") in labelled(
        doc, "HOLDS_POSITION"
    )


def test_a_party_committee_named_after_the_group_takes_the_older_name_its_article_writes(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Trung ương kiểm tra Ban Thường vụ Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam.")
    assert ("Ban Thường vụ Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam", "Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam") in pairs(
        doc, "PART_OF"
    )


def test_a_chief_executive_abbreviated_after_a_bare_board_holds_both_posts(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đoàn Văn Quý (nguyên Chủ tịch HĐQT, TGĐ Vinatex) vắng mặt tại tòa.")
    assert ("Đoàn Văn Quý", "Hội đồng quản trị Vinatex", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    assert ("Đoàn Văn Quý", "Vinatex", "Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")
