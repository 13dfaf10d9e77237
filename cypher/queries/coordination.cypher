// name: coordination
// description: Coordination agreements with two or more parties (optionally only those an agency is party
//   to), each with its parties (role, first and last seen, provenance) and the events that reviewed, launched
//   or signed it.
// params: agency (string, optional)
// returns: id, name, kind, number, parties, events
MATCH (g:Agreement)<-[r:PARTY_TO]-(a:Agency)
WITH g, collect({id: a.id, name: a.name, role: r.role, first_seen: r.first_seen, last_seen: r.last_seen,
                 articles: r.articles, sentences: r.sentences, dates: r.dates}) AS parties
WHERE size(parties) > 1 AND ($agency IS NULL OR any(p IN parties WHERE p.id = $agency))
OPTIONAL MATCH (g)<-[s:REVIEWS|LAUNCHES|SIGNS]-(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.number AS number, parties,
       collect({id: e.id, name: e.name, date: e.date, type: type(s)}) AS events
ORDER BY id
