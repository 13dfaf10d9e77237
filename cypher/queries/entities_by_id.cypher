// name: entities_by_id
// description: Entities by id: labels, name and aliases.
// params: ids (list)
// returns: id, labels, name, aliases
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases
