using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class InputServiceRegistrationTests
{
    [Fact]
    public void AddArticleReading_Defaults_ReaderAndTimeProviderRegistered()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var reader = provider.GetRequiredService<IArticleReader>();

        Assert.IsType<ArticleReader>(reader);
        Assert.Same(reader, provider.GetRequiredService<IArticleReader>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(InputOptions.DefaultMaxArticleBytes, provider.GetRequiredService<IOptions<InputOptions>>().Value.MaxArticleBytes);
    }

    [Fact]
    public void AddKnowledgeGraphExtraction_Defaults_ExtractorAndNameResolverAreSingletons()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<RuleBasedExtractor>(provider.GetRequiredService<IArticleExtractor>());
        Assert.Same(provider.GetRequiredService<IArticleExtractor>(), provider.GetRequiredService<IArticleExtractor>());
        Assert.IsType<GazetteerEntityResolver>(provider.GetRequiredService<IEntityNameResolver>());
    }

    [Fact]
    public async Task AddArticleReading_ConfiguredLimit_UsedByReader()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Input:MaxArticleBytes"] = "10" });
        using var folder = new TempFolder();
        var path = folder.Write("eleven.txt", "eleven byte");

        var failure = (await provider.GetRequiredService<IArticleReader>().ReadAllAsync(path)).SingleFailure();

        Assert.Contains("over the limit of 10 bytes", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddArticleReading_Delegate_ConfiguresTheLimitAndValidatesIt()
    {
        var services = new ServiceCollection();
        services.AddArticleReading(options => options.MaxArticleBytes = 10);
        await using var provider = services.BuildServiceProvider();
        using var folder = new TempFolder();
        var path = folder.Write("eleven.txt", "eleven byte");

        var failure = (await provider.GetRequiredService<IArticleReader>().ReadAllAsync(path)).SingleFailure();

        Assert.Contains("over the limit of 10 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Single(provider.GetServices<IValidateOptions<InputOptions>>());
    }

    [Fact]
    public void AddArticleReading_ExistingTimeProvider_Kept()
    {
        var services = new ServiceCollection();
        var custom = new FixedTimeProvider();
        services.AddSingleton<TimeProvider>(custom);
        services.AddArticleReading(new ConfigurationBuilder().Build().GetSection("Input"));

        using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task AddArticleReading_NonPositiveLimit_HostFailsToStart(string value)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Input:MaxArticleBytes"] = value });
        builder.Services.AddArticleReading(builder.Configuration.GetSection("Input")).AddIngestionPipeline(builder.Configuration.GetSection("Pipeline"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"Input:MaxArticleBytes must be at least 1, not {value}.", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        // Not ValidateOnBuild: the pipeline registered here needs a sink and a journal, which only a host provides.
        services.AddArticleReading(configuration.GetSection("Input")).AddIngestionPipeline(configuration.GetSection("Pipeline")).AddKnowledgeGraphExtraction();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private sealed class FixedTimeProvider : TimeProvider;
}
