using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Sqlite;

/// <summary>
/// The ONE resilience pipeline of the embedded store, around each whole store call (so a retry redoes the transaction
/// from scratch): it retries only a database another process keeps busy or locked beyond <c>Store:BusyTimeout</c>
/// (SQLite's own wait). Nothing else is retried: a read-only file, a full disk or a file that is not a database fail
/// the same way every time. No circuit breaker: there is no remote server to spare, one local file.
/// </summary>
public static class SqliteResilience
{
    public const string PipelineName = "KnowledgeGraph.Sqlite";

    // SQLITE_BUSY, SQLITE_LOCKED (primary codes; extended codes carry them in the low byte).
    private const int Busy = 5;
    private const int Locked = 6;

    public static void Configure(ResiliencePipelineBuilder builder, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                Name = "sqlite-busy-retry",
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsBusy),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
    }

    public static bool IsBusy(SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception.SqliteErrorCode & 0xFF) is Busy or Locked;
    }
}
