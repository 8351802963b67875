// Writes Country nodes: one row per distinct Country of the batch (the batch's articles already merged by key).
// The name is set when the node is created (keys derive from the canonical name, so later names differ at most in
// case, punctuation or accents). aliases = every other surface form seen (stored aliases, the row's aliases and name)
// minus the node's name, distinct and sorted, absent when empty — as the embedded store exports it. Re-writing adds nothing.
// Parameters: $rows = [{key: 'country:<slug>', name, aliases: [string]}]
UNWIND $rows AS row
MERGE (entity:Country {key: row.key})
ON CREATE SET entity.name = row.name
WITH entity, row
CALL (entity, row) {
  UNWIND coalesce(entity.aliases, []) + row.aliases + [row.name] AS alias
  WITH DISTINCT alias
  WHERE alias <> entity.name
  WITH alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET entity.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END;
