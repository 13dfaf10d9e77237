// name: search_context
// description: What tells same-named entities apart, for a page of search hits: kind, level, locality or
//   date, the body each is part of, and how many articles mention it.
// params: ids (list)
// returns: id, kind, level, locality, date, part_of, part_of_name, articles
MATCH (n:Entity)
WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:PART_OF]->(up:Entity)
WITH n, collect(up)[0] AS up
RETURN n.id AS id, n.kind AS kind, n.level AS level, n.locality AS locality, n.date AS date,
       up.id AS part_of, up.name AS part_of_name,
       size([(a:Article)-[:MENTIONS]->(n) | 1]) AS articles
