from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_company_with_its_ministry_in_brackets_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Cổ phần Cơ khí Hòa Bình (Bộ Quốc phòng) đã nộp lại toàn bộ số tiền thu lợi.")
    assert ("Công ty Cổ phần Cơ khí Hòa Bình", "Bộ Quốc phòng") in pairs(doc, "PART_OF")


def test_a_body_said_to_be_under_another_in_brackets_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra tỉnh Nam Định (trực thuộc UBND tỉnh Nam Định) vừa công bố kết luận thanh tra.")
    assert ("Thanh tra tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_unit_said_after_a_comma_to_be_under_a_department_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hải, Trưởng phòng Kế hoạch, thuộc Sở Y tế tỉnh Nam Định, cho biết như vậy.")
    assert ("Phòng Kế hoạch", "Sở Y tế tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_listed_body_written_with_a_higher_ancestor_after_cua_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Công tác đại biểu của Quốc hội đã gửi văn bản tới tỉnh.")
    assert ("Ban Công tác đại biểu", "Quốc hội") in pairs(doc, "PART_OF")


def test_a_bracket_that_glosses_a_company_names_no_parent(extractor: Extractor) -> None:
    doc = run(extractor, "Ngân hàng TMCP Quân đội (Ngân hàng MB) đã tài trợ cho chương trình.")
    assert not pairs(doc, "PART_OF")


def test_a_ministry_is_not_part_of_the_force_it_commands(extractor: Extractor) -> None:
    doc = run(extractor, "Lực lượng của Bộ Quốc phòng (Bộ đội Biên phòng) đã có mặt tại hiện trường.")
    assert ("Bộ Quốc phòng", "Bộ đội Biên phòng") not in pairs(doc, "PART_OF")


def test_a_unit_said_in_brackets_to_be_under_a_department_is_read_with_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chi cục Kiểm lâm (thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn) đã "
                         "lập biên bản vụ việc.")
    assert ("Chi cục Kiểm lâm", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn") in pairs(doc, "PART_OF")


def test_an_office_named_after_a_body_named_after_its_ministry_is_part_of_that_body(extractor: Extractor) -> None:
    doc = run(extractor, "Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an đã chuyển hồ sơ vụ việc sang Viện Kiểm sát.")
    assert {("Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an", "Cơ quan Cảnh sát điều tra Bộ Công an"),
            ("Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an")} <= pairs(doc, "PART_OF")


def test_a_regional_audit_office_is_part_of_the_state_audit_named_in_the_article(extractor: Extractor) -> None:
    doc = run(extractor, "Kiểm toán Nhà nước khu vực V đã gửi báo cáo kết quả kiểm toán năm 2019 về Kiểm toán Nhà nước.")
    assert ("Kiểm toán Nhà nước khu vực V", "Kiểm toán Nhà nước") in pairs(doc, "PART_OF")


def test_a_bracket_that_gives_a_short_name_before_the_parent_still_names_it(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Cổ phần Cảng Quy Nhơn (QNP, thuộc Bộ Giao thông vận tải) đã công bố kết quả.")
    assert ("Công ty Cổ phần Cảng Quy Nhơn", "Bộ Giao thông vận tải") in pairs(doc, "PART_OF")


def test_the_information_department_written_without_va_is_the_one_body(extractor: Extractor) -> None:
    doc = run(extractor, "Trung tâm Công nghệ thông tin (trực thuộc Sở Thông tin Truyền thông tỉnh Nam Định) đã "
                         "hoàn thành việc nâng cấp hệ thống.")
    assert ("Trung tâm Công nghệ thông tin", "Sở Thông tin và Truyền thông tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_police_department_with_its_code_then_a_dash_and_its_ministry_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Cục Cảnh sát hình sự (C 02) - Bộ Công an đã bắt giữ hai đối tượng bị truy nã.")
    assert ("Cục Cảnh sát hình sự", "Bộ Công an") in pairs(doc, "PART_OF")


def test_a_police_department_with_its_code_then_cua_and_its_ministry_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh đề nghị cục Cảnh sát đường thủy (C 68) của bộ Công an hỗ trợ tuần tra trên sông.")
    assert ("Cục Cảnh sát đường thủy", "Bộ Công an") in pairs(doc, "PART_OF")


def test_a_province_police_department_with_its_code_then_a_dash_and_its_police_is_part_of_it(
        extractor: Extractor) -> None:
    doc = run(extractor, "Phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng (PC 46) - Công an tỉnh Nam Định "
                         "đã tiếp nhận hồ sơ vụ việc.")
    assert ("Phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng", "Công an tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_bracket_after_an_organ_names_the_parent_of_the_body_it_is_an_organ_of(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn trường Đại học Khoa học (Đại học Huế) đã tổ chức buổi cổ vũ cho đội tuyển.")
    assert {("Đoàn trường Đại học Khoa học", "Đại học Khoa học"), ("Đại học Khoa học", "Đại học Huế")} \
        <= pairs(doc, "PART_OF")


def test_a_listed_body_before_a_group_of_its_parents_units_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Nghị quyết giao Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội theo dõi việc thi hành.")
    assert ("Hội đồng Dân tộc", "Quốc hội") in pairs(doc, "PART_OF")


def test_a_listed_body_in_a_chain_of_titles_is_not_read_so(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hùng, Chủ tịch Hội đồng Dân tộc, Chủ nhiệm các Ủy ban của Quốc hội đã dự họp.")
    assert ("Hội đồng Dân tộc", "Quốc hội") not in pairs(doc, "PART_OF")


def test_a_parent_written_once_after_a_list_of_its_units_is_each_ones(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Tư pháp làm việc với Ủy ban Pháp luật, Ủy ban Tư pháp và Ủy ban Kinh tế của Quốc hội về dự án luật.")
    assert {("Ủy ban Pháp luật", "Quốc hội"), ("Ủy ban Tư pháp", "Quốc hội")} <= pairs(doc, "PART_OF")


def test_a_group_of_units_joined_by_va_names_the_parent_too(extractor: Extractor) -> None:
    doc = run(extractor, "Chính phủ sẽ phối hợp với Hội đồng Dân tộc và các Ủy ban của Quốc hội trong năm tới.")
    assert ("Hội đồng Dân tộc", "Quốc hội") in pairs(doc, "PART_OF")


def test_a_list_member_of_another_parent_is_not_read_so(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Tài chính làm việc với Bộ Công an và Ủy ban Kinh tế của Quốc hội.")
    assert ("Bộ Công an", "Quốc hội") not in pairs(doc, "PART_OF")


def test_the_high_command_of_a_force_is_a_body_of_its_own_part_of_the_force(extractor: Extractor) -> None:
    doc = run(extractor, "Năm ngoái, bộ Tư lệnh Bộ đội biên phòng đã ban hành kế hoạch tuần tra chung.")
    assert ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ đội Biên phòng") in pairs(doc, "PART_OF")


def test_a_unit_with_its_department_after_a_bare_comma_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Bị can Trần Thị Lan, chuyên viên Phòng Quản lý đất, Sở Tài nguyên và Môi trường tỉnh Nam Định, "
                         "đã bị khởi tố.")
    assert ("Phòng Quản lý đất", "Sở Tài nguyên và Môi trường tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_police_department_with_its_police_after_a_dash_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Vũ Văn Hải, cán bộ Phòng an ninh kinh tế - Công an tỉnh Nam Định, bị đình chỉ công tác.")
    assert ("Phòng An ninh kinh tế", "Công an tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_police_department_with_its_code_then_a_comma_and_its_police_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Một cán bộ Phòng cảnh sát hình sự (PC 02), Công an tỉnh Nam Định cho biết đã bắt giữ nhóm đối tượng.")
    assert ("Phòng Cảnh sát hình sự", "Công an tỉnh Nam Định") in pairs(doc, "PART_OF")


def test_a_unit_before_a_list_of_bodies_is_part_of_none(extractor: Extractor) -> None:
    doc = run(extractor, "Lực lượng gồm Phòng Cảnh sát kinh tế, Sở Công Thương tỉnh Nam Định và Cục Quản lý thị trường "
                         "tỉnh Nam Định đã kiểm tra cửa hàng.")
    assert not pairs(doc, "PART_OF")


def test_a_department_in_lower_case_with_its_ministry_in_brackets_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Theo vụ Pháp chế (Bộ Y tế), quy định mới sẽ có hiệu lực từ tháng sau.")
    assert ("Vụ Pháp chế", "Bộ Y tế") in pairs(doc, "PART_OF")


def test_a_standing_committee_in_lower_case_is_no_department(extractor: Extractor) -> None:
    doc = run(extractor, "Ông là ủy viên thường vụ Tỉnh ủy Nam Định, Bộ Công an đã có văn bản về việc này.")
    assert not any(name.startswith("Vụ") for name, _ in pairs(doc, "PART_OF"))


def test_a_case_named_after_vu_before_a_body_is_no_department(extractor: Extractor) -> None:
    doc = run(extractor, "Báo chí đưa tin về vụ Hoàng Long Cơ quan CSĐT Bộ Công an vừa khởi tố thêm bị can.")
    assert not any(name.startswith("Vụ") for name in agencies(doc))


def test_a_body_listed_before_another_of_its_own_kind_is_not_its_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương kỷ luật ông Lê Văn An.")
    assert ("Ban Bí thư", "Ban Chấp hành Trung ương Đảng") not in pairs(doc, "PART_OF")
    assert "Ban Bí thư" in agencies(doc)
