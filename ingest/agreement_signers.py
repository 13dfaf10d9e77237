"""The issuer of a document read from who signs it: "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký Quyết định số 12"
(the body of the signer's post), "Thủ tướng Y ký Quyết định ..." (an office that issues as itself), "thay mặt Bộ
Chính trị, Z ký ban hành Chỉ thị ..." (the body signed for)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.knowledge import NEVER, WS, Knowledge, alternation, key

if TYPE_CHECKING:
    from coordgraph.ingest.people import PersonMention


class SignerReading:
    """The signer reading of `Documents` (agreements.py)."""

    kb: Knowledge
    issue_gap: re.Pattern[str]
    signs_verb: re.Pattern[str]
    on_behalf: re.Pattern[str]
    modal: re.Pattern[str]
    people: Sequence[PersonMention]

    def _init_signers(self, kb: Knowledge) -> None:
        verbs = kb.cues.get("signer_issue_verbs") or []
        classifiers = kb.cues.get("document_classifiers") or []  # "... đã ký ban hành bản cáo trạng số 9"
        cls = rf"(?:(?:{alternation(classifiers)}){WS})?" if classifiers else ""
        joined = kb.cues.get("signer_joined_verbs") or []  # "... đã ban hành và triển khai Kế hoạch số 4"
        cls = rf"(?:và{WS}(?:{alternation(joined)}){WS})?{cls}" if joined else cls
        self.signer_verb = re.compile(rf"(?<!\w)(?:{alternation(verbs)}){WS}{cls}$", re.IGNORECASE) if verbs \
            else NEVER
        verbs = verbs + (kb.cues.get("numbered_signer_verbs") or [])  # "Phó Chủ tịch X đã có Công văn số 7"
        self.numbered_signer_verb = re.compile(rf"(?<!\w)(?:{alternation(verbs)}){WS}{cls}$", re.IGNORECASE) \
            if verbs else NEVER
        self.offices = {key(str(k)): str(v) for k, v in (kb.cues.get("office_issuers") or {}).items()}
        self.for_others = {key(str(p)) for p in kb.cues.get("signers_for_others") or []}
        passive = kb.cues.get("signed_passive") or {}  # "Kế hoạch X đã được Bộ trưởng Y Nguyễn Văn A ký ban hành"
        words, verbs = passive.get("words") or [], passive.get("verbs") or []
        self.signed_passive = re.compile(rf"{WS}(?:{alternation(words)}){WS}", re.IGNORECASE) if words else NEVER
        self.signed_verbs = alternation(verbs) if verbs else ""
        self.people = ()

    def _signed_by(self, s: str, at: int, bodies: list[Body], numbered: bool = False) -> Body | None:
        """The body that issues a document starting at `at` by signing it ("... vừa ký (ban hành) <document>"),
        a `numbered` one also by having it out ("... đã có Công văn số 7")."""
        vm = (self.numbered_signer_verb if numbered else self.signer_verb).search(s, max(0, at - 50), at)
        if vm is None:
            return None
        verb = vm.start()
        cs = max(s.rfind(c, 0, verb) for c in ".;:!?\n") + 1
        signer: Body | None = None
        for ob in self.on_behalf.finditer(s, cs, verb):  # "thay mặt Bộ Chính trị, ... ký ban hành"
            signer = next((b for b in bodies if b.start == ob.end() and not b.generic), signer)
        if signer is None:
            person = next((p for p in reversed(self.people) if cs <= p.start and p.end <= verb
                           and self.issue_gap.fullmatch(s, p.end, verb)), None)
            signer = self._post_body(person) if person is not None else None
        if signer is None:
            signer = next((b for b in reversed(bodies) if cs <= b.start and b.end <= verb and not b.generic
                           and self.issue_gap.fullmatch(s, b.end, verb)), None)
        if signer is None or self.modal.search(s, max(0, signer.start - 40), signer.start):
            return None  # "đề nghị Thủ tướng ký quyết định ...": not (yet) issued
        return signer

    def _signed_after(self, s: str, at: int, bodies: list[Body]) -> tuple[int, Body] | None:
        """The passive right at `at`, after a document, that names who issued it: where it begins and the body it
        names ("Kế hoạch X đã được Bộ trưởng Bộ Y Nguyễn Văn A ký ban hành": the body of the signer's post;
        "Quyết định số 5 do Ủy ban nhân dân tỉnh Z ban hành": the body)."""
        pm = self.signed_passive.match(s, at)
        if pm is None:
            return None
        person = next((p for p in self.people if p.chain_start == pm.end()), None)
        if person is not None:
            signer = self._post_body(person) if self._signs_at(s, person.end) else None
            return (pm.start(), signer) if signer is not None else None
        at = pm.end()
        head = self.kb.title_re.match(s, at)  # "do Thủ tướng ký", "được Chủ tịch UBND tỉnh Z ký": the post, unnamed
        if head is not None and self._signs_at(s, head.end()):
            office = self.offices.get(key(head.group(0))) or (self.kb.implied.get(key(head.group(0))) or ("", ""))[1]
            return (pm.start(), Body(at, head.end(), "known", office, entry=self.kb.agencies.get(office, {}))) \
                if office else None
        if head is not None and (sp := re.match(WS, s[head.end():head.end() + 3])) is not None:
            at = head.end() + sp.end()
        signer = next((b for b in bodies if b.start == at and not b.generic and self._signs_at(s, b.end)), None)
        return (pm.start(), signer) if signer is not None else None

    def _signs_at(self, s: str, at: int) -> bool:
        """A signing verb follows at `at`, past "đã", "vừa" ...."""
        return self.signs_verb.match(s, at) is not None

    def _post_body(self, person: PersonMention) -> Body | None:
        """The body a signer issues for: the post named with the name ("Chủ tịch UBND tỉnh X Nguyễn Văn A")."""
        for post in person.posts:
            if post.former or post.start > person.start:
                continue
            if post.body is not None and key(f"{post.title} {post.body.canonical(self.kb)}") in self.for_others:
                return None
            office = self.offices.get(key(post.title))
            if office is not None:
                return Body(post.start, post.end, "known", office, entry=self.kb.agencies.get(office, {}))
            if post.body is not None and not post.body.generic:
                return post.body
            if post.implied:
                return Body(post.start, post.end, "known", post.implied, entry=self.kb.agencies.get(post.implied, {}))
        return None
