"""Stores: one interface (`base`), two backends (`falkordb`, `neo4j_`), chosen by a URL."""
