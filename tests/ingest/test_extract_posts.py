"""Posts, sub-units and bodies outside the reference lists, on short texts written for these tests:
the constructions the blind sets (tests/ingest/blind, blind2) showed the extractor missing."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, people, run
from reading import labelled as rels


def test_a_title_before_a_locality_alone_is_a_post_in_its_people_s_committee_or_party_committee(
        extractor: Extractor) -> None:
    doc = run(extractor, "Phó Chủ tịch TP Cần Thơ Lê Văn Tâm và Bí thư Cần Thơ Trần Văn Lâm đến thăm xã.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Tâm", "Ủy ban nhân dân thành phố Cần Thơ", "Phó Chủ tịch"),
                                           ("Trần Văn Lâm", "Thành ủy Cần Thơ", "Bí thư")}
    doc = run(extractor, "Làm việc tại Nghệ An, Chủ tịch tỉnh Hoàng Văn Sơn yêu cầu các sở rà soát.")
    assert rels(doc, "HOLDS_POSITION") == {("Hoàng Văn Sơn", "Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch")}


def test_the_president_named_after_a_city_is_no_city_chairman(extractor: Extractor) -> None:
    doc = run(extractor, "Lời dạy của Chủ tịch Hồ Chí Minh được nhắc lại tại buổi lễ.")
    assert not rels(doc, "HOLDS_POSITION") and not agencies(doc)


def test_a_post_after_a_verb_or_with_no_comma_after_the_name_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Chính trị phân công ông Lê Minh Khải làm Trưởng ban Kinh tế Trung ương.")
    assert ("Lê Minh Khải", "Ban Kinh tế Trung ương", "Trưởng ban") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Trân trọng, Đỗ Văn Hải Phó Chủ tịch Hội Nông dân Việt Nam")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Hải", "Hội Nông dân Việt Nam", "Phó Chủ tịch")}
    doc = run(extractor, "Bà Phan Thị Mai (hiện là Giám đốc Sở Y tế tỉnh Bình Định) đã trả lời báo chí.")
    assert rels(doc, "HOLDS_POSITION") == {("Phan Thị Mai", "Sở Y tế tỉnh Bình Định", "Giám đốc")}


def test_a_verb_without_a_post_gives_none(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Quốc Toản làm việc với Bộ Tư pháp về dự án luật.")
    assert not rels(doc, "HOLDS_POSITION")


def test_a_post_held_before_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Vũ Đức Long từng làm Giám đốc Sở Xây dựng tỉnh Nam Định.")
    [rel] = [r for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert rel.properties.get("former") is True


def test_a_unit_named_by_its_head_s_title_runs_to_the_holder_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Phó cục trưởng Kiểm soát thủ tục hành chính Lê Thị Hằng trình bày báo cáo.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Thị Hằng", "Cục Kiểm soát thủ tục hành chính", "Phó Cục trưởng")}


def test_a_unit_named_by_its_head_s_title_takes_the_parent_in_brackets_or_after_a_comma(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Ngô Văn Bình Vụ trưởng Pháp chế (Bộ Xây dựng) phát biểu.")
    assert ("Vụ Pháp chế", "Bộ Xây dựng", "") in rels(doc, "PART_OF")
    assert ("Ngô Văn Bình", "Vụ Pháp chế", "Vụ trưởng") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Dự có Phó vụ trưởng vụ 3, Ban Tổ chức Trung ương Hà Thị Lan.")
    assert ("Vụ 3", "Ban Tổ chức Trung ương", "") in rels(doc, "PART_OF")
    assert ("Hà Thị Lan", "Vụ 3", "Phó Vụ trưởng") in rels(doc, "HOLDS_POSITION")


def test_a_unit_title_never_takes_a_person_s_name_as_the_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Pháp chế: Trưởng ban Lý Văn Hòa. Phó ban Đặng Minh Tú và Lưu Thị Cúc.")
    assert not {a for a in agencies(doc) if a.startswith("Ban ") and a != "Ban Pháp chế"}
    doc = run(extractor, "Trưởng ban Nguyễn Văn Tài (Phó bí thư quận Ba Đình) được bầu.")
    assert rels(doc, "HOLDS_POSITION") == {("Nguyễn Văn Tài", "Quận ủy Ba Đình", "Phó Bí thư")}


def test_a_foreign_official_after_a_title_and_an_international_body_is_a_person_with_the_post(
        extractor: Extractor) -> None:
    doc = run(extractor, "Tổng Thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Mark Rutte phát biểu. "
                         "Tổng thống Hàn Quốc Lee Jae - myung cũng có mặt.")
    assert {"Mark Rutte", "Lee Jae-myung"} <= people(doc)
    assert ("Mark Rutte", "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Tổng Thư ký") in rels(doc, "HOLDS_POSITION")


def test_a_district_office_outside_the_lists_is_read_up_to_its_district(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trịnh Văn Tùng, Trưởng phòng Văn hóa - Thông tin huyện Yên Thế, cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Trịnh Văn Tùng", "Phòng Văn hóa - Thông tin huyện Yên Thế", "Trưởng phòng")}


def test_a_described_body_may_end_with_a_province_s_name_alone(extractor: Extractor) -> None:
    doc = run(extractor, "Cảng vụ hàng hải Quảng Ninh đã cho tàu rời cảng.")
    assert agencies(doc) == {"Cảng vụ hàng hải Quảng Ninh"}
    doc = run(extractor, "Trung tâm quản lý đường hầm sông Sài Gòn cho biết.")
    assert not agencies(doc)  # the river's name is a place, not the end of the body's name


def test_a_described_name_with_a_comma_holds_only_capitalised_words_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Văn hóa, Thể thao TP Cần Thơ cho biết.")
    assert agencies(doc) == {"Sở Văn hóa, Thể thao thành phố Cần Thơ"}
    doc = run(extractor, "Vụ việc xảy ra tại Công ty TNHH Minh Phát, Agribank chi nhánh TP Cần Thơ.")
    assert not any("Agribank" in a for a in agencies(doc))


def test_an_organ_of_a_party_committee_is_not_read_as_a_described_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chấp hành Đảng bộ tỉnh Bắc Giang họp phiên thường kỳ.")
    assert not any(a.startswith("Ban Chấp hành Đảng bộ") for a in agencies(doc))


def test_a_name_the_surname_list_lacks_is_read_between_a_word_of_address_and_a_post(extractor: Extractor) -> None:
    doc = run(extractor, "Có mặt ông Đầu Quang Vinh (Tổng biên tập Báo Lao Động) và nhiều khách mời.")
    assert ("Đầu Quang Vinh", "Báo Lao Động", "Tổng Biên tập") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Bà Đầu Thị Lan - giám đốc Sở Y tế tỉnh Hà Giang - cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Đầu Thị Lan", "Sở Y tế tỉnh Hà Giang", "Giám đốc")}


def test_an_enterprise_s_name_may_begin_with_words_that_describe_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bảy, Giám đốc Công ty TNHH tư vấn thiết kế Hoàng Long, bị bắt.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Bảy", "Công ty TNHH tư vấn thiết kế Hoàng Long", "Giám đốc")}
    doc = run(extractor, "Hiệp hội Nuôi trồng thủy sản Việt Nam kiến nghị bộ.")
    assert agencies(doc) == {"Hiệp hội Nuôi trồng thủy sản Việt Nam"}


def test_describing_words_stop_at_another_body_or_a_second_company(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty trình Bộ Công Thương phương án. Tổng công ty Sông Hồng và Tổng công ty Cửu Long ký.")
    assert not any("trình" in a or " và " in a for a in agencies(doc))


def test_the_party_committee_of_a_place_is_its_provincial_or_district_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ban chấp hành Đảng bộ tỉnh Lào Cai họp phiên thứ nhất. Đảng ủy huyện Sa Pa cũng họp.")
    assert {"Tỉnh ủy Lào Cai", "Huyện ủy Sa Pa"} <= agencies(doc)


def test_organs_listed_before_one_named_with_its_host_are_organs_of_that_host(extractor: Extractor) -> None:
    doc = run(extractor, "Thường trực, Ban Thường vụ Tỉnh ủy Yên Bái đã họp.")
    assert rels(doc, "PART_OF") == {("Thường trực Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái", ""),
                                    ("Ban Thường vụ Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái", "")}
    doc = run(extractor, "Ban Thường vụ và Ban chấp hành Đảng bộ Đà Nẵng đã kỷ luật nhiều cá nhân.")
    assert ("Ban Thường vụ Thành ủy Đà Nẵng", "Thành ủy Đà Nẵng", "") in rels(doc, "PART_OF")


def test_a_body_after_a_title_may_be_written_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Nam, giám đốc trung tâm y tế huyện Ba Bể, cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Nam", "Trung tâm y tế huyện Ba Bể", "Giám đốc")}


def test_a_unit_title_before_its_parent_names_no_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Tâm (nguyên Phó Tổng cục trưởng của Bộ Quốc phòng) bị truy tố.")
    assert not {a for a in agencies(doc) if a.startswith("Tổng cục")}


def test_the_youth_union_and_students_association_of_a_university_are_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn Thanh niên, Hội Sinh viên Trường Đại học Vinh tổ chức đêm nhạc.")
    assert rels(doc, "PART_OF") == {("Đoàn Thanh niên Trường Đại học Vinh", "Trường Đại học Vinh", ""),
                                    ("Hội Sinh viên Trường Đại học Vinh", "Trường Đại học Vinh", "")}


def test_a_short_name_after_a_degree_with_a_full_stop_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Theo TS. Trần Khang, dự án có tính thực tiễn cao.")
    assert "Trần Khang" in people(doc)


def test_the_regional_steering_committees_and_their_standing_office_are_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình, Phó trưởng ban chỉ đạo Tây Nguyên, làm việc với Cơ quan thường trực "
                         "Ban Chỉ đạo Tây Nam Bộ tại Cần Thơ.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Bình", "Ban Chỉ đạo Tây Nguyên", "Phó Trưởng ban")}
    assert rels(doc, "PART_OF") == {("Cơ quan thường trực Ban Chỉ đạo Tây Nam Bộ", "Ban Chỉ đạo Tây Nam Bộ", "")}
    doc = run(extractor, "Bà Trần Thị Hoa, Chánh Văn phòng Ban Chỉ đạo Tây Bắc, phát biểu.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Thị Hoa", "Văn phòng Ban Chỉ đạo Tây Bắc", "Chánh Văn phòng")}
    assert ("Văn phòng Ban Chỉ đạo Tây Bắc", "Ban Chỉ đạo Tây Bắc", "") in rels(doc, "PART_OF")


def test_a_national_board_named_by_its_scope_and_what_it_does_is_a_body(extractor: Extractor) -> None:
    doc = run(extractor, "Phó thủ tướng Lê Văn Hùng làm Trưởng ban chỉ đạo nhà nước về biển Đông - hải đảo, "
                         "Chủ tịch Hội đồng quốc gia về tài nguyên nước.")
    assert {("Lê Văn Hùng", "Ban Chỉ đạo nhà nước về biển Đông - hải đảo", "Trưởng ban"),
            ("Lê Văn Hùng", "Hội đồng quốc gia về tài nguyên nước", "Chủ tịch")} <= rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Bà Trần Thu Hà, Phó trưởng Ban Chỉ đạo Trung ương về nhà ở và thị trường bất động sản "
                         "và bộ Xây dựng, báo cáo.")
    assert agencies(doc) == {"Ban Chỉ đạo Trung ương về nhà ở và thị trường bất động sản", "Bộ Xây dựng"}


def test_a_national_board_read_into_a_clause_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Văn Nam làm Chủ tịch một số Ủy ban quốc gia và trưởng một số ban chỉ đạo khác.")
    assert not agencies(doc)
    doc = run(extractor, "Ông Phạm Văn Nam, Trưởng ban chỉ đạo quốc gia về du lịch sẽ chủ trì, phát biểu.")
    assert not agencies(doc)
    doc = run(extractor, "Ông Phạm Văn Nam, Ủy viên Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, phát biểu.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Phạm Văn Nam", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Ủy viên")}


def test_the_anti_corruption_committee_keeps_the_name_the_article_gives_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ nhất.")
    assert agencies(doc) == {"Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"}
    doc = run(extractor, "Ban Chỉ đạo Trung ương về phòng chống tham nhũng họp phiên thứ mười.")
    assert agencies(doc) == {"Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"}


def test_a_post_taken_with_an_adverb_before_the_verb_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Phó thủ tướng Hoàng Văn Lâm sẽ trực tiếp làm Chủ tịch Hội đồng quốc gia giáo dục.")
    assert ("Hoàng Văn Lâm", "Hội đồng quốc gia giáo dục", "Chủ tịch") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Ông Đỗ Minh Tuấn tiếp tục giữ chức Giám đốc Sở Y tế tỉnh Bình Định.")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Minh Tuấn", "Sở Y tế tỉnh Bình Định", "Giám đốc")}


def test_a_local_head_in_lower_case_is_a_body_when_a_province_follows(extractor: Extractor) -> None:
    doc = run(extractor, "Sau đó, công an các tỉnh Gia Lai, Kon Tum đã vào cuộc.")
    assert agencies(doc) == {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"}
    doc = run(extractor, "Sau đó, công an tỉnh đã vào cuộc và công an đã bắt giữ đối tượng.")
    assert not agencies(doc)


def test_a_title_with_a_head_word_alone_holds_its_post_in_the_body_of_that_head_named_before(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chỉ đạo Tây Nguyên họp sáng nay. Dự họp có ông Lê Văn Hải - Phó trưởng Ban chỉ đạo; "
                         "ông Hồ Văn Út - Chánh Văn phòng Ban chỉ đạo.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hải", "Ban Chỉ đạo Tây Nguyên", "Phó Trưởng ban"),
                                           ("Hồ Văn Út", "Văn phòng Ban Chỉ đạo Tây Nguyên", "Chánh Văn phòng")}
    assert ("Văn phòng Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo Tây Nguyên", "") in rels(doc, "PART_OF")
    doc = run(extractor, "Tập đoàn Điện lực Việt Nam tổ chức lễ ra quân. Ông Đặng Văn Sơn, Phó Tổng giám đốc Tập "
                         "đoàn trao cờ cho các đơn vị.")
    assert rels(doc, "HOLDS_POSITION") == {("Đặng Văn Sơn", "Tập đoàn Điện lực Việt Nam", "Phó Tổng Giám đốc")}


def test_a_title_holding_the_head_s_first_word_names_the_body_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chỉ đạo quốc gia về du lịch (Ban Chỉ đạo) họp phiên thứ hai. Phó Thủ tướng Vũ Văn Đạm - Trưởng "
                         "ban chỉ đạo đề nghị các thành viên báo cáo.")
    assert ("Vũ Văn Đạm", "Ban Chỉ đạo quốc gia về du lịch", "Trưởng ban") in rels(doc, "HOLDS_POSITION")


def test_a_head_word_in_lower_case_before_a_clause_names_the_one_body_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Sai phạm xảy ra tại Bệnh viện đa khoa tỉnh Lâm Đồng, dù ông Trần Văn Khải (nguyên giám đốc "
                         "bệnh viện) đang điều trị.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Khải", "Bệnh viện đa khoa tỉnh Lâm Đồng", "Giám đốc")}
    doc = run(extractor, "Công ty cổ phần Hoa Mai xin chuyển mục đích đất. Ông Lê Văn Tú - tổng giám đốc công ty bị "
                         "xử phạt.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Tú", "Công ty Cổ phần Hoa Mai", "Tổng Giám đốc")}


def test_a_body_named_before_do_is_headed_by_the_person_whose_bare_title_ends_the_clause(
        extractor: Extractor) -> None:
    doc = run(extractor, "Khu đất được giao cho Công ty TNHH Sơn Hà, do ông Lê Công Tín làm giám đốc, để "
                         "xây khách sạn.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Công Tín", "Công ty TNHH Sơn Hà", "Giám đốc")}
    doc = run(extractor, "Khu đất được giao cho Công ty TNHH Sơn Hà do ông Lê Công Tín làm giám đốc điều "
                         "hành dự án.")
    assert not rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Ngày 19/5, đoàn thanh tra của Bảo hiểm xã hội tỉnh Hà Tĩnh do bà Lê Thị Lan làm trưởng đoàn.")
    assert not rels(doc, "HOLDS_POSITION")


def test_a_bracket_opened_by_a_word_of_sharing_holds_the_posts_of_every_name_of_the_list(
        extractor: Extractor) -> None:
    doc = run(extractor, "Trong số bị can có ông Trần Văn Lộc và ông Hồ Văn Chính (cùng nguyên Chủ tịch UBND TP Đà "
                         "Nẵng).")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Lộc", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch"),
                                           ("Hồ Văn Chính", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch")}
    doc = run(extractor, "Hai bị can Hoàng Văn Châu và Lê Minh Hùng (cùng ngụ tại TP. HCM) bị truy tố.")
    assert not rels(doc, "HOLDS_POSITION")


def test_a_bare_title_before_va_takes_the_body_of_the_next_name_s_same_or_deputy_title(
        extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan điều tra bắt bà Lê Thị Hoa - phó tổng giám đốc và ông Cao Văn Hải - nguyên tổng giám "
                         "đốc Tổng công ty Viễn thông Sông Hồng.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Lê Thị Hoa", "Tổng công ty Viễn thông Sông Hồng", "Phó Tổng Giám đốc"),
        ("Cao Văn Hải", "Tổng công ty Viễn thông Sông Hồng", "Tổng Giám đốc")}
    doc = run(extractor, "Cơ quan điều tra bắt ông Lê Tấn Hưng - nguyên tổng giám đốc và ông Nguyễn Thành Mỹ, nguyên "
                         "Phó trưởng Phòng Kế hoạch của công ty.")
    assert not any(r[0] == "Lê Tấn Hưng" for r in rels(doc, "HOLDS_POSITION"))


def test_a_bare_board_is_the_board_of_the_one_company_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty cổ phần Sông Đà Hòa Bình ký hợp đồng mới. Theo bà Lê Thị Tâm, Chủ tịch HĐQT, "
                         "doanh thu tăng.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Lê Thị Tâm", "Hội đồng quản trị Công ty Cổ phần Sông Đà Hòa Bình", "Chủ tịch")}


def test_an_office_of_a_bare_ministry_is_that_of_the_ministry_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Tài chính tổ chức hội nghị. Ông Lê Văn Hòa, Phó Chánh Văn phòng Bộ, phát biểu.")
    assert ("Lê Văn Hòa", "Văn phòng Bộ Tài chính", "Phó Chánh Văn phòng") in rels(doc, "HOLDS_POSITION")


def test_a_head_word_alone_names_nothing_when_two_bodies_have_that_head(extractor: Extractor) -> None:
    doc = run(extractor, "Tập đoàn Điện lực Việt Nam và Tập đoàn Viễn thông Quân đội ký kết. Ông Đặng Văn Sơn, Phó "
                         "Tổng giám đốc Tập đoàn phát biểu.")
    assert not rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Bộ Công an làm việc với Tập đoàn Viettel. Ông Trần Văn Nam, Giám đốc Công ty cho biết.")
    assert not rels(doc, "HOLDS_POSITION")


def test_a_chain_of_posts_does_not_run_over_a_sentence_end_into_another_person_s_posts(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Toàn, Chủ tịch UBND tỉnh Ninh Bình và ông Trần Văn Bắc, Phó trưởng đoàn "
                         "đại biểu Quốc hội tỉnh, dự lễ.")
    assert ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Ninh Bình", "Chủ tịch") in rels(doc, "HOLDS_POSITION")
    assert not {r for r in rels(doc, "HOLDS_POSITION") if r[0] == "Lê Văn Toàn" and r[2] != "Chủ tịch"}
    doc = run(extractor, "Dự có ông Phạm Văn Hòa, Phó Tổng giám đốc Công ty. Về phía Công đoàn có bà Lê Thị Lan, "
                         "Ủy viên Ban Thường vụ Tỉnh ủy Nam Định.")
    assert not {r for r in rels(doc, "HOLDS_POSITION") if r[0] == "Phạm Văn Hòa"}


def test_a_short_bracket_between_a_name_and_a_dash_leaves_the_post_after_it_to_the_name(
        extractor: Extractor) -> None:
    doc = run(extractor, "Đại biểu Lê Văn Hồng (Đồng Nai) - phó chủ nhiệm Ủy ban Kinh tế - đề nghị làm rõ.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hồng", "Ủy ban Kinh tế", "Phó Chủ nhiệm")}
    doc = run(extractor, "Ông Hoàng Văn Đức (bên trái) - giám đốc Sở Y tế tỉnh Sơn La trao đổi với phóng viên.")
    assert rels(doc, "HOLDS_POSITION") == {("Hoàng Văn Đức", "Sở Y tế tỉnh Sơn La", "Giám đốc")}
    doc = run(extractor, "Ông Trần Văn Nhĩ (Chen Ming) - người nhiều năm làm ăn với Bộ Công an - đã bị bắt.")
    assert not rels(doc, "HOLDS_POSITION")


def test_the_year_of_birth_and_the_place_of_residence_are_no_posts_and_end_no_chain(extractor: Extractor) -> None:
    doc = run(extractor, "Cơ quan điều tra khởi tố ông Trần Văn Toàn, sinh năm 1960, trú tại quận Hải Châu, thành phố "
                         "Đà Nẵng, nguyên phó giám đốc Sở Xây dựng thành phố Đà Nẵng và ông Lê Văn Dương, SN 1975, trú "
                         "tại phường 2, giám đốc Sở Tư pháp thành phố Đà Nẵng.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Toàn", "Sở Xây dựng thành phố Đà Nẵng", "Phó Giám đốc"),
                                           ("Lê Văn Dương", "Sở Tư pháp thành phố Đà Nẵng", "Giám đốc")}
    assert all(r.properties.get("former") for r in doc.relations
               if r.type == "HOLDS_POSITION" and r.properties.get("title") == "Phó Giám đốc")


def test_a_title_names_a_body_outside_the_lists_by_its_head_and_words_up_to_what_closes_it(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Kim - Chủ tịch Hội cựu giáo chức cho rằng cần làm rõ.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Kim", "Hội cựu giáo chức", "Chủ tịch")}
    doc = run(extractor, "Ông Trần Anh Dũng - phó giám đốc Trung tâm Điều hành chương trình chống sạt lở - cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trần Anh Dũng", "Trung tâm Điều hành chương trình chống sạt lở", "Phó Giám đốc")}
    doc = run(extractor, "Ông Đỗ Văn Dân, Phó Chủ tịch Hội Cầu - đường Huế, cho biết và bà Lê Thị Hoa, Viện trưởng Viện "
                         "Nghiên cứu Châu Phi và Trung Đông phát biểu.")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Dân", "Hội Cầu - đường Huế", "Phó Chủ tịch"),
                                           ("Lê Thị Hoa", "Viện Nghiên cứu Châu Phi và Trung Đông", "Viện trưởng")}


def test_a_body_a_title_names_ends_at_a_dash_before_a_clause_or_a_province_and_takes_the_article_s_city(
        extractor: Extractor) -> None:
    doc = run(extractor, "PGS Bùi Văn Tuấn - viện trưởng Viện Kinh tế Việt Nam - khuyến nghị tăng liên kết.")
    assert rels(doc, "HOLDS_POSITION") == {("Bùi Văn Tuấn", "Viện Kinh tế Việt Nam", "Viện trưởng")}
    doc = run(extractor, "Bà Phạm Thị Thủy, Chủ tịch Hội Phụ nữ tỉnh Thanh Hóa xác nhận tin này.")
    assert rels(doc, "HOLDS_POSITION") == {("Phạm Thị Thủy", "Hội Phụ nữ tỉnh Thanh Hóa", "Chủ tịch")}
    doc = run(extractor, "Chủ tịch UBND TP HCM Lê Văn Quân - Trưởng ban chỉ huy khẩn nguy hàng không thành phố cho "
                         "rằng sân bay quá tải.")
    assert ("Lê Văn Quân", "Ban Chỉ huy khẩn nguy hàng không Thành phố Hồ Chí Minh", "Trưởng ban") \
        in rels(doc, "HOLDS_POSITION")


def test_no_body_is_read_from_a_head_alone_a_council_or_a_clause_after_a_title(extractor: Extractor) -> None:
    for text in ("Ông Lê Văn Nam, Chủ tịch Hội đã phát biểu tại hội nghị.",
                 "Ông Lê Văn Nam, Giám đốc Trung tâm này cho biết.",
                 "Ông Lê Văn Nam, Chủ tịch Hội đồng thi của trường, cho biết.",
                 "Ông Lê Văn Nam - Trưởng ban chấm thi - cho biết."):
        doc = run(extractor, text)
        assert not rels(doc, "HOLDS_POSITION"), text


def test_a_listed_body_written_with_its_parent_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Đại biểu Lê Văn Hồng - phó chủ nhiệm Ủy ban Tư pháp của Quốc hội - phát biểu.")
    assert ("Ủy ban Tư pháp", "Quốc hội", "") in rels(doc, "PART_OF")
    assert ("Lê Văn Hồng", "Ủy ban Tư pháp", "Phó Chủ nhiệm") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Thanh tra Chính phủ làm việc với Ủy ban Tư pháp.")
    assert not rels(doc, "PART_OF")


def test_a_bare_party_title_holds_its_post_in_the_one_party_committee_its_sentence_names(
        extractor: Extractor) -> None:
    doc = run(extractor, "Tại hội nghị Ban Chấp hành Đảng bộ TP Hà Nội, Phó bí thư Thường trực Ngô Thị Hằng cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Ngô Thị Hằng", "Thành ủy Hà Nội", "Phó Bí thư Thường trực")}
    doc = run(extractor, "Ban Thường vụ Tỉnh ủy Nghệ An yêu cầu ông Lê Văn Cang, Phó bí thư, kiểm điểm.")
    assert ("Lê Văn Cang", "Tỉnh ủy Nghệ An", "Phó Bí thư") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Tại hội nghị Thành ủy Hà Nội và Tỉnh ủy Hà Nam, Phó bí thư Ngô Thị Hằng cho biết.")
    assert not rels(doc, "HOLDS_POSITION")


def test_a_demonstrative_ends_no_unit_s_name(extractor: Extractor) -> None:
    doc = run(extractor, "Thành ủy làm việc với ông Lê Văn Nhân - Trưởng ban Tổ chức cơ quan này về việc Sở Giáo dục "
                         "và Đào tạo tỉnh Hậu Giang thu hồi bằng của ông.")
    assert not any("này" in name for name in agencies(doc))
    assert not rels(doc, "PART_OF")


def test_a_ministry_list_written_with_one_head_names_each_ministry(extractor: Extractor) -> None:
    doc = run(extractor, "Đề nghị các Bộ Nội vụ, Xây dựng và Y tế rà soát quy định.")
    assert agencies(doc) == {"Bộ Nội vụ", "Bộ Xây dựng", "Bộ Y tế"}
    doc = run(extractor, "Hội nghị sơ kết giữa Bộ Công an và Tư pháp diễn ra sáng nay.")
    assert agencies(doc) == {"Bộ Công an", "Bộ Tư pháp"}


def test_a_member_that_reads_on_as_a_local_body_ends_the_ministry_list(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Quốc phòng, Công an tỉnh Lạng Sơn cùng tham gia diễn tập.")
    assert agencies(doc) == {"Bộ Quốc phòng", "Công an tỉnh Lạng Sơn"}
    doc = run(extractor, "Bộ Quốc phòng và Công an các tỉnh biên giới tham gia diễn tập.")
    assert "Bộ Công an" not in agencies(doc)


def test_a_head_and_a_colon_before_a_list_name_each_ministry_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Đề nghị các bộ: Nội vụ, Tài chính và Ngoại giao cho ý kiến.")
    assert agencies(doc) == {"Bộ Nội vụ", "Bộ Tài chính", "Bộ Ngoại giao"}


def test_a_chief_accountant_is_a_post_in_the_company_named_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Bị cáo Trần Thị Mai (nguyên kế toán trưởng Công ty Cao su Bình Long) bị truy tố.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Thị Mai", "Công ty Cao su Bình Long", "Kế toán trưởng")}


def test_an_inspectorate_of_a_bare_ministry_is_that_of_the_ministry_named_nearest(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Nội vụ họp. Bộ Tài chính kiểm tra Công ty Hòa Phát. Thanh tra Bộ yêu cầu công ty nộp phạt.")
    assert "Thanh tra Bộ Tài chính" in agencies(doc)
    doc = run(extractor, "Bộ Nội vụ họp. Ông Lê Văn Hòa được bổ nhiệm Chánh Văn phòng Bộ, Trưởng đại diện Bộ Tài chính.")
    assert "Văn phòng Bộ Tài chính" in agencies(doc)


def test_a_party_committee_of_a_bare_group_is_that_of_the_group_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Tập đoàn Điện lực Việt Nam họp. Về phía Tập đoàn Điện lực có ông Lê Văn Hòa, "
                         "Phó Bí thư Đảng ủy Tập đoàn.")
    assert ("Lê Văn Hòa", "Đảng ủy Tập đoàn Điện lực Việt Nam", "Phó Bí thư") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Bộ Y tế tổ chức hội nghị. Bà Trần Thị Mai, Bí thư Đảng ủy Bộ, dự họp.")
    assert ("Trần Thị Mai", "Đảng ủy Bộ Y tế", "Bí thư") in rels(doc, "HOLDS_POSITION")


def test_an_inspectorate_of_a_bare_department_is_that_of_the_department_named_before(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết Thanh tra Sở đã vào cuộc.")
    assert "Thanh tra Sở Y tế tỉnh Nghệ An" in agencies(doc)
