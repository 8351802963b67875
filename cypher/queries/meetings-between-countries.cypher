// Meetings between officials of two countries: people who MET, as reported by an article that also mentions both
// countries. (The graph has no "official of" relation; the reporting article mentioning both countries is the link,
// so check the evidence sentence.) One row per pair of people, with the reports and dates. Countries are found by
// name in any letter case through the indexed nameKey.
// Parameters: $countryA, $countryB: country names.
//   :param countryA => 'Belmark'
//   :param countryB => 'Arland'
MATCH (a:Country)
WHERE a.nameKey = toLower($countryA)
MATCH (b:Country)
WHERE b.nameKey = toLower($countryB)
MATCH (b)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(a)
MATCH (article)-[:MENTIONS]->(official:Person)-[meeting:MET]->(counterpart:Person)
WHERE meeting.article = article.key
RETURN official.name AS official,
       counterpart.name AS counterpart,
       min(meeting.firstDate) AS firstDate,
       max(meeting.lastDate) AS lastDate,
       count(DISTINCT meeting.report) AS reports,
       collect(DISTINCT article.title) AS articles,
       collect(meeting.evidence[0])[0] AS evidence
ORDER BY firstDate, official, counterpart;
