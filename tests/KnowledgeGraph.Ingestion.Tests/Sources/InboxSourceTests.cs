using System.Globalization;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Sources.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class InboxSourceTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private static ServiceProvider Build(TempFolder inbox, FakeTimeProvider time) => SourceServices.Build(
        new Dictionary<string, string?>
        {
            ["Sources:Inbox:Path"] = inbox.Path,
            ["Sources:Inbox:PollInterval"] = "00:00:05",
            ["Sources:Inbox:StableDuration"] = "00:00:02",
        },
        time);

    private static InboxSource Inbox(IServiceProvider provider) => provider.GetServices<IArticleSource>().OfType<InboxSource>().Single();

    private static string Story(int n) => string.Create(CultureInfo.InvariantCulture,
        $"Officials in Marrow said on Tuesday that talks with the delegation from Quessa would resume after the holiday, statement {n} added.");

    private static string[] ExpectedErrorLines(ProcessedDocument document) =>
        [.. document.Failures.Select(failure => $"{failure.Origin}: {failure.Reason}".ReplaceLineEndings(" "))];

    [Fact]
    public async Task ReadAsync_FileDroppedWhileRunning_IsYieldedAndMovedToDoneOnCompletion()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));
        Assert.False(await runner.AnyWithinAsync(TimeSpan.FromMilliseconds(100)));

        var path = inbox.Combine("dispatch.txt");
        await File.WriteAllTextAsync(path, Story(1), TestContext.Current.CancellationToken);
        var document = await runner.NextProcessedAsync("the dropped file", time, Step);

        Assert.Equal(path, document.Document.Origin);
        Assert.Contains(Story(1), Assert.Single(document.Articles).Text, StringComparison.Ordinal);
        Assert.True(File.Exists(path), "The file must stay in the inbox until the pipeline completes it.");
        await document.CompleteAsync();
        Assert.False(File.Exists(path));
        Assert.Equal(Story(1), await File.ReadAllTextAsync(inbox.Combine("done", "dispatch.txt"), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(inbox.Combine("done", "dispatch.txt.error.txt")));
    }

    [Fact]
    public async Task ReadAsync_FileStillBeingWritten_IsNotTakenUntilTheWriterIsDone()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));
        var path = inbox.Combine("upload.txt");

        using (var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read)))
        {
            await writer.WriteAsync(Story(1).AsMemory(0, 40), TestContext.Current.CancellationToken);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < 10; i++)
            {
                time.Advance(TimeSpan.FromSeconds(5));
                Assert.False(await runner.AnyWithinAsync(TimeSpan.FromMilliseconds(30)), "A file still open for writing was taken.");
            }

            await writer.WriteAsync(Story(1).AsMemory(40), TestContext.Current.CancellationToken);
        }

        var document = await runner.NextProcessedAsync("the finished upload", time, Step);
        Assert.Equal(Story(1), Assert.Single(document.Articles).Text);
    }

    [Fact]
    public async Task CompleteAsync_DocumentOutcomes_MoveFilesToDoneOrFailedWithErrorFiles()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await File.WriteAllTextAsync(inbox.Combine("good.txt"), Story(1), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(inbox.Combine("blank.txt"), "   ", TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(inbox.Combine("mixed.jsonl"),
            [$$"""{"id":"m-1","text":"{{Story(2)}}"}""", "{ this line is not JSON", $$"""{"id":"m-3","text":"{{Story(3)}}"}"""],
            TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(inbox.Combine("bad.jsonl"), ["not json", "[1, 2]"], TestContext.Current.CancellationToken);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));

        var documents = new Dictionary<string, ProcessedDocument>();
        for (var i = 0; i < 4; i++)
        {
            var document = await runner.NextProcessedAsync($"file {i + 1} of 4", time, Step);
            documents[Path.GetFileName(document.Document.Origin)] = document;
            await document.CompleteAsync();
        }

        Assert.Empty(Directory.GetFiles(inbox.Path));
        Assert.True(File.Exists(inbox.Combine("done", "good.txt")));
        Assert.False(File.Exists(inbox.Combine("done", "good.txt.error.txt")));

        // Some lines in, some failed: what went in stays in (done/), the failed lines are listed beside it.
        Assert.Equal(2, documents["mixed.jsonl"].Articles.Count);
        Assert.True(File.Exists(inbox.Combine("done", "mixed.jsonl")));
        Assert.Equal(ExpectedErrorLines(documents["mixed.jsonl"]), await File.ReadAllLinesAsync(inbox.Combine("done", "mixed.jsonl.error.txt"), TestContext.Current.CancellationToken));

        Assert.True(File.Exists(inbox.Combine("failed", "blank.txt")));
        Assert.Equal(ExpectedErrorLines(documents["blank.txt"]), await File.ReadAllLinesAsync(inbox.Combine("failed", "blank.txt.error.txt"), TestContext.Current.CancellationToken));
        var badLines = await File.ReadAllLinesAsync(inbox.Combine("failed", "bad.jsonl.error.txt"), TestContext.Current.CancellationToken);
        Assert.Equal(2, badLines.Length);
        Assert.Equal(ExpectedErrorLines(documents["bad.jsonl"]), badLines);
    }

    [Fact]
    public async Task CompleteAsync_NoArticlesAndNoFailures_MovesToFailedSayingSo()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var path = inbox.Combine("nothing.jsonl");
        await File.WriteAllTextAsync(path, "", TestContext.Current.CancellationToken);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));

        var document = await runner.NextAsync("the empty file", time, Step);
        await document.CompleteAsync(new DocumentOutcome(0, 0, []), CancellationToken.None);

        var reason = Assert.Single(await File.ReadAllLinesAsync(inbox.Combine("failed", "nothing.jsonl.error.txt"), TestContext.Current.CancellationToken));
        Assert.Contains(path, reason, StringComparison.Ordinal);
        Assert.Contains("no articles", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_NameAlreadyInDoneOrFailed_AddsSuffixAndKeepsTheOldFile()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Directory.CreateDirectory(inbox.Combine("done"));
        Directory.CreateDirectory(inbox.Combine("failed"));
        await File.WriteAllTextAsync(inbox.Combine("done", "brief.txt"), "earlier version", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(inbox.Combine("done", "brief-1.txt"), "second version", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(inbox.Combine("failed", "broken.txt"), "earlier failure", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(inbox.Combine("brief.txt"), Story(4), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(inbox.Combine("broken.txt"), "", TestContext.Current.CancellationToken);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));

        for (var i = 0; i < 2; i++)
        {
            await (await runner.NextProcessedAsync($"file {i + 1} of 2", time, Step)).CompleteAsync();
        }

        Assert.Equal("earlier version", await File.ReadAllTextAsync(inbox.Combine("done", "brief.txt"), TestContext.Current.CancellationToken));
        Assert.Equal("second version", await File.ReadAllTextAsync(inbox.Combine("done", "brief-1.txt"), TestContext.Current.CancellationToken));
        Assert.Equal(Story(4), await File.ReadAllTextAsync(inbox.Combine("done", "brief-2.txt"), TestContext.Current.CancellationToken));
        Assert.Equal("earlier failure", await File.ReadAllTextAsync(inbox.Combine("failed", "broken.txt"), TestContext.Current.CancellationToken));
        Assert.True(File.Exists(inbox.Combine("failed", "broken-1.txt")));
        Assert.True(File.Exists(inbox.Combine("failed", "broken-1.txt.error.txt")));
    }

    [Fact]
    public async Task ReadAsync_AfterRestart_ReprocessesFilesLeftInTheInboxButNeverDone()
    {
        using var inbox = new TempFolder();
        Directory.CreateDirectory(inbox.Combine("done"));
        await File.WriteAllTextAsync(inbox.Combine("done", "archived.txt"), Story(5), TestContext.Current.CancellationToken);
        var leftover = inbox.Combine("leftover.txt");
        await File.WriteAllTextAsync(leftover, Story(6), TestContext.Current.CancellationToken);

        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var provider = Build(inbox, time))
        {
            await using var runner = new SourceRunner(Inbox(provider));
            var taken = await runner.NextProcessedAsync("the leftover file", time, Step);
            Assert.Equal(leftover, taken.Document.Origin); // The "pipeline" crashes before completing it.
        }

        Assert.True(File.Exists(leftover));
        var restartedTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var provider = Build(inbox, restartedTime))
        {
            await using var runner = new SourceRunner(Inbox(provider));
            var again = await runner.NextProcessedAsync("the leftover file after restart", restartedTime, Step);
            Assert.Equal(leftover, again.Document.Origin);
            await again.CompleteAsync();

            for (var i = 0; i < 5; i++)
            {
                restartedTime.Advance(TimeSpan.FromSeconds(5));
                Assert.False(await runner.AnyWithinAsync(TimeSpan.FromMilliseconds(40)), "A file from done/ or an already completed file was read again.");
            }
        }

        Assert.True(File.Exists(inbox.Combine("done", "leftover.txt")));
        Assert.Equal(Story(5), await File.ReadAllTextAsync(inbox.Combine("done", "archived.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CompleteAsync_FileRewrittenWhileProcessed_StaysInInboxAndIsReadAgain()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var path = inbox.Combine("evolving.txt");
        await File.WriteAllTextAsync(path, Story(7), TestContext.Current.CancellationToken);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));

        var first = await runner.NextProcessedAsync("the first version", time, Step);
        await File.WriteAllTextAsync(path, Story(7) + " A correction was appended.", TestContext.Current.CancellationToken);
        await first.CompleteAsync();

        Assert.True(File.Exists(path));
        Assert.False(File.Exists(inbox.Combine("done", "evolving.txt")));
        var second = await runner.NextProcessedAsync("the rewritten version", time, Step);
        Assert.EndsWith("A correction was appended.", Assert.Single(second.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WriterPausedPastTheStabilityWindowThenAppendedToTheMovedFile_FileIsMovedBackWarnedAboutAndReadAgainWhole()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));
        var path = inbox.Combine("slow.txt");
        var story = Story(8);

        // The writer stops mid-sentence for longer than StableDuration: the half-written file is taken and completed.
        await File.WriteAllTextAsync(path, story[..40], TestContext.Current.CancellationToken);
        var first = await runner.NextProcessedAsync("the half-written file", time, Step);
        Assert.DoesNotContain(story[40..], Assert.Single(first.Articles).Text, StringComparison.Ordinal);
        await first.CompleteAsync();
        var done = inbox.Combine("done", "slow.txt");
        Assert.True(File.Exists(done));

        // Its open handle followed the file into done/, where the rest of the article lands.
        await File.AppendAllTextAsync(done, story[40..], TestContext.Current.CancellationToken);
        var second = await runner.NextProcessedAsync("the whole file, sent back from done/", time, Step);

        Assert.Equal(path, second.Document.Origin);
        var article = Assert.Single(second.Articles);
        Assert.Equal("slow", article.Id);
        Assert.Contains(story, article.Text, StringComparison.Ordinal);
        var warning = Assert.Single(provider.Logs().GetSnapshot(), record => record.Id.Id == 3008);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains(done, warning.Message, StringComparison.Ordinal);
        await second.CompleteAsync();
        Assert.Equal(story, await File.ReadAllTextAsync(done, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task CompleteAsync_RewrittenWithTheSameSizeAndLastWriteTime_IsCaughtByTheContentHashAndReadAgain()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var path = inbox.Combine("copied.txt");
        await File.WriteAllTextAsync(path, Story(1), TestContext.Current.CancellationToken);
        await using var provider = Build(inbox, time);
        await using var runner = new SourceRunner(Inbox(provider));

        var first = await runner.NextProcessedAsync("the first version", time, Step);
        var stamp = File.GetLastWriteTimeUtc(path);
        await File.WriteAllTextAsync(path, Story(2), TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(path, stamp);
        await first.CompleteAsync();

        Assert.True(File.Exists(path));
        Assert.False(File.Exists(inbox.Combine("done", "copied.txt")));
        var second = await runner.NextProcessedAsync("the rewritten version", time, Step);
        Assert.Contains(Story(2), Assert.Single(second.Articles).Text, StringComparison.Ordinal);
    }
}
