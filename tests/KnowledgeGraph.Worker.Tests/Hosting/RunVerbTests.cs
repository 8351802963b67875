using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Hosting;

/// <summary>The hosted worker through the real <c>run</c> verb: an inbox folder drained into the embedded store.</summary>
public sealed class RunVerbTests
{
    [Fact]
    public async Task Run_InboxWithGoodAndBadFiles_IngestsMovesFilesAndStopsGracefullyOnCancel()
    {
        using var folder = new TempFolder();
        var inbox = folder.Combine("inbox");
        var articles = ArticleFiles.Generate(6, seed: 5);
        ArticleFiles.WriteJsonFiles(inbox, articles.Take(3));
        ArticleFiles.WriteJsonLines(Path.Combine(inbox, "batch.jsonl"), articles.Skip(3));
        await File.WriteAllTextAsync(Path.Combine(inbox, "broken.json"), "{ not json", TestContext.Current.CancellationToken);
        var store = folder.Combine("kg.db");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var run = TestSupport.Cli.RunAsync(
            ["run", "--inbox", inbox, "--store", store, "-c", "Sources:Inbox:PollInterval=00:00:00.200", "-c", "Sources:Inbox:StableDuration=00:00:00", "-c", "Pipeline:BatchLatency=00:00:00.020"],
            stop.Token);

        var done = Path.Combine(inbox, "done");
        var failed = Path.Combine(inbox, "failed");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (CountFiles(done, "*.json*") < 4 || CountFiles(failed, "broken.json") < 1)
        {
            Assert.False(run.IsCompleted, run.IsCompleted ? (await run).ToString() : "");
            Assert.True(DateTime.UtcNow < deadline, "the inbox was not drained in time");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        var result = await run;
        Assert.True(result.ExitCode is 0 or 130, result.ToString());

        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains("Articles ingested: 6", status.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json", status.Output, StringComparison.Ordinal);
    }

    private static int CountFiles(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Count(f => !f.EndsWith(".error.txt", StringComparison.Ordinal)) : 0;
}
