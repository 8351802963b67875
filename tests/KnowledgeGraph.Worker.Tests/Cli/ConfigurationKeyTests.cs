using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// Configuration typos are errors naming the key and the closest known key; a value that does not convert names the
/// key, the value and the type; keys an older version knew say what replaced them. Exit 2, before any work.
/// </summary>
public sealed class ConfigurationKeyTests
{
    [Theory]
    [InlineData("Pipeline:BatchSiz=5", "unknown configuration key 'Pipeline:BatchSiz' (did you mean 'Pipeline:BatchSize'?)")]
    [InlineData("Store:Pth=x.db", "unknown configuration key 'Store:Pth' (did you mean 'Store:Path'?)")]
    [InlineData("Sources:Feeds:0:Urll=https://a.example/rss", "unknown configuration key 'Sources:Feeds:0:Urll' (did you mean 'Sources:Feeds:0:Url'?)")]
    [InlineData("Nonexistent:Key=5", "unknown configuration key 'Nonexistent:Key': 'Nonexistent' is not a configuration section")]
    [InlineData("Pipeline:BatchLatencyMs=250", "configuration key 'Pipeline:BatchLatencyMs' was renamed Pipeline:BatchLatency")]
    [InlineData("Pipeline:MaxWriteAttempts=8", "configuration key 'Pipeline:MaxWriteAttempts' was removed")]
    [InlineData("Pipeline:BatchLatency=fast", "configuration key 'Pipeline:BatchLatency': 'fast' is not a valid duration")]
    [InlineData("Pipeline:BatchSize=lots", "configuration key 'Pipeline:BatchSize': 'lots' is not a valid whole number")]
    public async Task Status_BadConfigurationKey_ExitsTwoNamingTheKey(string setting, string expected)
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("status", "--store", folder.Combine("kg.db"), "-c", setting);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("configuration error: " + expected, result.Error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("kg.db")));
    }

    [Fact]
    public async Task Ingest_UnknownKeyInTheEnvironmentOutsideTheProductSections_IsIgnored()
    {
        using var folder = new TempFolder();
        var article = folder.Write("a.txt", "Iran struck the base.");
        Environment.SetEnvironmentVariable("KG_SomeOtherTool__Setting", "1");
        try
        {
            var result = await TestSupport.Cli.RunAsync("ingest", article, "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=none");

            Assert.True(result.ExitCode == 0, result.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("KG_SomeOtherTool__Setting", null);
        }
    }

    [Theory]
    [InlineData("Input:MaxArticleBytes=0", "Input:MaxArticleBytes must be at least 1, not 0.")]
    [InlineData("Pipeline:BatchLatency=00:20:00", "Pipeline:BatchLatency must be between 00:00:00.0010000 and 00:10:00, not 00:20:00.")]
    [InlineData("Store:BusyTimeout=-00:00:01", "Store:BusyTimeout must be between 00:00:00 and 00:10:00, not -00:00:01.")]
    public async Task Status_ValueOutOfRange_MessageNamesTheFullKeyAndTheValue(string setting, string expected)
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("status", "--store", folder.Combine("kg.db"), "-c", setting);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("configuration error: " + expected, result.Error.Trim());
    }

    [Fact]
    public async Task Status_OnlyNeo4jUriSet_SaysThePasswordKeyIsMissing()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("status", "--store", folder.Combine("kg.db"), "-c", "Neo4j:Uri=http://localhost:7474");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("configuration error: Neo4j:Password is missing", result.Error.Trim(), StringComparison.Ordinal);
    }
}
