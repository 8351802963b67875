// Creates (Article)-[:MENTIONS {count, name, aliases}]->(entity): one row per (article, entity) of the batch. The
// article's old mentions were retracted just before (retract-mentions.cypher), so CREATE never duplicates one.
// name and aliases are the article's own surface forms of the entity, from which summarize derives the entity's.
// The entity's label is not a parameter: each labelled branch is an index seek on the key constraint and only the
// branch of the entity's label finds it.
// Parameters: $rows = [{article: 'article:<sourceId>', entity: '<label>:<slug>', count: int, name, aliases: [string] or null}]
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
  UNION ALL
  MATCH (entity:Location {key: row.entity}) RETURN entity
}
CREATE (article)-[mention:MENTIONS]->(entity)
SET mention.count = row.count,
    mention.name = row.name,
    mention.aliases = row.aliases;
