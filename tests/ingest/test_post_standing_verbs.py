"""A post named after "với cương vị", "trên cương vị" is held; after "khi giữ cương vị", "trong thời gian giữ
cương vị", "thời điểm giữ chức", "khi làm", "thôi giữ chức", "bị cách chức" it is a former one; "tái đắc cử",
"nhậm chức", "trở thành", "còn là", "cũng là", "đang là" give it too."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_post_in_the_capacity_of(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc với cương vị Giám đốc Sở Y tế tỉnh Nam Định đã nhận khuyết điểm.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Sở Y tế tỉnh Nam Định", "Giám đốc")}


def test_a_post_held_while_the_fault_was_made_is_former(extractor: Extractor) -> None:
    doc = run(
        extractor, "Ông Đinh Văn Lộc trong thời gian giữ cương vị Chủ tịch UBND huyện Giao Thủy đã vi phạm."
    )
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Ủy ban nhân dân huyện Giao Thủy", "Chủ tịch")}
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_post_held_at_the_time_of_a_fault_is_former(extractor: Extractor) -> None:
    for verb in ("thời điểm giữ chức", "trong thời gian làm", "khi làm", "khi đang là", "khi còn làm", "khi giữ chức"):
        doc = run(extractor, f"Bà Đinh Thị Lan {verb} Phó Chủ tịch UBND huyện Giao Thủy đã ký sai quy định.")
        assert rels(doc, "HOLDS_POSITION") == {("Đinh Thị Lan", "Ủy ban nhân dân huyện Giao Thủy", "Phó Chủ tịch")}, verb
        assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION"), verb
    doc = run(extractor, "Bà Đinh Thị Lan trước khi làm Phó Chủ tịch UBND huyện Giao Thủy đã học ở Hà Nội.")
    assert not any(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_post_left_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc thôi giữ chức Bí thư Tỉnh ủy Nam Định.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Tỉnh ủy Nam Định", "Bí thư")}
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_post_won_again_taken_up_or_become(extractor: Extractor) -> None:
    for verb in ("tái đắc cử", "tái cử giữ chức", "nhậm chức", "trở thành", "sẽ về làm"):
        doc = run(extractor, f"Ông Đinh Văn Lộc {verb} Bí thư Tỉnh ủy Nam Định.")
        assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Tỉnh ủy Nam Định", "Bí thư")}, verb
    doc = run(extractor, "Ông Đinh Văn Lộc, tân Chủ tịch UBND tỉnh Nam Định, phát biểu nhậm chức.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch")}


def test_a_post_taken_away_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc đã bị cách chức Bí thư Ban cán sự đảng Bộ Tài chính.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Ban cán sự đảng Bộ Tài chính", "Bí thư")}
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")


def test_a_post_held_also_or_still(extractor: Extractor) -> None:
    for verb in ("còn là", "cũng là", "đang là", "hiện cũng là"):
        doc = run(extractor, f"Ông Đinh Văn Lộc {verb} Chủ tịch Hội Nông dân tỉnh Nam Định.")
        assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Hội Nông dân tỉnh Nam Định", "Chủ tịch")}, verb
        assert not any(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION"), verb


def test_a_verb_within_a_chain_goes_on_to_the_next_post(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc là huyện ủy viên đang giữ chức trưởng Phòng Nội vụ huyện Giao Thủy.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Đinh Văn Lộc", "Huyện ủy Giao Thủy", "Ủy viên"),
        ("Đinh Văn Lộc", "Phòng Nội vụ huyện Giao Thủy", "Trưởng phòng"),
    }


def test_a_deputy_forest_ranger_head_written_short(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc, hạt phó Hạt Kiểm lâm huyện Giao Thủy, đã nhận lỗi.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Hạt Kiểm lâm huyện Giao Thủy", "Phó Hạt trưởng")}
