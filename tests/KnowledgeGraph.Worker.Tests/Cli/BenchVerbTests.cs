using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

public sealed class BenchVerbTests
{
    [Fact(Timeout = 120_000)]
    public async Task Bench_Neo4jConfigured_WritesSyntheticArticlesOnlyIntoTheEmbeddedStore()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("bench.db");

        // A Query API endpoint that accepts every write: had bench used the configured Neo4j sink, requests would reach it.
        await using var neo4j = LocalQueryApiEndpoint.Start();

        var result = await TestSupport.Cli.RunAsync(
            [
                "bench", "--articles", "40", "--extraction-sample", "5", "--store", store,
                "-c", $"Neo4j:Uri={neo4j.Uri}", "-c", "Neo4j:Password=not-used",
                "-c", "Neo4j:MaxRetryAttempts=0",
            ],
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, neo4j.Requests);
        Assert.Contains($"End to end into sqlite:{store}: 40 articles", result.Output, StringComparison.Ordinal);
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains("Articles ingested: 40", status.Output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Bench_NoStoreGiven_UsesATemporaryStoreAndDeletesIt()
    {
        using var folder = new TempFolder();
        var configured = folder.Combine("configured.db");

        var result = await TestSupport.Cli.RunAsync(
            ["bench", "--articles", "20", "--extraction-sample", "5", "-c", $"Store:Path={configured}"],
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        var used = System.Text.RegularExpressions.Regex.Match(result.Output, @"End to end into sqlite:(?<path>.+?): 20 articles");
        Assert.True(used.Success, result.ToString());
        Assert.NotEqual(configured, used.Groups["path"].Value);
        Assert.False(File.Exists(configured), "bench must not write into the configured store");
        Assert.False(File.Exists(used.Groups["path"].Value), "bench must delete its temporary store");
    }

    [Fact]
    public async Task BenchHelp_Store_SaysTheDefaultIsATemporaryFileNotKnowledgeGraphDb()
    {
        var result = await TestSupport.Cli.RunAsync("bench", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        var store = Assert.Single(result.Output.Split('\n'), line => line.TrimStart().StartsWith("--store", StringComparison.Ordinal));
        Assert.Contains("default: a temporary file", store, StringComparison.Ordinal);
        Assert.DoesNotContain("knowledgegraph.db", store, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Bench_Extraction_ReportsTheSteadyStateAndTheColdFirstArticlesSeparately()
    {
        var result = await TestSupport.Cli.RunAsync(
            ["bench", "--articles", "10", "--extraction-sample", "250"],
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        var steady = System.Text.RegularExpressions.Regex.Match(result.Output,
            @"Extraction, single thread, steady state: (?<rate>\d+) articles/s per core \(median of the last 3 of (?<passes>\d+) passes over 250 articles");
        Assert.True(steady.Success, result.ToString());
        Assert.True(int.Parse(steady.Groups["passes"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 4, result.ToString());
        Assert.Matches(@"Extraction, single thread, warm-up: \d+ articles/s over the first 200 articles from a cold start", result.Output);
        // Extraction allocates (a document, tokens, a graph): the figure is measured, not a placeholder zero.
        var allocated = System.Text.RegularExpressions.Regex.Match(result.Output, @"relationships per pass, (?<kb>\d+) KB allocated per article\)");
        Assert.True(allocated.Success, result.ToString());
        Assert.True(int.Parse(allocated.Groups["kb"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, result.ToString());
    }
}
