// Places the batch's Locations in their countries: (:Location)-[:LOCATED_IN]->(:Country), one row per distinct
// Location of the batch, run after the entity nodes. LOCATED_IN is a gazetteer fact, the same in every article that
// names the place, not an article's fact: MERGE writes it once (re-ingesting changes nothing), no article retracts it,
// and it goes only with its Location (summarize deletes a Location no article mentions, DETACH included). The Country
// is MERGEd on its key, created with the gazetteer's name when no article mentions it; summarize keeps a Country that
// a Location lies in.
// Parameters: $rows = [{location: 'location:<slug>', country: 'country:<slug>', countryName}]
UNWIND $rows AS row
MATCH (location:Location {key: row.location})
MERGE (country:Country {key: row.country})
ON CREATE SET country.name = row.countryName, country.nameKey = toLower(row.countryName)
MERGE (location)-[:LOCATED_IN]->(country);
