"""One extractor for every extraction test of the run (building it loads spaCy, pyvi and the data)."""

from __future__ import annotations

import pytest
from coordgraph.ingest.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
