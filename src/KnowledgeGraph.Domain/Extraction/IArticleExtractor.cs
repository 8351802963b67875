using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Extraction;

/// <summary>
/// Turns one article into its graph. Implementations are deterministic, thread-safe and free of I/O, so the
/// pipeline can run them in parallel across cores.
/// </summary>
public interface IArticleExtractor
{
    ArticleGraph Extract(Article article);
}
