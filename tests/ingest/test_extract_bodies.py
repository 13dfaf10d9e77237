"""Bodies on texts written for these tests: organs named with their body, foreign bodies, steering
committees and units (the genre and blind sets themselves are scored in test_genre.py and
test_heldout.py)."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def part_of(doc: DocGraph) -> set[tuple[str, str]]:
    return pairs(doc, "PART_OF")


def test_the_boards_of_an_association_a_federation_and_a_police_force_are_part_of_them(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/5, Ban Thường vụ Hội Luật gia Việt Nam làm việc với Đoàn chủ tịch Tổng Liên đoàn "
                         "Lao động Việt Nam. Ban Giám đốc Công an tỉnh Nam Định và Ban Chấp hành Hiệp hội Nữ doanh "
                         "nhân Việt Nam cùng dự.")
    assert {("Ban Thường vụ Hội Luật gia Việt Nam", "Hội Luật gia Việt Nam"),
            ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"),
            ("Ban Giám đốc Công an tỉnh Nam Định", "Công an tỉnh Nam Định"),
            ("Ban Chấp hành Hiệp hội Nữ doanh nhân Việt Nam", "Hiệp hội Nữ doanh nhân Việt Nam")} <= part_of(doc)


def test_a_listed_presidium_is_part_of_the_committee_it_is_named_after(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã họp phiên thứ hai.")
    assert ("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in part_of(doc)


def test_a_standing_committee_word_inside_another_name_is_no_organ(extractor: Extractor) -> None:
    doc = run(extractor, "Theo thông báo của uỷ ban Thường vụ Quốc hội, kỳ họp sẽ khai mạc vào tháng 10.")
    assert "Ủy ban Thường vụ Quốc hội" in agencies(doc)
    assert "Ban Thường vụ Quốc hội" not in agencies(doc)


def test_the_youth_union_secretariat_is_its_own_body(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/4, Ban Bí thư Trung ương Đoàn đã làm việc với Tỉnh đoàn Nam Định.")
    assert "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in agencies(doc)
    assert "Ban Bí thư" not in agencies(doc)


def test_a_ministry_or_supreme_procuracy_named_with_another_country_is_that_country_s(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Bộ Công an Lào, Bộ Tư pháp Hoa Kỳ và Viện Kiểm sát nhân dân tối cao Trung Quốc "
                         "đã trao đổi với Bộ Công an.")
    assert {"Bộ Công an Lào", "Bộ Tư pháp Hoa Kỳ", "Viện Kiểm sát nhân dân tối cao Trung Quốc", "Bộ Công an"} \
        <= agencies(doc)


def test_a_military_commission_named_with_another_country_is_that_country_s(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Chủ tịch Quân ủy Trung ương Trung Quốc Lý Minh Đức đã gặp Thường vụ Quân ủy Trung ương.")
    found = agencies(doc)
    assert {"Quân ủy Trung ương Trung Quốc", "Quân ủy Trung ương"} <= found
    assert ("Lý Minh Đức", "Quân ủy Trung ương Trung Quốc") in pairs(doc, "HOLDS_POSITION")


def test_a_province_whose_name_begins_with_a_country_s_is_no_country(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn công tác của Bộ Y tế Lào Cai đã tới xã.")
    assert "Bộ Y tế Lào" not in agencies(doc)


def test_a_steering_committee_named_by_its_task_ends_before_the_clause(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Hải làm Trưởng ban chỉ đạo cải cách hành chính của Chính phủ; Trưởng ban chỉ "
                         "đạo nghiên cứu và thực hiện cải cách chính sách tiền lương nhà nước. Ban Chỉ đạo phòng chống "
                         "dịch bệnh đã họp. Ban chỉ đạo biểu dương các cơ quan chức năng.")
    assert {"Ban Chỉ đạo cải cách hành chính của Chính phủ", "Ban Chỉ đạo phòng chống dịch bệnh",
            "Ban Chỉ đạo nghiên cứu và thực hiện cải cách chính sách tiền lương nhà nước"} <= agencies(doc)
    assert ("Ban Chỉ đạo cải cách hành chính của Chính phủ", "Chính phủ") in part_of(doc)
    assert not any("biểu dương" in a for a in agencies(doc))


def test_a_provincial_department_takes_no_district_from_the_body_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Nam Định họp. Ông Trần Văn Hải chỉ đạo Sở Xây dựng, Sở Tư pháp và UBND huyện Hải Hậu "
                         "phối hợp. Hội đồng nhân dân, Ủy ban nhân dân tỉnh Nam Định cũng dự.")
    assert {"Sở Xây dựng tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định", "Ủy ban nhân dân huyện Hải Hậu",
            "Hội đồng nhân dân tỉnh Nam Định"} <= agencies(doc)
    assert not any(a.startswith("Sở") and "huyện" in a for a in agencies(doc))


def test_a_unit_beside_its_parent_after_a_dash_or_a_code_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Phòng cảnh sát hình sự (PC 45) Công an tỉnh Nam Định đã phối hợp với Cục Nghiệp vụ - Bộ Công "
                         "an và Vụ Pháp chế - Ủy ban Dân tộc. Cục CSGT cũng dự.")
    assert {("Phòng Cảnh sát hình sự", "Công an tỉnh Nam Định"),
            ("Cục Nghiệp vụ", "Bộ Công an"), ("Vụ Pháp chế", "Ủy ban Dân tộc")} <= part_of(doc)
    assert "Cục Cảnh sát giao thông" in agencies(doc)


def test_listed_bodies_joined_by_dashes_are_no_units_of_each_other(extractor: Extractor) -> None:
    doc = run(extractor, "Thông tư liên tịch của Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao - Bộ Tư pháp "
                         "đã được ban hành.")
    assert not part_of(doc)
    assert {"Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao", "Bộ Tư pháp"} <= agencies(doc)


def test_bare_heads_listed_after_a_provincial_party_committee_are_its_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/5, tại Nam Định, các lãnh đạo Tỉnh ủy, UBND, HĐND và các sở ngành đã dự lễ. Ông An "
                         "cảm ơn Thành ủy Hà Nội, HĐND, UBND thành phố Hải Phòng.")
    assert {"Tỉnh ủy Nam Định", "Ủy ban nhân dân tỉnh Nam Định", "Hội đồng nhân dân tỉnh Nam Định",
            "Hội đồng nhân dân thành phố Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng"} <= agencies(doc)


def test_a_company_written_in_lower_case_before_its_capitalised_legal_form_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nguyễn Văn Thanh, Tổng Giám đốc công ty TNHH III-V Sao Mai cho biết. Tại hội nghị, công ty "
                         "Cổ phần ô tô Phú Hải thắc mắc. Các công ty cổ phần đều dự.")
    assert {"Công ty TNHH III-V Sao Mai", "Công ty Cổ phần ô tô Phú Hải"} <= agencies(doc)
    assert not any(a.lower() == "công ty cổ phần" for a in agencies(doc))


def test_unesco_and_an_intergovernmental_committee_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2014, Ủy ban liên Chính phủ về bảo vệ di sản văn hóa phi vật thể của UNESCO đã họp tại "
                         "Paris. Ông Lê Văn Minh làm Chủ tịch Ủy ban Liên Chính phủ Việt Nam - Lào.")
    assert ("Ủy ban liên Chính phủ về bảo vệ di sản văn hóa phi vật thể của UNESCO", "UNESCO") in part_of(doc)
    assert "Ủy ban Liên Chính phủ Việt Nam - Lào" in agencies(doc)
    assert "Chính phủ" not in agencies(doc)


def test_a_board_named_by_the_zone_it_manages(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Ban quản lý Khu kinh tế Nghi Sơn, dự án đã được duyệt. Ban Quản lý Khu kinh tế mở Chu Lai "
                         "cho biết. Ban Quản lý Khu công nghiệp đã họp.")
    assert {"Ban Quản lý Khu kinh tế Nghi Sơn", "Ban Quản lý Khu kinh tế mở Chu Lai"} <= agencies(doc)
    assert "Chu Lai" not in {e.name for e in doc.entities if e.type == "Person"}


def test_a_head_of_two_words_written_in_lower_case_is_read_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Theo thống kê của tổng cục Hải quan, hồ sơ đã được gửi tới tổng cục Đường bộ Việt Nam.")
    assert {"Tổng cục Hải quan", "Tổng cục Đường bộ Việt Nam"} <= agencies(doc)
    assert "Cục Hải quan" not in agencies(doc)
