"""An appointment after a name's chain, posts in a bracket after it and one more post after "và" are that name's too."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_an_appointment_after_the_chain_gives_the_post_taken(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Hà Nam, được phân công giữ chức Bí thư Tỉnh ủy Nam Định.",
    )
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Hà Nam", "Phó Chủ tịch"),
        ("Trần Văn Bình", "Tỉnh ủy Nam Định", "Bí thư"),
    }


def test_two_acts_of_appointment_joined_by_a_comma(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Hùng được Bộ Chính trị điều động, bổ nhiệm giữ chức Phó Trưởng Ban Kinh tế Trung ương.",
    )
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hùng", "Ban Kinh tế Trung ương", "Phó Trưởng ban")}


def test_posts_in_a_bracket_after_the_chain(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Phạm Văn Tâm, Phó Giám đốc Sở Tài chính tỉnh Nam Định (nguyên Chánh Thanh tra "
        "tỉnh Nam Định) bị kỷ luật.",
    )
    assert rels(doc, "HOLDS_POSITION") == {
        ("Phạm Văn Tâm", "Sở Tài chính tỉnh Nam Định", "Phó Giám đốc"),
        ("Phạm Văn Tâm", "Thanh tra tỉnh Nam Định", "Chánh Thanh tra"),
    }
    doc = run(
        extractor,
        "Ông Phạm Văn Tâm, Viện trưởng Viện Kiểm sát nhân dân tỉnh Nam Định (hiện là Chủ tịch "
        "UBND tỉnh Nam Định) đã ký.",
    )
    assert ("Phạm Văn Tâm", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch") in rels(doc, "HOLDS_POSITION")


def test_a_bracket_without_a_post_adds_nothing(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Phạm Văn Tâm, Giám đốc Sở Tài chính tỉnh Nam Định (Đảng viên) phát biểu.")
    assert rels(doc, "HOLDS_POSITION") == {("Phạm Văn Tâm", "Sở Tài chính tỉnh Nam Định", "Giám đốc")}


def test_one_more_post_after_and(extractor: Extractor) -> None:
    doc = run(
        extractor, "Ông Phạm Văn Tâm, Bí thư Huyện ủy Giao Thủy và Chủ tịch HĐND huyện Giao Thủy, phát biểu."
    )
    assert rels(doc, "HOLDS_POSITION") == {
        ("Phạm Văn Tâm", "Huyện ủy Giao Thủy", "Bí thư"),
        ("Phạm Văn Tâm", "Hội đồng nhân dân huyện Giao Thủy", "Chủ tịch"),
    }
    doc = run(
        extractor,
        "Ông Phạm Văn Tâm, Giám đốc Sở Y tế tỉnh Nam Định và Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Bình dự.",
    )
    assert ("Phạm Văn Tâm", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch") not in rels(
        doc, "HOLDS_POSITION"
    )


def test_an_appointment_right_after_the_chain_without_a_comma(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Bình, Phó Bí thư Tỉnh ủy Hà Nam vừa được bầu giữ chức Chủ tịch UBND tỉnh Hà Nam.",
    )
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trần Văn Bình", "Tỉnh ủy Hà Nam", "Phó Bí thư"),
        ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Hà Nam", "Chủ tịch"),
    }


def test_a_post_verb_after_a_chain_in_brackets_gives_the_post_taken(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đào Văn Hưng (Phó Trưởng ban Tuyên giáo Trung ương) được bầu làm Chánh án Tòa án nhân dân "
                         "tối cao.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Đào Văn Hưng", "Ban Tuyên giáo Trung ương", "Phó Trưởng ban"),
        ("Đào Văn Hưng", "Tòa án nhân dân tối cao", "Chánh án"),
    }
    doc = run(extractor, "Bà Lê Thị Xoan (Thứ trưởng Bộ Tư pháp, luân chuyển làm Phó Bí thư Tỉnh ủy Yên Bái), hiện giữ "
                         "chức Bí thư Tỉnh ủy Lào Cai.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Lê Thị Xoan", "Bộ Tư pháp", "Thứ trưởng"),
        ("Lê Thị Xoan", "Tỉnh ủy Yên Bái", "Phó Bí thư"),
        ("Lê Thị Xoan", "Tỉnh ủy Lào Cai", "Bí thư"),
    }
    doc = run(extractor, "Ông Đào Văn Hưng (Phó Trưởng ban Tuyên giáo Trung ương) cho biết Bộ Công an sẽ làm rõ.")
    assert rels(doc, "HOLDS_POSITION") == {("Đào Văn Hưng", "Ban Tuyên giáo Trung ương", "Phó Trưởng ban")}


def test_a_bare_title_a_post_verb_gives_after_a_list_takes_the_body_of_the_same_title_named_before(
        extractor: Extractor) -> None:
    doc = run(extractor, "HĐND tỉnh Hà Nam bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh. Ông Lê Văn Tùng, Giám đốc "
                         "Sở Tài chính và bà Ngô Thị Lan (SN 1970) giữ chức Phó Chủ tịch.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Hà Nam", "Chủ tịch"),
        ("Lê Văn Tùng", "Sở Tài chính tỉnh Hà Nam", "Giám đốc"),
        ("Lê Văn Tùng", "Ủy ban nhân dân tỉnh Hà Nam", "Phó Chủ tịch"),
        ("Ngô Thị Lan", "Ủy ban nhân dân tỉnh Hà Nam", "Phó Chủ tịch"),
    }
    doc = run(extractor, "Ông Trần Văn Bình là Chủ tịch UBND tỉnh Hà Nam. Ông Lê Văn Tùng cho biết ông từng làm Phó Chủ tịch.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Bình", "Ủy ban nhân dân tỉnh Hà Nam", "Chủ tịch")}


def test_an_appointment_with_no_word_of_taking(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Hùng từng là Giám đốc Sở Xây dựng tỉnh Nam Định. Tháng 5/2015, ông Hùng được bổ nhiệm "
        "Phó Chánh Văn phòng Bộ Xây dựng.",
    )
    assert ("Lê Văn Hùng", "Văn phòng Bộ Xây dựng", "Phó Chánh Văn phòng") in rels(doc, "HOLDS_POSITION")


def test_an_election_into_a_body_leaves_the_post_after_it(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Hùng sinh năm 1960. Tại Đại hội XII, ông được bầu vào Ban Chấp hành Trung ương và là Ủy viên Bộ Chính trị.",
    )
    assert ("Lê Văn Hùng", "Bộ Chính trị", "Ủy viên") in rels(doc, "HOLDS_POSITION")
