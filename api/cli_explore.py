"""CLI: `coordgraph search NAME`, looking an id up by name the way the API's /search does."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import typer
from coordgraph.api.cli_store import StoreOption, _store, _table, console
from coordgraph.graph.queries import list_queries
from coordgraph.graph.settings import get_settings
from coordgraph.graph.store.base import Store


def _runner(store: Store) -> Any:
    queries = {q.name: q for q in list_queries(get_settings().queries_dir)}

    async def run(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        q = queries[name]
        return store.view().read(q.text(store.backend), q.bind(params)).records()

    return run


def search(name: str = typer.Argument(..., help="Words of a name, alias or abbreviation (TP.HCM, MTTQ, UBND ...)."),
           type_: str | None = typer.Option(None, "--type", help="Only this entity type (Agency, Person ...)."),
           limit: int = typer.Option(10, min=1, max=1000, help="Rows to show."),
           as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON."),
           store: str | None = StoreOption) -> None:
    """Find entities by name, best first, with what tells same-named ones apart."""
    from coordgraph.api.search import find

    with _store(store) as s:
        found = asyncio.run(find(_runner(s), name, type_, limit, 0))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    rows = [[h["id"], h["type"], h["name"], h.get("locality") or "", h.get("part_of_name") or "",
             h["relations"], h["articles"]] for h in found["items"]]
    console.print(_table(["id", "type", "name", "place", "part of", "relations", "articles"], rows,
                         title=f"{found['total']} found for {found['query']!r}"))


def register(app: typer.Typer) -> None:
    app.command()(search)
