// name: party_edges
// description: Every PARTY_TO edge (agency -> agreement) with its role and dates, and the agency's name:
//   what the coordination network is built from.
// params: none
// returns: source, source_name, target, role, first_seen, last_seen
MATCH (a:Agency)-[r:PARTY_TO]->(g:Agreement)
RETURN a.id AS source, a.name AS source_name, g.id AS target, r.role AS role, r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY source, target
