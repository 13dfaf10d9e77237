// name: coordination
// description: Every coordination agreement with two or more parties, each with its parties (role, first and
//   last seen, provenance) and the events that reviewed, launched or signed it (coordination_of: one agency's).
// params: none
// returns: id, name, kind, number, parties, events
MATCH (g:Agreement)<-[r:PARTY_TO]-(a:Agency)
WITH g, collect({id: a.id, name: a.name, role: r.role, first_seen: r.first_seen, last_seen: r.last_seen,
                 articles: r.articles, sentences: r.sentences, dates: r.dates}) AS parties
WHERE size(parties) > 1
OPTIONAL MATCH (g)<-[s:REVIEWS|LAUNCHES|SIGNS]-(e:Event)
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.number AS number, parties,
       collect({id: e.id, name: e.name, date: e.date, type: type(s)}) AS events
ORDER BY id
