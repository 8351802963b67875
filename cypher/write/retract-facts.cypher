// Retracts the EVENT_TYPE facts of the batch's articles (their previous version's, if any), before the current ones
// are created: an index seek on the fact's `article` key (schema.cypher), whatever the number of other articles
// reporting the same event. EVENT_TYPE is a placeholder: the writer loads one copy of this template per relationship
// type of GraphVocabulary (MET, ATTACKED, SANCTIONED, KILLED, CONDEMNED, THREATENED).
// Parameters: $rows = [{key: 'article:<sourceId>'}]
UNWIND $rows AS row
MATCH ()-[fact:EVENT_TYPE {article: row.key}]->()
DELETE fact;
