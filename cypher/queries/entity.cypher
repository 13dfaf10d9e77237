// name: entity
// description: One entity: its labels and properties, and how many relations of each type and direction it
//   has.
// params: id (string)
// returns: labels, properties, relations
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-()
WITH n, type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(r) AS n_rel
RETURN labels(n) AS labels, properties(n) AS properties,
       collect({type: type, direction: direction, count: n_rel}) AS relations
