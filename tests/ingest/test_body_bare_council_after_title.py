"""A council or people's committee written bare after a title and before a comma ("ông A, Phó Chủ tịch UBND,
cho biết") is the province's, or takes the locality a list of posts shares; on short texts written for
these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled, run


def test_a_bare_committee_after_a_title_before_a_comma_is_the_provinces(extractor: Extractor) -> None:
    doc = run(extractor, "Tại Cao Bằng, ông Hà Văn Tư, Phó Chủ tịch UBND, cho biết tỉnh đã hoàn thành kế hoạch.")
    assert labelled(doc, "HOLDS_POSITION") == {("Hà Văn Tư", "Ủy ban nhân dân tỉnh Cao Bằng", "Phó Chủ tịch")}


def test_a_bare_council_in_a_list_of_posts_takes_the_shared_locality(extractor: Extractor) -> None:
    doc = run(extractor, "Đoàn công tác đến Cao Bằng. Ông Hà Văn Tư từng giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch "
                         "HĐND, Chủ tịch UBND tỉnh Bắc Kạn.")
    assert ("Hà Văn Tư", "Hội đồng nhân dân tỉnh Bắc Kạn", "Chủ tịch") in labelled(doc, "HOLDS_POSITION")


def test_a_bare_committee_in_a_list_of_heads_is_still_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Tại Cao Bằng, cấp ủy, HĐND, UBND các cấp đã vào cuộc.")
    assert "Ủy ban nhân dân tỉnh Cao Bằng" not in {e.name for e in doc.entities}


def test_a_bare_council_after_a_role_anyone_may_hold_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Tại Cao Bằng, nhiều nơi bầu chưa đủ số lượng đại biểu HĐND, nhất là cấp xã.")
    assert "Hội đồng nhân dân tỉnh Cao Bằng" not in {e.name for e in doc.entities}
