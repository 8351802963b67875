using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Sources;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// Counts a document's articles until every one is settled, so that the document is acknowledged exactly once and
/// only after its last article committed, was skipped or failed.
/// </summary>
internal sealed class DocumentTracker(SourceDocument document)
{
    private readonly Lock gate = new();
    private readonly List<ArticleReadResult.Failure> failures = [];
    private int pending;
    private int written;
    private int skipped;
    private bool allRead;
    private bool completed;

    public SourceDocument Document { get; } = document;

    public string Origin => Document.Origin;

    public void AddPending()
    {
        lock (gate)
        {
            pending++;
        }
    }

    public DocumentOutcome? OnWritten()
    {
        lock (gate)
        {
            written++;
            pending--;
            return TryComplete();
        }
    }

    public DocumentOutcome? OnSkipped()
    {
        lock (gate)
        {
            skipped++;
            pending--;
            return TryComplete();
        }
    }

    public DocumentOutcome? OnFailed(ArticleReadResult.Failure failure)
    {
        lock (gate)
        {
            failures.Add(failure);
            pending--;
            return TryComplete();
        }
    }

    /// <summary>The document yielded its last article; returns the outcome if everything is already settled.</summary>
    public DocumentOutcome? OnAllRead()
    {
        lock (gate)
        {
            allRead = true;
            return TryComplete();
        }
    }

    private DocumentOutcome? TryComplete()
    {
        if (!allRead || pending > 0 || completed)
        {
            return null;
        }

        completed = true;
        return new DocumentOutcome(written, skipped, [.. failures]);
    }
}
