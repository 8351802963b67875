// Writes ATTACKED edges: one row per (start, end) pair of the batch, carrying the evidence of every batch article that
// stated the event. The edge is merged once; the batch articles' old entries are replaced by the row's entries, so
// re-writing an article changes nothing and a new article adds its provenance without duplicating entries.
// The aligned lists (evidence, evidenceArticles, evidenceSentences, evidenceDates, triggers) are kept sorted by
// article key then sentence index; articles and dates are distinct and sorted; firstDate/lastDate bound dates
// (dates, firstDate and lastDate are absent when no entry has a date, as in the embedded store).
// (start)-[:ATTACKED]->(end) reads "start attacked end".
// Parameters: $rows = [{start: '<label>:<slug>', end: '<label>:<slug>', articles: ['article:<sourceId>'],
//   evidence: [{article: 'article:<sourceId>', sentence: int, text: string, date: 'yyyy-MM-dd' or '', trigger: string}]}]
UNWIND $rows AS row
CALL (row) {
  MATCH (node:Person {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Country {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Organisation {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Base {key: row.start}) RETURN node AS origin
}
CALL (row) {
  MATCH (node:Person {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Country {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Organisation {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Base {key: row.end}) RETURN node AS target
}
MERGE (origin)-[edge:ATTACKED]->(target)
WITH edge, row,
     [i IN range(0, size(coalesce(edge.evidenceArticles, [])) - 1)
       WHERE NOT edge.evidenceArticles[i] IN row.articles
       | {article: edge.evidenceArticles[i], sentence: edge.evidenceSentences[i], text: edge.evidence[i],
          date: edge.evidenceDates[i], trigger: edge.triggers[i]}] + row.evidence AS entries
CALL (entries) {
  UNWIND entries AS entry
  WITH entry ORDER BY entry.article, entry.sentence
  RETURN collect(entry) AS sorted
}
CALL (entries) {
  UNWIND entries AS entry
  WITH DISTINCT entry.article AS supporting
  WITH supporting ORDER BY supporting
  RETURN collect(supporting) AS articles
}
CALL (entries) {
  UNWIND entries AS entry
  WITH DISTINCT entry.date AS date
  WHERE date <> ''
  WITH date ORDER BY date
  RETURN collect(date) AS dates
}
SET edge.evidence = [entry IN sorted | entry.text],
    edge.evidenceArticles = [entry IN sorted | entry.article],
    edge.evidenceSentences = [entry IN sorted | entry.sentence],
    edge.evidenceDates = [entry IN sorted | entry.date],
    edge.triggers = [entry IN sorted | entry.trigger],
    edge.articles = articles,
    edge.dates = CASE WHEN size(dates) = 0 THEN null ELSE dates END,
    edge.firstDate = dates[0],
    edge.lastDate = dates[-1];
