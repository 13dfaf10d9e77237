"""The `coordgraph` command. Each area registers its own subcommands."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="coordgraph: a knowledge graph of Vietnamese agencies, officials and coordination agreements.")


@app.callback()
def root() -> None:
    """coordgraph: a knowledge graph of Vietnamese agencies, officials and coordination agreements."""


@app.command()
def version() -> None:
    """Print coordgraph's version."""
    from importlib.metadata import version as v

    typer.echo(v("coordgraph"))


def _register() -> None:
    from coordgraph.api import cli_explore, cli_serve, cli_store
    from coordgraph.ingest import cli as cli_ingest
    from coordgraph.ingest import cli_resolve

    cli_store.register(app)
    cli_ingest.register(app)
    cli_serve.register(app)
    cli_explore.register(app)
    cli_resolve.register(app)


def main() -> None:
    _register()
    app()


if __name__ == "__main__":
    main()
