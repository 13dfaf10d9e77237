"""Checks on every request before any route reads it: the Host header (against DNS rebinding), NUL
characters in the URL, the body's size (before it is read or parsed) and, for writes, the API key
(before the body is read)."""

from __future__ import annotations

import secrets
from typing import Any

import orjson
from coordgraph.graph.settings import Settings
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})
WRITE_PATHS = frozenset({"/articles"})
BODY_BYTES = 262_144  # any request but a write


def allowed_hosts(settings: Settings, served: str | None = None) -> frozenset[str] | None:
    """Host names (without port) this server answers; None: any (COORDGRAPH_ALLOWED_HOSTS=["*"])."""
    extra = {h.strip().lower() for h in settings.allowed_hosts if h.strip()}
    if "*" in extra:
        return None
    if served and served not in ("0.0.0.0", "::"):
        extra.add(f"[{served}]" if ":" in served else served.lower())
    return LOCAL_HOSTS | extra


def host_name(value: str) -> str:
    """The name part of a Host header: 'localhost:8000' -> 'localhost', '[::1]:80' -> '[::1]'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[:value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """Pure ASGI middleware; every refusal is the API's JSON error shape."""

    def __init__(self, app: ASGIApp, settings: Settings, hosts: frozenset[str] | None) -> None:
        self.app = app
        self.settings = settings
        self.hosts = hosts
        self.write_bytes = settings.max_article_bytes * 2 + 65_536  # JSON escapes make text longer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self._refusal(scope, headers)
        if refusal is None and scope["method"] in ("POST", "PUT", "PATCH"):
            limit = self.write_bytes if scope["path"] in WRITE_PATHS else BODY_BYTES
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > limit):
                refusal = (413, f"the request body is over the {limit} byte limit of {scope['path']}")
            elif length is None:
                body, over = await _read_up_to(receive, limit)
                if over:
                    refusal = (413, f"the request body is over the {limit} byte limit of {scope['path']}")
                else:
                    receive = _replay(body, receive)
        if refusal is not None:
            await _answer(send, *refusal)
            return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host")
        if host is not None and self.hosts is not None and host_name(host) not in self.hosts:
            return 421, ("this server does not answer for that Host name; add it to COORDGRAPH_ALLOWED_HOSTS "
                         "(a JSON list) if it is yours")
        raw_path = scope.get("raw_path") or scope["path"].encode()
        if b"%00" in raw_path or b"\x00" in raw_path or b"%00" in scope.get("query_string", b""):
            return (422, "the URL contains a NUL character (%00); remove it")
        if scope["path"] in WRITE_PATHS and scope["method"] == "POST":
            expected = self.settings.api_key
            key = headers.get("x-api-key")
            if not expected:
                return 403, ("writes are off on this server: start it with COORDGRAPH_API_KEY set, and send "
                             "that key in the X-API-Key header")
            if not key or not secrets.compare_digest(key.encode(), expected.encode()):
                return 401, ("missing or wrong API key: send the server's COORDGRAPH_API_KEY in the X-API-Key "
                             "header")
        return None


async def _read_up_to(receive: Receive, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _replay(body: bytes, then: Receive) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await then()

    return receive


async def _answer(send: Send, status: int, message: str) -> None:
    from coordgraph.api.errors import code

    body = orjson.dumps({"status": status, "error": code(status), "message": message})
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                          (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
