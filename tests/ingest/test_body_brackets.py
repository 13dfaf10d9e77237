from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs, run


def test_an_investigation_agency_with_its_parent_in_brackets_is_named_with_it(extractor: Extractor) -> None:
    for text, name, parent in (
            ("Chiều qua, Cơ quan An ninh điều tra (Bộ Công an) đã khởi tố hai người.",
             "Cơ quan An ninh điều tra Bộ Công an", "Bộ Công an"),
            ("Chiều qua, Cơ quan Cảnh sát điều tra (C 46, Bộ Công an) đã khởi tố hai người.",
             "Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an"),
            ("Chiều qua, Cơ quan điều tra (C 03) Bộ Công an đã khởi tố hai người.",
             "Cơ quan điều tra Bộ Công an", "Bộ Công an"),
            ("Theo Cơ quan An ninh điều tra (Công an tỉnh Sơn La), hai người đã bị bắt.",
             "Cơ quan An ninh điều tra Công an tỉnh Sơn La", "Công an tỉnh Sơn La")):
        assert (name, parent) in pairs(run(extractor, text), "PART_OF"), text


def test_the_investigation_agencies_of_the_ministry_are_read_in_lower_case(extractor: Extractor) -> None:
    doc = run(extractor, "Được biết, cơ quan điều tra Bộ Công an đang làm rõ vụ việc.")
    assert ("Cơ quan điều tra Bộ Công an", "Bộ Công an") in pairs(doc, "PART_OF")


def test_a_person_with_a_body_in_brackets_is_no_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nguyễn Văn Bình (Bộ Công an) cho biết vụ việc đang được làm rõ.")
    assert not pairs(doc, "PART_OF")


def test_a_body_read_as_a_group_with_the_name_of_one_read_as_itself_is_that_body(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 22/3, Quốc hội khai mạc kỳ họp. Theo chương trình, kỳ họp 11 Quốc hội dành 4 ngày để "
                         "xem xét ngân sách.")
    assert [e.name for e in doc.entities if e.type == "Agency"] == ["Quốc hội"]
    assert {s for s, _ in pairs(doc, "ORGANIZES")} == {"Quốc hội"}
