// Attacks on places in a country: every named place (a Location: city, region, district) that LOCATED_IN puts in the
// given country and that something ATTACKED, one row per (place, attacker) pair however many articles reported it,
// with the number of reports (copies of one story count once), the first and last event dates, the words that
// expressed the attack and one evidence sentence. Attacks on the country itself are in who-attacked-whom.cypher. The
// country is found by name in any letter case through the indexed nameKey.
// Parameters: $country: a country name.
//   :param country => 'Arland'
MATCH (country:Country)
WHERE country.nameKey = toLower($country)
MATCH (attacker)-[attack:ATTACKED]->(place:Location)-[:LOCATED_IN]->(country)
WITH place, attacker, count(DISTINCT attack.report) AS reports, min(attack.firstDate) AS firstDate, max(attack.lastDate) AS lastDate,
     collect(DISTINCT attack.triggers[0]) AS wordings, collect(attack.evidence[0]) AS evidence
RETURN place.name AS place,
       attacker.name AS attacker,
       labels(attacker)[0] AS attackerType,
       reports,
       firstDate,
       lastDate,
       wordings[..5] AS wording,
       evidence[0] AS evidence
ORDER BY firstDate, place, attacker;
