// An entity's timeline: every event it took part in (as actor or as target), one row per reporting sentence, in
// date order; events whose text gave no date come last. The entity is found by name in any letter case through the
// indexed nameKey (find-entity.cypher finds names from aliases).
// Parameters: $name: an entity name.
//   :param name => 'Arland'
MATCH (entity:Person|Country|Organisation|Base|Location)
WHERE entity.nameKey = toLower($name)
MATCH (entity)-[event:MET|ATTACKED|SANCTIONED|KILLED|CONDEMNED|THREATENED]-(other)
UNWIND range(0, size(event.evidence) - 1) AS i
WITH entity, event, other, i, CASE WHEN event.evidenceDates[i] = '' THEN null ELSE event.evidenceDates[i] END AS date
RETURN date,
       type(event) AS relationship,
       CASE WHEN startNode(event) = entity THEN 'actor' ELSE 'target' END AS role,
       other.name AS counterpart,
       event.evidence[i] AS sentence,
       event.article AS article,
       event.evidenceSentences[i] AS sentenceIndex
ORDER BY date, article, sentenceIndex;
