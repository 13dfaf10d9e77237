"""A past career listed after a verb ("từng giữ các chức vụ: A; B", "từng là A, B"): every post of the list
that names its body is held before, past an item we cannot read as a post, a run of bare titles before the
title that names their body, and "sau đó là" between two titles."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def _held(extractor: Extractor, text: str, name: str) -> set[str]:
    return {b for p, b in pairs(run(extractor, text), "HOLDS_POSITION") if p == name}


def test_a_career_goes_on_past_an_item_that_names_no_post(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải từng là cán bộ của Cục Thống kê, Bí thư Huyện đoàn Mường Tè, "
                            "Chủ tịch UBND huyện Mường Tè.", "Lò Văn Khải")
    assert {"Huyện đoàn Mường Tè", "Ủy ban nhân dân huyện Mường Tè"} <= held


def test_bare_titles_in_a_career_take_the_body_of_the_title_after_them(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Lộc từng giữ các chức vụ: Chuyên viên, phó trưởng phòng, trưởng phòng "
                         "Kế hoạch, Sở Tài chính Nam Định; Bí thư Huyện ủy Giao Thủy.")
    by_id = {e.id: e.name for e in doc.entities}
    held = {by_id[r.target]: r.properties.get("title") for r in doc.relations if r.type == "HOLDS_POSITION"}
    assert held.get("Phòng Kế hoạch") == "Trưởng phòng"  # the head's title leads, not the staff's
    assert "Huyện ủy Giao Thủy" in held


def test_sau_do_la_joins_two_titles_of_a_career(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Trần Văn Lộc từng giữ các chức vụ: Phó giám đốc và sau đó là Giám đốc Sở Tài chính "
                            "tỉnh Nam Định; Bí thư Huyện ủy Giao Thủy.", "Trần Văn Lộc")
    assert {"Sở Tài chính tỉnh Nam Định", "Huyện ủy Giao Thủy"} <= held


def test_a_career_verb_with_a_post_noun_and_no_count_opens_the_list(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Đỗ Minh Tâm từng đảm nhiệm cương vị Thứ trưởng Bộ Tư pháp, Bí thư Tỉnh ủy "
                            "Ninh Bình.", "Đỗ Minh Tâm")
    assert held == {"Bộ Tư pháp", "Tỉnh ủy Ninh Bình"}


def test_an_unread_item_is_skipped_only_in_a_past_career(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải là cán bộ của Cục Thống kê, Bí thư Huyện đoàn Mường Tè.", "Lò Văn Khải")
    assert "Huyện đoàn Mường Tè" not in held


def test_a_clause_in_lower_case_or_a_bracket_may_stand_before_a_career(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải có bằng thạc sĩ quản lý, từng kinh qua các chức vụ Bí thư Huyện ủy "
                            "Mường Tè, Chủ tịch UBND huyện Mường Tè.", "Lò Văn Khải")
    assert {"Huyện ủy Mường Tè", "Ủy ban nhân dân huyện Mường Tè"} <= held
    held = _held(extractor, "Ông Lò Văn Khải (52 tuổi, kỹ sư nông nghiệp) từng trải qua nhiều vị trí: Bí thư Huyện "
                            "ủy Mường Tè, Chủ tịch UBND huyện Mường Tè.", "Lò Văn Khải")
    assert {"Huyện ủy Mường Tè", "Ủy ban nhân dân huyện Mường Tè"} <= held


def test_roi_between_two_titles_ends_the_name_of_a_unit(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải từng là Phó chánh văn phòng rồi Chánh văn phòng đoàn đại biểu Quốc hội "
                            "tỉnh Lai Châu.", "Lò Văn Khải")
    assert not any("Rồi" in b for b in held)
    assert "Văn phòng Đoàn Đại biểu Quốc hội tỉnh Lai Châu" in held


def test_a_comma_and_va_bring_in_the_last_item_of_a_career(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải từng kinh qua các chức vụ Bí thư Huyện ủy Mường Tè, Chủ tịch UBND "
                            "huyện Mường Tè, và Giám đốc Sở Tư pháp tỉnh Lai Châu.", "Lò Văn Khải")
    assert "Sở Tư pháp tỉnh Lai Châu" in held


def test_a_pronoun_and_a_clause_before_a_career_give_the_career_to_the_person_named_before(
        extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải được bầu làm Chủ tịch UBND tỉnh Lai Châu. Ông có bằng thạc sĩ kinh tế, "
                            "từng kinh qua các vị trí Bí thư Huyện ủy Mường Tè, Giám đốc Sở Tư pháp tỉnh Lai Châu.",
                 "Lò Văn Khải")
    assert {"Huyện ủy Mường Tè", "Sở Tư pháp tỉnh Lai Châu"} <= held


def test_a_clause_naming_a_wrongdoing_may_stand_before_a_former_post(extractor: Extractor) -> None:
    held = _held(extractor, "Ông Lò Văn Khải bị kỷ luật vì những sai phạm khi giữ chức Chủ tịch UBND huyện Mường Tè.",
                 "Lò Văn Khải")
    assert held == {"Ủy ban nhân dân huyện Mường Tè"}
    held = _held(extractor, "Ông Lò Văn Khải được nhiều người biết đến khi làm Chủ tịch UBND huyện Mường Tè.",
                 "Lò Văn Khải")
    assert not held


def test_a_former_post_in_brackets_may_end_with_its_period(extractor: Extractor) -> None:
    text = ("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Nam Định (nguyên Giám đốc Sở Công Thương giai đoạn 2012 - 2017) "
            "đã trả lời cử tri.")
    assert _held(extractor, text, "Lê Văn Hòa") == {"Ủy ban nhân dân tỉnh Nam Định", "Sở Công Thương tỉnh Nam Định"}
