// Retracts what the PREVIOUS version of each changed article contributed, before the new version is written.
// An article is "changed" when its Article node exists with a different contentHash; new and unchanged articles
// match nothing here, so this statement is a no-op for them.
// For each changed article:
//   1. every event edge between entities it mentioned loses the article's entries in its aligned evidence lists
//      (evidence, evidenceArticles, evidenceSentences, evidenceDates, triggers) and in `articles`; `dates`,
//      `firstDate` and `lastDate` are recomputed from what remains; an edge left with no evidence is deleted;
//   2. its MENTIONS are deleted;
//   3. entities it mentioned that are now connected to nothing are deleted (no other article supports them).
// Parameters: $rows = [{key: 'article:<sourceId>', contentHash: '<sha-256 hex>'}]
UNWIND $rows AS row
MATCH (article:Article {key: row.key})
WHERE article.contentHash IS NULL OR article.contentHash <> row.contentHash
CALL (article, row) {
  MATCH (article)-[:MENTIONS]->()-[edge:MET|ATTACKED|SANCTIONED|KILLED|CONDEMNED|THREATENED]-()
  WHERE row.key IN edge.articles
  WITH DISTINCT edge, row
  WITH edge, [i IN range(0, size(edge.evidenceArticles) - 1) WHERE edge.evidenceArticles[i] <> row.key] AS keep
  FOREACH (ignored IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE edge)
  WITH edge, keep
  WHERE size(keep) > 0
  CALL (edge, keep) {
    UNWIND keep AS i
    WITH DISTINCT edge.evidenceDates[i] AS date
    WHERE date <> ''
    WITH date ORDER BY date
    RETURN collect(date) AS dates
  }
  CALL (edge, keep) {
    UNWIND keep AS i
    WITH DISTINCT edge.evidenceArticles[i] AS supporting
    WITH supporting ORDER BY supporting
    RETURN collect(supporting) AS articles
  }
  SET edge.evidence = [i IN keep | edge.evidence[i]],
      edge.evidenceSentences = [i IN keep | edge.evidenceSentences[i]],
      edge.evidenceDates = [i IN keep | edge.evidenceDates[i]],
      edge.triggers = [i IN keep | edge.triggers[i]],
      edge.evidenceArticles = [i IN keep | edge.evidenceArticles[i]],
      edge.articles = articles,
      edge.dates = CASE WHEN size(dates) = 0 THEN null ELSE dates END,
      edge.firstDate = dates[0],
      edge.lastDate = dates[-1]
}
CALL (article) {
  MATCH (article)-[mention:MENTIONS]->(entity)
  DELETE mention
  WITH DISTINCT entity
  WHERE NOT EXISTS { (entity)--() }
  DELETE entity
};
