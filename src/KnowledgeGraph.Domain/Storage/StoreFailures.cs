namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// The failures every store shares that retrying can cure: I/O trouble, a timeout, an HTTP request that did not get
/// through. A store adds its own (SQLite's busy codes, Neo4j's transient errors) in <see cref="IGraphSink.IsTransient"/>.
/// </summary>
public static class StoreFailures
{
    public static bool IsTransient(Exception exception) => IsTransient(exception, static _ => null);

    /// <summary>
    /// Generic transient failures, at any depth, with the store's own verdict first: <paramref name="storeVerdict"/>
    /// answers true or false for an exception type it owns and null for any other.
    /// </summary>
    public static bool IsTransient(Exception exception, Func<Exception, bool?> storeVerdict)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(storeVerdict);
        if (storeVerdict(exception) is { } verdict)
        {
            return verdict;
        }

        return exception switch
        {
            IOException or TimeoutException or HttpRequestException => true,
            AggregateException aggregate => aggregate.InnerExceptions.All(inner => IsTransient(inner, storeVerdict)),
            _ => exception.InnerException is { } inner && IsTransient(inner, storeVerdict),
        };
    }
}
