"""The shapes of the API's answers, for the OpenAPI spec (and checked on the way out). Models allow
extra keys, so a route may say more than its model without losing it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Index(Open):
    name: str
    docs: str
    openapi: str
    explorer: str
    health: str


class Health(Open):
    status: str
    store: str
    version: str


class Stats(Open):
    counts: dict[str, int] = Field(description="Nodes per label and relations per type")


class Evidence(Open):
    article: str
    sentence: str | None = None
    date: str | None = None


class EdgeProperties(Open):
    evidence: list[Evidence] = Field(description="The first pieces of evidence (GET /evidence pages them all)")
    evidence_count: int = Field(description="How many pieces of evidence the edge has")
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


class Edge(Open):
    id: str
    type: str
    source: str
    target: str
    properties: EdgeProperties


class Node(Open):
    id: str
    type: str | None = None
    name: str | None = None
    aliases: list[str] = []


class Neighborhood(Open):
    center: str
    depth: int
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool = Field(description="Nodes or relations past the limits were left out")
    evidence_shown: int = Field(description="Pieces of evidence each edge carries at most; GET /evidence pages "
                                            "the rest of its `evidence_count`")


class PathStep(Open):
    from_: str = Field(alias="from")
    to: str
    edge: Edge


class Paths(Open):
    from_: str = Field(alias="from")
    to: str
    hops: int | None
    paths: list[list[PathStep]]
    nodes: list[Node]
    truncated: bool


class Tie(Open):
    source: str
    target: str
    source_name: str | None = None
    target_name: str | None = None
    weight: int = Field(description="Agreements tying the two")
    first_seen: str | None = None
    last_seen: str | None = None
    agreements: list[dict[str, Any]]


class Coordination(Open):
    total: int
    limit: int
    offset: int
    items: list[Tie]
    nodes: list[Node]


class Centrality(Open):
    id: str
    name: str | None = None
    degree: float
    betweenness: float
    partners: int


class CentralityPage(Open):
    total: int
    limit: int
    offset: int
    items: list[Centrality]
    betweenness: str = Field(description="'exact', or how it was estimated on a large network")


class Member(Open):
    id: str
    name: str | None = None


class Community(Open):
    id: str
    size: int
    members: list[Member]


class CommunityPage(Open):
    total: int
    limit: int
    offset: int
    items: list[Community]


class EvidencePage(Open):
    total: int
    limit: int
    offset: int
    items: list[Evidence]


class RelationCount(Open):
    type: str
    direction: str
    count: int


class ArticlePage(Open):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Entity(Open):
    id: str
    type: str | None = None
    name: str | None = None
    aliases: list[str] = []
    english_name: str | None = None
    properties: dict[str, Any]
    relation_counts: dict[str, int]
    relations: list[RelationCount]
    articles: ArticlePage


class QueryParam(Open):
    name: str
    type: str
    optional: bool


class QueryInfo(Open):
    name: str
    description: str | None = None
    params: list[QueryParam]
    returns: Any = None
    url: str


class QueryList(Open):
    total: int
    items: list[QueryInfo]


class QueryRows(Open):
    name: str
    params: dict[str, Any]
    columns: list[str]
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class ArticleWritten(Open):
    article: str
    status: str = Field(description="created, replaced or unchanged")
    entities: int | None = None
    relations: int | None = None
    stats: dict[str, Any] | None = None
