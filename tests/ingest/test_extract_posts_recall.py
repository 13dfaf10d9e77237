"""Posts the blind sets (blind3 .. blind6) showed the extractor missing on articles it was never tuned on,
on short texts written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import labelled, people, run


def posts(doc: DocGraph) -> set[tuple[str, str, str]]:
    return labelled(doc, "HOLDS_POSITION")


def test_a_ministry_named_without_its_head_after_the_title_keeps_its_and(extractor: Extractor) -> None:
    doc = run(extractor, "Dự buổi gặp có Bộ trưởng Giáo dục và Đào tạo Lê Văn Khải cùng nhiều khách mời.")
    assert posts(doc) == {("Lê Văn Khải", "Bộ Giáo dục và Đào tạo", "Bộ trưởng")}
    doc = run(extractor, "Bộ trưởng Văn hóa Thể thao và Du lịch Trần Văn Lộc; Bộ trưởng Nội vụ Đỗ Thị Hoa.")
    assert posts(doc) == {("Trần Văn Lộc", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ trưởng"),
                          ("Đỗ Thị Hoa", "Bộ Nội vụ", "Bộ trưởng")}


def test_a_name_ending_in_a_province_s_name_after_a_post_is_a_person(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng Nội vụ Nguyễn Thái Bình và Bộ trưởng Khoa học Công nghệ Lê Quân trả lời.")
    assert posts(doc) == {("Nguyễn Thái Bình", "Bộ Nội vụ", "Bộ trưởng"),
                          ("Lê Quân", "Bộ Khoa học và Công nghệ", "Bộ trưởng")}
    doc = run(extractor, "Đoàn Hà Nội đến thăm trường vào buổi sáng.")
    assert not people(doc)


def test_a_team_s_head_and_a_board_member_hold_their_posts(extractor: Extractor) -> None:
    doc = run(extractor, "Đội trưởng Đội Cảnh sát trật tự Lê Văn Tuấn và ông Mai Văn Hòa, Đội phó Đội Cảnh sát "
                         "giao thông, đã có mặt.")
    assert posts(doc) == {("Lê Văn Tuấn", "Đội Cảnh sát trật tự", "Đội trưởng"),
                          ("Mai Văn Hòa", "Đội Cảnh sát giao thông", "Đội phó")}
    doc = run(extractor, "Ông Phạm Quốc Bảo, Thành viên HĐTV Tập đoàn Điện lực Việt Nam, phát biểu.")
    assert posts(doc) == {("Phạm Quốc Bảo", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam", "Thành viên")}


def test_a_trade_union_after_a_title_and_one_the_article_abbreviates(extractor: Extractor) -> None:
    doc = run(extractor, "Công đoàn Điện lực Việt Nam (CĐ ĐLVN) tổ chức giải chạy. Chủ tịch CĐ ĐLVN Hà Văn Lâm "
                         "trao giải; bà Vi Thị Mai, Phó Chủ tịch Công đoàn ngành Giao thông vận tải, dự.")
    assert posts(doc) == {("Hà Văn Lâm", "Công đoàn Điện lực Việt Nam", "Chủ tịch"),
                          ("Vi Thị Mai", "Công đoàn ngành Giao thông vận tải", "Phó Chủ tịch")}


def test_in_charge_between_a_title_and_its_body_leaves_the_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lưu Văn Sang, Phó Bí thư phụ trách Đảng ủy Tập đoàn Điện lực Việt Nam, cho biết.")
    assert ("Lưu Văn Sang", "Đảng ủy Tập đoàn Điện lực Việt Nam", "Phó Bí thư") in posts(doc)


def test_and_before_a_person_ends_the_body_a_title_names(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Hưng, Trưởng ban chỉ đạo thi tốt nghiệp và ông Hà Văn Khoa, Giám đốc Sở Tư pháp "
                         "tỉnh Yên Bái, cùng dự.")
    assert ("Hà Văn Khoa", "Sở Tư pháp tỉnh Yên Bái", "Giám đốc") in posts(doc)
    assert not any("và" in body for _, body, _ in posts(doc))


def test_a_foreign_name_after_a_post_keeps_its_last_word(extractor: Extractor) -> None:
    doc = run(extractor, "Thủ tướng Hàn Quốc Kim Boo Kyum đến viếng.")
    assert posts(doc) == {("Kim Boo Kyum", "Chính phủ Hàn Quốc", "Thủ tướng")}


def test_a_party_committee_before_a_board_is_the_company_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Tạ Văn Lực, Bí thư Đảng ủy, Thành viên HĐTV, Tổng giám đốc Tổng công ty Điện lực "
                         "Miền Bắc, phát biểu.")
    assert ("Tạ Văn Lực", "Đảng ủy Tổng công ty Điện lực Miền Bắc", "Bí thư") in posts(doc)


def test_a_name_begins_where_the_body_a_title_names_ends(extractor: Extractor) -> None:
    doc = run(extractor, "Sau hội nghị, Bí thư Trung ương Đoàn Lê Quốc Phong trả lời báo chí.")
    assert people(doc) == {"Lê Quốc Phong"}
    assert posts(doc) == {("Lê Quốc Phong", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bí thư")}
    doc = run(extractor, "Phó Giám đốc Công an tỉnh Nam Định Đoàn Văn Hải cho biết.")
    assert people(doc) == {"Đoàn Văn Hải"}
    doc = run(extractor, "Chủ tịch phường Hạ Đình Thái Văn Tuấn giải thích thêm.")
    assert posts(doc) == {("Thái Văn Tuấn", "Ủy ban nhân dân phường Hạ Đình", "Chủ tịch")}


def test_a_title_chain_before_a_colon_is_each_listed_person_s(extractor: Extractor) -> None:
    doc = run(extractor, "Về phía Hội có Ủy viên Đảng đoàn, Phó Chủ tịch Hội Nông dân Việt Nam: Lê Văn Bắc, "
                         "Trần Thị Thanh; Tổng Thư ký Hội Nông dân Việt Nam Lê Văn Tâm.")
    assert posts(doc) == {(n, b, t) for n in ("Lê Văn Bắc", "Trần Thị Thanh")
                          for b, t in (("Đảng đoàn Hội Nông dân Việt Nam", "Ủy viên"),
                                       ("Hội Nông dân Việt Nam", "Phó Chủ tịch"))} \
        | {("Lê Văn Tâm", "Hội Nông dân Việt Nam", "Tổng Thư ký")}
    doc = run(extractor, "Đến viếng có nguyên Chủ tịch nước: Lê Văn Hòa, Trần Đức Tâm.")
    assert {r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION"} == {True}
    assert {n for n, _, _ in posts(doc)} == {"Lê Văn Hòa", "Trần Đức Tâm"}


def test_a_verb_of_a_post_held_before_makes_the_whole_chain_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đỗ Văn Khải trong thời gian là Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Kim Sơn đã có "
                         "vi phạm.")
    rels = [r for r in doc.relations if r.type == "HOLDS_POSITION"]
    assert posts(doc) == {("Đỗ Văn Khải", "Huyện ủy Kim Sơn", "Phó Bí thư"),
                          ("Đỗ Văn Khải", "Ủy ban nhân dân huyện Kim Sơn", "Chủ tịch")}
    assert all(r.properties.get("former") is True for r in rels)


def test_a_parent_named_alone_between_two_posts_does_not_end_the_chain(extractor: Extractor) -> None:
    doc = run(extractor, "Kỷ luật ông Lò Văn Sáu, Giám đốc Sở Xây dựng, Ủy ban nhân dân tỉnh Lai Châu, nguyên Phó Bí "
                         "thư Huyện ủy Mường Tè.")
    assert ("Lò Văn Sáu", "Huyện ủy Mường Tè", "Phó Bí thư") in posts(doc)
    doc = run(extractor, "Ông Hồ Văn Tư, Giám đốc Sở Tư pháp, Hội Luật gia tỉnh Ninh Bình tổ chức hội thảo, Phó Chủ tịch "
                         "UBND tỉnh dự.")
    assert ("Hồ Văn Tư", "Ủy ban nhân dân tỉnh Ninh Bình", "Phó Chủ tịch") not in posts(doc)


def test_an_appointment_between_a_name_and_its_post_gives_the_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Lợi vừa được Ban Bí thư điều động giữ chức Phó Trưởng Ban Dân vận Trung ương.")
    assert posts(doc) == {("Hà Văn Lợi", "Ban Dân vận Trung ương", "Phó Trưởng ban")}
    doc = run(extractor, "Ông Hà Văn Lợi được nhiều người biết đến khi làm Giám đốc Sở Y tế tỉnh Hà Nam.")
    assert not posts(doc)


def test_an_acting_holder_keeps_quyen_in_the_title(extractor: Extractor) -> None:
    doc = run(extractor, "Tại buổi lễ, chị Hà Thị Mai - quyền Bí thư Tỉnh Đoàn Nam Định kêu gọi thanh niên tham gia.")
    assert posts(doc) == {("Hà Thị Mai", "Tỉnh đoàn Nam Định", "Quyền Bí thư")}
    doc = run(extractor, "Quyền Giám đốc Sở Tài chính tỉnh Nam Định Lò Văn Hạnh đã ký văn bản.")
    assert posts(doc) == {("Lò Văn Hạnh", "Sở Tài chính tỉnh Nam Định", "Quyền Giám đốc")}
    doc = run(extractor, "Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh Nam Định Lò Văn Hạnh.")
    assert posts(doc) == {("Lò Văn Hạnh", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch")}


def test_a_cluster_post_before_a_post_does_not_end_the_chain(extractor: Extractor) -> None:
    doc = run(extractor, "Dự hội nghị có ông Trần Văn Hải, Cụm phó Cụm thi đua, Chủ tịch Hội Luật gia tỉnh Nam Định.")
    assert ("Trần Văn Hải", "Hội Luật gia tỉnh Nam Định", "Chủ tịch") in posts(doc)


def test_a_director_of_a_function_keeps_the_function_in_the_title(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đào Văn Nam - giám đốc marketing Công ty cổ phần Hoa Sen, chia sẻ kế hoạch.")
    assert posts(doc) == {("Đào Văn Nam", "Công ty Cổ phần Hoa Sen", "Giám đốc marketing")}


def test_a_post_taken_after_an_appointment_and_the_posts_held_is_the_person_s(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư điều động ông Lò Văn Hạnh, Chủ tịch Tổng Liên đoàn Lao động Việt Nam, giữ chức "
                         "Bí thư Tỉnh ủy Đắk Lắk.")
    assert posts(doc) == {("Lò Văn Hạnh", "Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch"),
                          ("Lò Văn Hạnh", "Tỉnh ủy Đắk Lắk", "Bí thư")}
    doc = run(extractor, "Ông Lò Văn Hạnh, Chủ tịch Tổng Liên đoàn Lao động Việt Nam, làm việc với tỉnh Đắk Lắk.")
    assert posts(doc) == {("Lò Văn Hạnh", "Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch")}
    doc = run(extractor, "Hội nghị bầu ông Lò Văn Hạnh, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XIV tỉnh "
                         "Phú Yên giữ chức Ủy viên Ủy ban Kiểm tra Trung ương.")
    assert ("Lò Văn Hạnh", "Ủy ban Kiểm tra Trung ương", "Ủy viên") in posts(doc)


def test_foreign_names_joined_by_a_hyphen_are_people(extractor: Extractor) -> None:
    doc = run(extractor, "Sinh viên cổ vũ đội tuyển của huấn luyện viên Choi Min - ho trước trận đấu. "
                         "Dự hội thảo có ông Jean - Marc Dupont, Giám đốc Viện nghiên cứu Pháp.")
    found = people(doc)
    assert "Choi Min - ho" in found or "Choi Min-ho" in found
    assert any("Dupont" in p and p.startswith("Jean") for p in found)


def test_a_province_before_a_lowercase_word_after_a_hyphen_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh Long An - cho biết đã hoàn thành kế hoạch phối hợp với Bộ Y tế.")
    assert not people(doc)


def test_the_youth_union_cut_by_a_lowercase_syllable_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Anh Lê Văn Tâm, Phó Bí thư Đoàn Khối Doanh nghiệp tỉnh, cho biết Đoàn Thanh niên "
                         "nhà trường sẽ phối hợp tổ chức. Ông Đoàn Thanh Sơn dự buổi lễ.")
    found = people(doc)
    assert not {"Đoàn Khối Doanh", "Đoàn Thanh"} & found
    assert "Đoàn Thanh Sơn" in found
