from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_a_listed_organ_ending_in_another_name_of_its_parent_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/3, Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh họp bàn kế hoạch năm.")
    assert ("Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in pairs(doc, "PART_OF")


def test_an_association_s_centre_is_its_central_committee_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/6, Trung ương Hội Liên hiệp Thanh niên Việt Nam và Trung ương Hội Nông dân Việt Nam "
                         "họp bàn kế hoạch hỗ trợ hội viên.")
    assert {("Ủy ban Trung ương Hội Liên hiệp Thanh niên Việt Nam", "Hội Liên hiệp Thanh niên Việt Nam"),
            ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam")} <= pairs(doc, "PART_OF")
    doc = run(extractor, "Ông Lê Văn Ba, Bí thư Đảng đoàn Trung ương Hội Nông dân Việt Nam, dự họp.")
    assert ("Lê Văn Ba", "Đảng đoàn Hội Nông dân Việt Nam", "Bí thư") in labelled(doc, "HOLDS_POSITION")
    assert not pairs(doc, "PART_OF")


def test_the_red_cross_centre_is_its_central_committee_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 8/5, Trung ương Hội Chữ thập đỏ Việt Nam phát động chương trình hiến máu.")
    assert ("Ban Chấp hành Trung ương Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ Việt Nam") in pairs(doc, "PART_OF")
    doc = run(extractor, "Bà Trần Thị Hoa, Bí thư Đảng đoàn Trung ương Hội Chữ thập đỏ Việt Nam, dự họp.")
    assert ("Trần Thị Hoa", "Đảng đoàn Hội Chữ thập đỏ Việt Nam", "Bí thư") in labelled(doc, "HOLDS_POSITION")


def test_the_secretariat_of_the_party_is_not_made_part_of_its_central_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư Trung ương Đảng vừa ban hành chỉ thị mới về công tác dân vận.")
    assert not pairs(doc, "PART_OF")


def test_the_central_committee_of_the_association_named_is_read_from_a_bare_head(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Luật gia Việt Nam vừa tổng kết năm. Trung ương Hội đã chỉ đạo các tỉnh làm tốt việc này. "
                         "Ban Thường vụ Trung ương Hội cũng cho ý kiến.")
    part_of = pairs(doc, "PART_OF")
    assert ("Ban Chấp hành Trung ương Hội Luật gia Việt Nam", "Hội Luật gia Việt Nam") in part_of
    assert ("Ban Thường vụ Trung ương Hội Luật gia Việt Nam", "Ban Chấp hành Trung ương Hội Luật gia Việt Nam") in part_of


def test_a_bare_association_whose_committee_the_data_names_as_itself_is_not_part_of_itself(
        extractor: Extractor) -> None:
    doc = run(extractor, "Hội Nông dân Việt Nam vừa tổng kết năm. Trung ương Hội đã chỉ đạo các tỉnh làm tốt việc này.")
    assert all(a != b for a, b in pairs(doc, "PART_OF"))


def test_a_bare_association_with_none_named_before_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Trung ương Hội đã chỉ đạo các tỉnh làm tốt việc này.")
    assert not pairs(doc, "PART_OF")


def test_a_listed_department_and_its_ministry_apart_by_a_comma_or_a_code_is_part_of_it(extractor: Extractor) -> None:
    for text in ("Hôm qua, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an đã bắt hai đối tượng.",
                 "Hôm qua, Cục Cảnh sát điều tra tội phạm về ma túy (C 04) Bộ Công an đã bắt hai đối tượng.",
                 "Hôm qua, Cục Cảnh sát điều tra tội phạm về ma túy (C 04, Bộ Công an) đã bắt hai đối tượng."):
        assert ("Cục Cảnh sát điều tra tội phạm về ma túy", "Bộ Công an") in pairs(run(extractor, text), "PART_OF")


def test_two_listed_bodies_in_a_comma_list_are_not_made_unit_and_parent(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra đề nghị Bộ Chính trị, Ban Chấp hành Trung ương Đảng xem xét kỷ luật.")
    assert ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng") not in pairs(doc, "PART_OF")


def test_a_command_is_named_by_its_region_words_and_number_or_its_city(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay, Bộ tư lệnh Vùng 3 Hải quân và Bộ tư lệnh cảnh sát biển vùng 4 cùng Bộ Tư lệnh "
                         "Quân khu 7 đã phối hợp với Bộ Tư lệnh TP HCM diễn tập.")
    assert {"Bộ Tư lệnh Vùng 3 Hải quân", "Bộ Tư lệnh Cảnh sát biển vùng 4", "Bộ Tư lệnh Quân khu 7",
            "Bộ Tư lệnh Thành phố Hồ Chí Minh"} <= agencies(doc)
    assert "Quân khu 7" not in agencies(doc)


def test_a_colon_list_of_ministries_and_other_bodies_after_bo_nganh_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Thủ tướng phụ trách các bộ ngành: Xây dựng; Nội vụ, Thanh tra Chính phủ, Y tế.")
    assert {"Bộ Xây dựng", "Bộ Nội vụ", "Thanh tra Chính phủ", "Bộ Y tế"} <= agencies(doc)


def test_a_bare_prime_minister_who_acts_in_an_article_naming_none_is_the_office(extractor: Extractor) -> None:
    doc = run(extractor, "Đề án đã được Thủ tướng phê duyệt từ tháng 3, theo quyết định của Thủ tướng.")
    assert "Thủ tướng Chính phủ" in agencies(doc)


def test_a_bare_prime_minister_who_stands_for_a_named_person_is_not_the_office(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Lê Văn Hùng dự hội nghị. Sau đó, Thủ tướng giao Bộ Y tế rà soát.")
    assert "Thủ tướng Chính phủ" not in agencies(doc)


def test_a_bare_prime_minister_who_approves_a_document_is_the_office_even_beside_a_named_one(
        extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Lê Văn Hùng dự hội nghị. Nghị định đã được Thủ tướng ký ban hành tháng trước.")
    assert "Thủ tướng Chính phủ" in agencies(doc)


def test_a_bare_prime_minister_who_allows_an_act_is_the_office(extractor: Extractor) -> None:
    doc = run(extractor, "Sau khi lấy ý kiến các bộ, Thủ tướng cho phép UBND tỉnh điều chỉnh dự án.")
    assert "Thủ tướng Chính phủ" in agencies(doc)


def test_departments_listed_after_one_head_word_take_the_place_written_after_the_last(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh giao Sở Nội vụ, Tư pháp, Y tế tỉnh Lạng Sơn rà soát hồ sơ.")
    assert {"Sở Nội vụ tỉnh Lạng Sơn", "Sở Tư pháp tỉnh Lạng Sơn", "Sở Y tế tỉnh Lạng Sơn"} <= agencies(doc)


def test_a_department_listed_before_a_provinces_police_is_not_made_a_department(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Y tế, Công an tỉnh Lạng Sơn cùng vào cuộc.")
    assert "Công an tỉnh Lạng Sơn" in agencies(doc) and not any(a.startswith("Sở Công an") for a in agencies(doc))


def test_the_culture_and_sports_department_written_with_a_dash_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Tại Lạng Sơn, Sở Văn hóa - Thể thao vừa kiểm tra các quán karaoke.")
    assert "Sở Văn hóa và Thể thao tỉnh Lạng Sơn" in agencies(doc)


def test_steering_committees_listed_after_one_head_in_lower_case_are_each_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị bàn việc sắp xếp lại các Ban chỉ đạo Tây Nguyên, Tây Bắc và Tây Nam bộ.")
    assert {"Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo Tây Bắc", "Ban Chỉ đạo Tây Nam Bộ"} <= agencies(doc)


def test_a_described_body_closed_by_a_numbered_region_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Tàu của Trung tâm phối hợp tìm kiếm cứu nạn hàng hải khu vực II đã đến; "
                         "giấy chứng nhận do Chi cục Thú y vùng III cấp.")
    assert {"Trung tâm phối hợp tìm kiếm cứu nạn hàng hải khu vực II", "Chi cục Thú y vùng III"} <= agencies(doc)
    assert "Cục Thú y" not in agencies(doc)


def test_an_office_named_by_where_it_sits_keeps_its_seat_and_is_part_of_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý, Trưởng đại diện Văn phòng UNICEF tại Hà Nội, và Chi nhánh Ngân hàng Nhà nước "
                         "tại Bắc Ninh cùng ký biên bản.")
    part_of = pairs(doc, "PART_OF")
    assert ("Văn phòng UNICEF tại Hà Nội", "Quỹ Nhi đồng Liên hợp quốc") in part_of
    assert ("Chi nhánh Ngân hàng Nhà nước tại Bắc Ninh", "Ngân hàng Nhà nước Việt Nam") in part_of


def test_an_organ_whose_head_a_title_holds_is_read_with_no_person_named(extractor: Extractor) -> None:
    doc = run(extractor, "Sau khi rời UBND tỉnh Nghệ An, ông Tâm lần lượt giữ các chức Chánh văn phòng Tỉnh ủy, "
                         "Trưởng ban Tổ chức Tỉnh ủy.")
    assert {"Văn phòng Tỉnh ủy Nghệ An", "Ban Tổ chức Tỉnh ủy Nghệ An"} <= agencies(doc)
    assert ("Văn phòng Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An") in pairs(doc, "PART_OF")


def test_an_organ_held_by_a_title_is_not_placed_by_a_province_of_another_kind(extractor: Extractor) -> None:
    doc = run(extractor, "Trưởng ban Tổ chức Thành ủy ở Bạc Liêu bị kỷ luật.")
    assert not any(a.startswith("Ban Tổ chức") for a in agencies(doc))


def test_a_departments_inspectorate_is_part_of_the_department(extractor: Extractor) -> None:
    doc = run(extractor, "Theo kết luận của Thanh tra sở Tài chính tỉnh Bắc Kạn, hai dự án đã sai phạm.")
    assert ("Thanh tra Sở Tài chính tỉnh Bắc Kạn", "Sở Tài chính tỉnh Bắc Kạn") in pairs(doc, "PART_OF")


def test_a_province_inspectorate_stays_the_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra tỉnh Bình Định đã công bố kết luận.")
    assert "Thanh tra tỉnh Bình Định" in agencies(doc)


def test_a_ministry_s_inspectorate_holds_its_chief_inspector(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Bình, Phó chánh thanh tra Bộ Tư pháp, đã làm việc với tỉnh.")
    assert ("Hà Văn Bình", "Thanh tra Bộ Tư pháp", "Phó Chánh Thanh tra") in labelled(doc, "HOLDS_POSITION")
    assert ("Thanh tra Bộ Tư pháp", "Bộ Tư pháp") in pairs(doc, "PART_OF")


def test_inspecting_a_ministry_is_no_inspectorate(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay đoàn công tác sẽ thanh tra Bộ Tư pháp về việc cấp phép.")
    assert "Thanh tra Bộ Tư pháp" not in agencies(doc)


def test_an_organ_after_a_month_and_year_is_no_counted_organ(extractor: Extractor) -> None:
    doc = run(extractor, "Theo đề nghị của ngành, tháng 4-2019 thường trực Tỉnh ủy Bình Định đã thống nhất chủ trương.")
    assert ("Thường trực Tỉnh ủy Bình Định", "Tỉnh ủy Bình Định") in pairs(doc, "PART_OF")


def test_a_count_before_an_organ_still_reads_one_organ_of_each_body(extractor: Extractor) -> None:
    doc = run(extractor, "Quy chế giữa 3 Thường trực HĐND tỉnh Bình Định, UBND và Ủy ban MTTQ tỉnh được ký hôm qua.")
    assert not any(a.startswith("Thường trực") for a in agencies(doc))


def test_the_standing_office_of_a_steering_committee_is_one_organ(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Văn phòng thường trực Ban Chỉ huy phòng chống thiên tai tỉnh Lào Cai, mưa lớn còn kéo dài.")
    assert pairs(doc, "PART_OF") == {("Văn phòng Thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh Lào Cai",
                                      "Ban Chỉ huy phòng, chống thiên tai tỉnh Lào Cai")}


def test_a_committees_executive_listed_with_its_organs_is_the_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Bình được bầu vào Ban Chấp hành, Ban Thường vụ Tỉnh ủy Hưng Yên khóa mới.")
    assert "Ban Chấp hành Tỉnh ủy Hưng Yên" not in agencies(doc)
    assert {"Tỉnh ủy Hưng Yên", "Ban Thường vụ Tỉnh ủy Hưng Yên"} <= agencies(doc)


def test_a_committees_executive_named_with_it_is_the_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị Ban Chấp hành Huyện ủy Gia Lâm lần thứ năm đã diễn ra sáng nay.")
    assert "Ban Chấp hành Huyện ủy Gia Lâm" not in agencies(doc)


def test_the_editorial_board_of_a_paper_written_in_lower_case_is_part_of_the_paper(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Hòa, ủy viên Ban biên tập báo Lao Động, cho biết tòa soạn sẽ mở thêm chuyên mục.")
    board = "Ban Biên tập Báo Lao Động"
    assert (board, "Báo Lao Động") in pairs(doc, "PART_OF")
    assert ("Trần Văn Hòa", board, "Ủy viên") in labelled(doc, "HOLDS_POSITION")


def test_an_organ_of_a_central_committee_named_by_its_short_name_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều nay, Ban Thường vụ Trung ương Đoàn và Thường trực Trung ương Đoàn đã họp bàn kế hoạch.")
    committee = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    assert {("Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", committee),
            ("Thường trực Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", committee)} <= pairs(doc, "PART_OF")


def test_organs_listed_before_a_listed_organ_take_the_body_it_names(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay, Ban Chấp hành, Ban Thường vụ, Ban Bí thư Trung ương Đoàn khóa mới ra mắt.")
    assert ("Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") in pairs(doc, "PART_OF")
