from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import agencies, run


def test_a_newspaper_written_in_lower_case_is_read_when_it_acts(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/6, Bộ Y tế và báo Sức khỏe phối hợp mở lớp tập huấn cho phóng viên.")
    assert {"Bộ Y tế", "Báo Sức khỏe"} <= agencies(doc)


def test_a_broadcaster_after_phoi_hop_voi_is_read_up_to_the_act(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Nghệ An phối hợp với đài Tiếng nói Việt Nam tổ chức đêm nhạc.")
    assert "Đài Tiếng nói Việt Nam" in agencies(doc)


def test_a_newspaper_only_cited_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "Theo báo Sức khỏe, bệnh viện tỉnh đã tiếp nhận ba ca bệnh. Báo chí đưa tin nhiều ngày.")
    assert not {a for a in agencies(doc) if a.startswith("Báo")}


def test_a_country_whose_name_opens_with_a_press_head_is_no_newspaper(extractor: Extractor) -> None:
    doc = run(extractor, "Cảnh sát đã bắt hai người Đài Loan cùng tham gia đường dây buôn lậu.")
    assert "Đài Loan" not in agencies(doc)
