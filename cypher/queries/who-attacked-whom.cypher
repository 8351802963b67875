// Who attacked whom, and when: one row per (attacker, target) pair, however many articles reported it, with the
// number of reports (copies of one story under other ids count once), the first and last event dates and the words that expressed the attack. Optionally limited to
// attacks between $from and $to; pairs whose text gave no date are left out when a bound is set.
// Each ATTACKED relationship is one article's report (graph model v2), so the pair's edge is the aggregate of them.
// Parameters: $from, $to: ISO dates 'yyyy-MM-dd', or null for no bound.
//   :param from => '2020-01-01'
//   :param to => null
MATCH (attacker)-[attack:ATTACKED]->(target)
WITH attacker, target, count(DISTINCT attack.report) AS reports, min(attack.firstDate) AS firstDate, max(attack.lastDate) AS lastDate,
     collect(DISTINCT attack.triggers[0]) AS wordings
WHERE ($from IS NULL OR lastDate >= $from)
  AND ($to IS NULL OR firstDate <= $to)
RETURN attacker.name AS attacker,
       labels(attacker)[0] AS attackerType,
       target.name AS target,
       labels(target)[0] AS targetType,
       reports,
       firstDate,
       lastDate,
       wordings[..5] AS wording
ORDER BY firstDate, attacker, target;
