// name: neighbour_links
// description: One hop out of a set of entities for path search, ids only: each edge's type, ends and
//   title, and the entity it reaches; no articles, no MENTIONS.
// params: ids (list), cap (int)
// returns: origin, type, source, target, title, id
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $ids AND type(r) <> 'MENTIONS' AND NOT m:Article
RETURN n.id AS origin, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.title AS title,
       m.id AS id
LIMIT $cap
