// name: neighbour_ids
// description: One hop out of a set of entities for path search, ids only: each pair (origin, id) of an
//   entity of `ids` and an entity it is tied to, once however many edges tie them (path_edges reads the
//   edges of the paths found). Never an article, at either end, so never a MENTIONS edge (only articles
//   have them); nor the excluded entities or entities of the excluded types (empty lists exclude
//   nothing), but those of `keep` (the path's two ends); with `only`, just the entities among those ids. The edge is not named in the pattern: the
//   store then reads no edge, a third of the work. The first MATCH and its WITH make the store start
//   from the given ids (by the id index): with the filters on `m` in the same MATCH, FalkorDB's planner
//   scanned every entity instead.
// params: ids (list), exclude (list), exclude_types (list), keep (list), cap (int), only (list, optional)
// returns: origin, id
MATCH (n:Entity)
WHERE n.id IN $ids AND NOT n:Article
WITH n
MATCH (n)--(m:Entity)
WHERE NOT m:Article
  AND (size($exclude) = 0 OR NOT m.id IN $exclude)
  AND (size($exclude_types) = 0 OR m.id IN $keep OR NOT any(l IN labels(m) WHERE l IN $exclude_types))
  AND ($only IS NULL OR m.id IN $only)
RETURN DISTINCT n.id AS origin, m.id AS id
LIMIT $cap
