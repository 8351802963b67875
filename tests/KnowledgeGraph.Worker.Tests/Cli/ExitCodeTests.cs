using KnowledgeGraph.Worker.Cli;
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
    public async Task UnknownVerb_PrintsOneErrorNotTwo()
    {
        var result = await TestSupport.Cli.RunAsync("ingets");

        Assert.Equal("Unrecognized command or argument 'ingets'.", result.Error.Trim());
        Assert.DoesNotContain("Required command was not provided", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoVerb_SaysSoPrintsHelpAndExitsTwo()
    {
        var result = await TestSupport.Cli.RunAsync([], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: no verb given", result.Error, StringComparison.Ordinal);
        Assert.Contains("Commands:", result.Output, StringComparison.Ordinal);
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

    /// <summary>
    /// Every numeric option of every verb, found in the real command tree (so an option added later is covered), with a
    /// value that is not a number and one too large for any numeric type.
    /// </summary>
    public static TheoryData<string, string, string> NumericOptionsWithBadValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in KnowledgeGraphCli.CreateRootCommand().Subcommands)
        {
            foreach (var option in command.Options.Where(o => Type.GetTypeCode(Nullable.GetUnderlyingType(o.ValueType) ?? o.ValueType) is >= TypeCode.SByte and <= TypeCode.Decimal))
            {
                data.Add(command.Name, option.Name, "abc");
                data.Add(command.Name, option.Name, "99999999999999999999999999999999");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumericOptionsWithBadValues))]
    public async Task NumericOption_NotANumberOrTooLarge_PrintsErrorAndHelpAndExitsTwo(string verb, string option, string value)
    {
        var result = await TestSupport.Cli.RunAsync(verb, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Matches($@"Usage:\s+\S+ {verb}", result.Output + result.Error);
        Assert.DoesNotContain("Unhandled", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "--recent", "-1")]
    [InlineData("status", "--recent", "99999999999")]
    [InlineData("bench", "--articles", "0")]
    [InlineData("bench", "--extraction-sample", "0")]
    public async Task NumericOption_OutOfRange_NamesTheOptionAndTheRangeAndExitsTwo(string verb, string option, string value)
    {
        var result = await TestSupport.Cli.RunAsync(verb, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{option} must be between", result.Error, StringComparison.Ordinal);
    }
}
