// The sanctions network: who sanctioned whom, as paths that Neo4j Browser draws as a graph (switch to the Table view
// for dates and article counts). Optionally only sanctions reported on or after $since.
// Parameters: $since: ISO date 'yyyy-MM-dd', or null for all.
//   :param since => null
MATCH path = (sanctioner)-[sanction:SANCTIONED]->(target)
WHERE $since IS NULL OR sanction.lastDate >= $since
RETURN path,
       sanctioner.name AS sanctioner,
       target.name AS target,
       sanction.dates AS dates,
       size(sanction.articles) AS articles
ORDER BY articles DESC, sanctioner, target;
