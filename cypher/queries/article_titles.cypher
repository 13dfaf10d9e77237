// name: article_titles
// description: Title, date and outlet of articles by id (with or without the 'article:' prefix), for citations.
// params: ids (list)
// returns: id, title, published, source
MATCH (a:Article)
WHERE a.id IN [x IN $ids | CASE WHEN x STARTS WITH 'article:' THEN x ELSE 'article:' + x END]
RETURN substring(a.id, 8) AS id, a.title AS title, a.published AS published, a.source AS source
