using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// Where article graphs are written: the embedded SQLite store or Neo4j. Writes are idempotent: writing the same
/// article twice changes nothing, and writing a changed article replaces what that article contributed.
/// </summary>
public interface IGraphSink
{
    /// <summary>A short name for logs and summaries ("sqlite:/path/graph.db", "neo4j:http://host:7474/neo4j").</summary>
    string Description { get; }

    /// <summary>Creates the schema (constraints, indexes, tables) if missing. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Of the given articles, the ids whose stored content hash equals theirs: already ingested, unchanged.</summary>
    Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, CancellationToken cancellationToken);

    /// <summary>Writes a batch in one transaction. When this returns, every article of the batch is durable.</summary>
    Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken);

    /// <summary>
    /// True when <paramref name="exception"/>, thrown by this sink, says the store is busy, restarting or unreachable
    /// (the same call can succeed later), false when it would fail the same way forever (bad data, a constraint, a bug).
    /// Each store knows its own failures; the default knows only the generic ones.
    /// </summary>
    bool IsTransient(Exception exception) => StoreFailures.IsTransient(exception);
}
