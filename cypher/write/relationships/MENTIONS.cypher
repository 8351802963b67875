// Writes (Article)-[:MENTIONS {count}]->(entity): one row per (article, entity) of the batch.
// The entity's label is not a parameter: each labelled branch is an index seek on the key constraint and only the
// branch of the entity's label finds it. MERGE never duplicates the edge; count is the article's current count.
// Parameters: $rows = [{article: 'article:<sourceId>', entity: '<label>:<slug>', count: int}]
UNWIND $rows AS row
MATCH (article:Article {key: row.article})
CALL (row) {
  MATCH (entity:Person {key: row.entity}) RETURN entity
  UNION ALL
  MATCH (entity:Country {key: row.entity}) RETURN entity
  UNION ALL
  MATCH (entity:Organisation {key: row.entity}) RETURN entity
  UNION ALL
  MATCH (entity:Base {key: row.entity}) RETURN entity
}
MERGE (article)-[mention:MENTIONS]->(entity)
SET mention.count = row.count;
