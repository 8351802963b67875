using System.Diagnostics;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Durability;

/// <summary>
/// The graph store going away in the middle of an ingest, with the real executable and a real HTTP server standing in
/// for Neo4j's Query API: the run stops within the documented time with one clear line, fails nothing, and the next run
/// after the store is back writes every article exactly once.
/// </summary>
public sealed class GraphStoreOutageTests
{
    private const int ArticleCount = 1500;

    // The documented give-up time: Neo4j:RetryBaseDelay × (2^Neo4j:MaxRetryAttempts − 1) of back-off (6.2 s with the
    // 0.2 s base used here, 31 s with the defaults), spread by jitter; generous for a loaded machine.
    private static readonly TimeSpan DocumentedGiveUp = TimeSpan.FromSeconds(0.2 * 31 * 2 + 8);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_QueryApiKilledMidRun_ExitsOneInTimeFailsNothingAndTheNextRunWritesEachArticleOnce()
    {
        using var folder = new TempFolder();
        var input = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(ArticleCount, seed: 41));
        var store = folder.Combine("journal.db");
        var database = new CommittedArticles();

        var server = await RecordingQueryApi.StartAsync(database, commitDelay: TimeSpan.FromMilliseconds(50));
        server.DieAfterCommits(3);
        using var first = WorkerProcess.Start(folder.Path, Arguments(input, store, server.Uri));
        var firstError = first.StandardError.ReadToEndAsync(Token);
        var firstOutput = first.StandardOutput.ReadToEndAsync(Token);
        await first.WaitForExitAsync(Token);
        var exitedAt = Stopwatch.GetTimestamp();
        Assert.True(server.Died.IsCompleted, "the ingest ended before the store died: " + await firstError);
        var tookToGiveUp = Stopwatch.GetElapsedTime(await server.Died, exitedAt);
        await server.DisposeAsync();

        var error = await firstError;
        Assert.True(first.ExitCode == 1, $"exit {first.ExitCode} after {tookToGiveUp}; {database.Commits.Count} committed, {server.ArticleCommits} commits\n{error}\n{await firstOutput}");
        Assert.Contains("error: the graph store is unreachable", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(tookToGiveUp < DocumentedGiveUp, $"gave up after {tookToGiveUp}, documented {DocumentedGiveUp}");
        Assert.InRange(database.Commits.Count, 1, ArticleCount - 1);
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains("Failed inputs: 0", status.Output, StringComparison.Ordinal);

        await using var restarted = await RecordingQueryApi.StartAsync(database);
        using var second = WorkerProcess.Start(folder.Path, Arguments(input, store, restarted.Uri));
        var secondError = second.StandardError.ReadToEndAsync(Token);
        await second.StandardOutput.ReadToEndAsync(Token);
        await second.WaitForExitAsync(Token);

        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}\n{await secondError}");
        Assert.Equal(ArticleCount, database.Commits.Count);
        Assert.All(database.Commits, commit => Assert.True(commit.Value == 1, $"{commit.Key} committed {commit.Value} times"));
    }

    private static string[] Arguments(string input, string store, Uri neo4j) =>
    [
        "ingest", input, "--store", store,
        "-c", $"Neo4j:Uri={neo4j}", "-c", "Neo4j:Password=test",
        "-c", "Neo4j:RetryBaseDelay=00:00:00.200",
        "-c", "Pipeline:BatchSize=50", "-c", "Progress:Mode=none",
    ];
}
