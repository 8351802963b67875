namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// The worker's local record of what it ingested and what failed, kept in SQLite whatever the graph sink is, so
/// <c>status</c> works the same for the embedded store and for Neo4j.
/// </summary>
public interface IIngestionJournal
{
    /// <summary>Records articles as done. Call only after the sink's batch has committed.</summary>
    Task RecordIngestedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken);

    /// <summary>
    /// Records articles the sink already holds unchanged, adding an entry only where the journal has none: the process
    /// stopped between a sink commit and its <see cref="RecordIngestedAsync"/>. Existing entries are kept as they are.
    /// </summary>
    Task RecordUnchangedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken);

    /// <summary>Records a failed input (replacing an earlier failure of the same origin).</summary>
    Task RecordFailureAsync(string origin, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <param name="recentLimit">How many recent articles and failures to list.</param>
    /// <param name="currentExtractorVersion">The running extractor's version: journaled articles of any other are counted as stale.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IngestionStatus> GetStatusAsync(int recentLimit, string currentExtractorVersion, CancellationToken cancellationToken);
}

public sealed record IngestedArticle(string ArticleId, string Origin, string ContentHash, int Entities, int Relationships, DateTimeOffset At)
{
    /// <summary>The extractor version that produced the stored graph (part of the change key).</summary>
    public string ExtractorVersion { get; init; } = "";
}

public sealed record FailureRecord(string Origin, string Reason, DateTimeOffset At);

public sealed record IngestionStatus(
    long ArticlesIngested,
    long Failures,
    DateTimeOffset? LastIngestedAt,
    IReadOnlyList<IngestedArticle> RecentArticles,
    IReadOnlyList<FailureRecord> RecentFailures,
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType)
{
    /// <summary>Journaled articles extracted by another extractor version than the running one: re-ingest them to refresh.</summary>
    public long StaleArticles { get; init; }
}
