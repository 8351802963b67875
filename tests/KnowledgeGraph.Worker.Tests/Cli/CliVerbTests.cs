using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

public sealed class CliVerbTests
{
    [Theory]
    [MemberData(nameof(TestSupport.Cli.Verbs), MemberType = typeof(TestSupport.Cli))]
    public async Task Help_OnEveryVerb_PrintsUsageAndExitsZero(string verb)
    {
        var result = await TestSupport.Cli.RunAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Matches($@"Usage:\s+\S+ {verb}", result.Output);
        Assert.Contains("--config", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_OnRoot_ListsEveryVerb()
    {
        var result = await TestSupport.Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "ingest", "extract", "export", "run", "status", "eval", "bench" })
        {
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
        }
    }

    // The timeout turns a regression to "retry forever" into a failure instead of a hung test run.
    [Fact(Timeout = 120_000)]
    public async Task Ingest_GraphStoreUnreachable_GivesUpWithPlainErrorInsteadOfWaitingForever()
    {
        using var folder = new TempFolder();
        var article = folder.Combine("a.txt");
        await File.WriteAllTextAsync(article, "Iran struck the base.\nIran fired missiles at US forces.", TestContext.Current.CancellationToken);
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now: every connection is refused

        // Neo4j's own pipeline gives up at once (no retries): ingest stops (the hosted worker would wait for the store).
        var result = await TestSupport.Cli.RunAsync(
            "ingest", article, "--store", folder.Combine("kg.db"),
            "-c", $"Neo4j:Uri=http://127.0.0.1:{port}", "-c", "Neo4j:Password=not-logged",
            "-c", "Neo4j:MaxRetryAttempts=0", "-c", "Neo4j:CircuitBreakerMinimumThroughput=100",
            "-c", "Progress:Mode=none");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unreachable", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-logged", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithoutPaths_IsAUsageError()
    {
        var result = await TestSupport.Cli.RunAsync("ingest");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("paths", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAUsageError()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("export", "--format", "xml", "--out", folder.Combine("x"), "--store", folder.Combine("kg.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_InvalidPipelineSetting_ExitsTwoNamingTheKey()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Path, "--store", folder.Combine("kg.db"), "-c", "Pipeline:BatchSize=0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Pipeline:BatchSize", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_UnknownProgressMode_ExitsTwoNamingTheKey()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Path, "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=fancy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Progress:Mode", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_MalformedOverride_IsAUsageError()
    {
        var result = await TestSupport.Cli.RunAsync("status", "-c", "no-equals-sign");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("KEY=VALUE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NoStore_ExitsOneAndSaysSo()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("missing.db");

        var result = await TestSupport.Cli.RunAsync("status", "--store", store);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(store, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(store), "status must not create a store");
    }

    [Fact]
    public async Task IngestTwiceThenReextract_SameInput_SkipsUnchangedThenRewritesAllAndNothingIsStale()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("graph.db");
        var samples = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(6, seed: 7));

        var first = await TestSupport.Cli.RunAsync("ingest", samples, "--store", store, "-c", "Progress:Mode=none");
        var again = await TestSupport.Cli.RunAsync("ingest", samples, "--store", store, "-c", "Progress:Mode=none");
        var forced = await TestSupport.Cli.RunAsync("ingest", samples, "--store", store, "-c", "Progress:Mode=none", "--reextract");
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        var summarize = await TestSupport.Cli.RunAsync("summarize", "--store", store);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"skipped \(unchanged\):\s+6", again.Output);
        Assert.Matches(@"written:\s+6", forced.Output);
        Assert.Contains("Stale articles: 0", status.Output, StringComparison.Ordinal);
        Assert.Equal(0, summarize.ExitCode);
        Assert.Contains("0 entit(ies)", summarize.Output, StringComparison.Ordinal);
    }
}
