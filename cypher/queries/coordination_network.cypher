// name: coordination_network
// description: Every tie between two agencies: both parties to one agreement, or both organising one
//   event; with the agencies' place and the tie's dates (the start page's network).
// params: none
// returns: a, a_name, a_en, a_locality, a_level, b, b_name, b_en, b_locality, b_level, via, via_name, via_type, first_seen, last_seen
MATCH (a:Agency)-[ra:PARTY_TO|ORGANIZES]->(x:Entity)<-[rb:PARTY_TO|ORGANIZES]-(b:Agency)
WHERE a.id < b.id AND type(ra) = type(rb)
RETURN a.id AS a, a.name AS a_name, a.english_name AS a_en, a.locality AS a_locality, a.level AS a_level,
       b.id AS b, b.name AS b_name, b.english_name AS b_en, b.locality AS b_locality, b.level AS b_level,
       x.id AS via, x.name AS via_name, type(ra) AS via_type,
       coalesce(x.date, CASE WHEN ra.first_seen < rb.first_seen THEN ra.first_seen ELSE coalesce(rb.first_seen, ra.first_seen) END) AS first_seen,
       coalesce(x.date, CASE WHEN ra.last_seen > rb.last_seen THEN ra.last_seen ELSE coalesce(rb.last_seen, ra.last_seen) END) AS last_seen
