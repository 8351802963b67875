// Who attacked whom, and when: every ATTACKED edge with its event dates, how many articles report it and the
// words that expressed the attack. Optionally limited to events between $from and $to; edges whose text gave no
// date are left out when a bound is set.
// Parameters: $from, $to: ISO dates 'yyyy-MM-dd', or null for no bound.
//   :param from => '2020-01-01'
//   :param to => null
MATCH (attacker)-[attack:ATTACKED]->(target)
WHERE ($from IS NULL OR attack.lastDate >= $from)
  AND ($to IS NULL OR attack.firstDate <= $to)
RETURN attacker.name AS attacker,
       labels(attacker)[0] AS attackerType,
       target.name AS target,
       labels(target)[0] AS targetType,
       attack.dates AS dates,
       size(attack.articles) AS articles,
       attack.triggers AS wording
ORDER BY attack.firstDate, attacker, target;
