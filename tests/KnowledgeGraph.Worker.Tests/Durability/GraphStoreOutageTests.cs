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

    [Fact]
    public async Task Run_StoreDownMidRunThenBack_KeepsTheInboxWaitsAndResumesLoggingTheOutageOnce()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Stopped with SIGTERM, a POSIX signal.");
        }

        using var folder = new TempFolder();
        var inbox = folder.Combine("inbox");
        const int files = 12;
        ArticleFiles.WriteJsonFiles(inbox, ArticleFiles.Generate(files, seed: 17));
        var database = new CommittedArticles();
        await using var server = await RecordingQueryApi.StartAsync(database, commitDelay: TimeSpan.FromMilliseconds(20));
        server.DieAfterCommits(1);
        using var process = WorkerProcess.Start(
            folder.Path,
            [
                "run", "--inbox", inbox, "--store", folder.Combine("journal.db"),
                "-c", $"Neo4j:Uri={server.Uri}", "-c", "Neo4j:Password=test",
                "-c", "Neo4j:RetryBaseDelay=00:00:00.050", "-c", "Neo4j:MaxRetryAttempts=2",
                "-c", "Pipeline:BatchSize=2", "-c", "Pipeline:RestartDelay=00:00:00.500",
                "-c", "Sources:Inbox:PollInterval=00:00:00.200", "-c", "Sources:Inbox:StableDuration=00:00:00",
            ]);
        try
        {
            await StopsAndResumesAsync(process, server, database, inbox, files);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task StopsAndResumesAsync(Process process, RecordingQueryApi server, CommittedArticles database, string inbox, int files)
    {
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);

        await server.Died.WaitAsync(TimeSpan.FromSeconds(60), Token);
        // Down for several restart delays: the worker must wait, not fail articles or move files.
        await Task.Delay(TimeSpan.FromSeconds(3), Token);
        Assert.False(process.HasExited, process.HasExited ? await error : "");
        Assert.True(Directory.GetFiles(inbox, "*.json").Length >= files - 2, "files were acknowledged while the store was down");
        Assert.False(Directory.Exists(Path.Combine(inbox, "failed")), "files were failed while the store was down");
        server.Revive();

        var done = Path.Combine(inbox, "done");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!Directory.Exists(done) || Directory.GetFiles(done, "*.json").Length < files)
        {
            Assert.False(process.HasExited, process.HasExited ? await error : "");
            Assert.True(DateTime.UtcNow < deadline, "the worker did not resume after the store came back");
            await Task.Delay(50, Token);
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync(Token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        var log = await output + await error;
        Assert.True(process.ExitCode == 0, log);
        Assert.Single(log.Split('\n'), line => line.Contains("The graph store is unreachable", StringComparison.Ordinal));
        Assert.Equal(files, database.Commits.Count);
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
