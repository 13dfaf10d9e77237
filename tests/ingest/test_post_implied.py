"""A bare "Thống đốc" is the governor of the State Bank; "của" between a title and its body leaves the post as it is."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_governor_holds_the_post_in_the_state_bank(extractor: Extractor) -> None:
    doc = run(extractor, "Tại buổi làm việc, Phó Thống đốc Trần Văn Lâm cho biết lãi suất sẽ giảm.")
    assert rels(doc, "HOLDS_POSITION") == {("Trần Văn Lâm", "Ngân hàng Nhà nước Việt Nam", "Phó Thống đốc")}


def test_a_governor_of_a_foreign_state_is_not_given_the_state_bank(extractor: Extractor) -> None:
    doc = run(extractor, "Thống đốc bang Texas Greg Abbott đã tới thăm.")
    assert not any(b == "Ngân hàng Nhà nước Việt Nam" for _, b, _ in rels(doc, "HOLDS_POSITION"))


def test_of_between_a_title_and_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Kiên, người phát ngôn của UBND tỉnh Nam Định, cho biết sẽ kiểm tra.")
    assert rels(doc, "HOLDS_POSITION") == {
        ("Hà Văn Kiên", "Ủy ban nhân dân tỉnh Nam Định", "Người phát ngôn")
    }


def test_of_after_a_unit_head_gives_the_body_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Hà Văn Kiên, Phó trưởng phòng của Sở Tài chính tỉnh Nam Định, cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Hà Văn Kiên", "Sở Tài chính tỉnh Nam Định", "Phó Trưởng phòng")}
