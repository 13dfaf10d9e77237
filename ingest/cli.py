"""CLI: extract, ingest."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import typer
from coordgraph.graph.model import DocGraph

PATHS = typer.Argument(..., help="Article files (.txt, .html, .jsonl/.ndjson) or directories of them.")
JOBS = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the machine's cores).")
MAX_BYTES = typer.Option(None, "--max-bytes", min=1,
                         help="Refuse larger files (default: setting COORDGRAPH_MAX_ARTICLE_BYTES).")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar.")


def _error(message: str) -> None:
    text = " ".join(message.split()).encode("utf-8", "backslashreplace").decode("utf-8")  # no lone surrogate
    typer.echo("error: " + text, err=True)


def _write_doc(out: Path, doc: DocGraph) -> None:
    """Write DIR/<id>.json whole or not at all."""
    text = json.dumps(doc.to_json(), ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{doc.article.id}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, out / f"{doc.article.id}.json")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[Path] = PATHS,
        out: str = typer.Option(..., "--out", "-o", help="Directory for <article id>.json, or - for JSON lines."),
        jobs: int | None = JOBS,
        max_bytes: int | None = MAX_BYTES,
        quiet: bool = QUIET,
    ) -> None:
        """Read articles and write one document graph per article (FORMAT.md)."""
        from coordgraph.graph.settings import get_settings
        from coordgraph.ingest.ingest import default_jobs, extract_paths

        if out == "-":
            def emit(doc: DocGraph) -> None:
                sys.stdout.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
        else:
            out_dir = Path(out)
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                _error(f"{out_dir}: cannot create the output directory: {exc.strerror or exc}")
                raise typer.Exit(2) from None

            def emit(doc: DocGraph) -> None:
                _write_doc(out_dir, doc)

        summary = extract_paths(paths, emit, jobs=jobs or default_jobs(),
                                max_bytes=max_bytes or get_settings().max_article_bytes,
                                report=_error, progress=not quiet)
        if summary.stopped:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second broken-pipe error when Python flushes at exit
            _error(summary.stopped)
        typer.echo(summary.line(), err=out == "-" or bool(summary.stopped))
        if summary.failed:
            raise typer.Exit(1)

    @app.command()
    def ingest(
        paths: list[Path] = PATHS,
        jobs: int | None = JOBS,
        store: str | None = typer.Option(None, "--store", help="Store URL (default: setting COORDGRAPH_STORE)."),
        batch_size: int | None = typer.Option(None, "--batch-size", min=1, help="Articles per write."),
        max_bytes: int | None = MAX_BYTES,
        quiet: bool = QUIET,
    ) -> None:
        """Extract articles and load them into the store; articles loaded unchanged are skipped."""
        from coordgraph.graph.settings import get_settings
        from coordgraph.graph.store.base import StoreError, open_store
        from coordgraph.ingest.ingest import default_jobs, ingest_paths

        settings = get_settings()
        try:
            st = open_store(store)
        except StoreError as exc:
            _error(str(exc))
            raise typer.Exit(2) from None
        try:
            summary = ingest_paths(paths, st, jobs=jobs or default_jobs(),
                                   batch_size=batch_size or settings.batch_size,
                                   max_bytes=max_bytes or settings.max_article_bytes,
                                   report=_error, progress=not quiet)
        except StoreError as exc:
            _error(f"store: {exc}")
            raise typer.Exit(2) from None
        finally:
            st.close()
        if summary.stopped:
            _error(f"store: {summary.stopped}")
        typer.echo(summary.line())
        if summary.totals:
            typer.echo("store: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.totals.items())))
        if summary.stopped:
            raise typer.Exit(2)
        if summary.failed:
            raise typer.Exit(1)
