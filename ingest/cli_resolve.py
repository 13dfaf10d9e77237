"""CLI: coordgraph resolve list|possible|same|different|wrong|undo|export|import|apply."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from coordgraph.graph.store.base import StoreError
from coordgraph.ingest.judgements import JudgementError
from coordgraph.ingest.resolving import Resolver

resolve_app = typer.Typer(no_args_is_help=True, help="Entity resolution: possible duplicates and judgements.")
STORE = typer.Option(None, "--store", help="Store URL (default: setting COORDGRAPH_STORE).")
REASON = typer.Option(..., "--reason", "-r", help="Why: kept with the judgement.")
IMPORT_FILE = typer.Argument(..., help="A file written by `resolve export`.")


def _error(message: str, code: int = 2) -> typer.Exit:
    typer.echo("error: " + " ".join(message.split()), err=True)
    return typer.Exit(code)


@contextmanager
def _resolver(store: str | None) -> Iterator[Resolver]:
    from coordgraph.graph.store.base import open_store

    try:
        st = open_store(store)
    except StoreError as exc:
        raise _error(str(exc)) from None
    try:
        yield Resolver(st)
    except StoreError as exc:
        raise _error(f"store: {exc}") from None
    except (JudgementError, ValueError) as exc:
        raise _error(str(exc), 1) from None
    finally:
        st.close()


@resolve_app.command("list")
def list_(store: str | None = STORE, as_json: bool = typer.Option(False, "--json", help="JSON lines.")) -> None:
    """The judgements in force, oldest first."""
    with _resolver(store) as r:
        for j in r.log.active():
            if as_json:
                typer.echo(json.dumps(j.to_json(), ensure_ascii=False))
            else:
                what = f"{j.a} -[{j.relation}]-> {j.b}" if j.kind == "wrong" else f"{j.a} ~ {j.b}"
                typer.echo(f"{j.id}  {j.created}  {j.kind:<9}  {what}  ({j.reason})")


@resolve_app.command()
def possible(store: str | None = STORE, limit: int = typer.Option(50, min=1, help="At most this many."),
             node: str | None = typer.Option(None, "--id", help="Only the pairs of this node.")) -> None:
    """Nodes kept apart that may be one (POSSIBLY_SAME_AS), highest score first."""
    with _resolver(store) as r:
        rows = [x for x in r.links() if node is None or node in (x["source"], x["target"])]
        for x in rows[:limit]:
            typer.echo(f"{x['score']:.2f}  {x['source']} ({x['source_name']})  ~  {x['target']} "
                       f"({x['target_name']})  {'; '.join(x['reasons'] or [])}")
        typer.echo(f"{len(rows)} pairs", err=True)


def _judge(kind: str, a: str, b: str, reason: str, store: str | None, **kw: str | None) -> None:
    with _resolver(store) as r:
        j = r.judge(kind, a, b, reason, **kw)
        typer.echo(f"{j.id}  {kind}  {a}  {b}: recorded and applied")


@resolve_app.command()
def same(a: str, b: str, reason: str = REASON, store: str | None = STORE) -> None:
    """A and B are one thing: merge them, now and on every later ingest."""
    _judge("same", a, b, reason, store)


@resolve_app.command()
def different(a: str, b: str, reason: str = REASON, store: str | None = STORE) -> None:
    """A and B are not one thing: keep them apart and drop the POSSIBLY_SAME_AS link."""
    _judge("different", a, b, reason, store)


@resolve_app.command()
def wrong(source: str, relation: str, target: str, reason: str = REASON, store: str | None = STORE,
          title: str | None = typer.Option(None, help="Only the HOLDS_POSITION edge with this title.")) -> None:
    """The relation SOURCE -[RELATION]-> TARGET is wrong: drop it, now and on every later ingest."""
    _judge("wrong", source, target, reason, store, relation=relation, title=title)


@resolve_app.command()
def undo(judgement: str, store: str | None = STORE) -> None:
    """Undo a judgement (by id): the graph goes back to what resolution decides alone."""
    with _resolver(store) as r:
        j = r.undo(judgement)
        typer.echo(f"{j.id}  {j.kind}  {j.a}  {j.b}: undone")


@resolve_app.command("export")
def export(out: str = typer.Option("-", "--out", "-o", help="File, or - for standard output."),
           store: str | None = STORE) -> None:
    """Write the judgement log (judgements and undos) as JSON lines, to share with another installation."""
    with _resolver(store) as r:
        text = "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in r.log.records())
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
        typer.echo(f"{text.count(chr(10))} records written to {out}", err=True)


@resolve_app.command("import")
def import_(path: Path = IMPORT_FILE,
            store: str | None = STORE) -> None:
    """Add the judgements of another installation that this one lacks, and apply them."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(f"{path}: cannot be read: {exc}") from None
    records = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise _error(f"{path}: line {n} is not JSON: {exc.msg}", 1) from None
    with _resolver(store) as r:
        try:
            added = r.log.import_records(records)
        except JudgementError as exc:
            raise _error(f"{path}: {exc}", 1) from None
        if added:
            r.write()
        typer.echo(f"{added} records added from {path}")


@resolve_app.command()
def apply(store: str | None = STORE) -> None:
    """Resolve every kept article again (after editing ingest/data/resolution.yaml) and write what changed."""
    with _resolver(store) as r:
        stats = r.write()
        typer.echo(f"{stats.articles} articles rewritten, {len(r.last.links) if r.last else 0} possible pairs")


def register(app: typer.Typer) -> None:
    app.add_typer(resolve_app, name="resolve")
