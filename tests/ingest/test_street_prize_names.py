from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import people, run


def test_a_prize_named_for_a_man_is_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Thành đoàn phát động Giải thưởng Trần Văn Ơn dành cho học sinh giỏi.")
    assert "Trần Văn Ơn" not in people(doc)


def test_a_list_of_streets_after_nhu_and_a_colon_holds_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Các tuyến đường lân cận như: Lê Văn Sỹ, Trần Quang Diệu, Huỳnh Văn Bánh đều bị ngập.")
    assert not people(doc) & {"Lê Văn Sỹ", "Trần Quang Diệu", "Huỳnh Văn Bánh"}
