namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// How an entity's name is derived from the articles that mention it, in every store: the name the most articles used,
/// ties to the ordinal-smallest; every other surface form seen (names and aliases) is an alias. A function of the set
/// of per-article facts only, so it never depends on the order articles arrived in. Neo4j's <c>summarize</c> pass
/// (<c>cypher/write/summarize-entities.cypher</c>) computes the same choice in Cypher.
/// </summary>
public static class EntityNaming
{
    public static string ChooseName(IReadOnlyDictionary<string, int> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        string? best = null;
        var bestVotes = 0;
        foreach (var (name, count) in votes)
        {
            if (best is null || count > bestVotes || (count == bestVotes && string.CompareOrdinal(name, best) < 0))
            {
                (best, bestVotes) = (name, count);
            }
        }

        return best ?? throw new ArgumentException("An entity needs at least one name.", nameof(votes));
    }
}
