"""People who share a post named once before them, and names the surname list must know; short texts
written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import labelled, people, run


def former(doc: DocGraph) -> set[str]:
    by_id = {e.id: e for e in doc.entities}
    return {
        by_id[r.source].name
        for r in doc.relations
        if r.type == "HOLDS_POSITION" and r.properties.get("former")
    }


def test_a_title_chain_joined_by_la_to_a_list_of_names_is_each_one_s_post(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Cơ quan điều tra đã khởi tố hai nguyên chủ tịch UBND TP Đà Nẵng là ông Trần Văn Minh "
        "(đã bị bắt) và ông Phan Hữu Chiến.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Văn Minh", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch"),
        ("Phan Hữu Chiến", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch"),
    }
    assert former(doc) == {"Trần Văn Minh", "Phan Hữu Chiến"}


def test_a_title_with_its_term_joined_by_gom_gives_each_name_the_post(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hội nghị đã bầu bổ sung Ủy viên Ban Bí thư khóa XII gồm: ông Trần Thanh Mẫn và ông Trần Cẩm Tú.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Thanh Mẫn", "Ban Bí thư", "Ủy viên"),
        ("Trần Cẩm Tú", "Ban Bí thư", "Ủy viên"),
    }
    assert not former(doc)


def test_a_shared_post_adds_to_the_posts_in_brackets_after_a_name(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Trong đó có hai ủy viên Trung ương là ông Lê Văn An (Phó Bí thư Tỉnh ủy Đắk Lắk) và "
        "ông Trần Quốc Bảo.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn An", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Lê Văn An", "Tỉnh ủy Đắk Lắk", "Phó Bí thư"),
        ("Trần Quốc Bảo", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
    }


def test_a_bare_title_before_la_gives_no_post(extractor: Extractor) -> None:
    doc = run(extractor, "Hai phó giám đốc là ông Trần Văn Minh và ông Lê Văn Hùng cùng ký văn bản.")
    assert people(doc) == {"Trần Văn Minh", "Lê Văn Hùng"}
    assert not labelled(doc, "HOLDS_POSITION")


def test_less_common_family_names_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Buổi làm việc có Tất Văn Hòa, Lữ Văn Hưng, Vy Thị Lan và Trình Văn Tú tham dự.")
    assert people(doc) == {"Tất Văn Hòa", "Lữ Văn Hưng", "Vy Thị Lan", "Trình Văn Tú"}


def test_a_bare_title_right_before_a_name_is_held_in_the_one_body_of_its_kind_the_article_names(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor, "Bộ Y tế vừa gửi công văn tới các tỉnh. Thứ trưởng Nguyễn Văn Tiến đã ký công văn này."
    )
    assert labelled(doc, "HOLDS_POSITION") == {("Nguyễn Văn Tiến", "Bộ Y tế", "Thứ trưởng")}
    doc = run(extractor, "UBND phường Tân Lập đã họp chiều qua. Phó chủ tịch Lưu Thị Hòa được giao ký hồ sơ.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lưu Thị Hòa", "Ủy ban nhân dân phường Tân Lập", "Phó Chủ tịch")
    }


def test_a_bare_title_takes_no_body_when_two_of_its_kind_are_named_or_the_name_holds_it_elsewhere(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Bộ Y tế và Bộ Tài chính đã họp. Thứ trưởng Nguyễn Văn Tiến chủ trì cuộc họp.")
    assert not labelled(doc, "HOLDS_POSITION")
    doc = run(
        extractor,
        "Bộ Y tế đã họp. Bộ trưởng Nguyễn Văn Tiến phát biểu. Ông Nguyễn Văn Tiến, Bộ trưởng, Chủ nhiệm "
        "Văn phòng Chính phủ cho biết thêm.",
    )
    assert ("Nguyễn Văn Tiến", "Bộ Y tế", "Bộ trưởng") not in labelled(doc, "HOLDS_POSITION")


def test_a_text_that_ends_inside_a_described_body_s_name_is_read_without_error(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nguyễn Văn An làm giám đốc Công ty xổ số kiến thiết")
    assert people(doc) == {"Nguyễn Văn An"}


def test_posts_an_act_takes_away_before_doi_voi_are_the_named_person_s_former_posts(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Hội nghị quyết định cách chức Ủy viên Trung ương Đảng khóa XI và Bí thư Ban cán sự đảng Bộ Thông tin "
        "và Truyền thông nhiệm kỳ 2011-2016 đối với ông Nguyễn Văn Sơn.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Nguyễn Văn Sơn", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Nguyễn Văn Sơn", "Ban cán sự đảng Bộ Thông tin và Truyền thông", "Bí thư"),
    }
    assert former(doc) == {"Nguyễn Văn Sơn"}


def test_a_post_an_act_gives_before_doi_voi_is_a_current_one(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Quốc hội phê chuẩn miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với ông Trần Minh Tuấn và bổ nhiệm chức vụ "
        "Bộ trưởng Bộ Y tế đối với ông Nguyễn Mạnh Hùng.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Minh Tuấn", "Bộ Y tế", "Bộ trưởng"),
        ("Nguyễn Mạnh Hùng", "Bộ Y tế", "Bộ trưởng"),
    }
    assert former(doc) == {"Trần Minh Tuấn"}


def test_a_post_an_act_takes_away_before_cua_is_a_former_one(extractor: Extractor) -> None:
    doc = run(extractor, "Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Xây dựng của ông Trần Văn Long.")
    assert labelled(doc, "HOLDS_POSITION") == {("Trần Văn Long", "Bộ Xây dựng", "Bộ trưởng")}
    assert former(doc) == {"Trần Văn Long"}


def test_posts_added_to_an_act_s_list_are_former_too(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ban Bí thư quyết định cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015, bao gồm cả các chức vụ "
        "Bí thư Tỉnh ủy Quảng Trị của ông Lê Văn Hòa.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Hòa", "Ban Thường vụ Tỉnh ủy Quảng Trị", "Ủy viên"),
        ("Lê Văn Hòa", "Tỉnh ủy Quảng Trị", "Bí thư"),
    }
    assert former(doc) == {"Lê Văn Hòa"}


def test_a_post_without_its_body_before_doi_voi_gives_none(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Thường vụ quyết định cách chức trưởng phòng đối với ông Nguyễn Văn Sơn.")
    assert not labelled(doc, "HOLDS_POSITION")


def test_the_head_of_a_local_police_holds_the_post_in_that_police(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Tình, nguyên trưởng Công an huyện Đắk Song, đã bị kỷ luật.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Tình", "Công an huyện Đắk Song", "Trưởng Công an")}
    assert former(doc) == {"Lê Văn Tình"}
    doc = run(extractor, "Phó trưởng Công an huyện Đắk Song Trần Văn Hải đã có mặt.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Văn Hải", "Công an huyện Đắk Song", "Phó Trưởng Công an")
    }


def test_a_bare_title_before_the_head_of_a_body_s_office_is_held_in_that_body(extractor: Extractor) -> None:
    doc = run(
        extractor, "Ông Trần Đức Long, Phó Tổng thư ký, Chánh Văn phòng Hội Luật gia Việt Nam phát biểu."
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Đức Long", "Hội Luật gia Việt Nam", "Phó Tổng Thư ký"),
        ("Trần Đức Long", "Văn phòng Hội Luật gia Việt Nam", "Chánh Văn phòng"),
    }


def test_titles_after_a_name_that_run_into_the_next_name_are_the_next_one_s(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Từ trái qua: Thủ tướng Nguyễn Văn Phúc, Tổng Bí thư, Chủ tịch nước Lê Văn Trọng, Chủ tịch Quốc hội "
        "Trần Thị Ngân.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Nguyễn Văn Phúc", "Chính phủ", "Thủ tướng"),
        ("Lê Văn Trọng", "Ban Chấp hành Trung ương Đảng", "Tổng Bí thư"),
        ("Lê Văn Trọng", "Chủ tịch nước", "Chủ tịch nước"),
        ("Trần Thị Ngân", "Quốc hội", "Chủ tịch"),
    }


def test_titles_after_an_addressed_name_keep_all_but_the_one_the_next_name_opens(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Dự hội nghị có ông Lê Văn Toàn, Thường trực Ban Bí thư, Chủ tịch Hội Nông dân Việt Nam Trần Văn Hải.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Ban Bí thư", "Thường trực"),
        ("Trần Văn Hải", "Hội Nông dân Việt Nam", "Chủ tịch"),
    }


def test_van_is_a_family_name_before_two_given_names_but_not_in_a_body_s_name(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Văn Hữu Tâm, nguyên Chủ tịch UBND TP Đà Nẵng, làm việc với Bộ Văn hóa, Thể thao và Du lịch.",
    )
    assert people(doc) == {"Văn Hữu Tâm"}
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Văn Hữu Tâm", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch")
    }


def test_a_count_a_title_and_what_befell_them_before_la_give_each_name_the_post(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Năm nay có 2 ủy viên Trung ương bị Bộ Chính trị kỷ luật ở mức khiển trách là ông Lê Văn An "
        "(Phó Bí thư Tỉnh ủy Đắk Lắk) và ông Trần Quốc Bảo.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn An", "Tỉnh ủy Đắk Lắk", "Phó Bí thư"),
        ("Lê Văn An", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Trần Quốc Bảo", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
    }


def test_a_clause_before_la_without_a_count_gives_no_post(extractor: Extractor) -> None:
    doc = run(
        extractor, "Các Phó Chủ tịch UBND tỉnh Sóc Trăng được bầu là ông Lê Văn Hùng và ông Ngô Văn Tài."
    )
    assert not labelled(doc, "HOLDS_POSITION")


def test_a_title_chain_after_a_plural_word_is_shared_by_the_list_of_names_after_it(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Tiếp đoàn có các Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Toàn và Trần Minh Đức.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch"),
        ("Trần Minh Đức", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch"),
    }


def test_a_title_chain_before_a_list_without_a_plural_word_is_the_first_name_s(extractor: Extractor) -> None:
    doc = run(extractor, "Tiếp đoàn có Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Toàn và ông Trần Minh Đức.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch")
    }


def test_a_counted_title_is_shared_by_names_that_carry_their_own_chains(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Kỳ họp đã bầu hai Phó Chủ tịch UBND tỉnh Cà Mau gồm ông Trần Văn Bình, Bí thư Huyện ủy Năm Căn "
        "và ông Lê Hữu Phước, Giám đốc Sở Tài chính tỉnh Cà Mau.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Văn Bình", "Huyện ủy Năm Căn", "Bí thư"),
        ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Cà Mau", "Phó Chủ tịch"),
        ("Lê Hữu Phước", "Sở Tài chính tỉnh Cà Mau", "Giám đốc"),
        ("Lê Hữu Phước", "Ủy ban nhân dân tỉnh Cà Mau", "Phó Chủ tịch"),
    }


def test_a_counted_title_is_shared_by_names_with_titles_before_them(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Thủ tướng đã quyết định ba Phó Trưởng ban Ban Chỉ đạo đổi mới và phát triển kinh tế tập thể gồm "
        "Bộ trưởng Bộ Tài chính Đỗ Văn Hải, "
        "Bộ trưởng Bộ Xây dựng Phạm Quốc Toàn và Chủ tịch UBND tỉnh Khánh Hòa Lê Minh Tâm.",
    )
    shared = {(p, b) for p, b, t in labelled(doc, "HOLDS_POSITION") if t == "Phó Trưởng ban"}
    assert shared == {
        ("Đỗ Văn Hải", "Ban Chỉ đạo đổi mới và phát triển kinh tế tập thể"),
        ("Phạm Quốc Toàn", "Ban Chỉ đạo đổi mới và phát triển kinh tế tập thể"),
        ("Lê Minh Tâm", "Ban Chỉ đạo đổi mới và phát triển kinh tế tập thể"),
    }


def test_a_title_without_a_count_is_not_shared_past_another_name_s_chain(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Chủ tịch UBND tỉnh Cà Mau là ông Trần Văn Bình, Bí thư Huyện ủy Năm Căn, và ông Lê Hữu Phước, "
        "Giám đốc Sở Tài chính tỉnh Cà Mau, cùng dự.",
    )
    assert ("Lê Hữu Phước", "Ủy ban nhân dân tỉnh Cà Mau", "Chủ tịch") not in labelled(doc, "HOLDS_POSITION")


def test_a_counted_bare_title_is_not_shared_past_the_names_own_titles(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hội đồng do Phó Thủ tướng Lê Văn Khánh làm chủ tịch; ba phó chủ tịch gồm Bộ trưởng Bộ Tài chính "
        "Đỗ Văn Hải và Bộ trưởng Bộ Xây dựng Phạm Quốc Toàn.",
    )
    assert {t for _, _, t in labelled(doc, "HOLDS_POSITION")} == {"Phó Thủ tướng", "Bộ trưởng"}


def test_a_figure_counts_a_title_chain_whose_list_names_carry_their_own_posts(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Trong số tái đắc cử có 6 ủy viên Bộ Chính trị gồm: Phó Thủ tướng Lê Văn An, Bộ trưởng Công an "
        "Trần Văn Bình.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn An", "Bộ Chính trị", "Ủy viên"),
        ("Lê Văn An", "Chính phủ", "Phó Thủ tướng"),
        ("Trần Văn Bình", "Bộ Chính trị", "Ủy viên"),
        ("Trần Văn Bình", "Bộ Công an", "Bộ trưởng"),
    }


def test_a_plural_item_in_a_counted_list_keeps_the_shared_post_for_each_name(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Trong đó có 4 ủy viên Bộ Chính trị gồm: Thủ tướng Lê Văn An, các Phó Chủ tịch Quốc hội Trần Văn "
        "Bình và Hoàng Thị Cúc, Bộ trưởng Công an Phạm Văn Dũng.",
    )
    assert labelled(doc, "HOLDS_POSITION") >= {
        ("Trần Văn Bình", "Bộ Chính trị", "Ủy viên"),
        ("Trần Văn Bình", "Quốc hội", "Phó Chủ tịch"),
        ("Hoàng Thị Cúc", "Bộ Chính trị", "Ủy viên"),
        ("Hoàng Thị Cúc", "Quốc hội", "Phó Chủ tịch"),
        ("Phạm Văn Dũng", "Bộ Chính trị", "Ủy viên"),
    }


def test_a_post_a_suspension_names_before_doi_voi_is_a_current_one(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ủy ban Thường vụ Quốc hội quyết định tạm đình chỉ việc thực hiện nhiệm vụ, quyền hạn của đại biểu Quốc hội "
        "đối với ông Trần Văn Bình.",
    )
    assert ("Trần Văn Bình", "Quốc hội", "Đại biểu") in labelled(doc, "HOLDS_POSITION")
    assert not former(doc)


def test_an_election_and_its_congress_between_a_title_and_la_give_each_listed_name_the_post(
        extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Có hai cán bộ trúng cử Ủy viên Trung ương Đảng tại Đại hội XIII là: Ông Lê Văn Hải (Thứ trưởng Bộ "
        "Xây dựng); Bà Phạm Thị Lan (Phó Chủ tịch UBND tỉnh Nam Định).",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Hải", "Bộ Xây dựng", "Thứ trưởng"),
        ("Lê Văn Hải", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Phạm Thị Lan", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch"),
        ("Phạm Thị Lan", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
    }


def test_a_title_before_gom_and_a_colon_is_each_post_of_a_list_split_by_semicolons(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Có hai cán bộ trúng Ủy viên dự khuyết Trung ương Đảng, gồm: Ông Lê Văn Hải, Thứ trưởng Bộ Xây dựng, "
        "được điều động làm Phó Bí thư Tỉnh ủy Nam Định; Bà Phạm Thị Lan, Phó Chủ tịch UBND tỉnh Nam Định.",
    )
    assert {(p, b, t) for p, b, t in labelled(doc, "HOLDS_POSITION") if t == "Ủy viên dự khuyết"} == {
        ("Lê Văn Hải", "Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết"),
        ("Phạm Thị Lan", "Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết"),
    }


def test_a_list_of_people_not_elected_to_a_post_gives_them_none(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Hai bộ trưởng không trúng cử Ủy viên Trung ương Đảng là: Bộ trưởng Y tế Lê Văn Hải; Bộ trưởng Tư pháp "
        "Trần Minh Tâm.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Hải", "Bộ Y tế", "Bộ trưởng"),
        ("Trần Minh Tâm", "Bộ Tư pháp", "Bộ trưởng"),
    }
