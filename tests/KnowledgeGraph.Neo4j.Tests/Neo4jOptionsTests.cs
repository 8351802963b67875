using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    private static IConfigurationSection Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build().GetSection(Neo4jOptions.SectionName);

    private static ValidateOptionsResult Validate(Neo4jOptions options) => new Neo4jOptionsValidator().Validate(null, options);

    [Fact]
    public void ToString_PasswordSet_NeverShown()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "hunter2-secret" };

        Assert.DoesNotContain("hunter2-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CredentialsInUri_RejectedWithoutEchoingThem()
    {
        var result = Validate(new Neo4jOptions { Uri = new Uri("http://neo4j:hunter2@localhost:7474"), Password = "x" });

        Assert.True(result.Failed);
        Assert.Contains("must not contain credentials", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "http:// or https://")]
    [InlineData("http://localhost:7474", "Neo4j:Password is missing")]
    public void Validate_BadSettings_FailureNamesTheKey(string uri, string expected)
    {
        var result = Validate(new Neo4jOptions { Uri = new Uri(uri), Password = uri.StartsWith("bolt", StringComparison.Ordinal) ? "x" : null });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnlyUriSet_NamesTheMissingPasswordKeyAndWhyItIsNeeded()
    {
        var result = Validate(new Neo4jOptions { Uri = new Uri("http://localhost:7474") });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Neo4j:Password is missing", failure, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri is set", failure, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotConfigured_Succeeds()
    {
        Assert.True(Validate(new Neo4jOptions()).Succeeded);
    }

    [Fact]
    public void IsNeo4jConfigured_UriSetOrNot_Decides()
    {
        Assert.True(Neo4jServiceCollectionExtensions.IsNeo4jConfigured(Configuration(("Neo4j:Uri", "http://neo4j:7474"))));
        Assert.False(Neo4jServiceCollectionExtensions.IsNeo4jConfigured(Configuration(("Neo4j:Database", "neo4j"))));
    }

    [Fact]
    public async Task AddKnowledgeGraphNeo4j_InvalidSettings_StartupValidationFailsNamingTheKey()
    {
        var configuration = Configuration(("Neo4j:Uri", "http://localhost:7474"), ("Neo4j:BatchSize", "0"));
        using var provider = new ServiceCollection().AddLogging().AddKnowledgeGraphNeo4j(configuration).BuildServiceProvider();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Neo4j:BatchSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Password is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKnowledgeGraphNeo4j_Configuration_BindsSectionWithDefaults()
    {
        var configuration = Configuration(("Neo4j:Uri", "https://example.databases.neo4j.io"), ("Neo4j:Password", "p"), ("Neo4j:BatchSize", "250"));
        using var provider = new ServiceCollection().AddLogging().AddKnowledgeGraphNeo4j(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("https://example.databases.neo4j.io"), options.Uri);
        Assert.Equal(250, options.BatchSize);
        Assert.Equal("neo4j", options.Database);
        Assert.Equal("neo4j", options.User);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "cypher"), options.ResolvedTemplatesPath);
    }
}
