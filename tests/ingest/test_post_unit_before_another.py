"""A unit a title names in lower case ("trưởng ban chỉ đạo phòng chống dịch") ends before "và ông"/"và bà": the
next person's word of address is not part of the unit's name, and the chain before it stays the first person's."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_lower_case_unit_ends_before_the_next_person(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Lê Văn Bình, phó chủ tịch UBND tỉnh Nam Định, trưởng ban chỉ đạo phòng chống dịch và bà Trần Thị Mai "
        "đã bị kỷ luật.",
    )
    found = rels(doc, "HOLDS_POSITION")
    assert ("Lê Văn Bình", "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch") in found
    assert not any("bà" in r[1] for r in found)
