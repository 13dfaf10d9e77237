"""Response models of the explorer's routes (api/routes_explore.py), so that the OpenAPI spec says what
each answer holds."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class NetworkNode(BaseModel):
    id: str
    type: str
    name: str | None
    english_name: str | None = None
    locality: str | None = None
    level: str | None = None
    degree: int
    betweenness: float
    ties: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int
    via: list[str]


class LatestAgreement(BaseModel):
    id: str
    name: str | None
    first_seen: str | None = None
    last_seen: str | None = None
    parties: int


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    total_nodes: int
    truncated: bool
    dated: bool
    active: list[NetworkNode]
    latest: list[LatestAgreement]


class GroupCounts(BaseModel):
    partners: int
    officials: int
    posts: int
    events: int
    documents: int
    units: int
    parents: int
    articles: int


class Groups(BaseModel):
    id: str
    counts: GroupCounts


class Tie(BaseModel):
    relation: str
    title: str | None = None


class Shared(BaseModel):
    id: str
    type: str
    name: str | None
    a: list[Tie]
    b: list[Tie]


class Common(BaseModel):
    a: str
    b: str
    total: int
    groups: dict[str, list[Shared]]


class Citation(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None


class Citations(BaseModel):
    items: list[Citation]


class Mention(BaseModel):
    start: int
    end: int
    id: str
    type: str | None


class MentionedEntity(BaseModel):
    id: str
    type: str | None
    name: str | None
    english_name: str | None = None
    aliases: list[str]


class EvidencedRelation(BaseModel):
    type: str
    source: str
    source_name: str | None
    target: str
    target_name: str | None
    title: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class ArticleView(BaseModel):
    id: str
    article: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    text: str | None = None
    mentions: list[Mention]
    entities: list[MentionedEntity]
    relations: list[EvidencedRelation]


class PathNode(BaseModel):
    id: str
    type: str | None
    name: str | None
    aliases: list[str]


class PathStep(BaseModel):
    from_: str
    to: str
    edge: dict[str, Any]

    model_config = {"populate_by_name": True, "alias_generator": lambda f: "from" if f == "from_" else f}


class Paths(BaseModel):
    from_: str
    to: str
    hops: int | None
    max_hops: int
    excluded: list[str]
    excluded_types: list[str]
    paths: list[list[PathStep]]
    nodes: list[PathNode]
    truncated: bool

    model_config = {"populate_by_name": True, "alias_generator": lambda f: "from" if f == "from_" else f}
