// name: positions
// description: The posts of a person over time: each title at each agency, first and last seen.
// params: person_id (string)
// returns: agency_id, agency, title, first_seen, last_seen, articles
MATCH (p:Person {id: $person_id})-[h:HOLDS_POSITION]->(a:Agency)
RETURN a.id AS agency_id,
       a.name AS agency,
       h.title AS title,
       h.first_seen AS first_seen,
       h.last_seen AS last_seen,
       h.articles AS articles
ORDER BY first_seen, agency, title
