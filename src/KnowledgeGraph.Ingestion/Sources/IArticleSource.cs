using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Sources;

/// <summary>
/// A place articles come from: an inbox folder, RSS/Atom feeds, a JSONL file or standard input. Several run at once.
/// </summary>
public interface IArticleSource
{
    /// <summary>Short name for logs and metrics ("inbox", "feed", "stdin").</summary>
    string Name { get; }

    /// <summary>Yields documents until cancelled (watching sources) or exhausted (one-shot sources).</summary>
    IAsyncEnumerable<SourceDocument> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One thing a source delivers — a file, a feed item, a standard-input stream — holding one or more articles.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Names the document in errors and status (a path, a URL).</summary>
    public required string Origin { get; init; }

    /// <summary>The document's articles, or failures naming what could not be read and why.</summary>
    public required IAsyncEnumerable<ArticleReadResult> Articles { get; init; }

    /// <summary>
    /// Called by the pipeline exactly once, after every article of the document has been durably written (its batch
    /// committed), skipped as unchanged, or has failed. Sources acknowledge here: move a file to done/ or failed/,
    /// mark a feed item seen. Not called when the pipeline is cancelled first, so unfinished work is redone.
    /// </summary>
    public Func<DocumentOutcome, CancellationToken, ValueTask> CompleteAsync { get; init; } =
        static (_, _) => ValueTask.CompletedTask;
}

/// <summary>What became of one document's articles.</summary>
public sealed record DocumentOutcome(int Written, int Skipped, IReadOnlyList<ArticleReadResult.Failure> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}
