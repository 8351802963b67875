// summarize: derives name, nameKey and aliases of up to $limit marked ENTITY_LABEL entities from every article's
// MENTIONS, by the embedded store's rule (EntityNaming): the name the most articles used, ties to the smallest;
// every other surface form is an alias. An entity no article mentions any more is deleted, unless a Location lies in it
// (a Country kept by LOCATED_IN keeps the name it has); a Location deleted marks its country, which the Country pass
// (run after the Location pass) deletes when nothing holds it any more. ENTITY_LABEL is a placeholder: one copy per
// entity label of GraphVocabulary. Run until it returns fewer than $limit.
// Race-free with writers: the first SET takes the entity's write lock BEFORE the mentions are read, so a writer's
// uncommitted mention is either waited for (and counted) or comes after and marks the entity again.
// Parameters: $limit: entities per transaction (integer).
MATCH (entity:ENTITY_LABEL)
WHERE entity.summaryPending = true
WITH entity LIMIT $limit
SET entity.summaryPending = false
WITH entity
CALL (entity) {
  OPTIONAL MATCH (:Article)-[mention:MENTIONS]->(entity)
  WITH mention.name AS name, count(mention) AS votes
  WHERE name IS NOT NULL
  WITH name, votes ORDER BY votes DESC, name ASC
  RETURN collect(name) AS names
}
CALL (entity) {
  OPTIONAL MATCH (:Article)-[mention:MENTIONS]->(entity)
  UNWIND CASE WHEN mention IS NULL THEN [] ELSE [mention.name] + coalesce(mention.aliases, []) END AS form
  WITH DISTINCT form
  WITH form ORDER BY form
  RETURN collect(form) AS forms
}
CALL (entity) {
  OPTIONAL MATCH (:Location)-[placed:LOCATED_IN]->(entity)
  RETURN count(placed) AS places
}
CALL (entity) {
  OPTIONAL MATCH (entity)-[:LOCATED_IN]->(country:Country)
  RETURN collect(country) AS countries
}
WITH entity, names, places, countries, [form IN forms WHERE size(names) > 0 AND form <> names[0]] AS aliases
FOREACH (ignored IN CASE WHEN size(names) > 0 THEN [1] ELSE [] END |
  SET entity.name = names[0],
      entity.nameKey = toLower(names[0]),
      entity.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END
  REMOVE entity.summaryPending)
FOREACH (ignored IN CASE WHEN size(names) = 0 AND places > 0 THEN [1] ELSE [] END |
  SET entity.aliases = null
  REMOVE entity.summaryPending)
FOREACH (ignored IN CASE WHEN size(names) = 0 AND places = 0 THEN [1] ELSE [] END |
  FOREACH (country IN countries | SET country.summaryPending = true)
  DETACH DELETE entity)
RETURN count(*) AS summarized;
