// name: article_relations
// description: The relations an article is evidence for, with all their provenance lists (the caller
//   picks this article's sentence and offsets).
// params: article_id (string), article (string)
// returns: type, source, source_name, target, target_name, title, articles, sentences, starts, ends
MATCH (:Article {id: $article_id})-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE type(r) <> 'MENTIONS' AND $article IN r.articles
RETURN type(r) AS type, s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name,
       r.title AS title, r.articles AS articles, r.sentences AS sentences, r.starts AS starts, r.ends AS ends
