"""Reading articles from plain text, saved HTML pages and JSON lines into `RawArticle`s.

Bad input never raises: it comes out as a `ReadError` naming the file (and line) and the problem.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordgraph.ingest import meta
from coordgraph.ingest.article import RawArticle

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text"}
DEFAULT_MAX_BYTES = 5_000_000
MIN_HTML_TEXT = 200  # characters of body text below which a page holds no article
JSONL_FIELDS = ("id", "url", "title", "published", "text")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc but for \t \n \v \f \r
_SURROGATE = re.compile("[\ud800-\udfff]")
_ID = re.compile(r"^[^\W_][\w.\-]*$")  # ids become file names: no separators, no leading dot


@dataclass
class ReadError:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class _Bad(ValueError):
    """One input's problem, turned into a ReadError by the caller."""


Source = Path | tuple[Path, int, bytes]  # a file, or one line of a JSON lines file (path, line number, bytes)


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | ReadError]:
    """Every article under `paths` (files, or directories walked in sorted order), or why it could not be read."""
    unique = UniqueIds()
    for src in sources(paths, max_bytes=max_bytes):
        yield unique.check(src if isinstance(src, ReadError) else read_source(src, max_bytes=max_bytes))


class UniqueIds:
    """Refuses an article whose id was already read (from another file or line)."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def check(self, item: RawArticle | ReadError) -> RawArticle | ReadError:
        if isinstance(item, ReadError):
            return item
        where = item.path or item.id
        file, _, line = where.rpartition(":") if _LINE.search(where) else (where, "", "")
        if item.id in self.seen:
            return ReadError(file, f"article id {item.id!r} was already read from {self.seen[item.id]}",
                             int(line) if line else None)
        self.seen[item.id] = where
        return item


_LINE = re.compile(r"\.(?:jsonl|ndjson):\d+$", re.IGNORECASE)


def sources(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source | ReadError]:
    """What there is to read under `paths`, cheaply: files by name, JSON lines split (not decoded)."""
    for path in _files(paths):
        if isinstance(path, ReadError) or path.suffix.lower() not in JSONL_SUFFIXES:
            yield path
            continue
        try:
            yield from _jsonl_lines(path, max_bytes)
        except OSError as exc:
            yield ReadError(shown(path), f"cannot be read: {exc.strerror or exc}")


def read_source(src: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, later: bool = False) -> RawArticle | ReadError:
    """One source read and decoded; with `later`, what is found in the text is left to `complete`."""
    if isinstance(src, tuple):
        path, n, raw = src
        try:
            item: RawArticle | ReadError = _from_record(path, n, decode(raw).lstrip("\ufeff"))
        except _Bad as exc:
            return ReadError(shown(path), str(exc), n)
    else:
        [item] = _read_file(src, max_bytes)
    return item if later or isinstance(item, ReadError) else complete(item)


def shown(path: Path | str) -> str:
    """A path as text that can always be printed (bytes that are not UTF-8 as \\x escapes)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _utf8_name(path: Path) -> None:
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad("the file name is not UTF-8 (rename the file)") from None


def _files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    done: set[tuple[int, int]] = set()  # (device, inode): a file named twice is read once
    for p in map(Path, paths):
        try:
            if p.is_dir():
                errors: list[ReadError] = []
                found = sorted(_walk(p, "", set(), errors))
                yield from errors
                if not found and not errors:
                    yield ReadError(shown(p), f"no article files ({', '.join(sorted(_KNOWN))}) in this directory")
                for _, f, key in found:
                    if key not in done:
                        done.add(key)
                        yield f
            elif p.is_file():
                st = p.stat()
                if (st.st_dev, st.st_ino) not in done:
                    done.add((st.st_dev, st.st_ino))
                    yield p
            elif p.exists():
                yield ReadError(shown(p), "not a regular file")
            else:
                yield ReadError(shown(p), "no such file or directory")
        except OSError as exc:
            yield ReadError(shown(p), f"cannot be read: {exc.strerror or exc}")


_KNOWN = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES


def _walk(d: Path, rel: str, seen: set[tuple[int, int]], errors: list[ReadError]
          ) -> Iterator[tuple[str, Path, tuple[int, int]]]:
    """(posix path relative to the top, path, (device, inode)) of the article files under `d` (`rel` from the
    top), hidden names skipped; a folder that cannot be read is an error in `errors`, the others are walked."""
    try:
        st = d.stat()
        if (st.st_dev, st.st_ino) in seen:  # a symbolic link back up the tree
            return
        seen.add((st.st_dev, st.st_ino))
        with os.scandir(d) as it:
            entries = list(it)
    except OSError as exc:
        errors.append(ReadError(shown(d), f"cannot be read: {exc.strerror or exc}"))
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                yield from _walk(Path(e.path), f"{rel}{e.name}/", seen, errors)
            elif os.path.splitext(e.name)[1].lower() in _KNOWN and e.is_file():
                st = e.stat()
                yield rel + e.name, Path(e.path), (st.st_dev, st.st_ino)
        except OSError as exc:
            errors.append(ReadError(shown(e.path), f"cannot be read: {exc.strerror or exc}"))


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | ReadError]:
    """The article(s) in one file: text, HTML (by suffix) or JSON lines."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            for src in _jsonl_lines(path, max_bytes):
                yield src if isinstance(src, ReadError) else read_source(src, max_bytes=max_bytes)
        except OSError as exc:
            yield ReadError(shown(path), f"cannot be read: {exc.strerror or exc}")
        return
    for item in _read_file(path, max_bytes):
        yield item if isinstance(item, ReadError) else complete(item)


def _read_file(path: Path, max_bytes: int) -> list[RawArticle | ReadError]:
    suffix = path.suffix.lower()
    try:
        _utf8_name(path)
        data = _read_bytes(path, max_bytes)
        text = decode(data)
        return [_from_html(path, text) if suffix in HTML_SUFFIXES else _from_text(path, text)]
    except _Bad as exc:
        return [ReadError(shown(path), str(exc))]
    except OSError as exc:
        return [ReadError(shown(path), f"cannot be read: {exc.strerror or exc}")]


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise _Bad(f"file is {_mb(size)}, over the {_mb(max_bytes)} limit for one article "
                   "(setting COORDGRAPH_MAX_ARTICLE_BYTES)")
    if size == 0:
        raise _Bad("empty file")
    return path.read_bytes()


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def decode(data: bytes) -> str:
    """UTF-8 bytes -> NFC text; `_Bad` for binary or non-UTF-8 data."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise _Bad("UTF-16 text, not UTF-8 (save it as UTF-8)")
    if b"\x00" in data:
        raise _Bad("binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Bad(f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    controls = len(_CONTROLS.findall(text)) if _CONTROLS.search(text) else 0
    if controls > max(2, len(text) // 100):
        raise _Bad(f"binary data, not text ({controls} control characters)")
    if not text.strip():
        raise _Bad("empty file (only white space)")
    return unicodedata.normalize("NFC", text)


def complete(raw: RawArticle) -> RawArticle:
    """Fill in what the input did not give and the text shows: title, publication date, source, byline.

    Readers leave this for later (`pending`) so that an article found unchanged costs no more than its hash.
    """
    if raw.pending:
        text = raw.text
        raw.title = raw.title or meta.find_title(text)
        raw.published = raw.published or meta.find_published(text)
        raw.source = raw.source or meta.find_source(text)
        raw.byline = raw.byline or meta.find_byline(text)
        raw.pending = False
    return raw


def _from_text(path: Path, text: str) -> RawArticle:
    return RawArticle(id=path.stem, text=text, path=str(path), pending=True)


def _from_html(path: Path, html: str) -> RawArticle:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    doc = trafilatura.bare_extraction(  # dates from the page's markup only, never guessed from its sentences
        html, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    body = unicodedata.normalize("NFC", (getattr(doc, "text", None) or "").strip()) if doc else ""
    if len(body) < MIN_HTML_TEXT:
        raise _Bad("no article text found in the HTML page" + (f" (only {len(body)} characters)" if body else ""))

    def field(name: str) -> str | None:
        value = getattr(doc, name, None)
        return unicodedata.normalize("NFC", value.strip()) if isinstance(value, str) and value.strip() else None

    published = field("date")
    return RawArticle(
        id=path.stem, text=body, title=field("title") or meta.find_title(body),
        published=(meta.date_in_line(published) if published else None) or meta.find_published(body),
        source=field("sitename") or meta.find_source(body), url=field("url"),
        byline=field("author") or meta.find_byline(body), path=str(path),
    )


def _jsonl_lines(path: Path, max_bytes: int) -> Iterator[tuple[Path, int, bytes] | ReadError]:
    """The non-blank lines of a JSON lines file, undecoded; OSError when it cannot be opened."""
    try:
        _utf8_name(path)
    except _Bad as exc:
        yield ReadError(shown(path), str(exc))
        return
    if path.stat().st_size == 0:
        yield ReadError(shown(path), "empty file")
        return
    count = 0
    with path.open("rb") as f:
        for n, raw in enumerate(f, start=1):
            if len(raw) > max_bytes:
                yield ReadError(shown(path), f"line is {_mb(len(raw))}, over the {_mb(max_bytes)} limit for one "
                                "article (setting COORDGRAPH_MAX_ARTICLE_BYTES)", n)
                continue
            if not raw.strip():
                continue
            count += 1
            yield path, n, raw
    if not count:
        yield ReadError(shown(path), "no articles in the JSON lines file")


def _from_record(path: Path, n: int, line: str) -> RawArticle:
    try:
        rec: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Bad(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise _Bad("JSON nested too deeply") from None
    if not isinstance(rec, dict):
        raise _Bad(f"not a JSON object (fields {', '.join(JSONL_FIELDS)})")
    for name in ("id", "text"):
        if name not in rec:
            raise _Bad(f"missing field {name!r}")
    aid = rec["id"]
    if isinstance(aid, int) and not isinstance(aid, bool):
        aid = str(aid)
    if not isinstance(aid, str) or not _ID.match(aid):
        raise _Bad(f"field 'id' must be a name of letters, digits, '.', '-' or '_', not {rec['id']!r}")
    if not isinstance(rec["text"], str) or not rec["text"].strip():
        raise _Bad("field 'text' is empty" if isinstance(rec["text"], str) else "field 'text' is not a string")
    opt: dict[str, str | None] = {}
    for name in ("url", "title", "published", "source"):
        value = rec.get(name)
        if value is not None and not isinstance(value, str):
            raise _Bad(f"field {name!r} is not a string")
        opt[name] = unicodedata.normalize("NFC", value.strip()) if value and value.strip() else None
    for name, value in [("text", rec["text"]), *opt.items()]:
        if value and _SURROGATE.search(value):
            raise _Bad(f"field {name!r} holds a lone surrogate escape (\\ud800-\\udfff), not text")
    text = unicodedata.normalize("NFC", rec["text"])
    published = opt["published"]
    if published:
        published = meta.date_in_line(published)
        if not published:
            raise _Bad(f"field 'published' is not a date: {opt['published']!r}")
    return RawArticle(id=aid, text=text, title=opt["title"], published=published, source=opt["source"],
                      url=opt["url"], path=f"{shown(path)}:{n}", pending=True)
