using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>Configuration precedence through the real executable: appsettings.json &lt; environment &lt; command line.</summary>
public sealed class ConfigurationSourcesTests
{
    [Fact]
    public async Task Status_StorePathFromPrefixedEnvironment_IsUsedAndBeatsThePlainVariable()
    {
        using var folder = new TempFolder();
        var prefixed = folder.Combine("from-kg-prefix.db");
        var (exitCode, error) = await RunStatusAsync(folder, [], new Dictionary<string, string> { ["KG_Store__Path"] = prefixed, ["Store__Path"] = folder.Combine("plain.db") });

        Assert.Equal(1, exitCode);
        Assert.Contains(prefixed, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_StoreOptionOnTheCommandLine_BeatsTheEnvironment()
    {
        using var folder = new TempFolder();
        var fromCommandLine = folder.Combine("from-command-line.db");
        var (exitCode, error) = await RunStatusAsync(folder, ["--store", fromCommandLine], new Dictionary<string, string> { ["KG_Store__Path"] = folder.Combine("env.db") });

        Assert.Equal(1, exitCode);
        Assert.Contains(fromCommandLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NothingConfigured_UsesTheAppsettingsDefaultInTheWorkingDirectory()
    {
        using var folder = new TempFolder();
        var (exitCode, error) = await RunStatusAsync(folder, [], new Dictionary<string, string>());

        Assert.Equal(1, exitCode);
        Assert.Contains(Path.Combine(folder.Path, "knowledgegraph.db"), error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> RunStatusAsync(TempFolder folder, string[] arguments, Dictionary<string, string> environment)
    {
        using var process = WorkerProcess.Start(folder.Path, ["status", .. arguments], environment: environment);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await output;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, error);
    }
}
