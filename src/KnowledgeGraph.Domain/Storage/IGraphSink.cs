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

    /// <summary>
    /// Of the given articles, the ids stored with the same content hash AND extracted by <paramref name="extractorVersion"/>:
    /// already ingested, unchanged. An article extracted by another version is not unchanged: it is extracted again.
    /// </summary>
    Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken);

    /// <summary>Writes a batch in one transaction. When this returns, every article of the batch is durable.</summary>
    Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Recomputes what is derived from many articles' facts (entity names and aliases), where a store keeps it
    /// materialised. The write path never updates such values (they would be read-modify-write races between writers
    /// and cost time proportional to an entity's reports); this explicit pass makes them a function of the stored facts
    /// alone. Idempotent; the embedded store derives on read and has nothing to do. Returns how many nodes it updated.
    /// </summary>
    Task<long> SummarizeAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    /// <summary>
    /// True when <paramref name="exception"/>, thrown by this sink, says the store is busy, restarting or unreachable
    /// (the same call can succeed later), false when it would fail the same way forever (bad data, a constraint, a bug).
    /// Each store knows its own failures; the default knows only the generic ones.
    /// </summary>
    bool IsTransient(Exception exception) => StoreFailures.IsTransient(exception);
}
