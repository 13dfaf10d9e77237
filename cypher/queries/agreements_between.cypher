// name: agreements_between
// description: The agreements two agencies are both parties to.
// params: agency_a (string), agency_b (string)
// returns: agreement_id, agreement, kind, number, term, role_a, role_b, first_seen, last_seen
MATCH (a:Agency {id: $agency_a})-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b:Agency {id: $agency_b})
RETURN g.id AS agreement_id,
       g.name AS agreement,
       g.kind AS kind,
       g.number AS number,
       g.term AS term,
       pa.role AS role_a,
       pb.role AS role_b,
       CASE WHEN pa.first_seen IS NULL OR pb.first_seen < pa.first_seen THEN pb.first_seen ELSE pa.first_seen END AS first_seen,
       CASE WHEN pa.last_seen IS NULL OR pb.last_seen > pa.last_seen THEN pb.last_seen ELSE pa.last_seen END AS last_seen
ORDER BY agreement_id
