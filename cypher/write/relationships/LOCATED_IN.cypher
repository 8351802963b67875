// Places the batch's Locations in their countries: (:Location)-[:LOCATED_IN]->(:Country), one row per distinct
// Location of the batch, run after the entity nodes. LOCATED_IN is a gazetteer fact, the same in every article that
// names the place, not an article's fact: it is created once (re-ingesting changes nothing), no article retracts it,
// and it goes only with its Location (summarize deletes a Location no article mentions, DETACH included). Race-free
// without a relationship MERGE: write/nodes/entity.cypher has already SET the Location in this transaction, so this
// transaction holds its write lock, and a second writer of the same Location checks for the edge only after the
// first one committed it. The Country is MERGEd on its key constraint, created with the gazetteer's name when no
// article mentions it; summarize keeps a Country that a Location lies in.
// Parameters: $rows = [{location: 'location:<slug>', country: 'country:<slug>', countryName}]
UNWIND $rows AS row
MATCH (location:Location {key: row.location})
WHERE NOT EXISTS { (location)-[:LOCATED_IN]->(:Country) }
MERGE (country:Country {key: row.country})
ON CREATE SET country.name = row.countryName, country.nameKey = toLower(row.countryName)
CREATE (location)-[:LOCATED_IN]->(country);
