using KnowledgeGraph.Core.Input;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Tests.Input;

public sealed class InputServiceRegistrationTests
{
    [Fact]
    public void AddKnowledgeGraphCore_Defaults_ReaderAndTimeProviderRegistered()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var reader = provider.GetRequiredService<IArticleReader>();

        Assert.IsType<ArticleReader>(reader);
        Assert.Same(reader, provider.GetRequiredService<IArticleReader>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(InputOptions.DefaultMaxArticleBytes, provider.GetRequiredService<IOptions<InputOptions>>().Value.MaxArticleBytes);
    }

    [Fact]
    public async Task AddKnowledgeGraphCore_ConfiguredLimit_UsedByReader()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Input:MaxArticleBytes"] = "10" });
        using var folder = new TempFolder();
        var path = folder.Write("eleven.txt", "eleven byte");

        var failure = (await provider.GetRequiredService<IArticleReader>().ReadAllAsync(path)).SingleFailure();

        Assert.Contains("over the limit of 10 bytes", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKnowledgeGraphCore_ExistingTimeProvider_Kept()
    {
        var services = new ServiceCollection();
        var custom = new FixedTimeProvider();
        services.AddSingleton<TimeProvider>(custom);
        services.AddKnowledgeGraphCore(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task AddKnowledgeGraphCore_NonPositiveLimit_HostFailsToStart(string value)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Input:MaxArticleBytes"] = value });
        builder.Services.AddKnowledgeGraphCore(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("MaxArticleBytes", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddKnowledgeGraphCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class FixedTimeProvider : TimeProvider;
}
