"""Cypher files: the schema and the named queries (package data)."""
