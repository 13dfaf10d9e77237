"""Posts a sanction takes away, named after the person and the form of the sanction ("kỷ luật ông A bằng
hình thức: cách chức ..."); the items after the first take its committee; on short texts written for
these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import run


def _held(doc: DocGraph) -> set[tuple[str, str, str, bool]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target], str(r.properties.get("title")), bool(r.properties.get("former")))
            for r in doc.relations if r.type == "HOLDS_POSITION"}


def test_posts_named_after_the_form_of_a_sanction_are_former_posts(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Chấp hành Trung ương Đảng kỷ luật ông Hà Văn Tư bằng hình thức: cách chức Bí thư "
                         "Tỉnh ủy Cao Bằng, Ủy viên Ban Thường vụ nhiệm kỳ 2015-2020; cho thôi giữ chức Ủy viên "
                         "Ban Chấp hành Trung ương Đảng khóa XII vì những vi phạm nghiêm trọng.")
    assert _held(doc) == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Bí thư", True),
                          ("Hà Văn Tư", "Ban Thường vụ Tỉnh ủy Cao Bằng", "Ủy viên", True),
                          ("Hà Văn Tư", "Ban Chấp hành Trung ương Đảng", "Ủy viên", True)}


def test_the_form_of_a_sanction_may_follow_the_posts_the_person_holds(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư kỷ luật ông Hà Văn Tư - Phó Bí thư Tỉnh ủy Cao Bằng - bằng hình thức cách "
                         "chức Trưởng ban Nội chính Tỉnh ủy Cao Bằng.")
    assert _held(doc) == {("Hà Văn Tư", "Tỉnh ủy Cao Bằng", "Phó Bí thư", False),
                          ("Hà Văn Tư", "Ban Nội chính Tỉnh ủy Cao Bằng", "Trưởng ban", True)}
