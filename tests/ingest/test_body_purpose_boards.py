from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, pairs, run


def test_a_project_board_ends_before_its_verb(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng đã bàn giao mặt bằng cho nhà thầu.")
    assert "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng" in agencies(doc)


def test_a_numbered_project_board_ends_with_its_number(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ Giao thông vận tải giao Ban Quản lý dự án 6 rà soát lại hồ sơ.")
    assert "Ban Quản lý dự án 6" in agencies(doc)


def test_a_project_board_closed_by_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Ban quản lý dự án công trình giao thông và thủy lợi tỉnh Bến Tre làm chủ đầu tư.")
    assert "Ban Quản lý dự án công trình giao thông và thủy lợi tỉnh Bến Tre" in agencies(doc)


def test_an_election_committee_is_read_only_with_its_locality(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban bầu cử tỉnh Nam Định đã công bố danh sách. Ủy ban bầu cử sẽ họp tiếp.")
    assert "Ủy ban bầu cử tỉnh Nam Định" in agencies(doc)
    assert not any(a.startswith("Ủy ban bầu cử sẽ") for a in agencies(doc))


def test_a_project_board_closed_by_a_part_of_the_country(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Quản lý dự án các công trình điện miền Bắc đã khởi công trạm biến áp.")
    assert "Ban Quản lý dự án các công trình điện miền Bắc" in agencies(doc)


def test_an_industrial_zones_board_is_read_with_its_province(extractor: Extractor) -> None:
    doc = run(extractor, "Ông X, trưởng Ban Quản lý các khu công nghiệp tỉnh Long An cho biết sẽ rà soát.")
    assert "Ban Quản lý các khu công nghiệp tỉnh Long An" in agencies(doc)


def test_a_numbered_emulation_cluster_holds_its_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/1, Khối thi đua 7 tổ chức Hội nghị tổng kết công tác năm 2020. Ông Lê Văn Hải, "
                         "khối trưởng Khối thi đua 7, phát biểu. Cụm thi đua số 3 cũng đã họp. Các đơn vị trong cụm thi đua "
                         "đều có mặt.")
    assert {"Khối thi đua 7", "Cụm thi đua số 3"} <= agencies(doc)
    assert ("Khối thi đua 7", "Hội nghị tổng kết công tác năm 2020") in pairs(doc, "ORGANIZES")
    assert ("Lê Văn Hải", "Khối thi đua 7", "Khối trưởng") in labelled(doc, "HOLDS_POSITION")
    assert not any(a.startswith("Cụm thi đua đều") for a in agencies(doc))


def test_a_named_emulation_cluster_of_lawyers_associations_holds_its_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 12/12, tại Hà Giang, Cụm thi đua Hội Luật gia các tỉnh miền núi phía Bắc tổ chức "
                         "Hội nghị tổng kết năm 2020.")
    assert ("Cụm thi đua Hội Luật gia các tỉnh miền núi phía Bắc", "Hội nghị tổng kết năm 2020") in pairs(doc, "ORGANIZES")
