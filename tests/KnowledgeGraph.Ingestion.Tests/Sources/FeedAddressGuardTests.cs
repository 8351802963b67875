using System.Net;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Sources.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class FeedAddressGuardTests
{
    private const string AllowKey = "Sources:AllowPrivateAddresses";

    private static Dictionary<string, string?> Settings(TempFolder state, Uri feed, string? allowPrivateAddresses)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:StatePath"] = state.Path,
            ["Sources:PolitenessDelay"] = "00:00:00",
            ["Sources:MaxRetryAttempts"] = "2",
            ["Sources:RetryBaseDelay"] = "00:00:00.010",
            ["Sources:Feeds:0:Url"] = feed.AbsoluteUri,
        };
        if (allowPrivateAddresses is not null)
        {
            settings[AllowKey] = allowPrivateAddresses;
        }

        return settings;
    }

    private static FeedSource TheFeed(IServiceProvider provider) => provider.GetServices<IArticleSource>().OfType<FeedSource>().Single();

    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0/8")]
    [InlineData("0.255.10.1", "0.0.0.0/8")]
    [InlineData("10.0.0.5", "10.0.0.0/8")]
    [InlineData("10.255.255.255", "10.0.0.0/8")]
    [InlineData("100.64.0.1", "100.64.0.0/10")]
    [InlineData("100.127.255.254", "100.64.0.0/10")]
    [InlineData("127.0.0.1", "127.0.0.0/8")]
    [InlineData("127.45.6.7", "127.0.0.0/8")]
    [InlineData("169.254.169.254", "169.254.0.0/16")]
    [InlineData("169.254.0.1", "169.254.0.0/16")]
    [InlineData("172.16.0.1", "172.16.0.0/12")]
    [InlineData("172.31.255.255", "172.16.0.0/12")]
    [InlineData("192.168.0.1", "192.168.0.0/16")]
    [InlineData("192.168.255.254", "192.168.0.0/16")]
    [InlineData("224.0.0.1", "224.0.0.0/4")]
    [InlineData("255.255.255.255", "240.0.0.0/4")]
    [InlineData("::", "::/128")]
    [InlineData("::1", "::1/128")]
    [InlineData("fe80::1", "fe80::/10")]
    [InlineData("febf:ffff::1", "fe80::/10")]
    [InlineData("fec0::1", "fec0::/10")]
    [InlineData("fc00::1", "fc00::/7")]
    [InlineData("fd00:ec2::254", "fc00::/7")]
    [InlineData("fdff:ffff::1", "fc00::/7")]
    [InlineData("ff02::1", "ff00::/8")]
    public void NonPublicRangeOf_NonPublicAddress_ReturnsItsBlock(string address, string block)
    {
        var range = NetworkAddressClassifier.NonPublicRangeOf(IPAddress.Parse(address));

        Assert.NotNull(range);
        Assert.Equal(block, range.Block);
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "127.0.0.0/8")]
    [InlineData("::ffff:10.0.0.5", "10.0.0.0/8")]
    [InlineData("::ffff:172.20.1.1", "172.16.0.0/12")]
    [InlineData("::ffff:192.168.1.1", "192.168.0.0/16")]
    [InlineData("::ffff:169.254.169.254", "169.254.0.0/16")]
    [InlineData("::ffff:100.100.100.200", "100.64.0.0/10")]
    [InlineData("::ffff:0.0.0.0", "0.0.0.0/8")]
    [InlineData("::ffff:a9fe:a9fe", "169.254.0.0/16")] // 169.254.169.254 written in hexadecimal.
    [InlineData("::10.0.0.5", "10.0.0.0/8")] // Deprecated IPv4-compatible form.
    [InlineData("64:ff9b::7f00:1", "127.0.0.0/8")] // NAT64 well-known prefix in front of 127.0.0.1.
    [InlineData("64:ff9b::a9fe:a9fe", "169.254.0.0/16")]
    public void NonPublicRangeOf_IPv6FormOfNonPublicIPv4_IsJudgedByTheIPv4Address(string address, string block)
    {
        var range = NetworkAddressClassifier.NonPublicRangeOf(IPAddress.Parse(address));

        Assert.NotNull(range);
        Assert.Equal(block, range.Block);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("1.0.0.0")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("fbff:ffff::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void NonPublicRangeOf_PublicAddress_ReturnsNull(string address)
    {
        Assert.Null(NetworkAddressClassifier.NonPublicRangeOf(IPAddress.Parse(address)));
    }

    [Fact]
    public void RefusalReason_HostResolvingToPublicAndPrivateAddresses_IsRefusedNamingThePrivateOne()
    {
        var reason = FeedConnectionGuard.RefusalReason("wire.example", [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.5")]);

        Assert.Equal("wire.example resolves to 10.0.0.5, a private address (10.0.0.0/8); set Sources:AllowPrivateAddresses=true to allow", reason);
    }

    [Fact]
    public void RefusalReason_HostResolvingOnlyToPublicAddresses_IsAllowed()
    {
        Assert.Null(FeedConnectionGuard.RefusalReason("wire.example", [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2606:4700:4700::1111")]));
    }

    [Fact]
    public void RefusalReason_AddressLiteralHost_SaysWhatTheAddressIs()
    {
        var reason = FeedConnectionGuard.RefusalReason("169.254.169.254", [IPAddress.Parse("169.254.169.254")]);

        Assert.NotNull(reason);
        Assert.StartsWith("169.254.169.254 is a link-local address", reason, StringComparison.Ordinal);
        Assert.Contains("cloud metadata", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    public async Task AddArticleSources_AllowPrivateAddressesSetting_IsBoundWithFalseAsDefault(string? configured, bool expected)
    {
        using var state = new TempFolder();
        await using var provider = SourceServices.Build(Settings(state, new Uri("https://wire.example/rss.xml"), configured));

        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected, provider.GetRequiredService<IOptions<SourcesOptions>>().Value.AllowPrivateAddresses);
    }

    [Fact]
    public void AddArticleSources_AllowPrivateAddressesNotABoolean_FailsNamingTheKey()
    {
        using var state = new TempFolder();

        var error = Assert.Throws<InvalidOperationException>(() => SourceServices.Build(Settings(state, new Uri("https://wire.example/rss.xml"), "sometimes")));

        Assert.Contains(AllowKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FeedOnLoopbackByDefault_IsRefusedWithoutConnectingOrRetrying()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var feed = server.Url("/rss.xml");
        server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk"));
        await using var provider = SourceServices.Build(Settings(state, feed, allowPrivateAddresses: null));
        await using var runner = new SourceRunner(TheFeed(provider));

        var failed = await runner.NextProcessedAsync("the refused feed");

        Assert.Equal(feed.AbsoluteUri, failed.Document.Origin);
        var failure = Assert.Single(failed.Failures);
        Assert.Equal(
            $"feed {feed.AbsoluteUri}: 127.0.0.1 is a loopback address (127.0.0.0/8); set Sources:AllowPrivateAddresses=true to allow",
            failure.Reason);
        Assert.Equal(0, server.Hits("/rss.xml"));
        var logs = provider.Logs().GetSnapshot();
        var refusal = Assert.Single(logs, record => record.Id.Id == 3017); // Once: a refusal is not retried.
        Assert.Equal(LogLevel.Warning, refusal.Level);
        Assert.Contains(feed.AbsoluteUri, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(logs, record => record.Level == LogLevel.Error && record.Message.Contains("127.0.0.1 is a loopback address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_FeedOnLoopbackWithPrivateAddressesAllowed_IsRead()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var entry = new FeedEntry("urn:test:guard-1", server.Url("/a/1"), "Envoys meet at the border", "Mon, 23 Nov 2026 08:30:00 GMT");
        server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", entry));
        server.MapText("/a/1", "text/html; charset=utf-8", FeedFixtures.Page("Envoys meet", FeedFixtures.Sentence(1)));
        await using var provider = SourceServices.Build(Settings(state, server.Url("/rss.xml"), allowPrivateAddresses: "true"));
        await using var runner = new SourceRunner(TheFeed(provider));

        var item = await runner.NextProcessedAsync("the item");

        Assert.Empty(item.Failures);
        Assert.Contains(FeedFixtures.Sentence(1), Assert.Single(item.Articles).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(provider.Logs().GetSnapshot(), record => record.Id.Id == 3017);
    }

    [Fact]
    public async Task ReadAsync_PageRedirectingToAPrivateHost_FailsTheItemNamingTheRedirectTarget()
    {
        await using var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        using var state = new TempFolder();
        var entry = new FeedEntry("urn:test:guard-2", server.Url("/a/1"), "Talks resume", "Mon, 23 Nov 2026 08:30:00 GMT");
        var target = new UriBuilder(server.Url("/a/2")) { Host = "localhost" }.Uri;
        server.MapText("/rss.xml", "application/rss+xml", FeedFixtures.Rss("Harbour Desk", entry));
        server.MapText("/a/2", "text/html; charset=utf-8", FeedFixtures.Page("Internal", FeedFixtures.Sentence(2)));
        await using var provider = SourceServices.Build(Settings(state, server.Url("/rss.xml"), allowPrivateAddresses: "true"));
        var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
        server.Map("/a/1", (context, _) =>
        {
            // The test server can only be on loopback: let the first hop through, then judge the redirect as a hosted
            // worker would judge an internal address (a different host is a new connection, so the guard runs again).
            options.AllowPrivateAddresses = false;
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target.AbsoluteUri;
            return Task.CompletedTask;
        });
        await using var runner = new SourceRunner(TheFeed(provider));

        var item = await runner.NextProcessedAsync("the redirected item");

        var failure = Assert.Single(item.Failures);
        Assert.Empty(item.Articles);
        Assert.Equal(entry.Link.AbsoluteUri, failure.Origin);
        Assert.StartsWith($"{entry.Link.AbsoluteUri}: redirected to {target.AbsoluteUri}: localhost resolves to ", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("a loopback address", failure.Reason, StringComparison.Ordinal);
        Assert.EndsWith("set Sources:AllowPrivateAddresses=true to allow", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, server.Hits("/a/1"));
        Assert.Equal(0, server.Hits("/a/2"));
    }
}
