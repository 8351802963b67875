// Writes entity nodes of one label: one row per distinct entity of the batch. ENTITY_LABEL is a placeholder: the
// writer loads one copy of this template per entity label of GraphVocabulary (Person, Country, Organisation, Base, Location).
// MERGE on the key constraint never duplicates a node, also when two writers create it at once. The name given at
// creation is provisional; nothing here reads and rewrites a value other writers share (no lost updates): the entity
// is only marked, and summarize derives name, nameKey and aliases from every article's MENTIONS.
// Parameters: $rows = [{key: '<label>:<slug>', name}]
UNWIND $rows AS row
MERGE (entity:ENTITY_LABEL {key: row.key})
ON CREATE SET entity.name = row.name, entity.nameKey = toLower(row.name)
SET entity.summaryPending = true;
