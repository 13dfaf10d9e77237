from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run

_ROUNDUP = (
    "Nhiều tỉnh vừa kiện toàn nhân sự. HĐND tỉnh Cà Mau đã bầu ông Lê Văn Tâm làm Chủ tịch UBND tỉnh. "
    "Tại tỉnh Yên Bái, ông Trần Minh Đức, Phó bí thư Tỉnh ủy, được bầu làm Chủ tịch HĐND tỉnh. "
    "Ông Đức từng là Giám đốc Sở Tài chính. Ở Ninh Bình, ông Phạm Văn Hải được bầu làm Phó chủ tịch tỉnh. "
    "Cà Mau, Yên Bái và Ninh Bình đều hoàn thành kỳ họp."
)


def test_a_roundup_of_provinces_gives_each_bare_body_the_province_named_just_before(extractor: Extractor) -> None:
    names = agencies(run(extractor, _ROUNDUP))
    assert {"Ủy ban nhân dân tỉnh Cà Mau", "Tỉnh ủy Yên Bái", "Hội đồng nhân dân tỉnh Yên Bái",
            "Sở Tài chính tỉnh Yên Bái"} <= names
    assert "Ủy ban nhân dân tỉnh" not in names and "Sở Tài chính" not in names


def test_an_article_about_one_province_keeps_it_for_its_bare_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Tỉnh ủy Cà Mau họp với Sở Tài chính. Đoàn của Cà Mau đã thăm tỉnh Yên Bái. "
                         "Cà Mau sẽ hợp tác với Ninh Bình. Giám đốc Sở Tài chính báo cáo kết quả.")
    names = agencies(doc)
    assert "Sở Tài chính tỉnh Cà Mau" in names and "Sở Tài chính tỉnh Yên Bái" not in names
