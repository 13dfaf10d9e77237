"""Which title a post carries and where a bare title is held, on short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, people, run


def _also(doc: object, person: str) -> list[list[str]]:
    by_id = {e.id: e for e in doc.entities}  # type: ignore[attr-defined]
    return [r.properties.get("also") or [] for r in doc.relations  # type: ignore[attr-defined]
            if r.type == "HOLDS_POSITION" and by_id[r.source].name == person]


def test_one_post_written_twice_keeps_its_longer_title(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Thủ tướng Thường trực Lê Văn Bình dự lễ. Sau đó, Phó Thủ tướng Lê Văn Bình phát biểu.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Bình", "Chính phủ", "Phó Thủ tướng Thường trực")}
    assert _also(doc, "Lê Văn Bình") == [[]]


def test_two_titles_in_one_body_lead_with_the_head_s_own_title(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hoàng Văn Sử trình bày tờ trình.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hoàng Văn Sử", "Ủy ban Dân tộc", "Chủ nhiệm")}
    assert _also(doc, "Hoàng Văn Sử") == [["Bộ trưởng"]]
    doc = run(extractor, "Ông Trần Văn Tài, nguyên Phó Giám đốc Sở Y tế tỉnh Nam Định, được bổ nhiệm. "
                         "Giám đốc Sở Y tế tỉnh Nam Định Trần Văn Tài cảm ơn.")
    assert labelled(doc, "HOLDS_POSITION") == {("Trần Văn Tài", "Sở Y tế tỉnh Nam Định", "Giám đốc")}
    assert _also(doc, "Trần Văn Tài") == [["Phó Giám đốc"]]


def test_a_bare_party_title_before_a_local_council_post_is_held_in_the_locality_s_party_committee(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lò Văn Kiên, Bí thư kiêm Chủ tịch UBND xã Mường Lạn cho biết dân đã nhận gạo.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lò Văn Kiên", "Đảng ủy xã Mường Lạn", "Bí thư"),
                                               ("Lò Văn Kiên", "Ủy ban nhân dân xã Mường Lạn", "Chủ tịch")}
    doc = run(extractor, "Phó Bí thư, Chủ tịch HĐND huyện Yên Thế Ngô Văn Lực chủ trì kỳ họp.")
    assert labelled(doc, "HOLDS_POSITION") == {("Ngô Văn Lực", "Huyện ủy Yên Thế", "Phó Bí thư"),
                                               ("Ngô Văn Lực", "Hội đồng nhân dân huyện Yên Thế", "Chủ tịch")}


def test_a_title_in_lower_case_opens_the_posts_right_before_a_name(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị do phó giám đốc Sở Y tế tỉnh Nam Định Trần Văn Tài chủ trì.")
    assert labelled(doc, "HOLDS_POSITION") == {("Trần Văn Tài", "Sở Y tế tỉnh Nam Định", "Phó Giám đốc")}
    doc = run(extractor, "Vụ việc của nguyên viện phó Viện kiểm sát nhân dân tỉnh Nam Định Lê Văn Bảo gây bức xúc.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Bảo", "Viện Kiểm sát nhân dân tỉnh Nam Định", "Phó Viện trưởng")}


def test_a_title_in_lower_case_within_a_name_or_before_a_comma_is_no_post(extractor: Extractor) -> None:
    doc = run(extractor, "Làm việc với Ban thường vụ tỉnh ủy Nam Định, ông Lê Văn Bảo nhận khuyết điểm.")
    assert not labelled(doc, "HOLDS_POSITION")
    doc = run(extractor, "Khi được giới thiệu ứng cử đại biểu Quốc hội, ông Lê Văn Bảo cho hay sẽ cố gắng.")
    assert not labelled(doc, "HOLDS_POSITION")


def test_deputies_written_head_first_and_staff_hold_posts(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Chiến - Vụ phó Vụ Pháp chế, Bộ Xây dựng, cho biết. Bà Lê Thị Hoa, chuyên viên "
                         "Phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Nam Định, cũng có mặt.")
    assert labelled(doc, "HOLDS_POSITION") >= {("Đỗ Văn Chiến", "Vụ Pháp chế", "Phó Vụ trưởng"),
                                               ("Lê Thị Hoa", "Phòng Tổ chức cán bộ", "Chuyên viên")}


def test_a_bare_title_among_several_bodies_of_its_head_takes_the_one_its_sentence_names(
        extractor: Extractor) -> None:
    doc = run(extractor, "UBND huyện Giao Thủy đã xin ý kiến. Văn phòng UBND tỉnh Nam Định vừa truyền đạt ý kiến "
                         "của chủ tịch Trần Văn Tài về dự án.")
    assert ("Trần Văn Tài", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    doc = run(extractor, "UBND huyện Giao Thủy và UBND tỉnh Nam Định đã xin ý kiến. Chủ tịch Trần Văn Tài nói.")
    assert not labelled(doc, "HOLDS_POSITION")


def test_schools_stations_and_units_a_title_names_are_read_up_to_what_closes_them(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tùng (Hiệu trưởng trường tiểu học Hòa Bình Tây) bị kỷ luật. Bà Trần Thị Mai, "
                         "Phó hiệu trưởng Đại học Thủy lợi, phát biểu.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Tùng", "Trường tiểu học Hòa Bình Tây", "Hiệu trưởng"),
                                               ("Trần Thị Mai", "Đại học Thủy lợi", "Phó Hiệu trưởng")}
    doc = run(extractor, "Ông Đỗ Văn Hòa, Trưởng trạm Thú y huyện Yên Thế cho hay. Ông Lê Văn Tâm, Trưởng phòng "
                         "Quản lý đô thị đã giải thích.")
    assert labelled(doc, "HOLDS_POSITION") == {("Đỗ Văn Hòa", "Trạm Thú y huyện Yên Thế", "Trưởng trạm"),
                                               ("Lê Văn Tâm", "Phòng Quản lý đô thị", "Trưởng phòng")}


def test_no_unit_is_read_from_a_name_a_code_or_a_school_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Trưởng phòng Lê Tám cho biết. Ông Hồ Văn Ân, Trưởng phòng PC49 nói thêm. Ông Lê Văn Tám, "
                         "hiệu trưởng trường này, không giảng dạy.")
    assert not labelled(doc, "HOLDS_POSITION")


def test_a_company_written_in_lower_case_after_a_title_is_read_when_a_name_follows(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ông Lê Văn Hải, Giám đốc công ty Luật hợp danh Minh Khang, vụ việc có dấu hiệu sai.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Hải", "Công ty Luật hợp danh Minh Khang", "Giám đốc")}
    doc = run(extractor, "Ông Lê Văn Hải, giám đốc công ty tư nhân ở TP Pleiku, cho biết.")
    assert not labelled(doc, "HOLDS_POSITION")


def test_a_two_word_name_in_a_list_of_names_or_before_a_post_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Phó Chủ tịch Hội Nông dân Việt Nam: Lê Văn Hùng, Trần Thị Mai, Đỗ Tâm; Ủy viên Lê Văn Ba.")
    assert ("Đỗ Tâm", "Hội Nông dân Việt Nam", "Phó Chủ tịch") in labelled(doc, "HOLDS_POSITION")
    doc = run(extractor, "Cơ quan điều tra khởi tố Hoàng Lan, nguyên Trưởng phòng Kế toán, Sở Tài chính tỉnh Nam Định.")
    assert "Hoàng Lan" in people(doc)
    doc = run(extractor, "Ông Lê Văn Ba (trú phường 2, TP Phan Thiết - nguyên ủy viên Ban Thường vụ) bị kỷ luật.")
    assert people(doc) == {"Lê Văn Ba"}


def test_party_organs_named_one_after_the_other_are_both_the_body_s(extractor: Extractor) -> None:
    doc = run(extractor, "Dự có Phó Bí thư Đảng đoàn, Bí thư Đảng ủy, Phó Chủ tịch Hội Nông dân Việt Nam Lê Văn Ba.")
    held = {body for person, body, _ in labelled(doc, "HOLDS_POSITION")}
    assert "Đảng đoàn Hội Nông dân Việt Nam" in held and not any(b.startswith("Đảng đoàn Đảng ủy") for b in held)


def test_the_front_s_chairman_named_bare_chairs_its_central_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Mặt trận Tổ quốc Lê Văn Ba báo cáo kiến nghị cử tri.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Ba", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Chủ tịch")}
    doc = run(extractor, "Chủ tịch Ủy ban MTTQ tỉnh Nghệ An Lê Văn Ba dự.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Ba", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Chủ tịch")}


def test_the_women_s_union_written_short_is_read_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lê Thị Hoa – Chủ tịch Hội LHPN tỉnh Nam Định cho biết.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Thị Hoa", "Hội Liên hiệp Phụ nữ tỉnh Nam Định", "Chủ tịch")}


def test_a_name_right_after_a_body_whose_name_ends_in_a_place_word_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Văn bản do Thứ trưởng Bộ Nông nghiệp và phát triển nông thôn Lê Văn Sáu ký.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Sáu", "Bộ Nông nghiệp và Phát triển nông thôn", "Thứ trưởng")}


def test_the_roads_directorate_written_short_is_the_listed_one(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Ba - Phó tổng cục trưởng Tổng cục Đường bộ - nhận định.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Ba", "Tổng cục Đường bộ Việt Nam", "Phó Tổng cục trưởng")}


def test_a_school_s_youth_union_named_doan_truong_holds_its_secretary(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình, Bí thư Đoàn trường Đại học Ngoại thương, cho biết sinh viên sẽ tham gia.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Bình", "Đoàn trường Đại học Ngoại thương", "Bí thư")}


def test_a_career_chain_goes_on_after_roi(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Bình từng là Phó Giám đốc Sở Xây dựng tỉnh Bình Dương, "
                         "rồi Giám đốc Sở Tư pháp tỉnh Bình Dương.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Bình", "Sở Xây dựng tỉnh Bình Dương", "Phó Giám đốc"),
                                               ("Lê Văn Bình", "Sở Tư pháp tỉnh Bình Dương", "Giám đốc")}


def test_lesser_titles_hold_the_body_named_after_them(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Sơn - chuyên viên chính Vụ Pháp chế (Bộ Y tế) trả lời bạn đọc.")
    assert ("Hà Văn Sơn", "Vụ Pháp chế", "Chuyên viên chính") in labelled(doc, "HOLDS_POSITION")
    doc = run(extractor, "Hạt Kiểm lâm đã kỷ luật ông Đỗ Minh Khoa, Trạm phó Trạm Kiểm lâm Bến Hải.")
    assert labelled(doc, "HOLDS_POSITION") == {("Đỗ Minh Khoa", "Trạm Kiểm lâm Bến Hải", "Trạm phó")}


def test_a_full_time_deputy_holds_the_body_after_chuyen_trach(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Quốc Bảo - phó chủ tịch chuyên trách Ủy ban An toàn giao thông quốc gia - phát biểu.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lý Quốc Bảo", "Ủy ban An toàn giao thông Quốc gia", "Phó Chủ tịch")}


def test_a_chief_representative_holds_the_office_named_after_the_title(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đào Văn Hiếu, Trưởng đại diện Văn phòng Tổng cục Du lịch tại TP. HCM, phát biểu.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Đào Văn Hiếu", "Văn phòng Tổng cục Du lịch tại Thành phố Hồ Chí Minh", "Trưởng đại diện")
    }


def test_a_former_post_covers_the_post_joined_to_it_by_kiem(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty cổ phần Truyền dẫn Miền Trung Trần Văn Khải bị bắt.",
    )
    by_id = {e.id: e.name for e in doc.entities}
    held = {(by_id[r.target], r.properties.get("title"), bool(r.properties.get("former")))
            for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert ("Công ty Cổ phần Truyền dẫn Miền Trung", "Tổng Giám đốc", True) in held


def test_a_judge_holds_the_post_in_the_court_named_after_the_title(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Lê Thị Hạnh - thẩm phán TAND TP Hà Nội cho biết phiên tòa sẽ mở lại.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Thị Hạnh", "Tòa án nhân dân thành phố Hà Nội", "Thẩm phán")}
