"""National associations the reference lists do not hold, named by their head, a name that begins
with a capital and the country that closes it: "Hội Tin học Việt Nam", "Hội Quy hoạch và phát
triển Đô thị Việt Nam", "Hội Khoa học lịch sử Việt Nam". The country closes the name only where
punctuation or a word of the clause follows it ("Hội doanh nghiệp hàng Việt Nam chất lượng cao"
goes on); a word of a clause inside shows the run is no name (body_grammar.yaml,
national_associations).

`Associations` is a part of `agencies.Grammar`, kept apart to keep each module small.
"""

from __future__ import annotations

import re
from typing import Any

from coordgraph.ingest.body import Body
from coordgraph.ingest.knowledge import LOWER, UPPER, WS, alternation, phrase_pattern


def association_reading(grammar: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], set[str], str] | None:
    """The pattern of such a name, of what may follow it, its stopwords and the kind of body it names."""
    spec = grammar.get("national_associations") or {}
    if not spec.get("heads") or not spec.get("closer"):
        return None
    most = int(spec.get("max_words") or 6)
    name = re.compile(rf"(?:{alternation([str(h) for h in spec['heads']])}){WS}[{UPPER}][{LOWER}]*"
                      rf"((?:{WS}[{UPPER}{LOWER}]+){{0,{most}}}?){WS}{phrase_pattern(str(spec['closer']))}(?!\w)")
    followers = [str(f) for f in spec.get("followers") or []]
    after = re.compile(rf"\s*(?:[,.;:()\n\"“”–-]|$|(?:{alternation(followers)})(?!\w))" if followers else r"\s*(?:[,.;:()\n]|$)")
    return name, after, {str(w) for w in spec.get("stopwords") or []}, str(spec.get("kind") or "professional_association")


class Associations:
    """The national-association reading of `agencies.Grammar`."""

    association_spec: tuple[re.Pattern[str], re.Pattern[str], set[str], str] | None

    def _national_association(self, s: str, pos: int) -> Body | None:
        if self.association_spec is None or not s[pos].isupper():
            return None
        name_re, after_re, stop, kind = self.association_spec
        m = name_re.match(s, pos)
        if not m or re.search(rf"(?<!\w)Đại{WS}$", s[max(0, pos - 5):pos]):
            return None  # "Đại Hội ...": a congress
        if stop & {w.lower() for w in m.group(1).split()} or not after_re.match(s, m.end()):
            return None
        return Body(pos, m.end(), "known", re.sub(r"\s+", " ", m.group(0)), entry={"kind": kind, "english": ""})
