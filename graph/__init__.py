"""coordgraph's graph: model, settings, stores and analytics."""
