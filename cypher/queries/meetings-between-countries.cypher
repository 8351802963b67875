// Meetings between officials of two countries: people who MET, as reported by an article that also mentions both
// countries. (The graph has no "official of" relation; the reporting article mentioning both countries is the link,
// so check the evidence sentence.) Countries are found by name or alias, in any letter case.
// Parameters: $countryA, $countryB: country names or aliases.
//   :param countryA => 'Belmark'
//   :param countryB => 'Arland'
MATCH (a:Country)
WHERE toLower(a.name) = toLower($countryA) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($countryA))
MATCH (b:Country)
WHERE toLower(b.name) = toLower($countryB) OR any(alias IN b.aliases WHERE toLower(alias) = toLower($countryB))
MATCH (b)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(a)
MATCH (article)-[:MENTIONS]->(official:Person)-[meeting:MET]->(counterpart:Person)<-[:MENTIONS]-(article)
WHERE article.key IN meeting.articles
RETURN official.name AS official,
       counterpart.name AS counterpart,
       meeting.firstDate AS firstDate,
       meeting.dates AS dates,
       collect(DISTINCT article.title) AS articles,
       meeting.evidence[0] AS evidence
ORDER BY firstDate, official, counterpart;
