// name: coordination_of
// description: The coordination agreements one agency is party to (with at least one other party), each
//   with its parties (role, first and last seen, provenance) and the events that reviewed, launched or
//   signed it.
// params: agency (string)
// returns: id, name, kind, number, parties, events
MATCH (:Agency {id: $agency})-[:PARTY_TO]->(g0:Agreement)
WITH DISTINCT g0 AS g
MATCH (g)<-[r:PARTY_TO]-(a:Agency)
WITH g, collect({id: a.id, name: a.name, role: r.role, first_seen: r.first_seen, last_seen: r.last_seen,
                 articles: r.articles, sentences: r.sentences, dates: r.dates}) AS parties
WHERE size(parties) > 1
OPTIONAL MATCH (g)<-[s:REVIEWS|LAUNCHES|SIGNS]-(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.number AS number, parties,
       collect({id: e.id, name: e.name, date: e.date, type: type(s)}) AS events
ORDER BY id
