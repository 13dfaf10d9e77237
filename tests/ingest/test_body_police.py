from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_police_department_named_alone_by_its_branch_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Long An đã giao Phòng Cảnh sát hình sự khẩn trương xác minh vụ việc.")
    assert "Phòng Cảnh sát hình sự" in agencies(doc)


def test_a_department_in_lower_case_is_read_up_to_its_branch(extractor: Extractor) -> None:
    doc = run(extractor, "Hai cán bộ phòng cảnh sát quản lý hành chính về trật tự xã hội bị tạm đình chỉ công tác.")
    assert "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" in agencies(doc)


def test_a_department_keeps_the_wording_its_article_gives_it(extractor: Extractor) -> None:
    doc = run(extractor, "Hai cán bộ phòng cảnh sát quản lý hành chính trật tự xã hội bị tạm đình chỉ công tác.")
    assert "Phòng Cảnh sát quản lý hành chính trật tự xã hội" in agencies(doc)
    doc = run(extractor, "Công an tỉnh Kon Tum giao Phòng cảnh sát phòng chống tội phạm về môi trường xác minh.")
    assert "Phòng Cảnh sát phòng chống tội phạm về môi trường" in agencies(doc)
    doc = run(extractor, "Vụ việc được Phòng Cảnh sát điều tra về kinh tế và tham nhũng Công an tỉnh Bình Phước thụ lý.")
    assert ("Phòng Cảnh sát điều tra về kinh tế và tham nhũng", "Công an tỉnh Bình Phước") in pairs(doc, "PART_OF")


def test_the_department_of_every_province_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Dữ liệu được gửi tới Phòng CSGT Công an các địa phương mỗi tháng.")
    assert not any(a.startswith("Phòng Cảnh sát") for a in agencies(doc))


def test_departments_as_a_kind_are_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Các phòng cảnh sát hình sự đã được huy động.")
    assert not any(a.startswith("Phòng Cảnh sát") for a in agencies(doc))


def test_a_staff_department_named_with_its_police_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Thượng tá Trần Văn Bình, trưởng phòng tham mưu Công an tỉnh Tây Ninh, cho biết vụ việc đang được làm rõ.")
    assert ("Phòng Tham mưu", "Công an tỉnh Tây Ninh") in pairs(doc, "PART_OF")


def test_a_department_named_after_its_police_keeps_its_own_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Nam, Phó Trưởng Phòng Cảnh sát giao thông Công an tỉnh Quảng Trị, cho biết đã xử lý "
                         "nhiều trường hợp. Phòng Kỹ thuật hình sự Công an tỉnh Quảng Trị đã khám nghiệm hiện trường.")
    assert {("Phòng Cảnh sát giao thông", "Công an tỉnh Quảng Trị"),
            ("Phòng Kỹ thuật hình sự", "Công an tỉnh Quảng Trị")} <= pairs(doc, "PART_OF")
    assert not any(a.startswith("Phòng") and a.endswith("Quảng Trị") for a in agencies(doc))


def test_the_command_centre_of_a_city_police_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Hình ảnh từ camera được truyền về Trung tâm chỉ huy Công an TP. Cần Thơ.")
    assert ("Trung tâm Chỉ huy Công an thành phố Cần Thơ", "Công an thành phố Cần Thơ") in pairs(doc, "PART_OF")


def test_the_criminal_technical_department_named_alone_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Phòng Kỹ thuật hình sự đã giám định các mẫu vật thu được tại hiện trường.")
    assert "Phòng Kỹ thuật hình sự" in agencies(doc)


def test_an_abbreviation_in_brackets_inside_the_branch_is_passed_over(extractor: Extractor) -> None:
    doc = run(extractor, "Tổ tuần tra của phòng Cảnh sát giao thông (CSGT) đường bộ, đường sắt đã dừng chiếc xe tải.")
    assert "Phòng Cảnh sát giao thông đường bộ, đường sắt" in agencies(doc)
    assert "Phòng Cảnh sát giao thông đường bộ" not in agencies(doc)


def test_a_security_department_named_alone_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hồ sơ đã được chuyển cho phòng An ninh kinh tế để xác minh thêm.")
    assert "Phòng An ninh kinh tế" in agencies(doc)
    doc = run(extractor, "Cán bộ Phòng an ninh chính trị nội bộ đã làm việc với nhà trường.")
    assert "Phòng An ninh chính trị nội bộ" in agencies(doc)


def test_defence_and_security_are_no_department(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh chú trọng bảo đảm quốc phòng an ninh kinh tế biển trong năm tới.")
    assert not any(a.startswith("Phòng An ninh") for a in agencies(doc))


def test_a_team_of_a_district_police_is_read_up_to_its_branch(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng nay, đội cảnh sát hình sự Công an huyện Ý Yên đã bắt giữ hai đối tượng.")
    assert ("Đội Cảnh sát hình sự", "Công an huyện Ý Yên") in pairs(doc, "PART_OF")


def test_a_team_named_with_a_long_branch_keeps_its_police(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ông Lê Văn Tâm, Đội trưởng Đội Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế "
                         "chức vụ thuộc Công an quận Cầu Giấy, hồ sơ đã được chuyển đi.")
    team = "Đội Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế chức vụ"
    assert (team, "Công an quận Cầu Giấy") in pairs(doc, "PART_OF")


def test_the_anti_smuggling_police_department_of_its_time_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2016, ông Lê Văn Nam bị Cục Cảnh sát phòng chống tội phạm buôn lậu (C 74, Bộ Công an) khởi tố.",
              published="2017-05-02")
    assert ("Cục Cảnh sát phòng, chống tội phạm buôn lậu", "Bộ Công an") in pairs(doc, "PART_OF")


def test_the_ministry_s_investigation_agency_written_with_of_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Hồ sơ vụ án đã được chuyển cho Cơ quan CSĐT của Bộ Công an để điều tra mở rộng.")
    assert ("Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an") in pairs(doc, "PART_OF")


def test_a_team_named_in_lower_case_before_its_police_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Cán bộ Đội điều tra hình sự, kinh tế và ma túy Công an huyện Tân Hiệp đã có mặt tại hiện trường.")
    assert ("Đội điều tra hình sự, kinh tế và ma túy", "Công an huyện Tân Hiệp") in pairs(doc, "PART_OF")
    doc = run(extractor, "Sau đó anh bị điều về Đội phong trào Công an huyện Tân Hiệp.")
    assert ("Đội phong trào", "Công an huyện Tân Hiệp") in pairs(doc, "PART_OF")


def test_the_staff_of_a_police_is_no_team(extractor: Extractor) -> None:
    doc = run(extractor, "Đội ngũ cán bộ Công an huyện Tân Hiệp đã được tăng cường.")
    assert not any(a.startswith("Đội") for a in agencies(doc))


def test_the_emergency_and_special_teams_are_read_by_their_branch(extractor: Extractor) -> None:
    doc = run(extractor, "Trung úy Lê Văn Nam, đội phó Đội cảnh sát 113 Công an tỉnh Hậu Giang, cho biết.")
    assert ("Đội Cảnh sát 113", "Công an tỉnh Hậu Giang") in pairs(doc, "PART_OF")
    doc = run(extractor, "Công an tỉnh Hậu Giang đã điều Đội cảnh sát đặc nhiệm tới hiện trường.")
    assert "Đội Cảnh sát đặc nhiệm" in agencies(doc)
