// The most connected actors: entities ranked by how many distinct counterparts they have in events (met, attacked,
// sanctioned, killed, condemned, threatened — either direction), then by number of distinct reports of events
// (copies of one story count once) and of articles mentioning them. Each event relationship is one article's report.
// Parameters: $limit: how many rows (integer).
//   :param limit => 20
MATCH (actor:Person|Country|Organisation|Base)
MATCH (actor)-[event:MET|ATTACKED|SANCTIONED|KILLED|CONDEMNED|THREATENED]-(other)
WITH actor, count(DISTINCT other) AS counterparts, count(DISTINCT event.report) AS reports
RETURN labels(actor)[0] AS type,
       actor.name AS actor,
       counterparts,
       reports,
       COUNT { (article:Article)-[:MENTIONS]->(actor) } AS articles
ORDER BY counterparts DESC, reports DESC, articles DESC, actor
LIMIT $limit;
