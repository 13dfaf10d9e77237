"""A post named after "với cương vị", "trên cương vị" is held; after "khi giữ cương vị", "trong thời gian giữ
cương vị", "thôi giữ chức" it is a former one."""

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


def test_a_post_left_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Đinh Văn Lộc thôi giữ chức Bí thư Tỉnh ủy Nam Định.")
    assert rels(doc, "HOLDS_POSITION") == {("Đinh Văn Lộc", "Tỉnh ủy Nam Định", "Bí thư")}
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")
