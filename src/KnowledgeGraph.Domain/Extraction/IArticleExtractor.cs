using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Extraction;

/// <summary>
/// Turns one article into its graph. Implementations are deterministic, thread-safe and free of I/O, so the
/// pipeline can run them in parallel across cores.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Names what this extractor finds: bumped whenever a change can alter the graph of an article already stored.
    /// It is part of the change key (stored per article), so articles extracted by an older version are not skipped
    /// as unchanged but extracted again, and <c>status</c> counts them as stale.
    /// </summary>
    string Version { get; }

    ArticleGraph Extract(Article article);
}
