"""Constructions of the genre that the blind sets showed the extractor missing, one test per kind,
on short texts written for these tests: who coordinates with whom, which events were held, who
organised and who attended them."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.extract import Extractor
from reading import pairs as rels
from reading import run


def names(doc: DocGraph, type_: str) -> list[str]:
    return [e.name for e in doc.entities if e.type == type_]



# -- people at events ------------------------------------------------------------------------------
def test_a_speaker_in_a_sentence_set_at_a_working_session_or_press_conference_attends(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/6, Bộ Công an tổ chức hội nghị sơ kết công tác quý II. "
                         "Sáng 6/6, Ủy ban nhân dân tỉnh Nam Định tổ chức lễ khánh thành cầu Đò Quan. "
                         "Trong buổi làm việc, ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định nêu "
                         "những khó khăn của địa phương. Tại cuộc họp báo, ông Trần Văn Bình nói: \"Chúng tôi đã làm rõ.\"")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Nguyễn Văn An", "Trần Văn Bình"}


def test_a_speaker_recalled_at_an_earlier_dated_occasion_does_not_attend(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/6, Ban Nội chính Trung ương tổ chức hội nghị giao ban công tác nội chính. "
                         "Trước đó, tại họp báo sáng 2/6, ông Lê Văn Cường cho biết kế hoạch đã được chuẩn bị.")
    assert not any(p == "Lê Văn Cường" for p, _ in rels(doc, "ATTENDS"))


# -- coordination agreements -----------------------------------------------------------------------
def parties(doc: DocGraph) -> set[str]:
    return {a for a, _ in rels(doc, "PARTY_TO")}


def test_two_bodies_that_issue_a_coordination_programme_are_its_parties_and_issuers(extractor: Extractor) -> None:
    doc = run(extractor, "Tháng 3/2021, Bộ Tư pháp và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Chương trình "
                         "phối hợp tuyên truyền pháp luật giai đoạn 2021 - 2025.")
    both = {"Bộ Tư pháp", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
    assert parties(doc) == both
    assert {a for a, _ in rels(doc, "ISSUED")} == both


def test_a_programme_only_to_be_issued_has_no_parties(extractor: Extractor) -> None:
    for verb in ("sẽ ban hành", "cần ban hành", "dự kiến ban hành"):
        doc = run(extractor, f"Bộ Tư pháp và Bộ Công an {verb} Chương trình phối hợp phổ biến pháp luật.")
        assert not parties(doc), verb


def test_the_subject_that_signs_a_programme_with_another_body_is_a_party_past_adverbs(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay, Hội Nông dân Việt Nam cũng tiếp tục ký chương trình phối hợp với Bộ Công an "
                         "về phòng, chống tội phạm ở nông thôn.")
    assert parties(doc) == {"Hội Nông dân Việt Nam", "Bộ Công an"}


def test_a_signer_with_several_bodies_after_voi_leads_them(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2020, Hội Cựu chiến binh Việt Nam đã triển khai ký kết Chương trình phối hợp công tác với "
                         "Bộ Tư pháp, Bộ Công an và Bộ Y tế.")
    lead = {(a, r.properties.get("role")) for a, r in
            ((next(e.name for e in doc.entities if e.id == r.source), r) for r in doc.relations if r.type == "PARTY_TO")}
    assert lead == {("Hội Cựu chiến binh Việt Nam", "lead"), ("Bộ Tư pháp", None), ("Bộ Công an", None), ("Bộ Y tế", None)}


def test_the_home_country_closes_a_party_and_a_foreign_namesake_is_another_party(extractor: Extractor) -> None:
    doc = run(extractor, "Hai bên đã ký Thỏa thuận hợp tác đào tạo giữa Bộ Quốc phòng Việt Nam và Bộ Công an.")
    assert parties(doc) == {"Bộ Quốc phòng", "Bộ Công an"}
    doc = run(extractor, "Hai bên đã ký Thỏa thuận hợp tác đào tạo giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Ba Lan.")
    assert parties(doc) == {"Bộ Tư pháp", "Bộ Tư pháp Ba Lan"}  # Poland's ministry, not ours with itself


def test_a_joint_resolution_issued_together_is_no_agreement_between_its_issuers(extractor: Extractor) -> None:
    doc = run(extractor, "Năm 2019, Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Nghị quyết liên tịch "
                         "về công tác giám sát.")
    assert not parties(doc)


# -- events ------------------------------------------------------------------------------------------
def test_a_ceremony_a_body_holds_is_an_event_it_organises_and_a_quoted_title_is_kept_whole(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 4-3, Ủy ban nhân dân tỉnh Bình Định tổ chức lễ đón nhận bằng di tích quốc gia "
                         "'Nơi diễn ra trận đánh năm 1972'. Ông Nguyễn Văn Hòa phát biểu tại buổi lễ.")
    [event] = names(doc, "Event")
    assert event == "Lễ đón nhận bằng di tích quốc gia 'Nơi diễn ra trận đánh năm 1972'"
    assert rels(doc, "ORGANIZES") == {("Ủy ban nhân dân tỉnh Bình Định", event)}
    assert rels(doc, "ATTENDS") == {("Nguyễn Văn Hòa", event)}


def test_a_body_that_meets_voters_holds_the_meeting(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 26/4, Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi đã tiếp xúc cử tri huyện Bình Sơn.")
    [event] = names(doc, "Event")
    assert event.startswith("Tiếp xúc cử tri huyện Bình Sơn")
    assert {a.lower() for a, _ in rels(doc, "ORGANIZES")} == {"đoàn đại biểu quốc hội tỉnh quảng ngãi"}


def test_a_report_before_an_assembly_on_a_stated_day_is_its_sitting(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Lê Văn Hải, Giám đốc Công an tỉnh Nghệ An, báo cáo trước HĐND tỉnh Nghệ An sáng 6-7 về "
                         "tình hình an ninh trật tự.")
    [event] = names(doc, "Event")
    assert rels(doc, "ORGANIZES") == {("Hội đồng nhân dân tỉnh Nghệ An", event)}
    assert rels(doc, "ATTENDS") == {("Lê Văn Hải", event)}
    assert [e.properties["date"] for e in doc.entities if e.type == "Event"] == ["2021-07-06"]
    for text in ("Ông Lê Văn Hải sẽ báo cáo trước HĐND tỉnh Nghệ An sáng 6-7.",  # planned
                 "Hằng năm, Chính phủ báo cáo trước Quốc hội về quỹ bảo hiểm y tế."):  # no day: a duty, not a sitting
        assert not names(run(extractor, text), "Event"), text


def test_a_verb_inside_a_committees_name_is_no_part_in_the_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 21-5, tại Hà Nội, đã diễn ra cuộc họp của Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Tĩnh do "
                         "ông Nguyễn Văn Tâm, trưởng Ban chỉ đạo, chủ trì.")
    [event] = names(doc, "Event")
    assert rels(doc, "CHAIRS") == {("Nguyễn Văn Tâm", event)}
    assert not rels(doc, "ATTENDS")


def test_another_bodys_undated_meeting_named_later_does_not_join_the_event(extractor: Extractor) -> None:
    doc = run(extractor, "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang Lê Văn Minh có buổi làm việc về công tác quản lý đất đai "
                         "tại huyện Lục Nam chiều 5/4. Ông Minh cho biết còn một tháng nữa Quốc hội họp, cử tri vẫn kiến nghị "
                         "về việc này.")
    assert names(doc, "Event") and "Quốc hội" not in {a for a, _ in rels(doc, "ORGANIZES")}


def test_a_party_that_is_no_known_body_is_read_from_its_name(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/9 đã diễn ra lễ ký chương trình phối hợp về an toàn giao thông giữa Ủy ban An toàn giao "
                         "thông quốc gia và Sở GTVT-XD Lào Cai.")
    assert "Sở GTVT-XD Lào Cai" in parties(doc)
    doc = run(extractor, "Năm nay, Ban liên lạc cựu chiến sĩ Trường Sơn cũng tiếp tục ký chương trình phối hợp với "
                         "Bộ Quốc phòng về công tác tri ân.")
    assert parties(doc) == {"Ban liên lạc cựu chiến sĩ Trường Sơn", "Bộ Quốc phòng"}


def test_no_party_is_read_from_a_generic_or_cut_name_or_a_denied_coordination(extractor: Extractor) -> None:
    for text in ("Sở Xây dựng đã ký quy chế phối hợp với Ủy ban nhân dân các quận để xử lý vi phạm.",
                 "Các tỉnh đã ký Quy chế phối hợp giữa Ủy ban nhân dân với Ban Chấp hành tỉnh đoàn.",
                 "Bộ Công Thương đã ký Chương trình phối hợp với Hiệp hội da, giày, túi xách Việt Nam."):
        bad = [n for n in parties(run(extractor, text)) if n.startswith(("Ủy ban nhân dân các", "Ban Chấp hành tỉnh",
                                                                          "Hiệp hội da"))]
        assert not bad, text
    assert not parties(run(extractor, "Quy chế này không đề cập đến công tác phối hợp giữa Bộ Tư pháp với Bộ Công an."))


def test_an_event_named_with_who_chaired_it_was_held(extractor: Extractor) -> None:
    doc = run(extractor, "Bảng xếp hạng vừa được công bố tại Hà Nội. Lễ công bố do Phó Thủ tướng Lê Văn Thành chủ trì.")
    [event] = names(doc, "Event")
    assert event.startswith("Lễ công bố")
    assert rels(doc, "CHAIRS") == {("Lê Văn Thành", event)}
    assert not names(run(extractor, "Lễ công bố dự kiến do Phó Thủ tướng Lê Văn Thành chủ trì."), "Event")


def test_people_placed_at_the_event_or_assessing_at_it_attend(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/3, Ủy ban nhân dân tỉnh Hà Nam tổ chức lễ ký kết thỏa thuận hợp tác với Tập đoàn Viễn "
                         "thông Quân đội. Ông Trương Quốc Huy đánh giá việc ký kết là quan trọng. "
                         "Ông Lê Văn Nam và bà Đào Thị Hoa tại buổi lễ.")
    assert {p for p, _ in rels(doc, "ATTENDS")} == {"Trương Quốc Huy", "Lê Văn Nam", "Đào Thị Hoa"}


def test_an_event_with_a_long_name_then_do_a_phoi_hop_b_to_chuc_is_held_by_them(extractor: Extractor) -> None:
    doc = run(extractor, "Đó là thông điệp của lễ mittinh hưởng ứng tháng hành động vì an toàn thực phẩm trong cả nước năm "
                         "nay do Bộ Y tế phối hợp với Ủy ban nhân dân tỉnh Thanh Hóa tổ chức tại thành phố Thanh Hóa tối 23-6.")
    [event] = names(doc, "Event")
    assert event.startswith("Lễ mittinh hưởng ứng")
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Bộ Y tế", "Ủy ban nhân dân tỉnh Thanh Hóa"}
    assert not names(run(extractor, "Hội nghị toàn quốc về tôn giáo và biến đổi khí hậu năm nay sẽ được tổ chức tại Huế do "
                                    "Bộ Tài nguyên và Môi trường chủ trì."), "Event")


def test_the_body_a_headline_opens_with_holds_the_main_event_when_the_text_names_no_organiser(
        extractor: Extractor) -> None:
    text = ("Hội Nông dân Việt Nam tổng kết công tác năm 2020\n\n"
            "Ngày 26/12, tại Hà Nội, các ủy viên Ban Chấp hành đã dự hội nghị tổng kết công tác năm 2020.")
    doc = extractor.extract(RawArticle(id="t", text=text, published="2020-12-27", title="Hội Nông dân Việt Nam tổng kết "
                                                                                       "công tác năm 2020"))
    [event] = names(doc, "Event")
    assert rels(doc, "ORGANIZES") == {("Hội Nông dân Việt Nam", event)}


def test_an_event_name_stops_before_the_clause_that_goes_on_and_never_ends_in_a_function_word(
        extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 10/4, Ủy ban Thường vụ Quốc hội tổ chức phiên họp thứ 33, tập trung cho ý kiến về dự án luật.")
    assert names(doc, "Event") == ["Phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội"]
    doc = run(extractor, "Sáng 12/4, Quốc hội khai mạc kỳ họp thứ 11 dành hơn 4 ngày để xem xét kinh tế - xã hội.")
    assert all("dành" not in n for n in names(doc, "Event"))
    doc = run(extractor, "Sáng 20/11, Ủy ban nhân dân tỉnh Cao Bằng tổ chức lễ khánh thành Trung tâm Văn hóa tỉnh vào.")
    assert all(not n.endswith(" vào") for n in names(doc, "Event"))


def test_numbered_projects_indictments_and_inspection_conclusions_are_documents(extractor: Extractor) -> None:
    doc = run(extractor, "Thanh tra Chính phủ vừa ban hành Kết luận thanh tra số 118/KL-TTCP. Theo Cáo trạng số 52/CT-VKS, "
                         "các bị can đã vi phạm Đề án 911 về đào tạo giảng viên; đề án 20.000 tiến sĩ không được nhắc.")
    assert {e.properties.get("number") for e in doc.entities if e.type == "Agreement"} == {"118/KL-TTCP", "52/CT-VKS", "911"}
    assert rels(doc, "ISSUED") == {("Thanh tra Chính phủ", "Kết luận thanh tra số 118/KL-TTCP")}


def test_a_body_that_signs_to_issue_or_is_signed_for_issues_the_document(extractor: Extractor) -> None:
    doc = run(extractor, "Đồng chí Lê Văn Tâm đã thay mặt Ban Bí thư ký ban hành Chỉ thị số 41-CT/TW về công tác dân vận.")
    assert rels(doc, "ISSUED") == {("Ban Bí thư", "Chỉ thị số 41-CT/TW")}
    doc = run(extractor, "Ủy ban nhân dân tỉnh Hà Nam đã ký ban hành Quyết định số 12/QĐ-UBND về giá đất.")
    assert rels(doc, "ISSUED") == {("Ủy ban nhân dân tỉnh Hà Nam", "Quyết định số 12/QĐ-UBND")}


def test_a_document_named_by_title_and_issuer_is_a_document_the_issuer_issued(extractor: Extractor) -> None:
    doc = run(extractor, "Các cấp ủy căn cứ Quy định của Ban Bí thư về chức năng của tổ chức cơ sở đảng để hướng dẫn.")
    assert rels(doc, "ISSUED") == {("Ban Bí thư", "Quy định của Ban Bí thư về chức năng của tổ chức cơ sở đảng")}
    doc = run(extractor, "Năm 2017, Ủy ban nhân dân tỉnh Ninh Bình ban hành Quy chế tiếp nhận cán bộ, công chức của tỉnh.")
    assert {a for a, _ in rels(doc, "ISSUED")} == {"Ủy ban nhân dân tỉnh Ninh Bình"}
    for text in ("Thông báo này của Thanh tra Chính phủ cũng cho biết nhiều sai phạm.",
                 "Quyết định cuối cùng thuộc thẩm quyền của Ủy ban Kiểm tra Trung ương."):
        assert not names(run(extractor, text), "Agreement"), text
    # named by kind and issuer alone it is a reference to a document, not one named
    assert not names(run(extractor, "Kết luận của Thanh tra Chính phủ năm 2013 chỉ rõ nhiều sai phạm."), "Agreement")


def test_a_body_carrying_out_a_coordination_plan_with_another_is_a_party(extractor: Extractor) -> None:
    doc = run(extractor, "Năm qua, Hội Luật gia tỉnh Lai Châu thực hiện Kế hoạch phối hợp với Bộ Công an về phổ biến pháp luật.")
    assert parties(doc) == {"Hội Luật gia tỉnh Lai Châu", "Bộ Công an"}
    assert not parties(run(extractor, "Năm qua, Hội Luật gia tỉnh Lai Châu thực hiện Kế hoạch phối hợp về phổ biến pháp luật."))


def test_a_body_that_has_or_makes_a_numbered_document_issued_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 12/3, Tổng cục Thuế đã có công văn số 815/TCT-PC hướng dẫn hoàn thuế. "
                         "Ủy ban nhân dân tỉnh Hà Nam vừa ra Quyết định số 27/QĐ-UBND về giá đất.")
    assert rels(doc, "ISSUED") == {("Tổng cục Thuế", "Công văn số 815/TCT-PC"),
                                   ("Ủy ban nhân dân tỉnh Hà Nam", "Quyết định số 27/QĐ-UBND")}
    doc = run(extractor, "Bộ Tài chính và Bộ Công an có Quy chế phối hợp về phòng, chống buôn lậu.")
    assert not rels(doc, "ISSUED")  # a coordination document they have is not one either issued


def test_procedural_decisions_and_warrants_listed_after_a_colon_are_issued_by_the_body_that_made_them(
        extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/5, Cơ quan Cảnh sát điều tra Bộ Công an (C 01) đã ra các quyết định tố tụng: Quyết định "
                         "khởi tố bị can số 31/C 01 - P 2; Lệnh khám xét số 17/C 01 - P 2 đối với Trần Văn Nam. "
                         "Lệnh bắt bị can để tạm giam số 18/C 01 - P 2 đối với Lê Văn Bình. Các bị can bị điều tra "
                         "theo Quyết định khởi tố vụ án số 9/C 05 - P 4.")
    issued = rels(doc, "ISSUED")
    assert {d for _, d in issued} == {"Quyết định khởi tố bị can số 31/C 01 - P 2", "Lệnh khám xét số 17/C 01 - P 2",
                                      "Lệnh bắt bị can để tạm giam số 18/C 01 - P 2"}
    assert {a for a, _ in issued} == {"Cơ quan Cảnh sát điều tra Bộ Công an"}
    assert "Quyết định khởi tố vụ án số 9/C 05 - P 4" in names(doc, "Agreement")  # after the list: no issuer


def test_a_bodys_regular_briefing_or_online_conference_is_held_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/4, tại Hội nghị giao ban trực tuyến của Thường trực Tỉnh ủy Nghệ An với các huyện, "
                         "ông Nguyễn Văn Hùng phát biểu chỉ đạo.")
    assert ("Thường trực Tỉnh ủy Nghệ An", ) == tuple(a for a, _ in rels(doc, "ORGANIZES"))
    doc = run(extractor, "Việc tạm dừng thực hiện theo ý kiến của Thường trực Tỉnh ủy tại cuộc họp giao ban Tỉnh ủy Nghệ An "
                         "ngày 4-5.")
    assert {a for a, _ in rels(doc, "ORGANIZES")} == {"Tỉnh ủy Nghệ An"}


def test_at_a_conference_just_held_its_speakers_attend_even_when_its_quote_closes_straight(extractor: Extractor) -> None:
    for text in (('Tại hội nghị “Gặp gỡ doanh nghiệp đầu tư ở Long An "vừa diễn ra, ông Trần Văn Hải, Giám đốc '
                 "Sở Công Thương tỉnh Long An cho biết, thủ tục đã được rút gọn."),
                 ("Tại hội nghị Gặp gỡ doanh nghiệp đầu tư ở Long An vừa diễn ra, ông Trần Văn Hải, Giám đốc "
                 "Sở Công Thương tỉnh Long An cho biết, thủ tục đã được rút gọn.")):
        doc = run(extractor, text)
        [name] = names(doc, "Event")
        assert name.startswith("Hội nghị") and name.rstrip("”").endswith("Long An"), name
        assert rels(doc, "ATTENDS") == {("Trần Văn Hải", name)}
    doc = run(extractor, "Tại hội nghị, ông Trần Văn Hải, Giám đốc Sở Công Thương tỉnh Long An cho biết, thủ tục đã rút gọn.")
    assert not names(doc, "Event")


def test_the_person_after_a_sentence_opening_chu_tri_chairs_the_event(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 12/4, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ 13. Chủ trì cuộc họp, "
                         "Tổng Bí thư Nguyễn Phú Trọng yêu cầu các cơ quan phối hợp tốt hơn. Phó Thủ tướng Trương Hòa Bình "
                         "cho biết, nhiều vụ án đã được xử lý.")
    assert {a for a, _ in rels(doc, "CHAIRS")} == {"Nguyễn Phú Trọng"}
    assert {a for a, _ in rels(doc, "ATTENDS")} == {"Trương Hòa Bình"}


def test_two_numbered_documents_joined_by_va_before_cua_share_the_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Ông Nam bị bắt theo quyết định khởi tố bị can số 52/C 46 ngày 8-12-2017 và lệnh bắt tạm giam "
                         "số 13/C 46 ngày 8-12-2017 của Cơ quan Cảnh sát điều tra Bộ Công an.")
    assert rels(doc, "ISSUED") == {("Cơ quan Cảnh sát điều tra Bộ Công an", "Quyết định khởi tố bị can số 52/C 46"),
                                   ("Cơ quan Cảnh sát điều tra Bộ Công an", "Lệnh bắt tạm giam số 13/C 46")}
