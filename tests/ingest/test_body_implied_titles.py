from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_title_that_writes_out_its_body_names_the_body_with_no_person(extractor: Extractor) -> None:
    doc = run(extractor, "Tại phiên họp chiều nay, Tổng Kiểm toán Nhà nước đã giải trình về các khoản chi.")
    assert "Kiểm toán Nhà nước" in agencies(doc)


def test_a_title_in_a_list_of_offices_names_its_body(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị mời Chánh án Tòa án nhân dân tối cao, Tổng Thanh tra Chính phủ; Bộ trưởng các bộ.")
    assert {"Tòa án nhân dân tối cao", "Thanh tra Chính phủ"} <= agencies(doc)


def test_an_implied_title_that_absorbs_no_head_names_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Quốc hội đã gửi thư chúc mừng các nhà giáo.")
    assert "Quốc hội" not in agencies(doc)
