"""Agreements as the genre writes them on articles the rules were not written on: documents named in lower
case by their issuer and topic, parties named after "của", working sessions on a regulation. Short texts
written for these tests."""

from __future__ import annotations

from coordgraph.graph.model import DocGraph
from coordgraph.ingest.extract import Extractor
from reading import labelled, names, run
from reading import pairs as rels


def test_a_lower_case_document_named_by_its_issuer_and_topic_is_issued_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/5, Tỉnh ủy Nam Định tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác "
                         "cán bộ. Ông A bị kỷ luật vì vi phạm quy định của Ban Bí thư về trách nhiệm nêu gương của "
                         "đảng viên, Ủy ban Kiểm tra nêu rõ.")
    issued = rels(doc, "ISSUED")
    assert ("Bộ Chính trị", "Quyết định của Bộ Chính trị về công tác cán bộ") in issued
    assert ("Ban Bí thư", "Quy định của Ban Bí thư về trách nhiệm nêu gương của đảng viên") in issued


def test_a_lower_case_document_only_referred_to_is_no_document(extractor: Extractor) -> None:
    for text in ("Theo quyết định của Bộ Công an, ông B được điều động.",
                 "Tỉnh đã thực hiện kết luận của Thanh tra Chính phủ về vấn đề này."):
        doc = run(extractor, text)
        assert not rels(doc, "ISSUED"), text


def test_several_lower_case_documents_of_a_body_on_a_topic_name_none(extractor: Extractor) -> None:
    for text in ("Đoàn giám sát việc thực hiện các nghị quyết của Quốc hội về phát triển nông nghiệp vùng cao.",
                 "Ông C đã vi phạm những quy định của Bộ Quốc phòng về quản lý vũ khí quân dụng."):
        doc = run(extractor, text)
        assert not rels(doc, "ISSUED"), text
    doc = run(extractor, "Bí thư Tỉnh ủy đã trao các quyết định của Ban Thường vụ Tỉnh ủy Nam Định về phân công cán bộ.")
    assert {i for i, _ in rels(doc, "ISSUED")} == {"Ban Thường vụ Tỉnh ủy Nam Định"}


def parties(doc: DocGraph) -> set[str]:
    return {a for a, _ in rels(doc, "PARTY_TO")}


def test_a_coordination_regulation_of_two_bodies_joined_by_va_is_between_them(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Bộ Tư pháp tổng kết Quy chế phối hợp công tác của Chính phủ và Tổng Liên đoàn Lao động "
                         "Việt Nam giai đoạn 2016 - 2020.")
    assert parties(doc) == {"Chính phủ", "Tổng Liên đoàn Lao động Việt Nam"}
    assert not rels(doc, "ISSUED")


def test_a_working_regulation_of_several_organs_has_no_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Hội nghị cho ý kiến về Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư.")
    assert not parties(doc)


def test_a_working_session_that_reviews_a_regulation_makes_its_host_and_guest_the_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/3, Thủ tướng Lê Văn Tám chủ trì buổi làm việc với Thường trực Hội Nông dân Việt Nam để "
                         "kiểm điểm một năm thực hiện quy chế phối hợp công tác. Hai bên thống nhất nhiều nội dung.")
    assert parties(doc) == {"Chính phủ", "Hội Nông dân Việt Nam"}


def test_a_working_session_that_only_plans_a_regulation_has_no_parties(extractor: Extractor) -> None:
    for text in (("Bộ Công an làm việc với Ủy ban nhân dân tỉnh Nam Định để đánh giá tình hình; hai bên sẽ ký quy chế "
                 "phối hợp."),
                 ("Bộ Công an làm việc với Ủy ban nhân dân tỉnh Nam Định về tình hình an ninh và đề nghị cần có quy "
                 "chế phối hợp.")):
        assert not parties(run(extractor, text)), text


def test_a_plenums_resolution_is_named_with_its_topic_and_issued_by_the_central_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 2/10, hội thảo tổng kết việc thực hiện Nghị quyết Trung ương 7, khoá IX về công tác dân "
                         "tộc, đã nêu rõ nhiều kết quả.")
    assert "Nghị quyết Trung ương 7, khóa IX về công tác dân tộc" in [e.name for e in doc.entities
                                                                      if e.type == "Agreement"]
    assert rels(doc, "ISSUED") == {("Ban Chấp hành Trung ương Đảng", "Nghị quyết Trung ương 7, khóa IX về công tác dân tộc")}


def test_the_resolutions_of_a_plenum_named_together_have_no_issuer(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/6, Đảng ủy khối tổ chức quán triệt các nghị quyết Trung ương 8 cho đảng viên.")
    assert not rels(doc, "ISSUED")


def test_the_unit_a_numbers_code_names_issued_it_over_its_ministry(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 3/4/2020, Cục Cảnh sát giao thông, Bộ Công an đã có văn bản số 1234/C67-P6 gửi các địa "
                         "phương. Cùng ngày, Bộ Tài chính đã có công văn số 77/BTC-PC hướng dẫn các cục thuế.")
    issued = rels(doc, "ISSUED")
    assert ("Cục Cảnh sát giao thông", "Văn bản số 1234/C67-P6") in issued
    assert ("Bộ Tài chính", "Công văn số 77/BTC-PC") in issued


def test_a_coordination_regulation_a_review_names_by_its_title_is_reviewed(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 12/9/2021, tại hội nghị sơ kết 5 năm thực hiện quy chế phối hợp liên ngành trong bảo vệ "
                         "môi trường biển, đại diện các sở đã phát biểu.")
    assert "Quy chế phối hợp liên ngành trong bảo vệ môi trường biển" in [e.name for e in doc.entities
                                                                          if e.type == "Agreement"]


def test_a_regulation_only_to_be_drafted_or_with_no_title_is_not_named(extractor: Extractor) -> None:
    for text in ("Hai bộ thống nhất triển khai xây dựng quy chế phối hợp trong công tác bảo đảm an toàn giao thông.",
                 "Hai bên triển khai theo thỏa thuận hợp tác được ký năm 2015."):
        assert not [e for e in run(extractor, text).entities if e.type == "Agreement"], text


def test_a_regulation_signed_by_unnamed_units_with_one_named_body_has_that_body_as_party(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 4/4/2022, đại diện các đơn vị thành viên đã ký Quy chế phối hợp hoạt động với Công đoàn "
                         "Cao su Việt Nam.")
    assert parties(doc) == {"Công đoàn Cao su Việt Nam"}
    assert not parties(run(extractor, "Các đơn vị sẽ ký Quy chế phối hợp hoạt động với Công đoàn Cao su Việt Nam."))


def test_a_regulation_after_a_modal_in_another_clause_is_one_made(extractor: Extractor) -> None:
    doc = run(extractor, "Ông A nói người dân “phải chờ lâu”, mặc dù đã có quy định liên thông giữa Bộ Y tế và Bộ Tài "
                         "chính về thanh toán bảo hiểm.")
    assert parties(doc) == {"Bộ Y tế", "Bộ Tài chính"}
    assert not parties(run(extractor, "Ông A cho rằng cần có quy định liên thông giữa Bộ Y tế và Bộ Tài chính."))


def test_the_issuer_of_a_decision_issued_the_regulation_it_enacts(extractor: Extractor) -> None:
    doc = run(extractor, "Việc tuyển dụng trái với Quyết định số 812/2020/QĐ-UBND của UBND tỉnh Nam Định ban hành Quy "
                         "chế tuyển dụng, bổ nhiệm công chức. Việc xử lý căn cứ quy chế phối hợp ban hành "
                         "kèm theo quyết định số 15/2019/QĐ-UBND của UBND tỉnh Ninh Bình.")
    issued = rels(doc, "ISSUED")
    assert ("Ủy ban nhân dân tỉnh Nam Định", "Quy chế tuyển dụng, bổ nhiệm công chức") in issued
    assert any(a == "Ủy ban nhân dân tỉnh Ninh Bình" and d.startswith("Quy chế phối hợp ban hành kèm theo")
               for a, d in issued)


def test_a_body_only_asked_to_issue_a_regulation_did_not_issue_it(extractor: Extractor) -> None:
    doc = run(extractor, "Ông B kiến nghị Ban Thường vụ Tỉnh ủy Nam Định ban hành quy chế phối hợp giữa Ủy ban Kiểm tra "
                         "Tỉnh ủy Nam Định với Thanh tra tỉnh Nam Định.")
    assert not rels(doc, "ISSUED")


def test_a_years_plan_of_a_body_with_its_topic_before_the_year_is_issued_by_it(extractor: Extractor) -> None:
    doc = run(extractor, "Bộ trưởng vừa ký quyết định phê duyệt kế hoạch kiểm tra, giám sát năm 2022 của Bộ Tư pháp.")
    assert ("Bộ Tư pháp", "Kế hoạch kiểm tra, giám sát năm 2022 của Bộ Tư pháp") in rels(doc, "ISSUED")


def test_a_lower_case_document_a_body_issues_is_named_by_its_topic(extractor: Extractor) -> None:
    doc = run(extractor, "Ban Bí thư vừa ban hành quy định về công tác bảo vệ chính trị nội bộ.")
    assert ("Ban Bí thư", "Quy định về công tác bảo vệ chính trị nội bộ") in rels(doc, "ISSUED")
    for text in ("Ông C đề nghị Bộ Giao thông vận tải ban hành quy định về quản lý đăng kiểm.",
                 "Ông D đã ban hành quyết định về tiêu chuẩn bổ nhiệm cán bộ."):
        assert not rels(run(extractor, text), "ISSUED"), text


def test_a_working_session_to_evaluate_how_a_regulation_is_carried_out_reviews_it(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/4, Thủ tướng Lê Văn Tám có cuộc làm việc với lãnh đạo Hội Nông dân Việt Nam để đánh "
                         "giá việc thực hiện quy chế phối hợp công tác.")
    assert {d for _, d in rels(doc, "REVIEWS")} == {"Quy chế phối hợp giữa Chính phủ và Hội Nông dân Việt Nam"}


def test_a_signing_ceremony_named_alone_signs_the_one_agreement_read(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 5/3, Lễ ký kết đã diễn ra tại Hà Nội với sự tham dự của nhiều đại biểu. Thỏa thuận hợp tác "
                         "giữa Ủy ban nhân dân tỉnh Nam Định và Hội Nông dân Việt Nam có hiệu lực trong 5 năm.")
    agreement = "Thỏa thuận hợp tác giữa Ủy ban nhân dân tỉnh Nam Định và Hội Nông dân Việt Nam"
    assert rels(doc, "SIGNS") == {("Lễ ký kết", agreement)}


def test_a_bank_known_by_its_short_name_and_a_fund_are_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Buổi trao quà nằm trong chương trình phối hợp giữa BIDV và Quỹ Hỗ trợ Nông dân Việt Nam nhằm "
                         "giúp các hộ nghèo.")
    assert parties(doc) == {"BIDV", "Quỹ Hỗ trợ Nông dân Việt Nam"}


def test_an_association_whose_name_holds_commas_is_one_party(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay, Hội Nông dân Việt Nam ký kết chương trình phối hợp với Bộ Y tế và Hiệp hội Bia, rượu, "
                         "nước giải khát Việt Nam để tuyên truyền.")
    assert parties(doc) == {"Hội Nông dân Việt Nam", "Bộ Y tế", "Hiệp hội Bia, rượu, nước giải khát Việt Nam"}


def test_partners_a_named_signer_lists_after_a_colon_are_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Năm qua, Hội Cựu chiến binh Việt Nam đã ký kết chương trình phối hợp với một số bộ, ngành: Bộ Y tế, "
                         "Bộ Công an, Hội Nông dân Việt Nam để chăm lo hội viên.")
    assert parties(doc) == {"Hội Cựu chiến binh Việt Nam", "Bộ Y tế", "Bộ Công an", "Hội Nông dân Việt Nam"}
    assert ("Hội Cựu chiến binh Việt Nam", "lead") in {(a, r) for a, _, r in labelled(doc, "PARTY_TO")}


def test_partners_listed_after_a_colon_with_no_signer_named_are_not_read_as_paired(extractor: Extractor) -> None:
    doc = run(extractor, "Năm qua, hội đã ký kết chương trình phối hợp với một số bộ, ngành: Bộ Y tế, Bộ Công an để chăm "
                         "lo hội viên.")
    assert not parties(doc)


def test_a_party_written_bare_is_the_body_of_its_co_partys_province(extractor: Extractor) -> None:
    doc = run(extractor, "Hội Luật gia tỉnh Yên Bái mở lớp tập huấn, còn Hội Luật gia tỉnh Sơn La thực hiện Kế hoạch "
                         "phối hợp với Công an tỉnh về tuyên truyền pháp luật.")
    assert parties(doc) == {"Hội Luật gia tỉnh Sơn La", "Công an tỉnh Sơn La"}


def test_a_documents_code_written_with_a_spaced_last_part_is_one_number(extractor: Extractor) -> None:
    doc = run(extractor, "Thực hiện Kế hoạch số 21/KH-MTTW - BTT ngày 3/4/2020 của Ban Thường trực Ủy ban Trung ương "
                         "Mặt trận Tổ quốc Việt Nam, các tỉnh đã tổ chức hội nghị.")
    assert ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Kế hoạch số 21/KH-MTTW-BTT") \
        in rels(doc, "ISSUED")


def test_a_signer_with_a_long_aside_before_the_next_signer_is_a_party(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, Hội Nông dân Việt Nam (tổ chức đại diện cho hơn mười triệu hội viên nông dân) và "
                         "Tập đoàn Viễn thông Quân đội đã tiến hành ký kết thỏa thuận hợp tác về chuyển đổi số.")
    assert parties(doc) == {"Hội Nông dân Việt Nam", "Tập đoàn Viễn thông Quân đội"}


def test_a_term_written_without_spaces_is_read_and_named_as_written(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/4, Ủy ban nhân dân tỉnh Nam Định và Ủy ban nhân dân tỉnh Thái Bình ký kết thỏa thuận "
                         "hợp tác phát triển du lịch giai đoạn 2021-2025 giữa tỉnh Nam Định và tỉnh Thái Bình.")
    name = "Thỏa thuận hợp tác phát triển du lịch giữa Tỉnh Nam Định và Tỉnh Thái Bình giai đoạn 2021-2025"
    assert names(doc, "Agreement") == {name}


def test_one_code_named_under_two_kinds_is_one_document(extractor: Extractor) -> None:
    doc = run(extractor, "Hội viên học tập Thông báo kết luận số 27-TB/TW của Ban Bí thư. Tỉnh hội đã ban hành kế hoạch "
                         "thực hiện Thông báo số 27-TB/TW trong toàn hội.")
    assert names(doc, "Agreement") == {"Thông báo kết luận số 27-TB/TW"}


def test_cooperation_signed_with_no_document_named_is_an_agreement_between_the_signers(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 3/4, Hội Nông dân Việt Nam và Tập đoàn Viễn thông Quân đội đã ký kết hợp tác về chuyển "
                         "đổi số trong nông nghiệp.")
    assert parties(doc) == {"Hội Nông dân Việt Nam", "Tập đoàn Viễn thông Quân đội"}
    assert all(a.startswith("Thỏa thuận hợp tác") for a in names(doc, "Agreement"))


def test_a_review_of_cooperation_between_two_bodies_reviews_their_agreement(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 9/8, tại Hội nghị sơ kết hợp tác phát triển giữa Bộ Y tế và Hội Nông dân Việt Nam, ông "
                         "Lê Văn Tám phát biểu.")
    assert parties(doc) == {"Bộ Y tế", "Hội Nông dân Việt Nam"}
    assert {d for _, d in rels(doc, "REVIEWS")} == names(doc, "Agreement")
    assert not parties(run(extractor, "Sáng 9/8, tại hội nghị sơ kết 1 năm hợp tác sản xuất rau sạch, ông Lê Văn Tám "
                                      "phát biểu."))


def test_cooperation_only_planned_or_sought_is_no_agreement(extractor: Extractor) -> None:
    for text in ("Hội Nông dân Việt Nam và Tập đoàn Viễn thông Quân đội sẽ ký kết hợp tác về chuyển đổi số.",
                 "Tập đoàn Viễn thông Quân đội đẩy mạnh việc ký kết hợp tác với các đối tác quốc tế uy tín."):
        assert not parties(run(extractor, text)), text


def test_people_who_sign_with_their_posts_sign_for_their_bodies(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/5, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn và ông Lê Văn Tám (Tổng giám đốc "
                         "Tập đoàn Viễn thông Quân đội) đã ký chương trình phối hợp về chuyển đổi số giữa hai bên.")
    assert parties(doc) == {"Hội Nông dân Việt Nam", "Tập đoàn Viễn thông Quân đội"}


def test_a_person_signing_alone_names_no_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 4/5, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn đã ký chương trình phối hợp về "
                         "chuyển đổi số.")
    assert not parties(doc)


def test_a_party_whose_head_is_in_lower_case_after_voi_is_read(extractor: Extractor) -> None:
    doc = run(extractor, "Năm nay, Hội Nông dân tỉnh Thái Bình thực hiện Kế hoạch phối hợp với sở Tài nguyên và "
                         "Môi trường về bảo vệ nguồn nước.")
    assert parties(doc) == {"Hội Nông dân tỉnh Thái Bình", "Sở Tài nguyên và Môi trường tỉnh Thái Bình"}


def test_a_lower_case_head_after_voi_with_no_document_is_no_added_body(extractor: Extractor) -> None:
    doc = run(extractor, "Ông A cho biết sẽ phối hợp với công an địa phương để xử lý.")
    assert not rels(doc, "PARTY_TO")


def test_a_numbered_document_named_as_the_latest_of_several_issued_is_issued_by_the_body(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Phú Yên đã ban hành nhiều văn bản chỉ đạo, mới nhất là Chỉ thị số 03 về quản lý "
                         "rừng trên địa bàn huyện Sơn Hòa.")
    assert ("Ủy ban nhân dân tỉnh Phú Yên", "Chỉ thị số 03") in rels(doc, "ISSUED")


def test_a_numbered_resolution_of_the_bare_centre_is_issued_by_the_central_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Theo ông B, Nghị quyết 19 của Trung ương 6 khóa XII đặt ra yêu cầu sắp xếp lại đơn vị.")
    assert ("Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19") in rels(doc, "ISSUED")
    doc = run(extractor, "Tỉnh thực hiện Kế hoạch số 4 của Trung ương Đoàn về công tác thanh niên.")
    assert ("Ban Chấp hành Trung ương Đảng", "Kế hoạch số 4") not in rels(doc, "ISSUED")


def test_a_lower_case_plan_a_body_issues_is_named_by_the_topic_right_after_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tháng trước, UBND tỉnh Nam Định đã ban hành kế hoạch triển khai công tác phòng chống dịch "
                         "trên địa bàn tỉnh. Các huyện thực hiện ngay.")
    plan = "Kế hoạch triển khai công tác phòng chống dịch trên địa bàn tỉnh"
    assert names(doc, "Agreement") == {plan}
    assert ("Ủy ban nhân dân tỉnh Nam Định", plan) in rels(doc, "ISSUED")


def test_a_plan_a_body_is_asked_to_issue_is_not_read(extractor: Extractor) -> None:
    doc = run(extractor, "UBND tỉnh Nam Định cần ban hành kế hoạch triển khai công tác phòng chống dịch.")
    assert not names(doc, "Agreement")


def test_a_memorandum_signed_by_a_home_body_and_a_foreign_one_is_between_them(extractor: Extractor) -> None:
    doc = run(extractor, "Tháng 5, Bộ Công an Việt Nam và Bộ Nội vụ Lào đã ký Bản ghi nhớ về hợp tác phòng chống ma túy.")
    assert parties(doc) == {"Bộ Công an", "Bộ Nội vụ Lào"}


def test_a_record_of_a_cooperation_agreement_signed_by_two_bodies_is_between_them(extractor: Extractor) -> None:
    doc = run(extractor, "Ngày 5/3, Hội Nông dân tỉnh Nam Định và Bộ Công Thương đã ký biên bản thỏa thuận hợp tác về "
                         "cung ứng vật tư.")
    assert parties(doc) == {"Hội Nông dân tỉnh Nam Định", "Bộ Công Thương"}


def test_a_memorandum_only_mentioned_without_signers_has_no_parties(extractor: Extractor) -> None:
    doc = run(extractor, "Bản ghi nhớ này mở ra nhiều cơ hội hợp tác cho hai bên.")
    assert not parties(doc)


def test_a_body_that_issues_a_coordination_plan_with_another_makes_it_with_it(extractor: Extractor) -> None:
    doc = run(extractor, "Tuần qua, Sở Y tế tỉnh Nam Định đã ban hành kế hoạch phối hợp với Công an tỉnh Nam Định về kiểm "
                         "tra an toàn thực phẩm.")
    assert parties(doc) == {"Sở Y tế tỉnh Nam Định", "Công an tỉnh Nam Định"}
    assert {a for a, _ in rels(doc, "ISSUED")} == {"Sở Y tế tỉnh Nam Định"}


def test_a_coordination_plan_only_asked_for_is_not_made(extractor: Extractor) -> None:
    doc = run(extractor, "Ủy ban nhân dân tỉnh Nam Định đề nghị Sở Y tế tỉnh Nam Định ban hành kế hoạch phối hợp với Công an "
                         "tỉnh Nam Định.")
    assert not parties(doc)


def test_a_joint_circular_of_several_bodies_is_issued_by_all_of_them(extractor: Extractor) -> None:
    doc = run(extractor, "Theo Thông tư liên tịch số 07/2019/TTLT của Bộ Tài chính và Bộ Y tế, các trường phải bố trí "
                         "nhân viên y tế.")
    issued = rels(doc, "ISSUED")
    assert ("Bộ Tài chính", "Thông tư liên tịch số 07/2019/TTLT") in issued
    assert ("Bộ Y tế", "Thông tư liên tịch số 07/2019/TTLT") in issued
    assert not rels(doc, "PARTY_TO")


def test_a_province_agreeing_with_a_company_acts_through_its_peoples_committee(extractor: Extractor) -> None:
    doc = run(extractor, "Chiều 2/4, lễ ký kết thỏa thuận hợp tác giữa tỉnh Bình Định với Tập đoàn Hòa Phát diễn ra tại "
                         "Quy Nhơn.")
    assert parties(doc) == {"Ủy ban nhân dân tỉnh Bình Định", "Tập đoàn Hòa Phát"}


def test_provinces_agreeing_among_themselves_stay_provinces(extractor: Extractor) -> None:
    doc = run(extractor, "Hôm qua, lễ ký kết thỏa thuận hợp tác giữa tỉnh Bình Định và tỉnh Gia Lai diễn ra tại Pleiku.")
    assert parties(doc) == {"Tỉnh Bình Định", "Tỉnh Gia Lai"}


def test_provinces_whose_peoples_committees_agree_in_the_article_act_through_them(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/3, hai tỉnh tổng kết chương trình hợp tác giữa tỉnh Nam Định và tỉnh Thái Bình giai "
                         "đoạn 2016-2020. Tại hội nghị, Chủ tịch UBND tỉnh Nam Định Nguyễn Văn An và Chủ tịch UBND "
                         "tỉnh Thái Bình Trần Văn Bình đã ký kết thỏa thuận hợp tác giai đoạn 2021-2025.")
    by_doc: dict[str, set[str]] = {}
    for body, agreement in rels(doc, "PARTY_TO"):
        by_doc.setdefault(agreement.split(" giữa ")[0], set()).add(body)
    assert by_doc == {kind: {"Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Thái Bình"}
                      for kind in ("Chương trình hợp tác", "Thỏa thuận hợp tác")}


def test_a_plan_paired_with_the_years_tasks_is_no_document(extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 8-1, Bộ Y tế tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ, kế hoạch "
                         "năm 2021 của Bộ Y tế.")
    assert not names(doc, "Agreement")
    doc = run(extractor, "Sáng 8-1, Bộ Y tế triển khai kế hoạch năm 2021 của Bộ Y tế.")
    assert names(doc, "Agreement") == {"Kế hoạch năm 2021 của Bộ Y tế"}


def test_a_clause_with_no_subject_implementing_a_regulation_takes_the_body_the_article_is_about(
        extractor: Extractor) -> None:
    doc = run(extractor, "Sáng 5/7, Hội Nông dân tỉnh Nam Định tổ chức hội nghị sơ kết công tác 6 tháng. Hội Nông dân "
                         "tỉnh Nam Định đã hoàn thành nhiều nhiệm vụ. Năm tới, Hội Nông dân tỉnh Nam Định tăng cường "
                         "tuyên truyền; thực hiện tốt Quy chế phối hợp với Sở Tư pháp tỉnh Nam Định.")
    assert parties(doc) == {"Hội Nông dân tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định"}
    doc = run(extractor, "Hội Nông dân tỉnh Nam Định và Sở Y tế tỉnh Nam Định họp bàn; Sở Tư pháp tỉnh Nam Định dự. "
                         "Việc thực hiện Quy chế phối hợp với Sở Tư pháp tỉnh Nam Định còn chậm.")
    assert not parties(doc)  # no body the article is about
