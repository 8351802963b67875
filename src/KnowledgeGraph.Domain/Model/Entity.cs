namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// A resolved entity. <see cref="Id"/> is stable across articles (label + normalised canonical name), so the same
/// entity from two articles is one node.
/// </summary>
public sealed record Entity(EntityLabel Label, string Name, IReadOnlyList<string> Aliases)
{
    public string Id { get; } = NodeIds.ForEntity(Label, Name);
}

/// <summary>An entity as mentioned by one article, with how often it was mentioned there.</summary>
public sealed record ArticleEntity(Entity Entity, int Mentions);
