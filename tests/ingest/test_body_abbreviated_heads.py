"""Department names written as run-together capitals ("Sở KHĐT", "Bộ TTTT") are read in full."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_departments_written_as_run_together_capitals_are_read_in_full(extractor: Extractor) -> None:
    doc = run(extractor, "Sở KHĐT tỉnh Bình Định đã phối hợp với Chi cục QLTT tỉnh Bình Định rà soát các doanh nghiệp.")
    assert {"Sở Kế hoạch và Đầu tư tỉnh Bình Định", "Chi cục Quản lý thị trường tỉnh Bình Định"} <= agencies(doc)


def test_a_ministry_and_a_security_investigation_agency_abbreviated_are_read(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ TTTT đề nghị Cơ quan ANĐT Bộ Công an làm rõ sai phạm của doanh nghiệp viễn thông.")
    found = agencies(doc)
    assert "Bộ Thông tin và Truyền thông" in found
    assert "Cơ quan An ninh điều tra Bộ Công an" in found


def test_social_insurance_abbreviated_with_its_province_is_the_province_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Nam, phó giám đốc BHXH tỉnh Phú Yên, cho biết doanh nghiệp nợ BHXH hơn 2 tỷ đồng.")
    assert agencies(doc) == {"Bảo hiểm xã hội tỉnh Phú Yên"}


def test_an_abbreviation_defined_after_a_name_written_in_lower_case_names_the_body(extractor: Extractor) -> None:
    doc = run(extractor, "Các kỳ họp của uỷ ban Kiểm tra Trung ương (UBKT T.Ư) được dư luận chú ý. "
                         "Mới đây UBKT T.Ư đã đề nghị kỷ luật ông Trần Văn B.")
    assert "Ủy ban Kiểm tra Trung ương" in agencies(doc)
