// name: entity_relations
// description: Every relation of an entity except MENTIONS, with the entity at its other end and the edge's
//   properties.
// params: id (string)
// returns: type, source, target, other_id, other_labels, other_name, other_properties, properties
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       m.id AS other_id, labels(m) AS other_labels, m.name AS other_name, properties(m) AS other_properties,
       properties(r) AS properties
ORDER BY type, other_name
