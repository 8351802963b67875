// Creates EVENT_TYPE facts: one relationship per (article, start, end) of the batch, carrying that article's
// evidence sentences (aligned lists by sentence index), triggers, rule ids, event dates and first/last date, keyed by
// `article`; `report` is the article's report key (copies of one story under other ids share it). The article's old facts were retracted just before (retract-facts.cypher), so CREATE never duplicates
// one, and nothing here reads another article's fact: the cost is the batch's rows, however many articles already
// report the same event. EVENT_TYPE is a placeholder: the writer loads one copy per relationship type of
// GraphVocabulary. (start)-[:ATTACKED]->(end) reads "start attacked end"; MET is stored once, from the endpoint
// whose key sorts first (the writer orders the endpoints).
// Parameters: $rows = [{article: 'article:<sourceId>', report: 'report:<hash>', start: '<label>:<slug>', end: '<label>:<slug>',
//   evidence: [string], sentences: [int], dates: ['yyyy-MM-dd' or ''], triggers: [string],
//   rules: [string: the extraction rule id per sentence, '' when unknown],
//   firstDate: 'yyyy-MM-dd' or null, lastDate: 'yyyy-MM-dd' or null}]
UNWIND $rows AS row
CALL (row) {
  MATCH (node:Person {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Country {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Organisation {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Base {key: row.start}) RETURN node AS origin
  UNION ALL
  MATCH (node:Location {key: row.start}) RETURN node AS origin
}
CALL (row) {
  MATCH (node:Person {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Country {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Organisation {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Base {key: row.end}) RETURN node AS target
  UNION ALL
  MATCH (node:Location {key: row.end}) RETURN node AS target
}
CREATE (origin)-[fact:EVENT_TYPE {article: row.article}]->(target)
SET fact.report = row.report,
    fact.evidence = row.evidence,
    fact.evidenceSentences = row.sentences,
    fact.evidenceDates = row.dates,
    fact.triggers = row.triggers,
    fact.rules = row.rules,
    fact.firstDate = row.firstDate,
    fact.lastDate = row.lastDate;
