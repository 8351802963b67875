using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>One article (or one unreadable input) on its way through the pipeline.</summary>
internal sealed class WorkItem
{
    private WorkItem(DocumentTracker document, Article? article, ArticleReadResult.Failure? failure)
    {
        Document = document;
        Article = article;
        Failure = failure;
    }

    public DocumentTracker Document { get; }

    public Article? Article { get; }

    /// <summary>Set when the input could not be read or the article could not be extracted or written.</summary>
    public ArticleReadResult.Failure? Failure { get; set; }

    public ArticleGraph? Graph { get; set; }

    /// <summary>Same article (id and content) read again while this one was in flight: settled with this one.</summary>
    public List<WorkItem>? Followers { get; set; }

    /// <summary>Completes when this item is settled; a later, different version of the same article waits for it.</summary>
    public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where the article came from, for the journal and error messages.</summary>
    public string Origin => Failure?.Origin ?? (string.IsNullOrEmpty(Article?.Origin) ? Document.Origin : Article.Origin);

    public static WorkItem From(DocumentTracker document, ArticleReadResult result) => result switch
    {
        ArticleReadResult.Success success => new WorkItem(document, success.Article, null),
        ArticleReadResult.Failure failure => new WorkItem(document, null, failure),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown read result."),
    };

    public static WorkItem Failed(DocumentTracker document, string origin, string reason) =>
        new(document, null, new ArticleReadResult.Failure(origin, reason));

    public void Fail(string reason) => Failure = new ArticleReadResult.Failure(Origin, reason);
}
