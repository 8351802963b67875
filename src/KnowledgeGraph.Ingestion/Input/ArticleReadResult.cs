using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>What reading one input produced: an article, or a failure naming the input and the reason.</summary>
public abstract record ArticleReadResult(string Origin)
{
    public sealed record Success(Article Article) : ArticleReadResult(Article.Origin);

    public sealed record Failure(string Origin, string Reason) : ArticleReadResult(Origin);
}
