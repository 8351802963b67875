using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>What became of a predicted relationship or entity that matched no gold item.</summary>
public enum UnmatchedStatus
{
    /// <summary>Counted as a false positive: the article is complete for its type or label.</summary>
    FalsePositive,

    /// <summary>Not counted: it fits a partial gold relationship (same type, the named end matches).</summary>
    FitsPartial,

    /// <summary>Not counted: the article is not complete for its type or label, so the gold cannot say it is wrong.</summary>
    NotScored,
}

/// <summary>A gold relationship not found, or a prediction that matched no gold relationship.</summary>
public sealed record RelationshipFinding(RelationshipType Type, string Start, string End, string? Evidence, UnmatchedStatus? Status)
{
    public override string ToString() => $"({Start})-[:{Type.ToGraphType()}]->({End})";
}

/// <summary>A gold entity not found, or a predicted entity that matched no gold entity.</summary>
public sealed record EntityFinding(string Label, string Name, IReadOnlyList<string> Aliases, UnmatchedStatus? Status);

/// <summary>Per-article detail for developers: what was missed and what was predicted without gold support.</summary>
public sealed record ArticleFindings(
    string ArticleId,
    string Origin,
    IReadOnlyList<RelationshipFinding> MissedRelationships,
    IReadOnlyList<RelationshipFinding> UnmatchedRelationships,
    IReadOnlyList<EntityFinding> MissedEntities,
    IReadOnlyList<EntityFinding> UnmatchedEntities)
{
    public bool IsEmpty =>
        MissedRelationships.Count == 0 && UnmatchedRelationships.Count == 0
        && MissedEntities.Count == 0 && UnmatchedEntities.Count == 0;
}

/// <summary>The score of one article: a row per relationship type and per entity label, and its findings.</summary>
public sealed record ArticleScore(
    IReadOnlyDictionary<RelationshipType, ScoreRow> Relationships,
    IReadOnlyDictionary<EntityLabel, ScoreRow> Entities,
    ArticleFindings Findings)
{
    /// <summary>The article's relationship predictions per extraction rule, ordered by rule id.</summary>
    public IReadOnlyList<RuleScore> Rules { get; init; } = [];
}
