// name: article_entities
// description: The entities an article mentions (article id with or without its 'article:' prefix).
// params: article_id (string)
// returns: entity_id, type, name
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
WHERE a.id IN [$article_id, 'article:' + $article_id]
RETURN e.id AS entity_id,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.name AS name
ORDER BY type, name, entity_id
