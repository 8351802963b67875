// Find an entity by any name it is known by (canonical name or alias), tolerant of typos, through the full-text index
// entity_names created by schema.cypher. Use the returned name in the other queries.
// Parameters: $search: Lucene query text, e.g. 'ministry', 'front*', 'halden~'.
//   :param search => 'halden~'
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
RETURN labels(node)[0] AS type, node.name AS name, node.aliases AS aliases, node.key AS key, score
ORDER BY score DESC
LIMIT 25;
