// name: officials
// description: The officials of an agency: who holds which title there, first and last seen.
// params: agency_id (string)
// returns: person_id, person, title, first_seen, last_seen, articles
MATCH (p:Person)-[h:HOLDS_POSITION]->(a:Agency {id: $agency_id})
RETURN p.id AS person_id,
       p.name AS person,
       h.title AS title,
       h.first_seen AS first_seen,
       h.last_seen AS last_seen,
       h.articles AS articles
ORDER BY person, title
