// Of the given articles, returns the ids of those already stored with the same contentHash AND extracted by the
// running extractor version (ingested, unchanged). An article of an older extractor version is extracted again.
// Parameters: $articles = [{id: '<sourceId>', key: 'article:<sourceId>', contentHash: '<sha-256 hex>'}],
//   $extractorVersion: the running IArticleExtractor.Version
UNWIND $articles AS candidate
MATCH (article:Article {key: candidate.key})
WHERE article.contentHash = candidate.contentHash AND article.extractorVersion = $extractorVersion
RETURN candidate.id AS id;
