// name: path_step
// description: One hop out of a set of entities for a steered path search: never through articles, nor
//   into the excluded entities or entities of the excluded types.
// params: ids (list), exclude (list), exclude_types (list), cap (int)
// returns: origin, type, source, target, properties, id, labels, name, aliases
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $ids AND type(r) <> 'MENTIONS' AND NOT m:Article
  AND NOT m.id IN $exclude AND NOT any(l IN labels(m) WHERE l IN $exclude_types)
RETURN n.id AS origin, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS properties, m.id AS id, labels(m) AS labels, m.name AS name, m.aliases AS aliases
LIMIT $cap
