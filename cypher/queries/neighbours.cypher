// name: neighbours
// description: One hop out of a set of entities: the edges (MENTIONS only when asked for) and the entities
//   they reach, optionally only some relation types and only entities with some labels.
// params: ids (list), mentions (bool), cap (int), rel_types (list, optional), node_types (list, optional)
// returns: origin, type, source, target, properties, id, labels, name, aliases
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $ids
  AND ($mentions OR type(r) <> 'MENTIONS')
  AND ($rel_types IS NULL OR type(r) IN $rel_types)
  AND ($node_types IS NULL OR any(l IN labels(m) WHERE l IN $node_types))
RETURN n.id AS origin, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS properties, m.id AS id, labels(m) AS labels, m.name AS name, m.aliases AS aliases
LIMIT $cap
