// Writes Base nodes: one row per distinct Base of the batch (the batch's articles already merged by key).
// The name is set when the node is created (keys derive from the canonical name, so it does not change);
// aliases become the sorted union of the stored aliases and the row's, so re-writing adds nothing.
// Parameters: $rows = [{key: 'base:<slug>', name, aliases: [string]}]
UNWIND $rows AS row
MERGE (entity:Base {key: row.key})
ON CREATE SET entity.name = row.name
WITH entity, row
CALL (entity, row) {
  UNWIND coalesce(entity.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias
  WITH alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET entity.aliases = aliases;
