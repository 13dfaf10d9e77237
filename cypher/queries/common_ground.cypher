// name: common_ground
// description: What two entities have in common: every entity (not an article) tied to both, with the
//   relation on each side and its title (shared officials, shared agreements, shared events, parents).
// params: a (string), b (string)
// returns: id, labels, name, rel_a, title_a, rel_b, title_b
MATCH (a:Entity {id: $a})-[ra]-(x:Entity)-[rb]-(b:Entity {id: $b})
WHERE NOT x:Article AND x <> a AND x <> b
RETURN x.id AS id, labels(x) AS labels, x.name AS name, type(ra) AS rel_a, ra.title AS title_a,
       type(rb) AS rel_b, rb.title AS title_b
ORDER BY name, id
