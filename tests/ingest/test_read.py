"""Readers (text, HTML, JSON lines) and the metadata finders, on inputs written here and on the real articles."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from coordgraph.ingest import meta
from coordgraph.ingest.article import RawArticle
from coordgraph.ingest.read import ReadError, read_paths

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"  # the repo's sibling
ARTICLES = SHARED / "corpus" / "articles"
GOLD = SHARED / "corpus" / "gold"

HTML_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hai tỉnh ký quy chế phối hợp bảo vệ rừng - Báo Ví Dụ</title>
<meta property="og:site_name" content="Báo Ví Dụ">
<meta property="article:published_time" content="2021-03-05T08:00:00+07:00">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/menu-muc-rieng">Chuyên mục riêng của trang</a></li></ul></nav>
<article><h1>Hai tỉnh ký quy chế phối hợp bảo vệ rừng</h1>
<p>Sáng 4/3, Ủy ban nhân dân tỉnh Lào Cai và Ủy ban nhân dân tỉnh Yên Bái ký quy chế phối hợp
trong công tác quản lý, bảo vệ rừng ở vùng giáp ranh giữa hai tỉnh.</p>
<p>Theo quy chế, hai bên trao đổi thông tin hằng quý, cùng tuần tra các khu rừng giáp ranh và hỗ trợ
nhau khi có cháy rừng xảy ra trên địa bàn.</p>
<p>Lãnh đạo hai tỉnh giao các sở, ngành liên quan xây dựng kế hoạch triển khai quy chế ngay trong năm nay.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Một tin liên quan khác hẳn</a></li>
<li><a href="/b">Một tin liên quan thứ hai</a></li></ul></aside>
<footer><p>Bản quyền thuộc về Báo Ví Dụ. Địa chỉ tòa soạn: số 1 phố Ví Dụ.</p></footer>
</body></html>
"""

NAV_ONLY = """<html><head><title>Trang chủ</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/a">Thời sự</a> <a href="/b">Pháp luật</a></nav>
<footer>Bản quyền 2021</footer></body></html>"""


def read(*paths: Path, **kw: int) -> list[RawArticle | ReadError]:
    return list(read_paths(paths, **kw))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- metadata -----------------------------------------------------------------


@pytest.mark.parametrize("line, iso", [
    ("Thứ Hai, 22/06/2020, 11:30 [GMT+7]", "2020-06-22"),
    ("Ngày đăng: 30.10.2021", "2021-10-30"),
    ("Thứ Tư, 29/09/2021 19:06", "2021-09-29"),
    ("Cập nhật lúc 08:15 ngày 5-3-2019", "2019-03-05"),
    ("Chủ nhật, 7/4/2019 - 21:40 (GMT+7)", "2019-04-07"),
    ("2018-11-09T10:00:00+07:00", "2018-11-09"),
    ("Ngày 12 tháng 8 năm 2020", "2020-08-12"),
])
def test_date_lines_become_iso_dates(line: str, iso: str) -> None:
    assert meta.date_in_line(line) == iso


@pytest.mark.parametrize("line", [
    "Ngày 18/6/2020, Thường trực Tỉnh ủy tổ chức hội nghị sơ kết",  # a sentence that starts with a date
    "Thứ Hai, 31/02/2020",  # no such day
    "Ngày Pháp luật Việt Nam (9/11/2018): Hướng về cơ sở",
])
def test_sentences_and_impossible_dates_are_not_publication_dates(line: str) -> None:
    assert meta.date_in_line(line) is None


def test_title_is_a_short_first_line_set_apart() -> None:
    assert meta.find_title("Bộ A và Bộ B ký quy chế phối hợp\n\nSáng nay, hai bộ ký quy chế.") == \
        "Bộ A và Bộ B ký quy chế phối hợp"
    # menus at the top of a saved page are no title
    assert meta.find_title("Liên kết Website\nCơ quan Đảng, Nhà nước\nCơ quan Báo chí\n") is None
    # a sentence is no title
    assert meta.find_title("Hai bộ ký quy chế. Sau đó họ họp.\nNội dung dài tiếp theo.") is None


def test_publication_date_is_read_from_the_header_not_the_body() -> None:
    text = ("Tỉnh ủy sơ kết quy chế phối hợp năm năm\n\nThứ Hai, 22/06/2020, 11:30 [GMT+7]\n"
            "Ngày 18/6/2020, Thường trực Tỉnh ủy tổ chức hội nghị.\n")
    assert meta.find_published(text) == "2020-06-22"
    assert meta.find_published("Một tiêu đề bài báo dài\n\nNgày 18/6/2020, Tỉnh ủy họp.\n") is None


def test_source_comes_from_the_lead_tag_or_a_closing_credit() -> None:
    lead = "Hội nghị sơ kết công tác phối hợp\n\n(ABC) - " + "Sáng nay hai cơ quan sơ kết công tác phối hợp. " * 3
    assert meta.find_source(lead) == "ABC"
    assert meta.find_source("Tiêu đề một bài báo ngắn\n\nNội dung.\n(Theo Báo Ví Dụ)\n") == "Báo Ví Dụ"
    assert meta.find_source("Tiêu đề một bài báo ngắn\n\nNội dung bài.\n") is None


def test_byline_is_a_name_above_the_footer() -> None:
    body = "Tiêu đề một bài báo ngắn\n\nSáng nay hai cơ quan ký quy chế phối hợp công tác.\n"
    assert meta.find_byline(body + "Trần Thị Bình\nSố lần đọc: 12\n\nTin liên quan\n") == "Trần Thị Bình"
    assert meta.find_byline(body + "Lê An - Phạm Hà\n") == "Lê An - Phạm Hà"
    assert meta.find_byline(body + "Ông Phan Văn Vĩnh\n") is None  # a caption
    assert meta.find_byline(body) is None


# --- readers --------------------------------------------------------------------


def test_text_file_keeps_its_text_whole_in_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh ký quy chế\n\n  Sáng 5/3, hai bên ký.\nNguyễn Văn An\n")
    (tmp_path / "a1.txt").write_bytes(nfd.encode("utf-8"))
    [art] = read(tmp_path / "a1.txt")
    assert isinstance(art, RawArticle)
    assert art.id == "a1"
    assert art.text == unicodedata.normalize("NFC", nfd)  # no line stripped: evidence offsets index it
    assert art.title == "Ủy ban nhân dân tỉnh ký quy chế"
    assert art.byline == "Nguyễn Văn An"
    assert art.path == str(tmp_path / "a1.txt")


def test_html_page_yields_the_article_without_menus_and_footers(tmp_path: Path) -> None:
    [art] = read(write(tmp_path / "trang.html", HTML_PAGE))
    assert isinstance(art, RawArticle), art
    assert art.id == "trang"
    assert "Lào Cai" in art.text and "hỗ trợ" in art.text
    for furniture in ("Chuyên mục riêng", "Tin liên quan", "Bản quyền", "tin liên quan thứ hai"):
        assert furniture not in art.text
    assert art.title == "Hai tỉnh ký quy chế phối hợp bảo vệ rừng"
    assert art.published == "2021-03-05"
    assert art.source == "Báo Ví Dụ"


def test_html_date_comes_from_the_page_not_from_a_sentence(tmp_path: Path) -> None:
    no_meta = HTML_PAGE.replace('<meta property="article:published_time" content="2021-03-05T08:00:00+07:00">', "")
    [art] = read(write(tmp_path / "a.html", no_meta.replace("Sáng 4/3,", "Sáng 4/3/2021,")))
    assert isinstance(art, RawArticle) and art.published is None
    dated = no_meta.replace("</h1>", "</h1><p>Thứ Hai, 22/06/2020, 11:30 [GMT+7]</p>")
    [art] = read(write(tmp_path / "b.html", dated))
    assert isinstance(art, RawArticle) and art.published == "2020-06-22"


def test_jsonl_lines_are_articles_and_bad_lines_are_named(tmp_path: Path) -> None:
    rows = [
        {"id": "j1", "url": "https://example.org/j1", "title": "Tiêu đề", "published": "22/06/2020",
         "text": "Bộ A họp với Bộ B."},
        {"id": "j2", "url": None, "title": None, "published": None,
         "text": "Hai bộ ký quy chế phối hợp công tác\n\nNgày đăng: 30.10.2021\nNội dung."},
        {"id": "j3", "title": "thiếu text"},
        {"id": "j4", "text": "x", "published": "hôm qua"},
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n{oops\n")
    out = read(path)
    arts = [a for a in out if isinstance(a, RawArticle)]
    errs = [e for e in out if isinstance(e, ReadError)]
    assert [a.id for a in arts] == ["j1", "j2"]
    assert arts[0].published == "2020-06-22" and arts[0].url == "https://example.org/j1"
    assert arts[1].title == "Hai bộ ký quy chế phối hợp công tác" and arts[1].published == "2021-10-30"
    assert [(e.line, e.path) for e in errs] == [(3, str(path)), (4, str(path)), (6, str(path))]
    assert "missing field 'text'" in errs[0].message
    assert "not a date" in errs[1].message
    assert "not valid JSON" in errs[2].message
    assert str(errs[0]).startswith(f"{path}:3: ")


def test_bad_files_each_get_an_error_and_good_ones_are_read(tmp_path: Path) -> None:
    write(tmp_path / "b_good.txt", "Một bài báo tốt có tiêu đề\n\nNội dung bài báo.\n")
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "d_latin.txt").write_bytes("Hội nghị sơ kết".encode("utf-16-le").replace(b"\x00", b"") + b"\xff\xfe")
    write(tmp_path / "e_nav.html", NAV_ONLY)
    with open(tmp_path / "f_big.txt", "wb") as f:
        f.truncate(2_000_000)
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    out = read(tmp_path, max_bytes=1_000_000)
    got = {Path(x.path).name if x.path else "": (x.message if isinstance(x, ReadError) else "ok") for x in out}
    assert got["b_good.txt"] == "ok"
    assert got["a_empty.txt"] == "empty file"
    assert "binary" in got["c_binary.txt"]
    assert "not UTF-8" in got["d_latin.txt"]
    assert "no article text" in got["e_nav.html"]
    assert "over the 1.0 MB limit" in got["f_big.txt"]
    assert "README.md" not in got  # directories yield only article files
    assert [Path(x.path).name for x in out] == sorted(got)  # walked in sorted order


def test_the_same_id_twice_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    write(tmp_path / "a.txt", "Bài báo thứ nhất có tiêu đề\n\nNội dung.\n")
    write(tmp_path / "x" / "a.txt", "Bài báo thứ hai có tiêu đề\n\nNội dung.\n")
    first, second = read(tmp_path)
    assert isinstance(first, RawArticle) and isinstance(second, ReadError)
    assert "already read from" in second.message


def test_a_file_named_twice_is_read_once_and_utf16_is_named(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "Bài báo thứ nhất có tiêu đề\n\nNội dung.\n")
    assert [x.id for x in read(a, tmp_path, a)] == ["a"]  # type: ignore[union-attr]
    (tmp_path / "u.txt").write_bytes("Hội nghị".encode("utf-16"))
    [err] = read(tmp_path / "u.txt")
    assert isinstance(err, ReadError) and "UTF-16" in err.message


def test_missing_path_and_empty_directory_are_errors(tmp_path: Path) -> None:
    [err] = read(tmp_path / "nope.txt")
    assert isinstance(err, ReadError) and "no such file" in err.message
    [err] = read(tmp_path)
    assert isinstance(err, ReadError) and "no article files" in err.message


# --- the real articles --------------------------------------------------------------


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/corpus is absent")
def test_real_articles_read_with_their_gold_metadata() -> None:
    arts = read(ARTICLES)
    assert all(isinstance(a, RawArticle) for a in arts)
    assert [a.id for a in arts] == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    for a in arts:
        assert isinstance(a, RawArticle)
        raw = (ARTICLES / f"{a.id}.txt").read_bytes().decode("utf-8")
        assert a.text == unicodedata.normalize("NFC", raw)
        gold = json.loads((GOLD / f"{a.id}.json").read_text(encoding="utf-8"))["article"]
        assert a.published == gold["published"], a.id
        assert a.title == gold["title"], a.id
        assert a.source == gold["source"], a.id
    by_id = {a.id: a for a in arts if isinstance(a, RawArticle)}
    assert by_id["000_e0cf93a448d459a0"].published == "2021-10-30"  # "Ngày đăng: 30.10.2021"
    assert by_id["001_487bf2907174ed76"].byline == "Nguyễn Thị Khánh"


def test_control_characters_counted_are_category_cc_but_white_space() -> None:
    from coordgraph.ingest.read import _CONTROLS

    cc = {chr(i) for i in range(0x110000) if unicodedata.category(chr(i)) == "Cc"} - set("\t\n\v\f\r")
    assert {c for c in map(chr, range(0x110000)) if _CONTROLS.match(c)} == cc


@pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/corpus is absent")
def test_metadata_found_later_is_what_reading_at_once_finds() -> None:
    from coordgraph.ingest.read import complete, read_source, sources

    for src in sources([ARTICLES]):
        assert not isinstance(src, ReadError)
        later = read_source(src, later=True)
        assert isinstance(later, RawArticle) and later.pending and later.title is None
        assert complete(later) == read_source(src)
