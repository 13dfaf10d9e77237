// name: entity_articles
// description: The articles that mention an entity, newest first, one page of them.
// params: id (string), limit (int), offset (int)
// returns: total, items
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id})
WITH a ORDER BY a.published DESC, a.id
WITH collect({id: a.id, title: a.title, published: a.published, source: a.source, url: a.url}) AS hits
RETURN size(hits) AS total, hits[$offset..($offset + $limit)] AS items
