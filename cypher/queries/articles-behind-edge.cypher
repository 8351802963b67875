// The articles behind an edge: for one pair (actor, type, target), every article and sentence that stated it, with
// the article's title, date and link. Names are matched in any letter case through the indexed nameKey (use
// find-entity.cypher to find a name from an alias or a misspelling).
// Parameters: $actor, $target: entity names; $type: a relationship type (MET, ATTACKED, SANCTIONED, KILLED,
// CONDEMNED, THREATENED). MET is stored once, from the endpoint whose key sorts first ('country:…' before
// 'person:…'): try both orders.
//   :param actor => 'Arland'
//   :param type => 'ATTACKED'
//   :param target => 'Northern Front'
MATCH (actor:Person|Country|Organisation|Base|Location)
WHERE actor.nameKey = toLower($actor)
MATCH (target:Person|Country|Organisation|Base|Location)
WHERE target.nameKey = toLower($target)
MATCH (actor)-[fact]->(target)
WHERE type(fact) = $type
MATCH (article:Article {key: fact.article})
UNWIND range(0, size(fact.evidence) - 1) AS i
RETURN article.title AS title,
       article.date AS published,
       article.source AS source,
       article.url AS url,
       article.sourceId AS sourceId,
       fact.evidenceSentences[i] AS sentenceIndex,
       fact.evidence[i] AS sentence,
       fact.triggers[i] AS wording,
       fact.rules[i] AS rule,
       fact.evidenceDates[i] AS eventDate
ORDER BY article.key, sentenceIndex;
