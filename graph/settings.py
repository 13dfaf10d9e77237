"""One settings object, read from the environment (prefix COORDGRAPH_) at the edges."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from coordgraph import resource


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COORDGRAPH_", env_file=".env", extra="ignore")

    store: str = "embedded"  # "embedded", "falkordb://host:port", "neo4j://…" or "bolt://…"
    data_dir: Path = Path("data")
    falkordb_port: int = 0  # embedded server: also listen on this TCP port (0: unix socket only)
    falkordb_appendfsync: str = "everysec"  # embedded server AOF fsync policy: always, everysec or no
    # Limits the embedded server starts with (README, "Limits"): a time ceiling no query can raise,
    # memory per query, rows per result, and the server's memory ("auto": half of RAM, "0": none).
    falkordb_timeout_max_ms: int = 120_000
    falkordb_query_mem_bytes: int = 1 << 30
    falkordb_resultset_size: int = 1_000_000
    falkordb_maxmemory: str = "auto"
    # The server process's own memory limit (RLIMIT_DATA: "auto" is 3/4 of RAM, "0" none): at it the
    # server stops and the API starts it again; it bounds what one query can take (README, "Limits").
    falkordb_process_mem: str = "auto"
    graph_name: str = "coordgraph"
    neo4j_user: str = "neo4j"
    neo4j_password: str = "coordgraph"
    neo4j_database: str = "neo4j"
    queries_dir: Path = resource("cypher")
    api_key: str | None = None
    cypher_timeout_ms: int = 5000
    cypher_max_rows: int = 1000
    # POST /cypher budget, checked before a statement is sent (see api/budget.py)
    cypher_max_depth: int = 12  # nesting of brackets, CASE and prefix operators (parse time doubles per level)
    cypher_max_param_bytes: int = 65_536  # parameters, as JSON
    cypher_max_range: int = 1_000_000  # elements of one range() call
    cypher_max_answer_bytes: int = 4_000_000  # rows past this size are cut (`truncated`)
    cypher_slots: int = 1  # /cypher statements running at once (own connections); others get 429
    # Embedded store: /cypher runs on a read-only replica of the server (a second copy of the graph in
    # memory), which a statement past its memory limit ends instead of the server (README, "Limits").
    cypher_replica: bool = True
    cypher_replica_mem: str = "auto"  # the replica process's memory limit (RLIMIT_DATA): "auto" is half of RAM
    allowed_hosts: list[str] = []  # Host header values served besides localhost and the --host given
    batch_size: int = 500
    max_article_bytes: int = 5_000_000  # larger input files (or JSON lines) are refused


def get_settings() -> Settings:
    return Settings()
