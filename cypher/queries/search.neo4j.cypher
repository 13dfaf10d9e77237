// name: search
// description: search through Neo4j's full-text index entity_search (name, search): the candidates hold
//   every word of `terms` (default: q) as a required prefix; then the same filter and ranking as the
//   shared query.
// params: q (string), limit (int), offset (int), type (string, optional), terms (string, optional)
// returns: total, items
CALL db.index.fulltext.queryNodes('entity_search',
     trim(reduce(s = '', w IN split(coalesce($terms, $q), ' ') | s + ' +' + w))) YIELD node AS n
WITH n
WHERE n.search CONTAINS $q AND ($type IS NULL OR $type IN labels(n))
WITH n,
     CASE
       WHEN (n.search + ' |') STARTS WITH ($q + ' |') THEN 0
       WHEN ('| ' + n.search + ' |') CONTAINS ('| ' + $q + ' |') THEN 1
       WHEN n.search STARTS WITH $q THEN 2
       WHEN n.search CONTAINS ('| ' + $q) THEN 3
       WHEN (' ' + n.search) CONTAINS (' ' + $q) THEN 4
       ELSE 5
     END AS rank
ORDER BY rank, size(n.name), n.name, n.id
WITH collect([n, rank]) AS hits
RETURN size(hits) AS total,
       [h IN hits[$offset..($offset + $limit)] | {id: h[0].id, labels: labels(h[0]), name: h[0].name,
        aliases: h[0].aliases, english_name: h[0].english_name, rank: h[1]}] AS items
