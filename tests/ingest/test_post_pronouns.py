"""A word of address standing alone before a post verb stands for the last person named; short texts written
for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, people, run


def test_a_pronoun_before_a_post_verb_gives_the_post_to_the_person_named_before(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn sinh năm 1965 tại tỉnh Nam Định. Năm 2015, ông được bầu làm Bí thư Tỉnh ủy Nam Định.",
    )
    assert people(doc) == {"Lê Văn Toàn"}
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Tỉnh ủy Nam Định", "Bí thư")}


def test_a_pronoun_skips_a_person_addressed_by_the_other_word(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn gặp bà Trần Thị Hoa tại Hà Nội. Ông từng là Chủ tịch UBND tỉnh Nam Định.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch")}


def test_a_pronoun_after_a_plural_word_gives_no_one_the_post(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn (Bí thư Nam Định) và ông Trần Minh (Bí thư Hà Nam) đều trẻ. "
        "Các ông cũng là Bí thư tỉnh ủy trẻ nhất.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Tỉnh ủy Nam Định", "Bí thư"),
        ("Trần Minh", "Tỉnh ủy Hà Nam", "Bí thư"),
    }


def test_a_pronoun_before_a_name_addresses_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Toàn phát biểu. Ông Trần Minh làm Giám đốc Sở Tư pháp tỉnh Nam Định.")
    assert ("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc") not in labelled(doc, "HOLDS_POSITION")


def test_a_former_verb_opening_a_list_after_a_colon_reads_each_item(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn từng đảm nhiệm các chức vụ: Giám đốc Sở Tư pháp tỉnh Nam Định; Chủ tịch UBND tỉnh "
        "Nam Định.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc"),
        ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch"),
    }
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_former_verb_before_plural_posts_makes_each_post_former(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn từng kinh qua các vị trí Bí thư Huyện ủy Hải Hậu, Chủ tịch UBND tỉnh Nam Định.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Huyện ủy Hải Hậu", "Bí thư"),
        ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch"),
    }
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_career_list_after_a_count_and_a_post_noun_makes_each_post_former(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn sinh năm 1965. Ông đã trải qua nhiều vị trí công tác như Bí thư Huyện ủy Hải Hậu; "
        "Giám đốc Sở Tư pháp tỉnh Nam Định, Chủ tịch UBND tỉnh Nam Định.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Huyện ủy Hải Hậu", "Bí thư"),
        ("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc"),
        ("Lê Văn Toàn", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch"),
    }
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_bare_title_before_a_titled_body_after_a_post_verb_does_not_end_the_chain(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Ông Lê Văn Toàn từng giữ chức Phó Giám đốc, Giám đốc Sở Tư pháp tỉnh Nam Định.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc")}


def test_being_elected_into_a_party_organ_makes_a_member_and_a_second_verb_goes_on(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Năm 2021, ông Lê Văn Toàn được bầu vào Ban Chấp hành Trung ương Đảng và là Ủy viên Bộ Chính trị.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Lê Văn Toàn", "Bộ Chính trị", "Ủy viên"),
    }


def test_a_present_post_verb_after_a_former_one_gives_a_current_post(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn từng là Giám đốc Sở Tư pháp tỉnh Nam Định và hiện là Chủ tịch UBND tỉnh Nam Định.",
    )
    former = {r.properties.get("former", False) for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert len(labelled(doc, "HOLDS_POSITION")) == 2 and former == {True, False}


def test_a_present_post_verb_within_a_chain_gives_a_current_post_after_a_former_one(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn (nguyên Chủ tịch UBND huyện Hải Hậu, hiện làm Phó Giám đốc Sở Tư pháp tỉnh Nam Định) "
        "đã phát biểu.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Ủy ban nhân dân huyện Hải Hậu", "Chủ tịch"),
        ("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Phó Giám đốc"),
    }
    former = {r.properties.get("former", False) for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert former == {True, False}


def test_posts_after_a_post_verb_may_be_parted_by_semicolons(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Toàn còn làm Chủ tịch Hội đồng quốc gia về tài nguyên nước; Trưởng ban Chỉ đạo Tây Bắc.",
    )
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Văn Toàn", "Hội đồng quốc gia về tài nguyên nước", "Chủ tịch"),
        ("Lê Văn Toàn", "Ban Chỉ đạo Tây Bắc", "Trưởng ban"),
    }


def test_a_title_chain_before_a_dash_and_a_word_of_address_is_the_named_person_s(
    extractor: Extractor,
) -> None:
    doc = run(extractor, "Theo Giám đốc Sở Tư pháp tỉnh Nam Định - ông Lê Văn Toàn, hồ sơ đã đủ.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Sở Tư pháp tỉnh Nam Định", "Giám đốc")}


def test_being_sent_to_a_post_gives_the_post(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2011, ông Lê Văn Toàn được cử làm Trưởng ban Tuyên giáo Trung ương.")
    assert labelled(doc, "HOLDS_POSITION") == {("Lê Văn Toàn", "Ban Tuyên giáo Trung ương", "Trưởng ban")}
