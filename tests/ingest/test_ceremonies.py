"""Signings, launches and reviews reported at an event: what each event is read to sign, launch or review."""

from __future__ import annotations

from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def test_a_document_signed_in_the_sentence_of_an_event_is_signed_at_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, tại Hội nghị tổng kết công tác năm 2020, Hội Nông dân Việt Nam và Bộ Công Thương "
                         "đã ký chương trình phối hợp về phát triển nông thôn giai đoạn 2021-2025.")
    assert {d for _, d in rels(doc, "SIGNS")} and all("phối hợp" in d for _, d in rels(doc, "SIGNS"))


def test_a_signing_only_planned_at_an_event_signs_nothing(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, tại Hội nghị tổng kết công tác năm 2020, Hội Nông dân Việt Nam và Bộ Công Thương "
                         "sẽ ký chương trình phối hợp về phát triển nông thôn giai đoạn 2021-2025.")
    assert not rels(doc, "SIGNS")


def test_an_undated_signing_referred_back_to_as_a_ceremony_is_a_signing_event(extractor: Extractor) -> None:
    doc = run(extractor, "Năm ngoái, Huyện ủy Yên Định và Thị ủy Nghi Sơn ký kết chương trình phối hợp về xây dựng "
                         "nông thôn mới. Sau lễ ký kết, hai bên cử cán bộ theo dõi việc thực hiện.")
    signs = rels(doc, "SIGNS")
    assert len(signs) == 1 and all(e.startswith("Lễ ký kết") for e, _ in signs)


def test_a_signing_neither_dated_nor_referred_back_to_is_no_event(extractor: Extractor) -> None:
    doc = run(extractor, "Năm ngoái, Huyện ủy Yên Định và Thị ủy Nghi Sơn ký kết chương trình phối hợp về xây dựng "
                         "nông thôn mới. Hai bên cử cán bộ theo dõi việc thực hiện.")
    assert not rels(doc, "SIGNS")


def test_a_signing_told_after_pointing_back_at_the_event_is_signed_at_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Hội Nông dân Việt Nam tổ chức Hội nghị tổng kết công tác năm 2020. Cũng tại hội "
                         "nghị, Hội Nông dân Việt Nam và Bộ Công Thương đã tiến hành ký kết chương trình phối hợp về "
                         "phát triển nông thôn.")
    signs = rels(doc, "SIGNS")
    assert len(signs) == 1 and all(e.startswith("Hội nghị tổng kết") and "phối hợp" in d for e, d in signs)


def test_a_signing_only_planned_after_pointing_back_at_the_event_signs_nothing(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Hội Nông dân Việt Nam tổ chức Hội nghị tổng kết công tác năm 2020. Tại hội nghị, "
                         "Hội Nông dân Việt Nam và Bộ Công Thương thống nhất sẽ ký kết chương trình phối hợp.")
    assert not rels(doc, "SIGNS")


def test_a_document_whose_results_are_reported_at_an_event_is_reviewed_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/6, Tỉnh ủy Nam Định tổ chức Hội nghị tổng kết công tác năm 2020. Tại hội nghị, Ban "
                         "Dân vận Tỉnh ủy Nam Định báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh "
                         "ủy Nam Định.")
    assert any("15-CT/TU" in d for _, d in rels(doc, "REVIEWS"))


def test_a_signing_told_as_done_in_an_article_with_no_event_is_the_signing_event(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 4-10, Sở Du lịch tỉnh Quảng Nam và Hội Nông dân tỉnh Quảng Nam đã ký thỏa thuận phối hợp "
                         "phát triển du lịch nông thôn giai đoạn 2021-2025. Hai bên sẽ cùng xây dựng các tour du lịch.")
    events = [e for e in doc.entities if e.type == "Event"]
    assert [(e.properties["kind"], e.properties["date"]) for e in events] == [("ky_ket", "2021-10-04")]
    signs = rels(doc, "SIGNS")
    assert len(signs) == 1 and all(e.startswith("Lễ ký kết") and d.startswith("Thỏa thuận") for e, d in signs)


def test_a_signing_only_planned_or_recalled_is_no_signing_event(extractor: Extractor) -> None:
    for lead in ("Ngày 4-10, Sở Du lịch tỉnh Quảng Nam và Hội Nông dân tỉnh Quảng Nam sẽ ký",
                 "Trước đó, Sở Du lịch tỉnh Quảng Nam và Hội Nông dân tỉnh Quảng Nam đã ký"):
        doc = run(extractor, lead + " thỏa thuận phối hợp phát triển du lịch nông thôn giai đoạn 2021-2025.")
        assert not [e for e in doc.entities if e.type == "Event"]


def test_a_signing_told_as_done_signs_the_document_whose_parties_a_later_mention_names(extractor: Extractor) -> None:
    doc = run(extractor, "Theo đó, tỉnh và hãng vừa ký kết thỏa thuận hợp tác nhằm quảng bá du lịch. Ông Nguyễn Văn An - "
                         "Chủ tịch UBND tỉnh Quảng Nam và ông Trần Văn Bình - Giám đốc Công ty Du lịch Hội An ký kết "
                         "thỏa thuận hợp tác.")
    signs = rels(doc, "SIGNS")
    assert len(signs) == 1 and all(e.startswith("Lễ ký kết") and "Công ty Du lịch Hội An" in d for e, d in signs)
