"""A post held "at the time" ("lúc đó là", "khi đó là"), after a dash or before the name, is read."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_post_verb_after_a_dash(extractor: Extractor) -> None:
    doc = run(
        extractor, "Năm 2015, ông Đỗ Văn Thành - lúc đó là Phó Chủ tịch UBND tỉnh Nam Định - đã ký văn bản."
    )
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Thành", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch")}


def test_a_post_before_the_name_at_the_time(extractor: Extractor) -> None:
    doc = run(extractor, "Khi ấy Chủ tịch UBND huyện Giao Thủy lúc đó là ông Đỗ Văn Thành đã đồng ý.")
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Thành", "Ủy ban nhân dân huyện Giao Thủy", "Chủ tịch")}


def test_a_post_at_the_time_is_one_name_s_not_a_list_s(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Theo tờ trình của Giám đốc Sở Tài chính tỉnh Nam Định lúc đó là ông Đỗ Văn Thành, ông Lý Văn Hai đã ký.",
    )
    assert rels(doc, "HOLDS_POSITION") == {("Đỗ Văn Thành", "Sở Tài chính tỉnh Nam Định", "Giám đốc")}


def test_a_bare_post_after_a_dash_and_a_verb_is_not_taken(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hồ Văn Đào - khi còn là Tổng Bí thư kiêm Chủ tịch nước láng giềng - đã ủng hộ.")
    assert rels(doc, "HOLDS_POSITION") == set()


def test_a_post_held_then_with_chuc_vu_or_thoi_ky_is_former(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lò Văn Hạnh, khi còn giữ chức vụ Giám đốc Sở Tài chính tỉnh Lai Châu, đã ký văn bản.")
    assert rels(doc, "HOLDS_POSITION") == {("Lò Văn Hạnh", "Sở Tài chính tỉnh Lai Châu", "Giám đốc")}
    assert all(r.properties.get("former") for r in doc.relations if r.type == "HOLDS_POSITION")
    doc = run(extractor, "Bà Lò Thị Mai thời kỳ làm Phó Chủ tịch UBND tỉnh Lai Châu đã ký quyết định giao đất.")
    assert rels(doc, "HOLDS_POSITION") == {("Lò Thị Mai", "Ủy ban nhân dân tỉnh Lai Châu", "Phó Chủ tịch")}
