using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Sources.Feeds;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class FeedSourceTests
{
    private const int IntervalSeconds = 60;

    private static Dictionary<string, string?> Settings(TempFolder state, IEnumerable<Uri> feeds, Action<Dictionary<string, string?>>? adjust = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:StatePath"] = state.Path,
            ["Sources:PolitenessDelay"] = "00:00:00",
            // Generous so that advancing a fake clock never times out a request in flight.
            ["Sources:AttemptTimeout"] = "00:50:00",
            ["Sources:TotalTimeout"] = "01:40:00",
            ["Sources:MaxRetryAttempts"] = "2",
            ["Sources:RetryBaseDelay"] = "00:00:00.010",
            // The test server listens on 127.0.0.1, which the default refuses (see FeedAddressGuardTests).
            ["Sources:AllowPrivateAddresses"] = "true",
        };
        var index = 0;
        foreach (var feed in feeds)
        {
            settings[$"Sources:Feeds:{index}:Url"] = feed.AbsoluteUri;
            settings[$"Sources:Feeds:{index}:Interval"] = TimeSpan.FromSeconds(IntervalSeconds).ToString("c", CultureInfo.InvariantCulture);
            index++;
        }

        adjust?.Invoke(settings);
        return settings;
    }

    private static List<FeedSource> FeedSources(IServiceProvider provider) => [.. provider.GetServices<IArticleSource>().OfType<FeedSource>()];

    private static FeedEntry Entry(TestHttpServer server, int n, string date = "Mon, 23 Nov 2026 08:30:00 GMT") =>
        new($"urn:test:item-{n}", server.Url($"/a/{n}"), $"Ministers meet, round {n}", date);

    private static void MapPages(TestHttpServer server, params int[] numbers)
    {
        foreach (var n in numbers)
        {
            server.MapText($"/a/{n}", "text/html; charset=utf-8", FeedFixtures.Page($"Headline {n}", FeedFixtures.Sentence(n)));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task ReadAsync_RssFeed_YieldsEachItemPageWithItemMetadata()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var first = Entry(server, 1, "Mon, 23 Nov 2026 08:30:00 GMT");
        var second = Entry(server, 2, "Tue, 24 Nov 2026 23:30:00 -0500");
        server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", first, second));
        MapPages(server, 1, 2);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/rss.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var one = await runner.NextProcessedAsync("the first item");
        var two = await runner.NextProcessedAsync("the second item");

        var article = Assert.Single(one.Articles);
        Assert.Equal(first.Title, article.Title);
        Assert.Equal(first.Link.AbsoluteUri, article.Url);
        Assert.Equal(first.Link.AbsoluteUri, one.Document.Origin);
        Assert.Equal(new DateOnly(2026, 11, 23), article.Published);
        Assert.Equal("Harbour Desk", article.Source);
        Assert.Contains(FeedFixtures.Sentence(1), article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("feed-", article.Id, StringComparison.Ordinal);

        var secondArticle = Assert.Single(two.Articles);
        Assert.Equal(new DateOnly(2026, 11, 24), secondArticle.Published); // The date as the publisher states it.
        Assert.NotEqual(article.Id, secondArticle.Id);
        Assert.Empty(one.Failures);
    }

    [Fact]
    public async Task ReadAsync_SameItemReadByAnotherInstance_GetsTheSameArticleId()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        MapPages(server, 1);
        var ids = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            using var state = new TempFolder();
            await using var provider = SourceServices.Build(Settings(state, [server.Url("/rss.xml")]));
            await using var runner = new SourceRunner(FeedSources(provider).Single());
            ids.Add(Assert.Single((await runner.NextProcessedAsync("the item")).Articles).Id);
        }

        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task ReadAsync_AtomFeed_ResolvesRelativeLinksAndUsesUpdatedDate()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/atom.xml", "application/atom+xml", FeedFixtures.Atom(
            "Evening Wire",
            new FeedEntry("urn:uuid:5b1c0e52-1111-4c3e-9d55-000000000001", new Uri("/a/7", UriKind.Relative), "Border talks stall", "2026-11-20T10:00:00Z")));
        MapPages(server, 7);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/atom.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var article = Assert.Single((await runner.NextProcessedAsync("the Atom entry")).Articles);

        Assert.Equal(server.Url("/a/7").AbsoluteUri, article.Url);
        Assert.Equal("Border talks stall", article.Title);
        Assert.Equal("Evening Wire", article.Source);
        Assert.Equal(new DateOnly(2026, 11, 20), article.Published);
        Assert.Contains(FeedFixtures.Sentence(7), article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FeedWithETag_SendsIfNoneMatchAndNotModifiedYieldsNothing()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var statuses = new List<int>();
        server.Map("/feed.xml", async (context, hit) =>
        {
            var etag = hit < 3 ? "\"v1\"" : "\"v2\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                lock (statuses) { statuses.Add(304); }
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            lock (statuses) { statuses.Add(200); }
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = hit < 3 ? "Mon, 23 Nov 2026 08:00:00 GMT" : "Tue, 24 Nov 2026 08:00:00 GMT";
            var items = hit < 3 ? new[] { Entry(server, 1) } : [Entry(server, 1), Entry(server, 2)];
            await TestHttpServer.WriteAsync(context, 200, "application/rss+xml", FeedFixtures.Rss("Harbour Desk", items));
        });
        MapPages(server, 1, 2);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]), time);
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var first = await runner.NextProcessedAsync("the first poll's item");
        await first.CompleteAsync();
        time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
        await WaitUntilAsync(() => server.Hits("/feed.xml") >= 2 && server.Requests.Count(r => r.Path == "/feed.xml") >= 2, "the second poll");
        time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
        var next = await runner.NextProcessedAsync("the third poll's new item");

        var feedRequests = server.Requests.Where(r => r.Path == "/feed.xml").ToList();
        Assert.Equal("", feedRequests[0].IfNoneMatch);
        Assert.Equal("\"v1\"", feedRequests[1].IfNoneMatch);
        Assert.Equal("Mon, 23 Nov 2026 08:00:00 GMT", feedRequests[1].IfModifiedSince);
        Assert.Equal([200, 304, 200], statuses.Take(3));
        Assert.Equal(Entry(server, 2).Link.AbsoluteUri, Assert.Single(next.Articles).Url);
        Assert.Equal(1, server.Hits("/a/1"));
    }

    [Fact]
    public async Task ReadAsync_CompletedItems_AreNotFetchedAgainOnLaterPollsOrAfterRestart()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.Map("/feed.xml", (context, hit) =>
        {
            var items = hit < 3 ? new[] { Entry(server, 1), Entry(server, 2) } : [Entry(server, 1), Entry(server, 2), Entry(server, 3)];
            return TestHttpServer.WriteAsync(context, 200, "application/rss+xml", FeedFixtures.Rss("Harbour Desk", items));
        });
        MapPages(server, 1, 2, 3);

        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]), time))
        {
            await using var runner = new SourceRunner(FeedSources(provider).Single());
            await (await runner.NextProcessedAsync("item 1")).CompleteAsync();
            await (await runner.NextProcessedAsync("item 2")).CompleteAsync();
            time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
            await WaitUntilAsync(() => server.Requests.Count(r => r.Path == "/feed.xml") >= 2, "the second poll");
            Assert.False(await runner.AnyWithinAsync(TimeSpan.FromMilliseconds(300)), "A poll of an unchanged feed yielded an item already completed.");
        }

        await using (var restarted = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]), new FakeTimeProvider(DateTimeOffset.UtcNow)))
        {
            await using var runner = new SourceRunner(FeedSources(restarted).Single());
            var next = await runner.NextProcessedAsync("the new item after restart");
            Assert.Equal(Entry(server, 3).Link.AbsoluteUri, Assert.Single(next.Articles).Url);
        }

        Assert.Equal(3, server.Hits("/feed.xml"));
        Assert.Equal(1, server.Hits("/a/1"));
        Assert.Equal(1, server.Hits("/a/2"));
        Assert.Single(Directory.GetFiles(Path.Combine(state.Path, "feeds"), "*.json"));
    }

    [Fact]
    public async Task ReadAsync_ItemNeverCompleted_IsYieldedAgainAfterRestart()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        MapPages(server, 1);

        await using (var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")])))
        {
            await using var runner = new SourceRunner(FeedSources(provider).Single());
            Assert.Single((await runner.NextProcessedAsync("the item")).Articles); // Read but the "pipeline" crashes before committing.
        }

        await using (var restarted = SourceServices.Build(Settings(state, [server.Url("/feed.xml")])))
        {
            await using var runner = new SourceRunner(FeedSources(restarted).Single());
            var again = await runner.NextProcessedAsync("the unacknowledged item again");
            Assert.Equal(Entry(server, 1).Link.AbsoluteUri, Assert.Single(again.Articles).Url);
        }

        Assert.Equal(2, server.Hits("/a/1"));
    }

    [Fact]
    public async Task ReadAsync_PageSlowerThanAttemptTimeoutOnce_IsRetriedAndSucceeds()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        server.Map("/a/1", async (context, hit) =>
        {
            if (hit == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }

            await TestHttpServer.WriteAsync(context, 200, "text/html", FeedFixtures.Page("Headline", FeedFixtures.Sentence(1)));
        });
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")], s =>
        {
            s["Sources:AttemptTimeout"] = "00:00:00.500";
            s["Sources:TotalTimeout"] = "00:00:20";
        }));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var item = await runner.NextProcessedAsync("the item");

        Assert.Empty(item.Failures);
        Assert.Single(item.Articles);
        Assert.Equal(2, server.Hits("/a/1"));
    }

    [Fact]
    public async Task ReadAsync_PageAlwaysTooSlow_FailsWithTimeoutAfterBoundedAttempts()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        server.Map("/a/1", async (context, _) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")], s =>
        {
            s["Sources:AttemptTimeout"] = "00:00:00.300";
            s["Sources:TotalTimeout"] = "00:00:20";
        }));
        await using var runner = new SourceRunner(FeedSources(provider).Single());
        var document = await runner.NextAsync("the item");

        var stopwatch = Stopwatch.StartNew();
        var item = await SourceRunner.ProcessAsync(document);

        var failure = Assert.Single(item.Failures);
        Assert.Empty(item.Articles);
        Assert.Equal(Entry(server, 1).Link.AbsoluteUri, failure.Origin);
        Assert.Contains(Entry(server, 1).Link.AbsoluteUri, failure.Reason, StringComparison.Ordinal);
        Assert.Contains("timed out", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(3, server.Hits("/a/1")); // First attempt plus MaxRetryAttempts = 2.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"Took {stopwatch.Elapsed}, longer than the bounded retries allow.");
    }

    [Fact]
    public async Task ReadAsync_PageFailsWith500ThenSucceeds_IsRetried()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        server.Map("/a/1", (context, hit) => hit == 1
            ? TestHttpServer.WriteAsync(context, 500, "text/plain", "temporarily broken")
            : TestHttpServer.WriteAsync(context, 200, "text/html", FeedFixtures.Page("Headline", FeedFixtures.Sentence(1))));
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var item = await runner.NextProcessedAsync("the item");

        Assert.Empty(item.Failures);
        Assert.Contains(FeedFixtures.Sentence(1), Assert.Single(item.Articles).Text, StringComparison.Ordinal);
        Assert.Equal(2, server.Hits("/a/1"));
    }

    [Fact]
    public async Task ReadAsync_PageNotFound_FailsWithoutRetryNamingTheUrlAndStatus()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 9)));
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var failure = Assert.Single((await runner.NextProcessedAsync("the item")).Failures);

        Assert.Contains(Entry(server, 9).Link.AbsoluteUri, failure.Reason, StringComparison.Ordinal);
        Assert.Contains("404", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.Hits("/a/9"));
    }

    [Fact]
    public async Task ReadAsync_BrokenFeedXml_YieldsFailureAndLogsErrorWhileOtherFeedContinues()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>Unclosed");
        server.MapText("/good.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        MapPages(server, 1);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/broken.xml"), server.Url("/good.xml")]));
        var sources = FeedSources(provider);
        await using var broken = new SourceRunner(sources.Single(s => s.FeedUrl == server.Url("/broken.xml")));
        await using var good = new SourceRunner(sources.Single(s => s.FeedUrl == server.Url("/good.xml")));

        var failed = await broken.NextProcessedAsync("the broken feed's failure");
        var item = await good.NextProcessedAsync("the good feed's item");

        Assert.Equal(server.Url("/broken.xml").AbsoluteUri, failed.Document.Origin);
        var failure = Assert.Single(failed.Failures);
        Assert.Contains(server.Url("/broken.xml").AbsoluteUri, failure.Reason, StringComparison.Ordinal);
        Assert.Contains("broken XML", failure.Reason, StringComparison.Ordinal);
        Assert.Single(item.Articles);
        Assert.Contains(provider.Logs().GetSnapshot(), record =>
            record.Level == LogLevel.Error && record.Message.Contains(server.Url("/broken.xml").AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_FeedWithDtd_IsRejectedWithoutExpandingEntities()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/dtd.xml", "application/rss+xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/dtd.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var failure = Assert.Single((await runner.NextProcessedAsync("the rejected feed")).Failures);

        Assert.Contains("DTD", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FeedLargerThanCap_FailsWithoutRetrying()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var many = Enumerable.Range(1, 200).Select(n => Entry(server, n)).ToArray();
        server.MapText("/huge.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", many));
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/huge.xml")], s => s["Sources:MaxResponseBytes"] = "4096"));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var failure = Assert.Single((await runner.NextProcessedAsync("the oversized feed")).Failures);

        Assert.Contains("larger than 4096 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.Hits("/huge.xml"));
    }

    [Fact]
    public async Task ReadAsync_PageWithoutReadableText_FailsNamingTheUrl()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        server.MapText("/a/1", "text/html", "<html><head><title></title><script>var page = 1;</script></head><body><div> </div></body></html>");
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")]));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var item = await runner.NextProcessedAsync("the empty page");

        var failure = Assert.Single(item.Failures);
        Assert.Empty(item.Articles);
        Assert.Contains(Entry(server, 1).Link.AbsoluteUri, failure.Reason, StringComparison.Ordinal);
        Assert.Contains("no readable text", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FailingItem_IsRetriedOnLaterPollsThenGivenUp()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1)));
        server.MapText("/a/1", "text/html", "<html><body></body></html>");
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")], s => s["Sources:MaxItemAttempts"] = "2"), time);
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        await (await runner.NextProcessedAsync("the first attempt")).CompleteAsync();
        time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
        await (await runner.NextProcessedAsync("the second attempt")).CompleteAsync();
        time.Advance(TimeSpan.FromSeconds(IntervalSeconds));
        await WaitUntilAsync(() => server.Requests.Count(r => r.Path == "/feed.xml") >= 3, "the third poll");

        Assert.False(await runner.AnyWithinAsync(TimeSpan.FromMilliseconds(300)), "An item was offered again after it was given up.");
        Assert.Equal(2, server.Hits("/a/1"));
    }

    [Fact]
    public async Task ReadAsync_TwoFeedsOnOneHost_NeverSendConcurrentRequestsToThatHost()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/one.xml", "application/rss+xml", FeedFixtures.Rss("One", Entry(server, 1), Entry(server, 2), Entry(server, 3)));
        server.MapText("/two.xml", "application/rss+xml", FeedFixtures.Rss("Two", Entry(server, 4), Entry(server, 5), Entry(server, 6)));
        for (var n = 1; n <= 6; n++)
        {
            var page = FeedFixtures.Page($"Headline {n}", FeedFixtures.Sentence(n));
            server.Map($"/a/{n}", async (context, _) =>
            {
                await Task.Delay(40, context.RequestAborted); // Long enough for overlapping requests to overlap.
                await TestHttpServer.WriteAsync(context, 200, "text/html", page);
            });
        }

        await using var provider = SourceServices.Build(Settings(state, [server.Url("/one.xml"), server.Url("/two.xml")]));
        var runners = FeedSources(provider).Select(source => new SourceRunner(source)).ToList();
        try
        {
            var documents = new List<KnowledgeGraph.Ingestion.Sources.SourceDocument>();
            foreach (var runner in runners)
            {
                for (var i = 0; i < 3; i++)
                {
                    documents.Add(await runner.NextAsync($"item {i + 1}"));
                }
            }

            var processed = await Task.WhenAll(documents.Select(SourceRunner.ProcessAsync));

            Assert.All(processed, item => Assert.Single(item.Articles));
            Assert.Equal(8, server.Requests.Count);
            Assert.Equal(1, server.MaxConcurrentRequests);
        }
        finally
        {
            foreach (var runner in runners)
            {
                await runner.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ReadAsync_PolitenessDelay_SpacesRequestsToOneHost()
    {
        const int delayMs = 150;
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        server.MapText("/feed.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", Entry(server, 1), Entry(server, 2)));
        MapPages(server, 1, 2);
        await using var provider = SourceServices.Build(Settings(state, [server.Url("/feed.xml")], s => s["Sources:PolitenessDelay"] = TimeSpan.FromMilliseconds(delayMs).ToString("c", CultureInfo.InvariantCulture)));
        await using var runner = new SourceRunner(FeedSources(provider).Single());

        var documents = new[] { await runner.NextAsync("item 1"), await runner.NextAsync("item 2") };
        await Task.WhenAll(documents.Select(SourceRunner.ProcessAsync));

        var starts = server.Requests.Select(r => r.StartedTimestamp).Order().ToList();
        Assert.Equal(3, starts.Count);
        for (var i = 1; i < starts.Count; i++)
        {
            // Server-side start-to-start gaps can only be longer than the client's end-to-start pause, never shorter.
            var gap = Stopwatch.GetElapsedTime(starts[i - 1], starts[i]);
            Assert.True(gap >= TimeSpan.FromMilliseconds(delayMs - 10), $"Requests {i} and {i + 1} to one host were only {gap.TotalMilliseconds:0} ms apart.");
        }
    }
}
