from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, pairs, run


def test_a_body_written_only_under_its_former_name_keeps_that_name(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2011, Hội đồng quản trị Tổng công ty xây lắp dầu khí Việt Nam quyết định góp vốn vào dự án. "
                         "Ông Trần Văn Minh khi đó là Chủ tịch Tổng công ty xây lắp dầu khí.")
    read = {a.lower() for a in agencies(doc)}
    assert "tổng công ty xây lắp dầu khí việt nam" in read
    assert "tổng công ty cổ phần xây lắp dầu khí việt nam" not in read
    assert ("hội đồng quản trị tổng công ty xây lắp dầu khí việt nam", "tổng công ty xây lắp dầu khí việt nam") in {
        (a.lower(), b.lower()) for a, b in pairs(doc, "PART_OF")}


def test_a_body_written_also_under_its_listed_name_keeps_the_listed_name(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Trần Văn Minh từng làm việc tại Tổng công ty xây lắp dầu khí Việt Nam. Sau đó, "
                         "Tổng công ty cổ phần Xây lắp dầu khí Việt Nam bổ nhiệm ông làm Phó Tổng giám đốc.")
    assert "tổng công ty cổ phần xây lắp dầu khí việt nam" in {a.lower() for a in agencies(doc)}


def test_a_head_written_short_names_the_local_body(extractor: Extractor) -> None:
    doc = run(extractor, "Công an tỉnh Quảng Trị đã phối hợp với Bộ đội biên phòng Quảng Trị bắt giữ hai đối tượng.")
    read = {a.lower() for a in agencies(doc)}
    assert "bộ đội biên phòng tỉnh quảng trị" in read
    assert "bộ chỉ huy bộ đội biên phòng tỉnh quảng trị" not in read


def test_a_head_written_in_full_once_names_the_local_body_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ đội biên phòng tỉnh Quảng Trị đã bàn giao khu vực. Đại tá Lê Văn Tám, Chỉ huy trưởng "
                         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị, cho biết như vậy.")
    assert "bộ chỉ huy bộ đội biên phòng tỉnh quảng trị" in {a.lower() for a in agencies(doc)}
