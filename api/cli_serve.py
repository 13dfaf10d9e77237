"""CLI: serve the API and the explorer, or answer one request without a server (`--get`)."""

from __future__ import annotations

import json
from typing import Any

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option("127.0.0.1", help="Address to listen on"),
        port: int = typer.Option(8000, help="Port to listen on"),
        store: str | None = typer.Option(None, help="Store URL (default: COORDGRAPH_STORE)"),
        get: str | None = typer.Option(None, "--get", metavar="PATH",
                                       help="Answer one GET request (e.g. '/search?q=mttq'), print its JSON, exit"),
        workers: int = typer.Option(1, help="Worker processes"),
    ) -> None:
        """Serve the JSON API (OpenAPI page on /docs) and the graph explorer (/explorer)."""
        from coordgraph.api.app import create_app
        from coordgraph.graph.settings import get_settings

        settings = get_settings()
        if store:
            settings = settings.model_copy(update={"store": store})
        settings = settings.model_copy(update={"allowed_hosts": [*settings.allowed_hosts, host]})
        if get is not None:
            one = create_app(settings=settings)
            one.state.stores.with_replica = False  # one GET: /cypher (a POST) is not served
            raise typer.Exit(_get_one(one, get))
        import uvicorn

        base = f"http://{host}:{port}"
        typer.echo(f"coordgraph: explorer on {base}/explorer, API docs on {base}/docs (store: {settings.store})")
        if workers > 1:  # each worker opens the store itself (the embedded server is shared through its socket)
            import os

            os.environ["COORDGRAPH_STORE"] = settings.store
            os.environ["COORDGRAPH_ALLOWED_HOSTS"] = json.dumps(settings.allowed_hosts)
            uvicorn.run("coordgraph.api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")
            return
        uvicorn.run(create_app(settings=settings), host=host, port=port, log_level="info")


def _get_one(app: Any, path: str) -> int:
    """Send one GET through the app in-process and print the answer; exit status 0 for 2xx, else 1."""
    import asyncio

    import httpx

    if not path.startswith("/"):
        path = "/" + path

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get(path)

    try:
        response = asyncio.run(fetch())
    finally:
        app.state.stores.close()
    try:
        typer.echo(json.dumps(response.json(), ensure_ascii=False, indent=2))
    except ValueError:
        typer.echo(response.text)
    if response.status_code >= 400:
        typer.echo(f"HTTP {response.status_code}", err=True)
        return 1
    return 0
