"""A word of address standing alone as the subject of a post verb: "Ông Nguyễn Văn A sinh năm 1960. Ông từng
giữ chức Bí thư Tỉnh ủy X" gives A the post. The pronoun refers to the last person named before it who was not
addressed by the other word ("bà B" is not "ông"); cues.yaml, subject_pronouns.
"""

from __future__ import annotations

import re

from coordgraph.ingest.knowledge import WS, Knowledge, alternation, key


class Pronouns:
    def __init__(self, kb: Knowledge) -> None:
        words = [str(w) for w in kb.cues.get("subject_pronouns") or []]
        self.words = {key(w) for w in words}
        self.word_re = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None
        self.before_re = re.compile(rf"(?<!\w)({alternation(words)}){WS}$", re.IGNORECASE) if words else None
        plural = [str(w) for w in kb.cues.get("plural_pronoun_before") or []]
        self.plural_re = re.compile(rf"(?<!\w)(?:{alternation(plural)}){WS}$", re.IGNORECASE) if plural else None

    def subjects(
        self,
        s: str,
        spans: list[tuple[int, int]],
        named: dict[tuple[int, int], str],
        verbs: list[re.Pattern[str] | None],
    ) -> dict[tuple[int, int], str]:
        """The spans of the pronouns a post verb follows, with the full names they stand for. `named` gives
        the full name of a span that is not one ("Ông Bình" after "Trương Hòa Bình")."""
        if self.word_re is None:
            return {}
        out: dict[tuple[int, int], str] = {}
        for m in self.word_re.finditer(s):
            a, b = m.start(), m.end()
            if (
                any(x < b and a < y for x, y in spans)
                or not any(v and v.match(s, b) for v in verbs)
                or self._addresses(s, b)
                or (self.plural_re and self.plural_re.search(s, max(0, a - 12), a))
            ):
                continue
            name = self._antecedent(s, a, key(m.group(0)), spans, named)
            if name:
                out[(a, b)] = name
        return out

    def _addresses(self, s: str, b: int) -> bool:
        """The word addresses a name after it ("ông Lê Văn A"), not a pronoun."""
        nxt = s[b : b + 2].lstrip()
        return bool(nxt) and nxt[0].isupper()

    def _antecedent(
        self, s: str, a: int, word: str, spans: list[tuple[int, int]], named: dict[tuple[int, int], str]
    ) -> str | None:
        for x, y in sorted((sp for sp in spans if sp[1] <= a), reverse=True):
            bm = self.before_re.search(s, max(0, x - 12), x) if self.before_re else None
            if bm and key(bm.group(1)) != word:
                continue  # "bà B ... Ông từng là ...": another person
            return named.get((x, y)) or " ".join(s[x:y].split())
        return None
