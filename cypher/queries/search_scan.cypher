// name: search_scan
// description: Like search but always a scan of every entity (no index).
//   Ranked: an exact name or alias (any of `phrases`: as typed, as meant, with a place's level word; see
//   api/search.py), a name or
//   alias that starts with it, a word that starts with it, any substring, all of `words` anywhere; articles
//   after entities; then the bodies of a place named in the query (`places`), then those of no place (national), then the best connected
//   (relations other than MENTIONS, counted at each end as the
//   FalkorDB variants' degree functions do, then articles) first.
// params: q (string), p (string), phrases (list), words (list), places (list), limit (int), offset (int), type (string, optional), terms (string, optional)
// returns: total, items
MATCH (n:Entity)
WHERE ($type IS NULL OR $type IN labels(n))
  AND (any(x IN $phrases WHERE n.search CONTAINS x) OR all(w IN $words WHERE n.search CONTAINS w))
WITH n, '| ' + n.search + ' |' AS s, ' ' + n.search AS w
WITH n,
     CASE
       WHEN any(x IN $phrases WHERE s CONTAINS ('| ' + x + ' |')) THEN 0
       WHEN any(x IN $phrases WHERE s CONTAINS ('| ' + x)) THEN 1
       WHEN any(x IN $phrases WHERE w CONTAINS (' ' + x)) THEN 2
       WHEN any(x IN $phrases WHERE n.search CONTAINS x) THEN 3
       ELSE 4
     END AS rank
WITH n, rank, size([(n)-[r]->() WHERE type(r) <> 'MENTIONS' | 1]) + size([(n)<-[r]-() WHERE type(r) <> 'MENTIONS' | 1])
       AS degree,
     size([(n)<-[:MENTIONS]-() | 1]) AS mentions
ORDER BY CASE WHEN 'Article' IN labels(n) THEN 1 ELSE 0 END, rank,
         CASE WHEN n.locality IN $places THEN 0 WHEN n.locality IS NULL THEN 1 ELSE 2 END, degree DESC,
         mentions DESC, size(n.name), n.id
WITH collect({n: n, rank: rank, degree: degree}) AS hits
RETURN size(hits) AS total,
       [h IN hits[$offset..($offset + $limit)] | {id: h.n.id, labels: labels(h.n), name: h.n.name,
        aliases: h.n.aliases, english_name: h.n.english_name, rank: h.rank, degree: h.degree}] AS items
