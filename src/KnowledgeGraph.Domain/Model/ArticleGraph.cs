namespace KnowledgeGraph.Domain.Model;

/// <summary>The extraction result of one article: what a sink writes, atomically, per article.</summary>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ExtractedRelationship> Relationships);
