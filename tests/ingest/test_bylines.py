"""Authors' names closing an article, on short texts written for these tests."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import run


def _bylines(text: str, extractor: Extractor) -> set[str]:
    doc = run(extractor, text)
    return {e.name for e in doc.entities if e.type == "Person" and e.properties.get("byline")}


def test_an_author_with_a_note_of_how_the_report_was_made_is_a_byline(extractor: Extractor) -> None:
    text = "Sở Y tế tỉnh Bình Định đã kiểm tra các cơ sở. Ngọc Hà (Tổng hợp)\n\nMột cơ sở bị kiểm tra (ảnh: Lê Sơn).\n"
    assert _bylines(text, extractor) == {"Ngọc Hà"}
    assert _bylines("Hai nước sẽ họp lại vào năm sau. Thu Trang (Theo AFP)\n", extractor) == {"Thu Trang"}


def test_two_authors_closing_the_last_paragraph_are_bylines(extractor: Extractor) -> None:
    text = "Quốc hội sẽ bầu bổ sung vào tuần sau. Minh Thu - Văn Long\n\nToàn cảnh phiên họp.\n"
    assert _bylines(text, extractor) == {"Minh Thu", "Văn Long"}
