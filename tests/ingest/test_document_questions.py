"""A document asked about ("Quy định nào của Bộ X về ...?") is no document the article names."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import run


def test_a_question_about_a_rule_names_no_document(extractor: Extractor) -> None:
    doc = run(extractor, "Độc giả hỏi: Quy định nào của Bộ Công an về việc cấp biển số cho xe của doanh nghiệp? "
                         "Ngày 3/5/2019, Bộ Công an ban hành Thông tư số 15/2019/TT-BCA.")
    assert [e.name for e in doc.entities if e.type == "Agreement"] == ["Thông tư số 15/2019/TT-BCA"]
