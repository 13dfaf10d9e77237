"""An article as read from a file, before extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from coordgraph.ingest.reader_stamp import reader_stamp


@dataclass
class RawArticle:
    id: str  # the file's name without extension, or the JSON line's "id"
    text: str  # body text, UTF-8 decoded, NFC; evidence offsets index into it
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    path: str | None = None  # where it was read from, for error messages
    pending: bool = False  # title, date, source and byline still to be looked for in the text (read.complete)

    @cached_property  # computed once, where the article is read, and pickled along with it
    def content_hash(self) -> str:
        """The hash of the text and of the reader (`reader_stamp`): an article counts as unchanged only when both
        are the ones it was loaded with."""
        return hashlib.sha256(f"{reader_stamp()}\n{self.text}".encode()).hexdigest()
