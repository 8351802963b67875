using KnowledgeGraph.Domain.Storage;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_ManyDocuments_WritesEveryArticleAndAcknowledgesEachDocumentOnceAfterCommit()
    {
        using var harness = new PipelineHarness();
        var documents = PipelineHarness.Articles(95)
            .Chunk(3)
            .Select((chunk, i) => harness.Document($"file{i}.jsonl", chunk))
            .ToList();

        await harness.RunAsync(documents, Token);

        Assert.Equal(95, harness.Progress.Written);
        Assert.Equal(95, harness.Store.Journalled.Select(j => j.ArticleId).Distinct().Count());
        var acknowledgements = harness.Acknowledgements.ToList();
        Assert.Equal(documents.Select(d => d.Origin).Order(), acknowledgements.Select(a => a.Origin).Order());
        Assert.All(acknowledgements, a => Assert.True(a.AllCommittedBefore, $"{a.Origin} acknowledged before its articles committed"));
        Assert.All(acknowledgements, a => Assert.True(a.Outcome.Succeeded));
        Assert.Equal(95, acknowledgements.Sum(a => a.Outcome.Written));
    }

    [Fact]
    public async Task RunAsync_BatchSizeReached_CommitsFullBatchesAndFlushesTheRestAtTheEnd()
    {
        using var harness = new PipelineHarness(new PipelineOptions { BatchSize = 10, BatchLatency = TimeSpan.FromMilliseconds(600_000), ChannelCapacity = 4, MaxInFlight = 100, ExtractionWorkers = 2 });

        await harness.RunAsync([harness.Document("big.jsonl", [.. PipelineHarness.Articles(35)])], Token);

        var sizes = harness.Store.Batches.Select(b => b.Count).ToList();
        Assert.Equal([10, 10, 10, 5], sizes);
    }

    [Fact]
    public async Task RunAsync_FewArticlesThenQuiet_CommitsPartialBatchOnlyAfterLatencyElapses()
    {
        var time = new FakeTimeProvider();
        using var harness = new PipelineHarness(
            new PipelineOptions { BatchSize = 100, BatchLatency = TimeSpan.FromMilliseconds(500), ChannelCapacity = 8, MaxInFlight = 200, ExtractionWorkers = 1 },
            time: time);
        var sourceOpen = new TaskCompletionSource();
        var run = harness.Pipeline.RunAsync(ThreeThenWait(sourceOpen.Task, Token), harness.Progress, Token);

        await WaitUntil(() => harness.Progress.Extracted == 3);
        await Task.Delay(200, Token);
        Assert.Empty(harness.Store.Batches);

        var advanced = TimeSpan.Zero;
        while (harness.Store.Batches.Count == 0 && advanced < TimeSpan.FromSeconds(10))
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            advanced += TimeSpan.FromMilliseconds(100);
            await Task.Delay(50, Token);
        }

        Assert.Equal([3], harness.Store.Batches.Select(b => b.Count));
        Assert.True(advanced >= TimeSpan.FromMilliseconds(500), $"batch committed after only {advanced} of simulated time");
        Assert.False(run.IsCompleted);

        sourceOpen.SetResult();
        await run;
        Assert.Equal(3, harness.Progress.Written);

        async IAsyncEnumerable<SourceDocument> ThreeThenWait(Task release, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var article in PipelineHarness.Articles(3))
            {
                yield return harness.Document(article.Origin, article);
            }

            await release.WaitAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task RunAsync_SinkUnreachableAfterItsRetries_StopsTheRunWithoutFailingOrAcknowledgingAnything()
    {
        using var harness = new PipelineHarness(new PipelineOptions { BatchSize = 5, BatchLatency = TimeSpan.FromMilliseconds(10), ChannelCapacity = 4, MaxInFlight = 20 });
        harness.Store.FailNextWrites(int.MaxValue);

        var stopped = await Assert.ThrowsAsync<GraphStoreUnavailableException>(
            () => harness.RunAsync([harness.Document("down.jsonl", [.. PipelineHarness.Articles(5)])], Token));

        Assert.Contains("simulated outage", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(harness.Store.Description, stopped.Store);
        // One call: retrying is the sink's resilience pipeline's job, not a second loop around it.
        Assert.Equal(1, harness.Store.WriteAttempts);
        Assert.Equal(0, harness.Progress.Failed);
        Assert.Equal(0, harness.Progress.InFlight);
        Assert.Empty(harness.Store.Failures);
        Assert.Empty(harness.Acknowledgements);
    }

    [Fact]
    public async Task RunAsync_AfterAnOutageStoppedTheRun_NextRunWritesEveryArticleOnce()
    {
        using var harness = new PipelineHarness(new PipelineOptions { BatchSize = 5, BatchLatency = TimeSpan.FromMilliseconds(10), ChannelCapacity = 4, MaxInFlight = 20 });
        var articles = PipelineHarness.Articles(12).ToArray();
        harness.Store.FailNextWrites(int.MaxValue);
        await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => harness.RunAsync([harness.Document("outage.jsonl", articles)], Token));

        harness.Store.FailNextWrites(0);
        await harness.RunAsync([harness.Document("outage.jsonl", articles)], Token);

        Assert.Equal(articles.Select(a => a.Id).Order(), harness.Store.CommitLog.Order());
        Assert.Empty(harness.Store.Failures);
        var acknowledgement = Assert.Single(harness.Acknowledgements);
        Assert.True(acknowledgement.AllCommittedBefore);
        Assert.Empty(acknowledgement.Outcome.Failures);
    }

    [Fact]
    public async Task RunAsync_StoreRefusesAllWork_StopsWithTheRefusalInsteadOfFailingEachArticle()
    {
        using var harness = new PipelineHarness(new PipelineOptions { BatchSize = 4, BatchLatency = TimeSpan.FromMilliseconds(10), ChannelCapacity = 4, MaxInFlight = 16 });
        harness.Store.Refusal = new GraphStoreAccessException(harness.Store.Description, "the store 'x.db' cannot be used: it is read-only");

        var stopped = await Assert.ThrowsAsync<GraphStoreAccessException>(
            () => harness.RunAsync([harness.Document("many.jsonl", [.. PipelineHarness.Articles(8)])], Token));

        Assert.Contains("read-only", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Store.WriteAttempts);
        Assert.Empty(harness.Store.Failures);
        Assert.Empty(harness.Acknowledgements);
    }

    [Fact]
    public async Task RunAsync_SinkRejectsOneArticlePermanently_OthersWrittenOnlyThatOneFailsWithoutEndlessRetries()
    {
        using var harness = new PipelineHarness(new PipelineOptions { BatchSize = 8, BatchLatency = TimeSpan.FromMilliseconds(10), ChannelCapacity = 4, MaxInFlight = 32 });
        harness.Store.RejectedIds.Add("a00005");

        await harness.RunAsync([harness.Document("poison.jsonl", [.. PipelineHarness.Articles(16)])], Token);

        Assert.Equal(15, harness.Progress.Written);
        Assert.Equal(1, harness.Progress.Failed);
        Assert.DoesNotContain("a00005", harness.Store.CommitLog);
        var failure = Assert.Single(harness.Store.Failures);
        Assert.Contains("constraint violated by a00005", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("attempts", failure.Reason, StringComparison.Ordinal);
        // Halving 8 down to 1 costs a handful of writes, not a retry loop.
        Assert.True(harness.Store.WriteAttempts <= 12, $"{harness.Store.WriteAttempts} write attempts");
    }

    [Fact]
    public async Task RunAsync_ExtractorThrowsForOneArticle_FailsOnlyThatArticleAndNamesIt()
    {
        using var harness = new PipelineHarness();
        harness.Extractor.FailingIds.Add("a00003");

        await harness.RunAsync([harness.Document("mixed.jsonl", [.. PipelineHarness.Articles(8)])], Token);

        Assert.Equal(7, harness.Progress.Written);
        var failure = Assert.Single(harness.Store.Failures);
        Assert.Equal("a00003.txt", failure.Origin);
        Assert.Contains("cannot parse a00003", failure.Reason, StringComparison.Ordinal);
        var acknowledgement = Assert.Single(harness.Acknowledgements);
        Assert.Equal(7, acknowledgement.Outcome.Written);
        Assert.Equal("a00003.txt", Assert.Single(acknowledgement.Outcome.Failures).Origin);
    }

    [Fact]
    public async Task RunAsync_UnreadableInput_RecordsFailureAndIngestsTheOthers()
    {
        using var harness = new PipelineHarness();
        var good = harness.Document("good.txt", PipelineHarness.Article("good"));
        var bad = harness.Document("bad.json", [new ArticleReadResult.Failure("bad.json", "invalid JSON at line 1")]);

        await harness.RunAsync([bad, good], Token);

        Assert.True(harness.Store.IsCommitted("good"));
        Assert.Equal(new[] { ("bad.json", "invalid JSON at line 1") }, harness.Store.Failures.Select(f => (f.Origin, f.Reason)));
        Assert.Equal(2, harness.Acknowledgements.Count);
        Assert.False(harness.Acknowledgements.Single(a => a.Origin == "bad.json").Outcome.Succeeded);
    }

    [Fact]
    public async Task RunAsync_DocumentEnumerationThrows_RecordsFailureForThatDocument()
    {
        using var harness = new PipelineHarness();
        var broken = new SourceDocument { Origin = "broken.jsonl", Articles = Throwing() };

        await harness.RunAsync([broken, harness.Document("fine.txt", PipelineHarness.Article("fine"))], Token);

        Assert.True(harness.Store.IsCommitted("fine"));
        Assert.True(harness.Store.IsCommitted("before-break"));
        var failure = Assert.Single(harness.Store.Failures);
        Assert.Equal("broken.jsonl", failure.Origin);
        Assert.Contains("disk went away", failure.Reason, StringComparison.Ordinal);

        static async IAsyncEnumerable<ArticleReadResult> Throwing()
        {
            yield return new ArticleReadResult.Success(PipelineHarness.Article("before-break"));
            await Task.Yield();
            throw new IOException("disk went away");
        }
    }

    [Fact]
    public async Task RunAsync_ArticlesAlreadyStoredUnchanged_SkipsThemWithoutExtracting()
    {
        using var harness = new PipelineHarness();
        var articles = PipelineHarness.Articles(20).ToList();
        foreach (var article in articles.Take(15))
        {
            harness.Store.Seed(article);
        }

        await harness.RunAsync([harness.Document("again.jsonl", [.. articles])], Token);

        Assert.Equal(15, harness.Progress.Skipped);
        Assert.Equal(5, harness.Progress.Written);
        Assert.Equal(5, harness.Extractor.Calls);
        Assert.Equal(15, Assert.Single(harness.Acknowledgements).Outcome.Skipped);
    }

    [Fact]
    public async Task RunAsync_StoredByAnOlderExtractorVersion_ReextractsAndJournalsTheCurrentVersion()
    {
        using var harness = new PipelineHarness();
        var articles = PipelineHarness.Articles(10).ToList();
        foreach (var (article, index) in articles.Select((a, i) => (a, i)))
        {
            harness.Store.Seed(article, extractorVersion: index < 4 ? "counting-0" : harness.Extractor.Version);
        }

        await harness.RunAsync([harness.Document("again.jsonl", [.. articles])], Token);

        Assert.Equal(4, harness.Progress.Written);
        Assert.Equal(6, harness.Progress.Skipped);
        Assert.Equal(4, harness.Extractor.Calls);
        Assert.All(harness.Store.CommittedGraphs.Values, g => Assert.Equal(harness.Extractor.Version, g.ExtractorVersion));
        Assert.All(harness.Store.Journalled, j => Assert.Equal(harness.Extractor.Version, j.ExtractorVersion));
    }

    [Fact]
    public async Task RunAsync_Reextract_ExtractsAndWritesEvenUnchangedArticles()
    {
        using var harness = new PipelineHarness(new PipelineOptions { Reextract = true, BatchSize = 10, BatchLatency = TimeSpan.FromMilliseconds(20), ChannelCapacity = 8, MaxInFlight = 64, ExtractionWorkers = 2 });
        var articles = PipelineHarness.Articles(5).ToList();
        foreach (var article in articles)
        {
            harness.Store.Seed(article);
        }

        await harness.RunAsync([harness.Document("again.jsonl", [.. articles])], Token);

        Assert.Equal(5, harness.Progress.Written);
        Assert.Equal(0, harness.Progress.Skipped);
        Assert.Equal(5, harness.Extractor.Calls);
    }

    [Fact]
    public async Task RunAsync_CommittedButNeverJournalled_JournalsTheUnchangedArticles()
    {
        using var harness = new PipelineHarness();
        var articles = PipelineHarness.Articles(6).ToList();
        foreach (var article in articles.Take(4))
        {
            harness.Store.Seed(article);
        }

        await harness.RunAsync([harness.Document("after-crash.jsonl", [.. articles])], Token);

        Assert.Equal(articles.Select(a => a.Id).Order(), harness.Store.Journalled.Select(j => j.ArticleId).Order());
        Assert.Equal(4, harness.Progress.Skipped);
    }

    [Fact]
    public async Task RunAsync_SameArticleUnderTwoFileNames_WritesItOnce()
    {
        using var harness = new PipelineHarness();
        var original = PipelineHarness.Article("dup", origin: "first.txt");
        var copy = original with { Origin = "second.txt" };

        await harness.RunAsync([harness.Document("first.txt", original), harness.Document("second.txt", copy)], Token);

        Assert.Equal(["dup"], harness.Store.CommitLog);
        Assert.Equal(1, harness.Progress.Written);
        Assert.Equal(1, harness.Progress.Skipped);
        Assert.Equal(2, harness.Acknowledgements.Count);
        Assert.All(harness.Acknowledgements, a => Assert.True(a.AllCommittedBefore));
    }

    [Fact]
    public async Task RunAsync_CopyArrivesAfterOriginalCommittedButLookupWasStale_StillWrittenOnce()
    {
        using var harness = new PipelineHarness();
        harness.Store.StaleLookups = true;
        var original = PipelineHarness.Article("dup", origin: "first.txt");

        await harness.Pipeline.RunAsync(CopyAfterCommit(Token), harness.Progress, Token);

        Assert.Equal(["dup"], harness.Store.CommitLog);
        Assert.Equal(1, harness.Progress.Skipped);

        async IAsyncEnumerable<SourceDocument> CopyAfterCommit([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return harness.Document("first.txt", original);
            await WaitUntil(() => harness.Progress.Written == 1);
            yield return harness.Document("second.txt", original with { Origin = "second.txt" });
            await Task.CompletedTask.WaitAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task RunAsync_SameIdWithNewContentLater_LastReadVersionWins()
    {
        using var harness = new PipelineHarness();
        var first = PipelineHarness.Article("story", "The first draft of the story.");
        var second = PipelineHarness.Article("story", "The corrected version of the story.");

        await harness.RunAsync([harness.Document("v1.txt", first), harness.Document("v2.txt", second)], Token);

        Assert.Equal(second.ContentHash, harness.Store.CommittedHash("story"));
        Assert.Equal(2, harness.Progress.Written);
    }

    [Fact]
    public async Task RunAsync_SinkBlockedWithWideChannels_ReadingStopsAtTheInFlightBound()
    {
        var options = new PipelineOptions { BatchSize = 10, BatchLatency = TimeSpan.FromMilliseconds(5), ChannelCapacity = 100, MaxInFlight = 30, ExtractionWorkers = 2 };
        var (pulled, progress) = await ReadWhileSinkBlocked(options);

        Assert.InRange(pulled, options.MaxInFlight, options.MaxInFlight + 1);
        Assert.Equal(options.MaxInFlight, progress.PeakInFlight);
    }

    [Fact]
    public async Task RunAsync_SinkBlockedWithNarrowChannels_ReadingStopsAtTheChannelBounds()
    {
        var options = new PipelineOptions { BatchSize = 10, BatchLatency = TimeSpan.FromMilliseconds(5), ChannelCapacity = 5, MaxInFlight = 10_000, ExtractionWorkers = 2 };
        var (pulled, progress) = await ReadWhileSinkBlocked(options);

        // Three channels, the check stage's lookup batch, the writer's batch, one item per extractor and the reader's.
        var bound = (3 * options.ChannelCapacity) + (2 * options.BatchSize) + options.ExtractionWorkers + 1;
        Assert.InRange(pulled, options.BatchSize, bound + 1);
        Assert.InRange(progress.PeakInFlight, options.BatchSize, bound);
    }

    private static async Task<(int Pulled, IngestionProgress Progress)> ReadWhileSinkBlocked(PipelineOptions options)
    {
        using var harness = new PipelineHarness(options);
        harness.Store.WriteGate = new TaskCompletionSource();
        var pulled = new StrongBox<int>();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var run = harness.Pipeline.RunAsync(AsyncSequences.Endless(pulled, cancellation.Token), harness.Progress, cancellation.Token);
        await WaitUntilStable(() => Volatile.Read(ref pulled.Value));
        var pulledWhileBlocked = Volatile.Read(ref pulled.Value);
        Assert.Empty(harness.Acknowledgements);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(harness.Acknowledgements);
        Assert.Empty(harness.Store.Batches);
        return (pulledWhileBlocked, harness.Progress);
    }

    [Fact]
    public async Task RunAsync_CancelledMidway_AcknowledgesOnlyDocumentsWhoseArticlesCommitted()
    {
        var options = new PipelineOptions { BatchSize = 5, BatchLatency = TimeSpan.FromMilliseconds(5), ChannelCapacity = 5, MaxInFlight = 20, ExtractionWorkers = 2 };
        using var harness = new PipelineHarness(options);
        var pulled = new StrongBox<int>();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var acknowledged = 0;
        var run = harness.Pipeline.RunAsync(Acknowledging(AsyncSequences.Endless(pulled, cancellation.Token)), harness.Progress, cancellation.Token);

        await WaitUntil(() => Volatile.Read(ref acknowledged) >= 30);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var committed = harness.Store.CommitLog.ToHashSet();
        Assert.All(harness.Acknowledgements, a => Assert.True(a.AllCommittedBefore));
        Assert.True(harness.Progress.Written <= committed.Count);

        async IAsyncEnumerable<SourceDocument> Acknowledging(IAsyncEnumerable<SourceDocument> inner)
        {
            await foreach (var document in inner)
            {
                var id = document.Origin[..^4];
                yield return new SourceDocument
                {
                    Origin = document.Origin,
                    Articles = document.Articles,
                    CompleteAsync = (outcome, _) =>
                    {
                        harness.Acknowledgements.Enqueue(new Acknowledgement(document.Origin, outcome, harness.Store.IsCommitted(id)));
                        Interlocked.Increment(ref acknowledged);
                        return ValueTask.CompletedTask;
                    },
                };
            }
        }
    }

    [Fact]
    public async Task RunAsync_SeveralInputs_ReadsAllOfThem()
    {
        using var harness = new PipelineHarness();
        var left = PipelineHarness.Articles(12, "left").Select(a => harness.Document(a.Origin, a)).ToAsyncEnumerable();
        var right = PipelineHarness.Articles(9, "right").Select(a => harness.Document(a.Origin, a)).ToAsyncEnumerable();

        await harness.Pipeline.RunAsync([left, right], harness.Progress, Token);

        Assert.Equal(21, harness.Progress.Written);
        Assert.Equal(21, harness.Acknowledgements.Count);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(10, Token);
        }
    }

    private static async Task WaitUntilStable(Func<int> value)
    {
        var last = -1;
        var stableSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow - stableSince < TimeSpan.FromMilliseconds(400))
        {
            Assert.True(DateTime.UtcNow < deadline, "the source kept being read");
            var now = value();
            if (now != last)
            {
                last = now;
                stableSince = DateTime.UtcNow;
            }

            await Task.Delay(20, Token);
        }
    }
}
