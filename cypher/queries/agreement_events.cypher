// name: agreement_events
// description: The events that reviewed, launched or signed an agreement, with their organisers
//   and where they were held.
// params: agreement_id (string)
// returns: event_id, event, kind, date, action, organizers, locations
MATCH (e:Event)-[r:REVIEWS|LAUNCHES|SIGNS]->(:Agreement {id: $agreement_id})
OPTIONAL MATCH (o:Agency)-[:ORGANIZES]->(e)
WITH e, r, o
ORDER BY o.name
WITH e, r, collect(DISTINCT o.name) AS organizers
OPTIONAL MATCH (e)-[:HELD_IN]->(l:Location)
WITH e, r, organizers, l
ORDER BY l.name
RETURN e.id AS event_id,
       e.name AS event,
       e.kind AS kind,
       e.date AS date,
       type(r) AS action,
       organizers,
       collect(DISTINCT l.name) AS locations
ORDER BY date, event_id, action
