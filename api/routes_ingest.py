"""Writes: POST /articles reads one article into the graph. Only with the server's API key."""

from __future__ import annotations

import re
import secrets
import tempfile
import threading
from pathlib import Path as FilePath
from typing import Any

from coordgraph.api import models
from coordgraph.api.errors import ERROR_RESPONSES, ApiError, ErrorBody
from coordgraph.api.routes_common import holder
from coordgraph.graph.model import resolve
from coordgraph.graph.store.base import StoreError
from fastapi import APIRouter, Header, Request, Response
from pydantic import BaseModel, Field

router = APIRouter(responses=ERROR_RESPONSES)

_ID = re.compile(r"^[^\W_][\w.\-]*$")
_extract_lock = threading.Lock()


class ArticleIn(BaseModel):
    id: str = Field(..., min_length=1, max_length=200, description="Article id: letters, digits, '.', '-', '_'")
    text: str | None = Field(None, description="The article as plain text (give text or html)")
    html: str | None = Field(None, description="The article as a saved HTML page (give text or html)")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)


def require_key(request: Request, key: str | None) -> None:
    """403 when the server has no key (writes are off), 401 when the request's key is missing or wrong."""
    expected = request.app.state.settings.api_key
    if not expected:
        raise ApiError(403, "writes are off on this server: start it with COORDGRAPH_API_KEY set, and send "
                            "that key in the X-API-Key header")
    if not key or not secrets.compare_digest(key.encode(), expected.encode()):
        raise ApiError(401, "missing or wrong API key: send the server's COORDGRAPH_API_KEY in the X-API-Key header")


def _raw_article(body: ArticleIn, max_bytes: int) -> Any:
    """The body as a RawArticle, read by the same code as files on disk."""
    from coordgraph.ingest.article import RawArticle
    from coordgraph.ingest.read import read_path

    if (body.text is None) == (body.html is None):
        raise ApiError(422, "give the article as either 'text' or 'html' (exactly one of them)")
    if not _ID.match(body.id):
        raise ApiError(422, f"id: use letters, digits, '.', '-' or '_' (not {body.id!r})")
    content = body.text if body.text is not None else body.html
    assert content is not None
    if len(content.encode("utf-8")) > max_bytes:
        raise ApiError(413, f"the article is over the {max_bytes} byte limit (setting COORDGRAPH_MAX_ARTICLE_BYTES)")
    suffix = ".txt" if body.text is not None else ".html"
    with tempfile.TemporaryDirectory() as tmp:
        path = FilePath(tmp) / f"{body.id}{suffix}"
        path.write_text(content, encoding="utf-8")
        got = list(read_path(path, max_bytes=max_bytes))
    if not got or not isinstance(got[0], RawArticle):
        problem = str(got[0]).split(": ", 1)[-1] if got else "nothing to read"
        raise ApiError(422, f"cannot read the article: {problem}")
    raw = got[0]
    raw.path = None
    for name in ("title", "published", "source", "url"):
        if getattr(body, name):
            setattr(raw, name, getattr(body, name))
    return raw


def _extractor(request: Request) -> Any:
    state = request.app.state
    if getattr(state, "extractor", None) is None:
        from coordgraph.ingest.extract import Extractor

        state.extractor = Extractor()
    return state.extractor


@router.post("/articles", status_code=201, tags=["write"], summary="Ingest one article",
             response_model=models.ArticleWritten,
             responses={401: {"model": ErrorBody, "description": "Missing or wrong API key"},
                        403: {"model": ErrorBody, "description": "Writes are off (no key set on the server)"},
                        413: {"model": ErrorBody, "description": "The article is too large"}})
def post_article(request: Request, response: Response, body: ArticleIn,
                 x_api_key: str | None = Header(None, description="The server's COORDGRAPH_API_KEY")
                 ) -> dict[str, Any]:
    """Read one article (plain text or an HTML page, with metadata), extract its entities and relations
    and write them, replacing what an earlier version of the same article said. Needs the X-API-Key
    header; on a server without COORDGRAPH_API_KEY, writes are off."""
    require_key(request, x_api_key)
    settings = request.app.state.settings
    raw = _raw_article(body, settings.max_article_bytes)
    h = holder(request)
    store = h.store()
    try:
        before = store.view().article_hash(raw.id)
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    if before == raw.content_hash:
        response.status_code = 200
        return {"article": raw.id, "status": "unchanged", "entities": None, "relations": None}
    with _extract_lock:
        doc = resolve(_extractor(request).extract(raw))
    try:
        from coordgraph.ingest.resolving import resolving_writer

        writer = resolving_writer(store)  # resolution across articles, judgements applied
        writer.add(doc)
        stats = writer.flush()
    except (StoreError, OSError) as exc:
        raise h.failed(exc) from exc
    finally:
        h.changed()
    return {"article": raw.id, "status": "replaced" if before else "created",
            "entities": len(doc.entities), "relations": len(doc.relations),
            "stats": {"nodes_created": stats.nodes_created, "relations_created": stats.relations_created,
                      "properties_set": stats.properties_set, "failed": [list(f) for f in stats.failed]}}
