"""A party document "of the Centre": "Nghị quyết 27 của Trung ương 7 khóa XII", "Nghị quyết 18 của Trung ương
về ...". Bare "Trung ương" after a numbered document, followed by a plenum's number, a term or the topic, is the
Party's Central Committee, its issuer."""

from __future__ import annotations

import re

from coordgraph.ingest.agencies import Body
from coordgraph.ingest.agreement_numbers import is_plural
from coordgraph.ingest.knowledge import WS, Knowledge, alternation


class CentralIssuer:
    def __init__(self, kb: Knowledge) -> None:
        cue = kb.cues.get("central_issuer") or {}
        words, after, self.body = cue.get("words") or [], cue.get("followed_by") or [], str(cue.get("body") or "")
        self.rx = re.compile(rf"(?:{alternation(words)})(?={WS}(?:\d|(?i:{alternation(after)})(?!\w)))") \
            if words and after and self.body else None

    def at(self, s: str, p: int) -> Body | None:
        """The Central Committee named bare at `p`, if it is."""
        m = self.rx.match(s, p) if self.rx is not None else None
        return Body(p, m.end(), "known", self.body) if m else None


def named_issuer(kb: Knowledge, s: str, hit: re.Match[str], issuer: str) -> Body | None:
    """The body that issued a document named after it (`issuer` of its entry in `named_documents`, cues.yaml):
    "Nghị quyết Trung ương 4 khóa XII" is the Central Committee's. Several resolutions named together ("các nghị
    quyết Trung ương 6", all a plenum passed) get none."""
    if not issuer or is_plural(kb, s[max(0, hit.start() - 10):hit.start()]):
        return None
    return Body(hit.start(), hit.end(), "known", issuer)
