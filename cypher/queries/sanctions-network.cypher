// The sanctions network: who sanctioned whom, drawn by Neo4j Browser as a graph with ONE edge per pair (the first
// report stands for all of them; switch to the Table view for report counts and dates). Optionally only sanctions
// reported on or after $since. (Browser's "Connect result nodes" setting draws every report between the returned
// nodes; turn it off for one edge per pair.)
// Parameters: $since: ISO date 'yyyy-MM-dd', or null for all.
//   :param since => null
MATCH (sanctioner)-[sanction:SANCTIONED]->(target)
WITH sanctioner, target, collect(sanction) AS facts, count(DISTINCT sanction.report) AS reports,
     min(sanction.firstDate) AS firstDate, max(sanction.lastDate) AS lastDate
WHERE $since IS NULL OR lastDate >= $since
RETURN sanctioner,
       facts[0] AS sanction,
       target,
       sanctioner.name AS sanctionerName,
       target.name AS targetName,
       size(facts) AS articles,
       reports,
       firstDate,
       lastDate
ORDER BY reports DESC, sanctionerName, targetName;
