// name: article_view
// description: One article for reading: its properties (title, source, url, published, text) and the
//   entities it mentions, each with its names (name and aliases) to find in the text.
// params: article_id (string)
// returns: properties, mentions
MATCH (a:Article)
WHERE a.id IN [$article_id, 'article:' + $article_id]
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
RETURN properties(a) AS properties,
       collect({id: e.id, labels: labels(e), name: e.name, aliases: e.aliases, english_name: e.english_name}) AS mentions
