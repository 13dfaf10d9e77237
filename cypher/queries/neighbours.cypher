// name: neighbours
// description: One hop out of a set of entities: the edges (MENTIONS only when asked for) and the entities
//   they reach, optionally only some relation types and only entities with some labels. Each edge brings
//   its plain properties (absent ones null), the first `shown` pieces of its evidence and how many it has,
//   never all of it (GET /evidence pages the rest). The first MATCH and its WITH make the store start from
//   the given ids (by the id index) whatever the filters on `m`.
// params: ids (list), mentions (bool), cap (int), shown (int), rel_types (list, optional), node_types (list, optional)
// returns: origin, type, source, target, properties, articles, sentences, dates, evidence_count, id, labels, name, aliases
MATCH (n:Entity)
WHERE n.id IN $ids
WITH n
MATCH (n)-[r]-(m:Entity)
WHERE ($mentions OR type(r) <> 'MENTIONS')
  AND ($rel_types IS NULL OR type(r) IN $rel_types)
  AND ($node_types IS NULL OR any(l IN labels(m) WHERE l IN $node_types))
RETURN n.id AS origin, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r {.title, .role, .score, .reasons, .first_seen, .last_seen} AS properties,
       r.articles[0..$shown] AS articles, r.sentences[0..$shown] AS sentences, r.dates[0..$shown] AS dates,
       coalesce(size(r.articles), 0) AS evidence_count,
       m.id AS id, labels(m) AS labels, m.name AS name, m.aliases AS aliases
LIMIT $cap
