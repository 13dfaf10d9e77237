// name: partners_page
// description: One page of an agency's partners (the pairing of `partners`), most shared agreements
//   first, each with the agreements that tie them and their evidence; and how many partners in all.
// params: agency_id (string), since (date, optional), offset (int), limit (int)
// returns: total, items
MATCH (a:Agency {id: $agency_id})-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b:Agency)
WHERE a <> b
OPTIONAL MATCH (lead:Agency)-[:PARTY_TO {role: 'lead'}]->(g)
WITH a, b, g, pa, pb, collect(lead.id) AS leads
WHERE (size(leads) = 0 OR a.id IN leads OR b.id IN leads)
  AND ($since IS NULL OR pa.last_seen >= $since OR pb.last_seen >= $since)
WITH b, g,
     CASE WHEN pa.first_seen IS NULL OR pb.first_seen < pa.first_seen THEN pb.first_seen ELSE pa.first_seen END AS first_seen,
     CASE WHEN pa.last_seen IS NULL OR pb.last_seen > pa.last_seen THEN pb.last_seen ELSE pa.last_seen END AS last_seen,
     reduce(acc = [], x IN pa.articles + pb.articles | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS articles,
     reduce(acc = [], x IN pa.sentences + pb.sentences | CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) AS evidence
ORDER BY g.id
WITH b, collect({id: g.id, name: g.name, kind: g.kind, first_seen: first_seen, last_seen: last_seen,
                 articles: articles, evidence: evidence}) AS agreements
ORDER BY size(agreements) DESC, coalesce(b.name, ''), b.id
WITH collect({id: b.id, name: b.name, agreements: agreements}) AS partners
RETURN size(partners) AS total, partners[$offset..$offset + $limit] AS items
