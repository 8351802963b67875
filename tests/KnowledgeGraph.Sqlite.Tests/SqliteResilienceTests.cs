using KnowledgeGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Sqlite.Tests;

/// <summary>The embedded store's keyed resilience pipeline: a database another process keeps locked is retried, not failed.</summary>
public sealed class SqliteResilienceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_DatabaseLockedBriefly_RetriedByThePipelineAndWritten()
    {
        using var fixture = new TemporaryStore();
        var path = Path.Combine(fixture.Folder, "locked.db");
        await using var provider = new ServiceCollection()
            .AddKnowledgeGraphSqlite(options =>
            {
                options.Path = path;
                options.BusyTimeout = TimeSpan.Zero; // SQLite's own wait off: the lock surfaces as SQLITE_BUSY at once
                options.MaxRetryAttempts = 4;
            })
            .BuildServiceProvider();
        var store = provider.GetRequiredService<SqliteGraphStore>();
        await store.InitializeAsync(Token);

        await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await other.OpenAsync(Token);
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync(Token);
            var write = store.WriteAsync([Graphs.Strike("locked-1")], Token);
            await Task.Delay(300, Token);
            hold.CommandText = "COMMIT;";
            await hold.ExecuteNonQueryAsync(Token);
            await write;
        }

        var unchanged = await store.FindUnchangedAsync([Graphs.Strike("locked-1").Article], Graphs.Strike("locked-1").ExtractorVersion, Token);
        Assert.Contains("locked-1", unchanged);
    }

    [Fact]
    public void AddKnowledgeGraphSqlite_CalledTwice_RegistersTheStoreOnce()
    {
        var services = new ServiceCollection();
        services.AddKnowledgeGraphSqlite(options => options.Path = "a.db");
        services.AddKnowledgeGraphSqlite(options => options.Path = "a.db");

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(SqliteGraphStore));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IIngestionJournal));
    }
}
