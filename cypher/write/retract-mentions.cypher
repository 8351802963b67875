// Retracts the MENTIONS of the batch's articles (their previous version's, if any), before the current ones are
// created. The entities they pointed at are marked for summarize (their names and aliases may change; one that no
// article mentions any more is deleted there). Cost: the batch articles' own mentions, nothing else.
// Parameters: $rows = [{key: 'article:<sourceId>'}]
UNWIND $rows AS row
MATCH (article:Article {key: row.key})-[mention:MENTIONS]->(entity)
SET entity.summaryPending = true
DELETE mention;
