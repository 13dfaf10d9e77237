"""A unit named after its head's title with no parent, the parent named by the next item of the chain."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_bare_unit_takes_the_body_of_the_next_post_as_its_parent(extractor: Extractor) -> None:
    doc = run(extractor, "Trung tá Lê Văn Hùng, Phó phòng Tham mưu, kiêm người phát ngôn của Công an tỉnh Nghệ An cho biết.")
    assert rels(doc, "HOLDS_POSITION") == {("Lê Văn Hùng", "Phòng Tham mưu", "Phó Trưởng phòng"),
                                           ("Lê Văn Hùng", "Công an tỉnh Nghệ An", "Người phát ngôn")}
    assert ("Phòng Tham mưu", "Công an tỉnh Nghệ An", "") in rels(doc, "PART_OF")
    doc = run(extractor, "Ông Đỗ Văn Nam - trưởng Phòng tham mưu, người phát ngôn Công an tỉnh Bình Định - nói.")
    assert ("Đỗ Văn Nam", "Phòng Tham mưu", "Trưởng phòng") in rels(doc, "HOLDS_POSITION")
    doc = run(extractor, "Ông Lê Văn Nam, Vụ trưởng Vụ Kế hoạch, người phát ngôn của Thanh tra Chính phủ nói.")
    assert ("Vụ Kế hoạch", "Thanh tra Chính phủ", "") in rels(doc, "PART_OF")
    assert ("Lê Văn Nam", "Vụ Kế hoạch", "Vụ trưởng") in rels(doc, "HOLDS_POSITION")


def test_a_party_committee_s_organ_is_not_put_under_a_people_s_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Kỳ, nguyên phó ban Nội chính, nguyên chủ tịch UBND huyện Cư Mgar bị kỷ luật.")
    assert not any(a.startswith("Ban Nội chính") for a, _, _ in rels(doc, "PART_OF"))
