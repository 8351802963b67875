using KnowledgeGraph.Neo4j;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Worker.Pipeline;

/// <summary>
/// Tells a failure worth retrying (the store or server is busy, restarting or unreachable) from one that would fail
/// the same way forever (bad data, a constraint violation, a bug): only the first is retried, so a poison article
/// can never hold the pipeline hostage.
/// </summary>
internal static class SinkFailures
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: another process or the disk, not the data.
    private static readonly HashSet<int> TransientSqliteCodes = [5, 6, 10, 13, 14];

    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        SqliteException sqlite => TransientSqliteCodes.Contains(sqlite.SqliteErrorCode),
        IOException or TimeoutException or HttpRequestException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
