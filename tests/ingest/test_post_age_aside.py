"""An age or a year of birth between a name and its posts, between commas or in brackets, on short texts
written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def test_an_age_between_commas_leaves_the_post_after_it_to_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Trung tá Đỗ Văn Khải, 47 tuổi, phó trưởng Công an huyện Gia Lâm, bị tạm đình chỉ công tác.")
    assert labelled(doc, "HOLDS_POSITION") == {("Đỗ Văn Khải", "Công an huyện Gia Lâm", "Phó Trưởng Công an")}


def test_an_age_or_a_year_of_birth_in_brackets_before_a_comma_leaves_the_post_to_the_name(
        extractor: Extractor) -> None:
    doc = run(extractor, "Bà Hà Thị Lụa (51 tuổi), Phó giám đốc Sở Tư pháp tỉnh Hòa Bình, đã bị kỷ luật.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hà Thị Lụa", "Sở Tư pháp tỉnh Hòa Bình", "Phó Giám đốc")}
    doc = run(extractor, "Ông Vương Đình Tâm (SN 1964), nguyên Giám đốc Sở Công Thương tỉnh Hòa Bình, bị bắt.")
    assert {(p, b) for p, b, _ in labelled(doc, "HOLDS_POSITION")} == {("Vương Đình Tâm",
                                                                        "Sở Công Thương tỉnh Hòa Bình")}


def test_a_home_town_or_residence_in_brackets_before_a_comma_leaves_the_post_to_the_name(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đào Văn Tiến (58 tuổi, ngụ quận Ba Đình, TP. Hà Nội), nguyên Phó giám đốc Sở Xây dựng "
                         "thành phố Hà Nội, bị khởi tố.")
    assert {(p, b) for p, b, _ in labelled(doc, "HOLDS_POSITION")} == {("Đào Văn Tiến",
                                                                        "Sở Xây dựng thành phố Hà Nội")}
    doc = run(extractor, "Ông Hồ Văn Lực (quê huyện Đông Anh, TP. Hà Nội), nguyên Giám đốc Sở Tài chính tỉnh "
                         "Bắc Ninh, bị bắt.")
    assert {(p, b) for p, b, _ in labelled(doc, "HOLDS_POSITION")} == {("Hồ Văn Lực", "Sở Tài chính tỉnh Bắc Ninh")}


def test_a_residence_named_by_trú_alone_between_commas_leaves_the_post_to_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lý Văn Hòa (SN 1970), trú quận Cầu Giấy, Phó giám đốc Sở Y tế thành phố Hà Nội, bị bắt.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lý Văn Hòa", "Sở Y tế thành phố Hà Nội", "Phó Giám đốc")}


def test_an_age_and_home_bracket_before_a_post_verb(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Đỗ Thị Hạnh (58 tuổi, quê Thái Bình) là Chủ tịch Hội Nông dân tỉnh Thái Bình.")
    assert labelled(doc, "HOLDS_POSITION") == {("Đỗ Thị Hạnh", "Hội Nông dân tỉnh Thái Bình", "Chủ tịch")}


def test_a_biography_opens_with_an_age_and_a_home_town_with_no_comma_after_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lò Văn Sinh 55 tuổi, quê huyện Mai Sơn (Sơn La), là Ủy viên Trung ương Đảng, "
                         "Phó Trưởng ban Dân vận Trung ương.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lò Văn Sinh", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
                                               ("Lò Văn Sinh", "Ban Dân vận Trung ương", "Phó Trưởng ban")}
    doc = run(extractor, "Ông Lò Văn Sinh sinh năm 1968, quê Mai Sơn (Sơn La), từng kinh qua các chức vụ như: "
                         "Bí thư Huyện ủy Mai Sơn, Phó Chủ tịch UBND tỉnh Sơn La.")
    assert {(p, b) for p, b, _ in labelled(doc, "HOLDS_POSITION")} == {("Lò Văn Sinh", "Huyện ủy Mai Sơn"),
                                                                       ("Lò Văn Sinh", "Ủy ban nhân dân tỉnh Sơn La")}


def test_a_biography_goes_on_after_a_semicolon_and_a_list_of_terms(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lò Văn Sinh 60 tuổi, quê xã Chiềng Ban, huyện Mai Sơn, tỉnh Sơn La; là Ủy viên Ban "
                         "Chấp hành Trung ương khóa 11, 12; Ủy viên Bộ Chính trị khóa 12.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lò Văn Sinh", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
                                               ("Lò Văn Sinh", "Bộ Chính trị", "Ủy viên")}


def test_a_biography_s_degrees_after_the_home_town_leave_the_posts_to_the_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lò Văn Sinh 52 tuổi, quê ở Mai Sơn, tỉnh Sơn La; thạc sĩ nông nghiệp; hiện là Bí thư "
                         "Tỉnh ủy Sơn La.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lò Văn Sinh", "Tỉnh ủy Sơn La", "Bí thư")}
    doc = run(extractor, "Ông Lò Văn Sinh 58 tuổi, quê Sơn La, là phó giáo sư, tiến sĩ luật, Ủy viên Trung ương Đảng, "
                         "Phó Trưởng ban Nội chính Trung ương.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lò Văn Sinh", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
                                               ("Lò Văn Sinh", "Ban Nội chính Trung ương", "Phó Trưởng ban")}
