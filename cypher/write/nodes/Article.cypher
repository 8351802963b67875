// Writes Article nodes: one row per article of the batch, in key order. This is the FIRST statement of every write
// transaction: MERGE + SET takes the article's write lock, held until commit, so two writers of the same article
// run one after the other and the second one's retraction (next statements) sees and deletes the first one's facts.
// Re-writing an article sets the same values; optional values that are null remove the property.
// name is the caption, as in the embedded store: the title, or the id when the article has none (the planner sends it).
// report is shared by articles with the same normalised text (copies of one story count as one report).
// Parameters: $rows = [{key, sourceId, name, title, date ('yyyy-MM-dd' or null), url, source, contentHash, extractorVersion, report}]
UNWIND $rows AS row
MERGE (article:Article {key: row.key})
SET article.sourceId = row.sourceId,
    article.name = row.name,
    article.title = row.title,
    article.date = row.date,
    article.url = row.url,
    article.source = row.source,
    article.contentHash = row.contentHash,
    article.extractorVersion = row.extractorVersion,
    article.report = row.report;
