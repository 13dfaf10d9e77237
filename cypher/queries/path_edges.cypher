// name: path_edges
// description: The edges tying each pair of entities (step_from[i], step_to[i]) (the steps of the paths a
//   search found), either way but MENTIONS: their type, ends (`out`: the edge goes from a to b), plain
//   properties (absent ones null), the first `shown` pieces of evidence and how many there are.
// params: step_from (list), step_to (list), shown (int)
// returns: a, b, out, type, properties, articles, sentences, dates, evidence_count
UNWIND range(0, size($step_from) - 1) AS i
MATCH (s:Entity {id: $step_from[i]})-[r]-(t:Entity {id: $step_to[i]})
WHERE type(r) <> 'MENTIONS'
RETURN s.id AS a, t.id AS b, startNode(r) = s AS out, type(r) AS type,
       r {.title, .role, .score, .reasons, .first_seen, .last_seen} AS properties,
       r.articles[0..$shown] AS articles, r.sentences[0..$shown] AS sentences, r.dates[0..$shown] AS dates,
       coalesce(size(r.articles), 0) AS evidence_count
