// FalkorDB schema, created idempotently by graph/store/falkordb.py (statements end with ';').
// Range indexes on every node's id (the writes MERGE and MATCH on (:Entity {id}); named queries
// on (:Agency {id}) and the like), on dates, and a full-text index on names and the folded
// `search` text (name and aliases without diacritics). The unique constraint on Entity.id is
// created with the GRAPH.CONSTRAINT command, which has no Cypher form in FalkorDB.
CREATE INDEX FOR (n:Entity) ON (n.id);
CREATE INDEX FOR (n:Agency) ON (n.id);
CREATE INDEX FOR (n:Person) ON (n.id);
CREATE INDEX FOR (n:Agreement) ON (n.id);
CREATE INDEX FOR (n:Event) ON (n.id, n.date);
CREATE INDEX FOR (n:Location) ON (n.id);
CREATE INDEX FOR (n:Article) ON (n.id, n.published);
CALL db.idx.fulltext.createNodeIndex({label: 'Entity', stopwords: []}, 'name', 'search');
