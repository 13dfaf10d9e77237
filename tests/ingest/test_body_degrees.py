from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_field_of_study_beside_a_degree_is_no_school(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp. Ông Trần Văn An, trình độ chuyên môn: Thạc sĩ Quản lý, Đại học Luật, "
                         "Cao cấp lý luận chính trị.")
    assert "Đại học Luật" not in agencies(doc)


def test_a_field_of_study_before_a_degree_is_no_school(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp. Ông Trần Văn An hoàn tất Đại học Kinh tế (1990-1995), cao cấp chính trị.")
    assert "Đại học Kinh tế" not in agencies(doc)


def test_a_school_with_its_place_beside_a_degree_stays_a_school(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp. Ông Trần Văn An tốt nghiệp Đại học Kinh tế Đà Nẵng, thạc sĩ quản trị.")
    assert "Đại học Kinh tế Đà Nẵng" in agencies(doc)


def test_a_school_named_after_a_doctor_stays_a_school(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Hà Nam họp. Tiến sĩ Lê Văn Bình, Đại học Chicago, cho biết kỳ thi cần đổi mới.")
    assert "Đại học Chicago" in agencies(doc)
