using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// <c>run</c> with a bad setting, through the real executable: the host logs to the process's stderr, which an
/// in-process run does not capture, and a failed host start is exactly what must not be logged.
/// </summary>
public sealed class RunConfigurationErrorTests
{
    [Fact(Timeout = 120_000)]
    public async Task Run_InvalidSetting_PrintsOnlyTheConfigurationErrorAndExitsTwo()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("kg.db");
        using var process = WorkerProcess.Start(folder.Path, ["run", "--inbox", folder.Combine("inbox"), "--store", store, "-c", "Pipeline:BatchSize=0"]);

        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await output;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}\n{error}");
        Assert.Equal("configuration error: Pipeline:BatchSize must be between 1 and 100000, not 0.", error.Trim());
    }
}
