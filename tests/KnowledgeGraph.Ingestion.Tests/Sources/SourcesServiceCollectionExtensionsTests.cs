using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Sources.Feeds;
using KnowledgeGraph.Ingestion.Sources.Inbox;
using KnowledgeGraph.Ingestion.Sources.JsonLines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class SourcesServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddArticleSources_NothingConfigured_RegistersNoSource()
    {
        await using var provider = SourceServices.Build(new Dictionary<string, string?>());

        Assert.Empty(provider.GetServices<IArticleSource>());
        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AddArticleSources_EverySourceConfigured_RegistersEachOnce()
    {
        using var folder = new TempFolder();
        await using var provider = SourceServices.Build(new Dictionary<string, string?>
        {
            ["Sources:StatePath"] = folder.Combine("state"),
            ["Sources:Inbox:Path"] = folder.Combine("inbox"),
            ["Sources:Feeds:0:Url"] = "https://wire.example/rss.xml",
            ["Sources:Feeds:1:Url"] = "https://desk.example/atom.xml",
            ["Sources:Feeds:1:Interval must be at least"] = "120",
            ["Sources:JsonLines:Path"] = "-",
        });
        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken);

        var sources = provider.GetServices<IArticleSource>().ToList();

        Assert.Single(sources.OfType<InboxSource>());
        Assert.Equal(["https://desk.example/atom.xml", "https://wire.example/rss.xml"], sources.OfType<FeedSource>().Select(feed => feed.FeedUrl.AbsoluteUri).Order());
        Assert.Equal("stdin", Assert.Single(sources.OfType<JsonLinesSource>()).Name);
        Assert.NotNull(provider.GetRequiredService<IHttpClientFactory>().CreateClient(FeedHttp.ClientName));
    }

    [Fact]
    public async Task AddArticleSources_WithIngestionRegistrations_ResolvesTheReaderAndValidates()
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:Inbox:Path"] = folder.Combine("inbox"),
            ["Sources:JsonLines:Path"] = folder.Combine("bulk.jsonl"),
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddArticleReading(configuration.GetSection("Input")).AddIngestionPipeline(configuration.GetSection("Pipeline"));
        services.AddArticleSources(configuration.GetSection("Sources"));

        // Not ValidateOnBuild: the pipeline registered beside the sources needs a sink and a journal only a host provides.
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, provider.GetServices<IArticleSource>().Count());
    }

    [Fact]
    public async Task AddArticleSources_CalledTwice_RegistersEachSourceOnce()
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:Inbox:Path"] = folder.Combine("inbox"),
            ["Sources:StatePath"] = folder.Combine("state"),
            ["Sources:Feeds:0:Url"] = "https://wire.example/rss.xml",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddArticleReading(configuration.GetSection("Input")).AddIngestionPipeline(configuration.GetSection("Pipeline"));
        services.AddArticleSources(configuration.GetSection("Sources"));
        services.AddArticleSources(configuration.GetSection("Sources"));
        await using var provider = services.BuildServiceProvider();

        var sources = provider.GetServices<IArticleSource>().ToList();

        Assert.Single(sources.OfType<InboxSource>());
        Assert.Single(sources.OfType<FeedSource>());
    }

    [Fact]
    public async Task AddArticleSources_InvalidSettings_FailValidationOnStartNamingEachKey()
    {
        await using var provider = SourceServices.Build(new Dictionary<string, string?>
        {
            ["Sources:Feeds:0:Url"] = "ftp://wire.example/rss.xml",
            ["Sources:Feeds:1:Url"] = "https://desk.example/atom.xml",
            ["Sources:Feeds:1:Interval"] = "00:00:00",
            ["Sources:Inbox:Path"] = "inbox",
            ["Sources:Inbox:PollInterval"] = "-00:00:01",
            ["Sources:TotalTimeout"] = "00:00:01",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Sources:Feeds:0:Url", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sources:Feeds:1:Interval must be at least", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sources:Inbox:PollInterval must be between", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sources:TotalTimeout must be greater than Sources:AttemptTimeout", error.Message, StringComparison.Ordinal);
    }
}
