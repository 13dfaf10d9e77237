"""The FastAPI app: JSON API over the graph store, its OpenAPI page at /docs, the explorer at /explorer."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from coordgraph.api import (
    errors,
    models,
    routes_analytics,
    routes_entities,
    routes_explore,
    routes_graph,
    routes_ingest,
    routes_judgements,
    routes_queries,
)
from coordgraph.api.cypher import CypherRunner
from coordgraph.api.errors import ApiError, unavailable
from coordgraph.api.guard import Guard, allowed_hosts
from coordgraph.api.routes_common import StoreHolder, holder
from coordgraph.graph.settings import Settings, get_settings
from coordgraph.graph.store.base import Store, StoreError
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from coordgraph import resource

STATIC_DIR = resource("api", "static")
CYTOSCAPE_DIR = STATIC_DIR / "vendor" / "cytoscape"  # copied from npm by `make node`

DESCRIPTION = """A knowledge graph of Vietnamese agencies, officials and the coordination agreements between
them, read from the news. Every relation keeps its evidence: the article, the sentence, the date.

Lists are paginated with `limit` and `offset` and say their `total`. Errors are JSON
`{"status", "error", "message"}`: unknown ids are 404, bad parameters 422, a store that is down 503.
Writes (`POST /articles`) need the server's API key in the `X-API-Key` header."""


def create_app(store: Store | None = None, settings: Settings | None = None) -> FastAPI:
    """The app over `store` (default: the store named by settings, opened on first use and closed on exit)."""
    settings = settings or get_settings()
    stores = StoreHolder(settings, store)
    runner = CypherRunner(settings, stores)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The app's long-lived objects are built by now: keep them out of the cyclic collector's
        # passes, which otherwise show as tail latency under load.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            runner.close()
            stores.close()

    app = FastAPI(title="coordgraph", version=_version(), description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.stores = stores
    app.state.cypher = runner
    app.state.queries = None
    app.state.extractor = None
    errors.install(app)

    @app.get("/", tags=["meta"], summary="Where to go", response_model=models.Index)
    def index() -> dict[str, Any]:
        return {"name": "coordgraph", "docs": "/docs", "openapi": "/openapi.json", "explorer": "/explorer",
                "health": "/health"}

    @app.get("/health", tags=["meta"], summary="Is the store reachable", response_model=models.Health,
             responses={503: {"model": errors.ErrorBody, "description": "The store is down"}})
    def health(request: Request) -> dict[str, Any]:
        """`ok` when the store answers a trivial read; 503 otherwise."""
        h = holder(request)
        try:
            h.store().view().read("RETURN 1 AS ok", timeout_ms=2000)
        except (StoreError, OSError) as exc:
            raise (h.restarting() or unavailable(exc)) from exc
        return {"status": "ok", "store": h.store().backend, "version": app.version}

    @app.get("/stats", tags=["meta"], summary="Nodes per label and relations per type", response_model=models.Stats,
             responses=errors.ERROR_RESPONSES)
    def stats(request: Request) -> dict[str, Any]:
        h = holder(request)
        try:
            return {"counts": h.view().counts()}
        except (StoreError, OSError) as exc:
            raise h.failed(exc) from exc

    for module in (routes_entities, routes_graph, routes_analytics, routes_queries, routes_ingest, routes_explore,
                   routes_judgements):
        app.include_router(module.router)
    _mount_explorer(app)
    _mount_docs(app)
    app.add_middleware(Guard, settings=settings, hosts=allowed_hosts(settings))
    return app


def _mount_explorer(app: FastAPI) -> None:
    """The explorer page (api/static) at /explorer and the cytoscape build at /vendor/cytoscape."""

    @app.get("/explorer", include_in_schema=False)
    @app.get("/explorer/", include_in_schema=False)
    def explorer() -> Response:
        page = STATIC_DIR / "explorer.html"
        if not page.is_file():
            raise ApiError(404, "the explorer page is not installed (api/static/explorer.html is missing)")
        return FileResponse(page, media_type="text/html")

    app.mount("/explorer", StaticFiles(directory=STATIC_DIR, check_dir=False), name="explorer")
    if CYTOSCAPE_DIR.is_dir():
        app.mount("/vendor/cytoscape", StaticFiles(directory=CYTOSCAPE_DIR), name="cytoscape")
    else:
        @app.get("/vendor/cytoscape/{path:path}", include_in_schema=False)
        def cytoscape_missing(path: str) -> Response:
            raise ApiError(404, "the explorer's graph library is missing: run `make setup` (npm install) "
                                "to copy cytoscape into api/static/vendor")


def _mount_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc from the copies `make node` puts in api/static/vendor: no CDN, so
    they work offline."""
    vendor = STATIC_DIR / "vendor"

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        if not (vendor / "swagger-ui" / "swagger-ui-bundle.js").is_file():
            raise ApiError(404, "the API page's assets are missing: run `make node` to copy swagger-ui-dist "
                                "into api/static/vendor")
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} API",
                                   swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/vendor/swagger-ui/favicon-32x32.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> Response:
        if not (vendor / "redoc" / "redoc.standalone.js").is_file():
            raise ApiError(404, "the API page's assets are missing: run `make node` to copy redoc into "
                                "api/static/vendor")
        return get_redoc_html(openapi_url="/openapi.json", title=f"{app.title} API",
                              redoc_js_url="/vendor/redoc/redoc.standalone.js",
                              redoc_favicon_url="/vendor/swagger-ui/favicon-32x32.png", with_google_fonts=False)

    for name in ("swagger-ui", "redoc"):
        if (vendor / name).is_dir():
            app.mount(f"/vendor/{name}", StaticFiles(directory=vendor / name), name=name)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coordgraph")
    except PackageNotFoundError:
        return "0"
