from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, run


def test_ptnt_is_rural_development(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Lâm, Phó giám đốc Sở Nông nghiệp & PTNT tỉnh Bến Tre, cho biết như vậy.")
    assert "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre" in agencies(doc)


def test_the_department_of_agriculture_written_short_is_the_full_department(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Bến Tre giao Sở Nông nghiệp, Y tế theo dõi việc buôn bán phân bón.")
    assert {"Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre", "Sở Y tế tỉnh Bến Tre"} <= agencies(doc)


def test_bo_qp_is_the_ministry_of_defence(extractor: Extractor) -> None:
    doc = run(extractor, "Theo đại diện Bộ QP, cuộc diễn tập sẽ kéo dài ba ngày.")
    assert "Bộ Quốc phòng" in agencies(doc)


def test_cac_before_a_list_repeating_the_head_names_each_body(extractor: Extractor) -> None:
    doc = run(extractor, "Buổi làm việc có đại diện các Bộ Công Thương, Bộ Nội vụ và UBND tỉnh Hà Tĩnh.")
    assert {"Bộ Công Thương", "Bộ Nội vụ"} <= agencies(doc)


def test_cac_before_a_head_with_no_name_stays_generic(extractor: Extractor) -> None:
    doc = run(extractor, "Đại diện các Bộ, ngành và Bộ Nội vụ đã dự họp.")
    assert agencies(doc) == {"Bộ Nội vụ"}


def test_a_department_with_its_head_in_lower_case_is_the_province_s(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Phú Yên yêu cầu sở Xây dựng rà soát lại các dự án nhà ở.")
    assert "Sở Xây dựng tỉnh Phú Yên" in agencies(doc)


def test_a_ministry_named_by_the_first_words_of_its_name_is_the_ministry(extractor: Extractor) -> None:
    doc = run(extractor, "Thứ trưởng Nông nghiệp Lê Văn Hòa cho biết Bộ Giao thông sẽ phối hợp với Bộ Văn hóa.")
    assert {"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải",
            "Bộ Văn hóa, Thể thao và Du lịch"} <= agencies(doc)
    assert ("Lê Văn Hòa", "Bộ Nông nghiệp và Phát triển nông thôn", "Thứ trưởng") in labelled(doc, "HOLDS_POSITION")


def test_a_foreign_ministry_written_short_stays_foreign(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Nông nghiệp Mỹ vừa công bố số liệu xuất khẩu đậu tương.")
    assert agencies(doc) == {"Bộ Nông nghiệp Mỹ"}
