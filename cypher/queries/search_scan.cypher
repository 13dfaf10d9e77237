// name: search_scan
// description: Like search but always a scan of every entity (no index): entities whose name or an alias contains the folded query (graph.model.fold), best first: the
//   name itself, an alias, a name or alias that starts with it, a word that starts with it, any substring. `terms`
//   (the words as full-text prefixes) serves the FalkorDB variant, which looks them up in its full-text index.
// params: q (string), limit (int), offset (int), type (string, optional), terms (string, optional)
// returns: total, items
MATCH (n:Entity)
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
