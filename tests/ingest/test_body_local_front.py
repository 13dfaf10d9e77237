from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, run


def test_the_chair_of_a_provincial_front_holds_the_post_in_its_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Trần Thị Lan, Chủ tịch MTTQ tỉnh Quảng Ngãi, đề nghị các huyện rà soát danh sách hộ nghèo.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Trần Thị Lan", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Chủ tịch")}
    assert "Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi" not in agencies(doc)


def test_a_city_front_written_in_full_is_its_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Minh Tuấn, Phó Chủ tịch Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ, "
                         "phát biểu tại buổi tiếp xúc cử tri.")
    assert labelled(doc, "HOLDS_POSITION") == {
        ("Lê Minh Tuấn", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", "Phó Chủ tịch")}
