from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_district_written_q_dot_after_the_committee_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bà Hạnh, phó chủ tịch UBND Q. Tân Phú, cho biết quận sẽ ra quân vào tuần tới.")
    assert "Ủy ban nhân dân quận Tân Phú" in agencies(doc)


def test_a_rural_district_written_h_dot_after_the_police_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Công an H.Châu Thành đã phối hợp với Công an tỉnh Long An bắt giữ hai đối tượng.")
    assert "Công an huyện Châu Thành" in agencies(doc)


def test_a_letter_with_a_dot_after_no_head_stays_a_letter(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ông Q. Bình, UBND tỉnh Long An đã chỉ đạo xử lý.")
    assert not any("quận" in a for a in agencies(doc))


def test_a_numbered_ward_is_named_with_the_district_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Công an P.7, Q.5 đã phối hợp với Công an phường 9 (quận 3) bắt giữ hai đối tượng trộm cắp.")
    assert {"Công an phường 7, quận 5", "Công an phường 9, quận 3"} <= agencies(doc)
