from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, labelled, run


def test_a_brand_that_closes_a_company_s_full_name_names_it_alone_before_and_after(extractor: Extractor) -> None:
    doc = run(
        extractor,
        "Ông Trần Văn Khải, tổng giám đốc ZetaNet, bị tạm giam. Tổng công ty Truyền dẫn ZetaNet cho biết "
        "ZetaNet vẫn hoạt động bình thường.",
    )
    assert "Tổng công ty Truyền dẫn ZetaNet" in agencies(doc)
    assert "ZetaNet" not in agencies(doc)
    assert ("Trần Văn Khải", "Tổng công ty Truyền dẫn ZetaNet", "Tổng Giám đốc") in labelled(doc, "HOLDS_POSITION")


def test_a_brand_after_the_head_alone_is_no_full_name(extractor: Extractor) -> None:
    doc = run(extractor, "Tổng công ty ZetaNet và Tổng công ty Truyền dẫn Miền Trung ký kết. ZetaNet sẽ đầu tư.")
    assert "Tổng công ty Truyền dẫn Miền Trung" in agencies(doc)
    assert "Tổng công ty Truyền dẫn Miền Trung" not in {a for a in agencies(doc) if "ZetaNet" in a}
