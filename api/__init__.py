"""coordgraph's faces: the CLI, the HTTP API and the explorer page."""
