using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>Exit code 2 means a bad command line or configuration, whichever verb and whoever rejects it.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [MemberData(nameof(TestSupport.Cli.Verbs), MemberType = typeof(TestSupport.Cli))]
    public async Task UnknownOption_OnEveryVerb_PrintsErrorAndHelpAndExitsTwo(string verb)
    {
        var result = await TestSupport.Cli.RunAsync(verb, "--no-such-option");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--no-such-option", result.Error, StringComparison.Ordinal);
        Assert.Matches($@"Usage:\s+\S+ {verb}", result.Output + result.Error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("extract")]
    [InlineData("eval")]
    public async Task MissingArgument_ExitsTwo(string verb)
    {
        var result = await TestSupport.Cli.RunAsync(verb);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Usage:", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwo()
    {
        var result = await TestSupport.Cli.RunAsync("ingets");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ingets", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WithAMissingArgument_StillExitsZero()
    {
        var result = await TestSupport.Cli.RunAsync("ingest", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("Pipeline:BatchSize")]
    [InlineData("Telemetry:ExportInterval")]
    public async Task NonNumericConfigurationValue_PrintsOneConfigurationErrorNamingTheKeyAndExitsTwo(string key)
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("status", "--store", folder.Combine("kg.db"), "-c", $"{key}=abc");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("configuration error:", result.Error.TrimStart(), StringComparison.Ordinal);
        Assert.Contains(key, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
