namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// A failure of the graph store as a whole, not of one article: the pipeline stops its run on it instead of failing
/// the articles of a batch, so nothing is journalled as failed and nothing unfinished is acknowledged to its source.
/// </summary>
public abstract class GraphStoreException : Exception
{
    protected GraphStoreException(string store, string message, Exception? innerException)
        : base(message, innerException)
    {
        Store = store;
    }

    /// <summary>The store's <see cref="IGraphSink.Description"/> (or its file path).</summary>
    public string Store { get; }
}

/// <summary>
/// The store stayed unreachable (down, busy, restarting) through its own resilience pipeline's retries. Transient by
/// nature: the same work succeeds once the store is back. <c>ingest</c> exits 1; the hosted worker waits and resumes.
/// </summary>
public sealed class GraphStoreUnavailableException : GraphStoreException
{
    public GraphStoreUnavailableException(string store, Exception innerException)
        : base(store, $"{store}: {innerException?.Message}", innerException)
    {
    }
}

/// <summary>
/// The store refuses all work and retrying cannot cure it: credentials rejected, a server that is not Neo4j, a
/// database file that is read-only, in a folder that cannot be written, or not a SQLite database. The message is one
/// line naming the store (path or server) and the cause, for the operator.
/// </summary>
public sealed class GraphStoreAccessException : GraphStoreException
{
    public GraphStoreAccessException(string store, string message, Exception? innerException = null)
        : base(store, message, innerException)
    {
    }
}
