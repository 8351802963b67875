namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// One event relationship found in one sentence of one article, with its evidence.
/// For symmetric types (MET) the extractor orders endpoints so that <see cref="StartId"/> sorts first (ordinal).
/// </summary>
public sealed record ExtractedRelationship(
    RelationshipType Type,
    string StartId,
    string EndId,
    int SentenceIndex,
    string Evidence,
    string Trigger,
    DateOnly? EventDate)
{
    /// <summary>The id of the extraction rule that produced the edge ("attacked.verb.passive"), for tracing and per-rule scores.</summary>
    public string? Rule { get; init; }
}
