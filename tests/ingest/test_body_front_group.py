from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_the_front_beside_the_other_organisations_is_the_national_front(extractor: Extractor) -> None:
    doc = run(
        extractor, "Đề án nêu cách sắp xếp bộ máy của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội."
    )
    assert "Mặt trận Tổ quốc Việt Nam" in agencies(doc)


def test_in_a_local_story_the_front_beside_the_organisations_is_not_the_national_front(
    extractor: Extractor,
) -> None:
    doc = run(
        extractor,
        "Tỉnh ủy Nam Định họp tổng kết năm. Hội nghị ghi nhận sự phối hợp của Mặt trận Tổ quốc và các đoàn thể.",
    )
    assert "Mặt trận Tổ quốc Việt Nam" not in agencies(doc)
