// name: neighbour_links
// description: One hop out of a set of entities for path search, ids only: each edge's type, title and
//   direction (`out`: it leaves the entity of `origin`), and the entity it reaches; no articles, no
//   MENTIONS, nor the excluded entities or entities of the excluded types (empty lists exclude nothing);
//   with `only`, just the entities among those ids. The first MATCH and its WITH make the store start
//   from the given ids (by the id index): with the filters on `m` in the same MATCH, FalkorDB's planner
//   scanned every entity instead.
// params: ids (list), exclude (list), exclude_types (list), cap (int), only (list, optional)
// returns: origin, type, out, title, id
MATCH (n:Entity)
WHERE n.id IN $ids
WITH n
MATCH (n)-[r]-(m:Entity)
WHERE type(r) <> 'MENTIONS' AND NOT m:Article
  AND NOT m.id IN $exclude AND NOT any(l IN labels(m) WHERE l IN $exclude_types)
  AND ($only IS NULL OR m.id IN $only)
RETURN n.id AS origin, type(r) AS type, startNode(r) = n AS out, r.title AS title, m.id AS id
LIMIT $cap
