// The articles behind an edge: for one relationship (actor, type, target), every article and sentence that stated
// it, with the article's title, date and link. Names must match exactly (use find-entity.cypher to find them).
// Parameters: $actor, $target: entity names; $type: a relationship type (MET, ATTACKED, SANCTIONED, KILLED,
// CONDEMNED, THREATENED). MET is stored once, from the endpoint whose key sorts first ('country:…' before
// 'person:…'): try both orders.
//   :param actor => 'Arland'
//   :param type => 'ATTACKED'
//   :param target => 'Northern Front'
MATCH (actor:Person|Country|Organisation|Base)-[edge]->(target:Person|Country|Organisation|Base)
WHERE actor.name = $actor AND target.name = $target AND type(edge) = $type
UNWIND range(0, size(edge.evidence) - 1) AS i
MATCH (article:Article {key: edge.evidenceArticles[i]})
RETURN article.title AS title,
       article.date AS published,
       article.source AS source,
       article.url AS url,
       article.sourceId AS sourceId,
       edge.evidenceSentences[i] AS sentenceIndex,
       edge.evidence[i] AS sentence,
       edge.triggers[i] AS wording,
       edge.evidenceDates[i] AS eventDate
ORDER BY article.key, sentenceIndex;
