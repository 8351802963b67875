// Writes Article nodes: one row per article of the batch. Re-writing an article sets the same values (no change);
// optional values that are null remove the property, so a changed article carries only its current metadata.
// name is the caption, as in the embedded store: the title, or the id when the article has none (the planner sends it).
// Parameters: $rows = [{key, sourceId, name, title, date ('yyyy-MM-dd' or null), url, source, contentHash}]
UNWIND $rows AS row
MERGE (article:Article {key: row.key})
SET article.sourceId = row.sourceId,
    article.name = row.name,
    article.title = row.title,
    article.date = row.date,
    article.url = row.url,
    article.source = row.source,
    article.contentHash = row.contentHash;
