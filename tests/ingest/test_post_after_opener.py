"""A title in lower case after a word that opens the sentence ("Theo giám đốc X Trần A, ...") opens A's chain."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import labelled as rels
from reading import run


def test_a_lower_case_title_after_theo(extractor: Extractor) -> None:
    doc = run(extractor, "Theo giám đốc Công an tỉnh Nam Định Đỗ Văn Tâm, vụ việc đã được làm rõ.")
    assert ("Đỗ Văn Tâm", "Công an tỉnh Nam Định", "Giám đốc") in rels(doc, "HOLDS_POSITION")


def test_a_deputy_title_after_theo_keeps_its_deputy_word(extractor: Extractor) -> None:
    doc = run(extractor, "Theo phó trưởng ban Tuyên giáo Trung ương Lý Văn Mai, việc này cần bàn thêm.")
    found = rels(doc, "HOLDS_POSITION")
    assert ("Lý Văn Mai", "Ban Tuyên giáo Trung ương", "Phó Trưởng ban") in found
    assert ("Lý Văn Mai", "Ban Tuyên giáo Trung ương", "Trưởng ban") not in found
