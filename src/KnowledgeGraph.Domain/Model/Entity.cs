namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// A resolved entity. <see cref="Id"/> is stable across articles (label + normalised canonical name), so the same
/// entity from two articles is one node.
/// </summary>
public sealed record Entity(EntityLabel Label, string Name, IReadOnlyList<string> Aliases)
{
    public string Id { get; } = NodeIds.ForEntity(Label, Name);

    /// <summary>
    /// For a <see cref="EntityLabel.Location"/>: the canonical name of the country it lies in (a gazetteer fact, the
    /// same in every article), which sinks write as <c>(:Location)-[:LOCATED_IN]-&gt;(:Country)</c>. Null otherwise.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>The node id of <see cref="Country"/>, or null when there is none.</summary>
    public string? CountryId => Label == EntityLabel.Location && Country is { Length: > 0 } country ? NodeIds.ForEntity(EntityLabel.Country, country) : null;
}

/// <summary>An entity as mentioned by one article, with how often it was mentioned there.</summary>
public sealed record ArticleEntity(Entity Entity, int Mentions);
