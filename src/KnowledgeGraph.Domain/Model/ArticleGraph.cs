namespace KnowledgeGraph.Domain.Model;

/// <summary>The extraction result of one article: what a sink writes, atomically, per article.</summary>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<ExtractedRelationship> Relationships)
{
    /// <summary>
    /// The <c>IArticleExtractor.Version</c> that produced this graph, stored with the article so that a later version
    /// re-extracts it. Empty when unknown (tests, hand-built graphs): such an article is stale for every extractor.
    /// </summary>
    public string ExtractorVersion { get; init; } = "";
}
