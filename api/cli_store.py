"""CLI: load, query, db (start/status/stop), analytics."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from coordgraph.graph.store.base import Store, StoreError
from rich.console import Console
from rich.table import Table

console = Console(soft_wrap=True)  # no line breaks of its own: paths and figures stay whole in logs
err = Console(stderr=True, soft_wrap=True)
StoreOption = typer.Option(None, "--store", help="Store URL (default: COORDGRAPH_STORE, else 'embedded').")


@contextmanager
def store_errors_exit() -> Iterator[None]:
    """A StoreError ends the command: its message on stderr, exit code 2."""
    try:
        yield
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@contextmanager
def _store(url: str | None) -> Iterator[Store]:
    from coordgraph.graph.store.base import open_store

    with store_errors_exit():
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()


def _cell(v: Any) -> str:
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else str(v)


def _table(columns: list[str], rows: list[list[Any]], title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for row in rows:
        t.add_row(*(_cell(v) for v in row))
    return t


def load(paths: Annotated[list[Path], typer.Argument(help="Document-graph JSON files or directories of them.")],
         store: str | None = StoreOption,
         batch_size: int = typer.Option(0, help="Articles per atomic write (default: COORDGRAPH_BATCH_SIZE)."),
         ) -> None:
    """Load per-article document graphs (FORMAT.md) into the store."""
    from coordgraph.graph.loader import doc_files, load_paths
    from coordgraph.graph.settings import get_settings
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    files, missing = doc_files(paths)
    with _store(store) as s, Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("load", total=len(files))
        stats = load_paths(s, paths, files=files, batch_size=batch_size or get_settings().batch_size,
                           progress=lambda _p: bar.advance(task))
    stats.failed = missing + stats.failed
    for name, problem in stats.failed:
        err.print(f"[red]error:[/red] {name}: {problem}", highlight=False, soft_wrap=True)
    summary = Table(title="loaded", show_header=False)
    for label, value in [("articles written", stats.articles), ("articles unchanged", stats.skipped),
                         ("files failed", len(stats.failed)), ("nodes added", stats.nodes_created),
                         ("relations added", stats.relations_created),
                         ("relations updated", stats.relations_updated)]:
        summary.add_row(label, str(value))
    console.print(summary)
    if stats.failed:
        raise typer.Exit(1)


def query(name: str = typer.Argument(None, help="A named query (omit to list them)."),
          param: Annotated[list[str] | None, typer.Option("--param", "-p",
                                                          help="A parameter as name=value (repeatable).")] = None,
          as_json: bool = typer.Option(False, "--json", help="Print records as JSON."),
          store: str | None = StoreOption) -> None:
    """Run a named query of cypher/queries and print its rows."""
    from coordgraph.graph.queries import QueryError, list_queries
    from coordgraph.graph.settings import get_settings

    if not name:
        queries = list_queries(get_settings().queries_dir)
        rows = [[q.name, ", ".join(f"{p}{'?' if o else ''} ({t})" for p, t, o in q.params), q.description]
                for q in queries]
        console.print(_table(["name", "params", "description"], rows, "named queries"))
        return
    params: dict[str, str] = {}
    for p in param or []:
        key, sep, value = p.partition("=")
        if not sep or not key:
            err.print(f"[red]error:[/red] --param {p!r}: write name=value", highlight=False)
            raise typer.Exit(2)
        params[key.strip()] = value
    with _store(store) as s:
        try:
            result = s.view().named(name, params)
        except QueryError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(result.records(), ensure_ascii=False, indent=2, default=str))
    else:
        console.print(_table(result.columns, result.rows, f"{name}: {len(result.rows)} rows"))
    if result.truncated:
        err.print(f"(truncated to {len(result.rows)} rows: COORDGRAPH_CYPHER_MAX_ROWS)")


db_app = typer.Typer(no_args_is_help=True, help="The embedded FalkorDB server of the data directory.")


def _loading(fraction: float | None, seconds: float) -> None:
    done = f"{fraction:.0%} read, " if fraction is not None else ""
    err.print(f"loading the data directory: {done}{seconds:.0f} s", highlight=False)


@db_app.command("start")
def db_start() -> None:
    """Start the data directory's server (or report the running one); says how long loading took."""
    from coordgraph.graph.settings import get_settings
    from coordgraph.graph.store.falkordb import limits, server_port
    from coordgraph.graph.store.server import ensure_server

    settings = get_settings()
    with store_errors_exit():
        info = ensure_server(settings.data_dir, port=server_port(settings), appendfsync=settings.falkordb_appendfsync,
                             limits=limits(settings), progress=_loading)
    loaded = f", data loaded in {info.load_seconds:.1f} s" if info.started else ""
    console.print(f"{'started' if info.started else 'already running'}: pid {info.pid}, socket {info.socket}{loaded}",
                  highlight=False)


@db_app.command("backup")
def db_backup(file: Annotated[Path, typer.Argument(help="The backup file to write (an RDB snapshot).")]) -> None:
    """Write a snapshot of the running server's graphs to FILE."""
    from coordgraph.graph.settings import get_settings
    from coordgraph.graph.store.snapshots import backup

    with store_errors_exit():
        size = backup(get_settings().data_dir, file)
    console.print(f"wrote {file} ({size} bytes)", highlight=False)


@db_app.command("restore")
def db_restore(file: Annotated[Path, typer.Argument(help="A file written by `db backup`.")]) -> None:
    """Replace the data directory's graphs by FILE (the server must be stopped; the old data is kept aside)."""
    from coordgraph.graph.settings import get_settings
    from coordgraph.graph.store.snapshots import restore

    with store_errors_exit():
        kept = restore(get_settings().data_dir, file)
    console.print(f"restored {file}" + (f"; the earlier data is in {kept}" if kept else ""), highlight=False)


@db_app.command("status")
def db_status(as_json: bool = typer.Option(False, "--json")) -> None:
    """Show whether the data directory's server runs, its pid, socket, memory and graphs."""
    from coordgraph.graph.settings import get_settings
    from coordgraph.graph.store.server import status

    settings = get_settings()
    with store_errors_exit():
        info = status(settings.data_dir)
    if as_json:
        typer.echo(json.dumps(info))
    elif info is None:
        console.print(f"not running (data directory {settings.data_dir.resolve()})", highlight=False)
    else:
        console.print(_table(["", ""], [[k, v] for k, v in info.items()], "embedded FalkorDB"))
    if settings.store != "embedded":
        err.print(f"(note: COORDGRAPH_STORE is {settings.store}, not the embedded server)", highlight=False)
    if info is None:
        raise typer.Exit(1)


@db_app.command("stop")
def db_stop() -> None:
    """Stop the data directory's server (its append-only file keeps everything)."""
    from coordgraph.graph.settings import get_settings
    from coordgraph.graph.store.server import stop

    settings = get_settings()
    with store_errors_exit():
        stopped = stop(settings.data_dir)
    console.print("stopped" if stopped else "not running")


analytics_app = typer.Typer(no_args_is_help=True, help="Network analytics of the coordination graph.")


def _export(s: Store, around: str | None = None, hops: int = 2) -> Any:
    from coordgraph.graph.analytics import export

    return export.from_store(s.view(), around=around, hops=hops)


@analytics_app.command("centrality")
def analytics_centrality(top: int = typer.Option(20, help="How many agencies to show."),
                         as_json: bool = typer.Option(False, "--json"), store: str | None = StoreOption) -> None:
    """Degree and betweenness centrality of agencies in the coordination network."""
    from coordgraph.graph.analytics import network

    with _store(store) as s:
        G = _export(s)
    C = network.coordination_network(G)
    result = network.agency_centrality(C)
    ranked = sorted(result, key=lambda a: (-result[a]["betweenness"], -result[a]["degree"], a))[:top]
    if as_json:
        typer.echo(json.dumps({a: result[a] for a in ranked}, ensure_ascii=False, indent=2))
        return
    rows = [[a, C.nodes[a].get("name", ""), f"{result[a]['degree']:.3f}", f"{result[a]['betweenness']:.3f}",
             result[a]["partners"]] for a in ranked]
    console.print(_table(["id", "name", "degree", "betweenness", "partners"], rows, "agency centrality"))


@analytics_app.command("communities")
def analytics_communities(as_json: bool = typer.Option(False, "--json"), store: str | None = StoreOption) -> None:
    """Communities of agencies in the coordination network."""
    from coordgraph.graph.analytics import network

    with _store(store) as s:
        G = _export(s)
    C = network.coordination_network(G)
    groups = network.communities(C)
    if as_json:
        typer.echo(json.dumps(groups, ensure_ascii=False, indent=2))
        return
    rows = [[i, len(members), "; ".join(C.nodes[m].get("name", m) for m in members)]
            for i, members in sorted(groups.items(), key=lambda kv: int(kv[0]))]
    console.print(_table(["community", "size", "agencies"], rows, "communities"))


@analytics_app.command("paths")
def analytics_paths(source: str, target: str, k: int = typer.Option(3, help="How many shortest paths."),
                    as_json: bool = typer.Option(False, "--json"), store: str | None = StoreOption) -> None:
    """The shortest connections between two entities (ids), through any relation."""
    from coordgraph.graph.analytics import network

    with _store(store) as s:
        G = _export(s)
    try:
        result = network.shortest_connections(G, source, target, k=k)
    except KeyError as exc:
        err.print(f"[red]error:[/red] {exc.args[0]}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["paths"]:
        console.print(f"no connection between {source} and {target}", highlight=False)
        raise typer.Exit(1)
    for path in result["paths"]:
        console.print(" ".join(path["steps"]), highlight=False)


@analytics_app.command("export")
def analytics_export(out: Annotated[Path, typer.Argument(help="Output file: .graphml or .json.")],
                     around: str | None = typer.Option(None, help="Only the neighbourhood of this entity id."),
                     hops: int = typer.Option(2, help="Neighbourhood radius with --around."),
                     store: str | None = StoreOption) -> None:
    """Export the graph (or a neighbourhood) with its evidence to GraphML or GEXF (Gephi), JSON
    (node-link) or CSV (a row per sentence), written as the store is read."""
    from coordgraph.graph.analytics import stream

    fmt = out.suffix.lstrip(".")
    if fmt not in stream.FORMATS:
        err.print(f"[red]error:[/red] {out}: use a .graphml, .gexf, .json or .csv file name", highlight=False)
        raise typer.Exit(2)
    with _store(store) as s:
        view = s.view()
        if around is not None and not view.read("MATCH (n:Entity {id: $id}) RETURN n.id", {"id": around}).rows:
            err.print(f"[red]error:[/red] no entity {around!r} in the store",
                      highlight=False)
            raise typer.Exit(1)
        tmp = out.with_name(out.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.writelines(stream.export(view, fmt, around=around, hops=hops))
        tmp.replace(out)
    console.print(f"wrote {out} ({out.stat().st_size} bytes)", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(load)
    app.command()(query)
    app.add_typer(db_app, name="db")
    app.add_typer(analytics_app, name="analytics")
