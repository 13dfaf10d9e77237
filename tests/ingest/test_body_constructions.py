"""Bodies on texts written for these tests: earlier names of bodies, the Fatherland Front named bare,
and lists of districts after one head."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import agencies, run
from reading import pairs as rels


def part_of(doc: DocGraph) -> set[tuple[str, str]]:
    return rels(doc, "PART_OF")


def test_a_department_named_by_its_earlier_name_or_code_keeps_that_name(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2016, Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng đã khởi tố vụ án. "
                         "Sau đó, Cục C50 phối hợp xác minh.", published="2016-05-02")
    assert {"Cục Cảnh sát điều tra tội phạm về kinh tế và tham nhũng",
            "Cục Cảnh sát phòng chống tội phạm công nghệ cao"} <= agencies(doc)


def test_the_fatherland_front_named_bare_is_the_national_front(extractor: Extractor) -> None:
    doc = run(extractor, "Tại phiên họp, Mặt trận Tổ quốc kiến nghị Chính phủ sửa đổi quy định về đất đai.")
    assert "Mặt trận Tổ quốc Việt Nam" in agencies(doc)


def test_the_front_beside_the_mass_organisations_is_a_generic_group(extractor: Extractor) -> None:
    doc = run(extractor, "Các sở, ngành, Mặt trận Tổ quốc và các đoàn thể huyện cần vào cuộc.")
    assert "Mặt trận Tổ quốc Việt Nam" not in agencies(doc)


def test_the_central_front_named_without_its_committee_word(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Chủ tịch Trung ương Mặt trận Tổ quốc Việt Nam Lê Văn Hải phát biểu.")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in agencies(doc)


def test_district_names_listed_after_a_district_body_are_bodies_of_the_same_head(extractor: Extractor) -> None:
    doc = run(extractor, "Sở Xây dựng phối hợp với UBND quận Tân Bình, Tân Phú và Huyện ủy Đông Anh và Sóc Sơn.")
    assert {"Ủy ban nhân dân quận Tân Bình", "Ủy ban nhân dân quận Tân Phú",
            "Huyện ủy Đông Anh", "Huyện ủy Sóc Sơn"} <= agencies(doc)


def test_a_province_or_a_person_after_a_district_body_is_no_district(extractor: Extractor) -> None:
    doc = run(extractor, "UBND huyện Hương Sơn, Hà Tĩnh cho biết; Công an huyện Đông Anh, Nguyễn Văn Bình nói.")
    assert not {a for a in agencies(doc) if a.endswith(("Hà Tĩnh", "Nguyễn Văn Bình", "Nguyễn Văn"))
                and "huyện" in a}


def test_the_standing_board_of_a_people_s_council_or_committee_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều nay, Thường trực HĐND tỉnh Bình Định và Thường trực UBND tỉnh Gia Lai đã làm việc.")
    assert {("Thường trực Hội đồng nhân dân tỉnh Bình Định", "Hội đồng nhân dân tỉnh Bình Định"),
            ("Thường trực Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai")} <= part_of(doc)


def test_a_standing_board_before_a_list_or_after_a_count_names_the_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị bàn về phối hợp giữa thường trực HĐND – UBND – UBMTTQ tỉnh Bình Định; "
                         "quy chế giữa 3 Thường trực HĐND, UBND và Ủy ban MTTQ tỉnh Gia Lai được ký.")
    assert not {a for a in agencies(doc) if a.startswith("Thường trực")}


def test_a_listed_body_s_name_after_law_or_honour_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội sửa Luật Công an nhân dân; Bộ Công an tước danh hiệu Công an nhân dân của một "
                         "cán bộ, còn lực lượng Công an nhân dân tiếp tục truy bắt.")
    assert "Công an nhân dân" in agencies(doc)
    doc = run(extractor, "Quốc hội sửa luật Cảnh sát biển Việt Nam và tước danh hiệu Công an nhân dân của ông A.")
    assert not {"Công an nhân dân", "Cảnh sát biển Việt Nam"} & agencies(doc)


def test_a_people_s_council_written_bare_is_the_province_s_of_the_article(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh Quảng Trị đã lấy ý kiến người dân. Tại kỳ họp HĐND vừa qua, đại biểu đã chất vấn.")
    assert "Hội đồng nhân dân tỉnh Quảng Trị" in agencies(doc)


def test_a_bare_council_after_a_city_s_party_committee_is_the_city_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hòa, bí thư Thành ủy, chủ tịch HĐND thành phố Pleiku, tỉnh Gia Lai nói. "
                         "Theo ông Hòa, kỳ họp HĐND tới sẽ bàn việc này.")
    assert "Hội đồng nhân dân tỉnh Gia Lai" not in agencies(doc)


def test_bare_councils_in_a_plural_or_a_list_of_heads_are_no_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh Quảng Trị cho biết: UBND các tỉnh cần chỉ đạo; nghị quyết của cấp ủy, HĐND, UBND "
                         "ban hành hằng năm.")
    assert not {"Ủy ban nhân dân tỉnh Quảng Trị", "Hội đồng nhân dân tỉnh Quảng Trị"} & agencies(doc)


def test_a_company_name_goes_on_through_words_in_lower_case_to_its_closing_capitals(extractor: Extractor) -> None:
    doc = run(extractor, "Công ty Cổ phần Kính cường lực Hải Long và Công ty TNHH MTV Phát triển nhà Sông Đà ký "
                         "hợp đồng.")
    assert {"Công ty Cổ phần Kính cường lực Hải Long", "Công ty TNHH MTV Phát triển nhà Sông Đà"} <= agencies(doc)


def test_a_company_name_ends_at_the_country_or_before_a_clause(extractor: Extractor) -> None:
    doc = run(extractor, "Hiệp hội Chế biến gỗ Việt Nam đẩy mạnh Chương trình Xanh trong năm nay.")
    assert "Hiệp hội Chế biến gỗ Việt Nam" in agencies(doc)


def test_a_clause_before_a_unit_and_its_host_is_no_unit(extractor: Extractor) -> None:
    doc = run(extractor, "Tại phiên tòa, đại diện VKS cũng đề nghị HĐXX yêu cầu Cơ quan Cảnh sát điều tra Bộ Công an "
                         "làm rõ dòng tiền.")
    assert not any("đề nghị" in a for a in agencies(doc))
    assert part_of(doc) == {("Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an")}


def test_assembly_committees_named_by_their_earlier_names_keep_them(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ nhiệm Ủy ban về các vấn đề xã hội và Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, "
                         "Thiếu niên và Nhi đồng cùng tham gia đoàn giám sát.", published="2016-04-02")
    assert {"Ủy ban về các vấn đề xã hội",
            "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"} <= agencies(doc)


def test_a_party_group_before_a_list_of_ministries_is_each_ministrys(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban Kiểm tra Trung ương làm việc với Ban cán sự đảng các Bộ Tư pháp, Xây dựng, Nội vụ "
                         "về công tác cán bộ.")
    assert {"Ban cán sự đảng Bộ Tư pháp", "Ban cán sự đảng Bộ Xây dựng", "Ban cán sự đảng Bộ Nội vụ"} <= agencies(doc)
    assert not part_of(doc)


def test_an_organ_of_an_associations_central_committee_is_part_of_that_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/4, Thường trực Trung ương Hội Luật gia Việt Nam họp bàn công tác tuyên truyền.")
    part_of = rels(doc, "PART_OF")
    assert ("Thường trực Trung ương Hội Luật gia Việt Nam", "Ban Chấp hành Trung ương Hội Luật gia Việt Nam") in part_of
    assert ("Ban Chấp hành Trung ương Hội Luật gia Việt Nam", "Hội Luật gia Việt Nam") in part_of


def test_the_transport_department_and_ministry_written_with_va_are_the_listed_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, sở Giao thông và Vận tải tỉnh Bình Định đã gửi báo cáo lên bộ Giao thông và Vận tải.")
    assert {"Sở Giao thông vận tải tỉnh Bình Định", "Bộ Giao thông vận tải"} <= agencies(doc)


def test_a_department_written_in_lower_case_before_its_ministry_is_part_of_it(extractor: Extractor) -> None:
    doc = run(extractor, "Hồ sơ đã được gửi đến cục Quản lý đất đai của bộ Tài nguyên và Môi trường để thẩm định.")
    assert "Cục Quản lý đất đai" in agencies(doc)


def test_a_listed_body_with_a_long_head_written_in_lower_case_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Theo cơ quan cảnh sát điều tra Bộ Công an, hai công ty đã ký hợp đồng khống.")
    assert "Cơ quan Cảnh sát điều tra Bộ Công an" in agencies(doc)


def test_a_hospital_written_in_lower_case_is_no_institute(extractor: Extractor) -> None:
    doc = run(extractor, "Người bệnh được chuyển tới bệnh viện Quân y của Bộ Quốc phòng để điều trị.")
    assert not any(a.startswith("Viện") for a in agencies(doc))


def test_a_sub_department_written_in_lower_case_is_no_department(extractor: Extractor) -> None:
    doc = run(extractor, "Trong năm qua, chi cục Quản lý chất lượng nông lâm sản tỉnh Bình Định đã kiểm tra 30 mẫu rau.")
    assert "Cục Quản lý chất lượng" not in agencies(doc)
