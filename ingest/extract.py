"""Article -> document graph. (Placeholder until the extraction pipeline lands.)"""

from __future__ import annotations

from graph.model import Article, DocGraph
from ingest.article import RawArticle


class Extractor:
    """Builds the pipeline once; `extract` is called per article."""

    def extract(self, article: RawArticle) -> DocGraph:
        meta = Article(article.id, article.title, article.published, article.source, article.url,
                       article.content_hash)
        return DocGraph(meta, [], [])
