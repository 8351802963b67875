using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Llm.Tests;

public sealed class LlmServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKnowledgeGraphLlm_NotEnabled_RegistersNoAugmenter()
    {
        using var provider = Build(new() { ["Llm:Model"] = "m" });

        Assert.Null(provider.GetService<IGraphAugmenter>());
        Assert.False(provider.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled);
    }

    [Fact]
    public void AddKnowledgeGraphLlm_Enabled_BindsTheSectionAndRegistersTheAugmenter()
    {
        using var provider = Build(new()
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = "http://localhost:8000/v1",
            ["Llm:Model"] = "qwen2.5-7b-instruct",
            ["Llm:MaxRelationshipsPerArticle"] = "7",
        });

        Assert.IsType<KnowledgeGraph.Llm.Augmentation.LlmRelationshipAugmenter>(provider.GetService<IGraphAugmenter>());
        var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
        Assert.Equal(new Uri("http://localhost:8000/v1"), options.Endpoint);
        Assert.Equal(7, options.MaxRelationshipsPerArticle);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Equal(24_000, options.MaxArticleCharacters);
    }

    [Theory]
    [InlineData(null, "m", "Llm:Endpoint is required")]
    [InlineData("ftp://models.example/v1", "m", "Llm:Endpoint must be an absolute http")]
    [InlineData("v1/chat", "m", "Llm:Endpoint must be an absolute http")]
    [InlineData("http://user:pw@localhost:8000/v1", "m", "must not contain credentials")]
    [InlineData("http://localhost:8000/v1", null, "Llm:Model is required")]
    [InlineData("http://localhost:8000/v1", " ", "Llm:Model is required")]
    public async Task AddKnowledgeGraphLlm_InvalidSettings_StartupValidationFailsNamingTheKey(string? endpoint, string? model, string expected)
    {
        using var provider = Build(new()
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = model,
            ["Llm:ApiKey"] = "sk-secret-value",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-value", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Llm:Timeout", "00:00:00", "Llm:Timeout")]
    [InlineData("Llm:MaxArticleCharacters", "10", "Llm:MaxArticleCharacters")]
    [InlineData("Llm:MaxRelationshipsPerArticle", "0", "Llm:MaxRelationshipsPerArticle")]
    [InlineData("Llm:MaxRetryAttempts", "-1", "Llm:MaxRetryAttempts")]
    public async Task AddKnowledgeGraphLlm_OutOfRangeNumber_StartupValidationFailsNamingTheKey(string key, string value, string expected)
    {
        using var provider = Build(new()
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = "http://localhost:8000/v1",
            ["Llm:Model"] = "m",
            [key] = value,
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithAKey_NeverShowsIt()
    {
        var options = new LlmOptions { Enabled = true, Endpoint = new Uri("https://api.example/v1"), Model = "m", ApiKey = "sk-secret-value" };

        Assert.DoesNotContain("sk-secret-value", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddKnowledgeGraphLlm(configuration.GetSection(LlmOptions.SectionName)).BuildServiceProvider();
    }
}
