// name: entity_groups
// description: How many of each group an entity's expansion would bring, before it is opened: partner
//   agencies (through a shared agreement), officials, posts held, events, documents (agreements it is
//   party to or issued), units part of it, the body it is part of, articles.
// params: id (string)
// returns: partners, officials, posts, events, documents, units, parents, articles
MATCH (n:Entity {id: $id})
WITH n,
     [(n)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b:Agency) WHERE b <> n | b.id] AS partners,
     [(n)<-[:HOLDS_POSITION]-(p:Person) | p.id] AS officials,
     [(n)-[:HOLDS_POSITION]->(body:Agency) | body.id] AS posts,
     [(n)-[:ORGANIZES|ATTENDS|CHAIRS]->(e:Event) | e.id] AS events,
     [(n)-[:PARTY_TO|ISSUED]->(g:Agreement) | g.id] AS documents,
     [(unit:Entity)-[:PART_OF]->(n) | unit.id] AS units,
     [(n)-[:PART_OF]->(parent:Entity) | parent.id] AS parents
RETURN size(reduce(acc = [], x IN partners | CASE WHEN x IN acc THEN acc ELSE acc + x END)) AS partners,
       size(reduce(acc = [], x IN officials | CASE WHEN x IN acc THEN acc ELSE acc + x END)) AS officials,
       size(reduce(acc = [], x IN posts | CASE WHEN x IN acc THEN acc ELSE acc + x END)) AS posts,
       size(reduce(acc = [], x IN events | CASE WHEN x IN acc THEN acc ELSE acc + x END)) AS events,
       size(reduce(acc = [], x IN documents | CASE WHEN x IN acc THEN acc ELSE acc + x END)) AS documents,
       size(units) AS units, size(parents) AS parents,
       size([(a:Article)-[:MENTIONS]->(n) | 1]) AS articles
