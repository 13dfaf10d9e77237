"""A document enacted by another and named by its title before "ban hành kèm theo": "Quy chế quản lý văn bằng
các cấp ban hành kèm theo Thông tư số 19 của Bộ X", "Quy định chuẩn mực đạo đức của hội viên ban hành kèm theo
Quyết định 314 của Hội Y". The enacting document's issuer issued it; its name is its kind and title."""

from __future__ import annotations

import re

_TITLE = re.compile(r"[^.;:!?()\n“”\"…,]{3,160}")  # a title of its own: no clause or list inside


def enacted_title(kind_re: re.Pattern[str], s: str, verb: int) -> re.Match[str] | None:
    """The last document kind before "ban hành kèm theo" at `verb`, either right before it or followed by a
    title that runs up to it within the clause."""
    cs = max(s.rfind(c, 0, verb) for c in ".;:!?\n") + 1
    kms = list(kind_re.finditer(s, max(cs, verb - 160), verb))
    for km in reversed(kms):
        if km.end() == verb or _TITLE.fullmatch(s, km.end(), verb):
            return km
    return None
