// Of the given articles, returns the ids of those already stored with the same contentHash (ingested, unchanged).
// Parameters: $articles = [{id: '<sourceId>', key: 'article:<sourceId>', contentHash: '<sha-256 hex>'}]
UNWIND $articles AS candidate
MATCH (article:Article {key: candidate.key})
WHERE article.contentHash = candidate.contentHash
RETURN candidate.id AS id;
