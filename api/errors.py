"""Errors as JSON: `{"status": 404, "error": "not_found", "message": "..."}` with a message a person can act on."""

from __future__ import annotations

import logging
import re
from typing import Any

from coordgraph.graph.store.base import ReadOnlyError, StoreError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 421: "wrong_host", 422: "invalid_parameter", 429: "busy", 500: "internal",
          503: "store_unavailable", 504: "timeout"}
_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?/(?:[\w.@+-]+/)+(?:[\w.@+-]*\w)?")
log = logging.getLogger("coordgraph.api")


def code(status: int) -> str:
    return _CODES.get(status, "error")


def scrub(text: str) -> str:
    """An error text without the server's file paths (socket, data directory, source files).

    >>> scrub("Error 111 connecting to /srv/data/falkordb.sock. Connection refused.")
    'Error 111 connecting to <path>. Connection refused.'
    """
    return _PATH.sub("<path>", text)


class ErrorBody(BaseModel):
    status: int
    error: str
    message: str


class ApiError(Exception):
    """Raise from a route to answer with this status and message."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


def not_found(what: str, id_: str) -> ApiError:
    return ApiError(404, f"no {what} with id {id_!r}; find ids with GET /search?q=...")


def unavailable(exc: Exception) -> ApiError:
    log.warning("store unavailable: %s", exc)
    return ApiError(503, f"the graph store is not reachable ({scrub(str(exc))}); check COORDGRAPH_STORE and "
                         "that the database is running, then retry")


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    body = {"status": status, "error": code(status), "message": message, **extra}
    headers = {"Retry-After": "1"} if status in (429, 503) else None
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "header")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


# Responses every route may give, for the OpenAPI page.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "A parameter is missing or invalid"},
    500: {"model": ErrorBody, "description": "The server failed (details in its log)"},
    503: {"model": ErrorBody, "description": "The graph store is not reachable"},
    504: {"model": ErrorBody, "description": "A query ran past the time limit (COORDGRAPH_CYPHER_TIMEOUT_MS)"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "Unknown id"}}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the JSON body above."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such endpoint: {request.url.path}; see /docs for the list"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; see /docs"
        return error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_message(exc))

    @app.exception_handler(ReadOnlyError)
    async def _read_only(request: Request, exc: ReadOnlyError) -> JSONResponse:
        return error_response(403, f"this endpoint only reads: {exc}")

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.warning("store error on %s: %s", request.url.path, exc)
        return error_response(503, f"the graph store failed ({scrub(str(exc))}); check that it is running, "
                                   "then retry")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "the server failed on this request; the details are in its log "
                                   "(please report it)")
