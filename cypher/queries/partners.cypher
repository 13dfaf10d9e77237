// name: partners
// description: The partners of an agency: who it coordinates with, through which agreements (both
//   parties to it; when one party leads, the lead pairs with each other party), with the articles
//   and sentences that say so.
// params: agency_id (string), since (date, optional)
// returns: partner_id, partner, agreement_id, agreement, kind, first_seen, last_seen, articles, evidence
MATCH (a:Agency {id: $agency_id})-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b:Agency)
WHERE a <> b
OPTIONAL MATCH (lead:Agency)-[:PARTY_TO {role: 'lead'}]->(g)
WITH a, b, g, pa, pb, collect(lead.id) AS leads
WHERE (size(leads) = 0 OR a.id IN leads OR b.id IN leads)
  AND ($since IS NULL OR pa.last_seen >= $since OR pb.last_seen >= $since)
RETURN b.id AS partner_id,
       b.name AS partner,
       g.id AS agreement_id,
       g.name AS agreement,
       g.kind AS kind,
       CASE WHEN pa.first_seen IS NULL OR pb.first_seen < pa.first_seen THEN pb.first_seen ELSE pa.first_seen END AS first_seen,
       CASE WHEN pa.last_seen IS NULL OR pb.last_seen > pa.last_seen THEN pb.last_seen ELSE pa.last_seen END AS last_seen,
       reduce(acc = [], x IN pa.articles + pb.articles | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS articles,
       reduce(acc = [], x IN pa.sentences + pb.sentences | CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) AS evidence
ORDER BY partner, agreement_id
