"""coordgraph: a knowledge graph of Vietnamese agencies, officials and their coordination agreements.

The distribution installs this one import package. Its subpackages live at the top of the
repository and are mapped into it by pyproject.toml: ``graph/`` is ``coordgraph.graph``,
``ingest/`` is ``coordgraph.ingest``, ``api/`` is ``coordgraph.api`` and ``cypher/`` (Cypher files,
package data only) is ``coordgraph.cypher``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__version__ = "0.2.0"


def resource(package: str, *parts: str) -> Path:
    """A file or folder shipped inside coordgraph, e.g. ``resource("cypher", "queries")``."""
    return Path(str(files(f"coordgraph.{package}").joinpath(*parts)))
