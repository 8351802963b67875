using System.Diagnostics;
using KnowledgeGraph.Worker.Tests.Cli;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Durability;

/// <summary>
/// The hosted worker killed with SIGKILL while draining an inbox: files are acknowledged (moved to done/) only after
/// their articles committed, so a restart finishes exactly the rest and the graph equals an uninterrupted ingest.
/// </summary>
public sealed class RunCrashRecoveryTests
{
    private const int FileCount = 240;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_KilledWhileDrainingTheInbox_RestartFinishesAndGraphMatchesACleanIngest()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Uses SIGTERM for the final graceful stop.");
        }

        using var folder = new TempFolder();
        var articles = ArticleFiles.Generate(FileCount, seed: 41);
        ArticleFiles.WriteJsonFiles(folder.Combine("reference"), articles);
        var inbox = folder.Combine("inbox");
        ArticleFiles.WriteJsonFiles(inbox, articles);
        var done = Path.Combine(inbox, "done");
        var store = folder.Combine("run.db");
        string[] arguments =
        [
            "run", "--inbox", inbox, "--store", store,
            "-c", "Sources:Inbox:PollInterval=00:00:00.200", "-c", "Sources:Inbox:StableDuration=00:00:00",
            "-c", "Pipeline:BatchSize=4", "-c", "Pipeline:BatchLatency=00:00:00.020", "-c", "Pipeline:ExtractionWorkers=1",
        ];

        using (var first = WorkerProcess.Start(folder.Path, arguments))
        {
            var drainOutput = first.StandardOutput.ReadToEndAsync(Token);
            var drainError = first.StandardError.ReadToEndAsync(Token);
            await WaitUntilAsync(first, () => Count(done) >= 40);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(Token);
            await Task.WhenAll(drainOutput, drainError);
        }

        var acknowledgedBeforeCrash = Count(done);
        Assert.True(acknowledgedBeforeCrash < FileCount, "the worker drained the whole inbox before it could be killed");

        using (var second = WorkerProcess.Start(folder.Path, arguments))
        {
            var drainOutput = second.StandardOutput.ReadToEndAsync(Token);
            var log = second.StandardError.ReadToEndAsync(Token);
            await WaitUntilAsync(second, () => Count(done) == FileCount);
            using (var term = Process.Start("kill", ["-TERM", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync(Token);
            }

            await second.WaitForExitAsync(Token);
            await drainOutput;
            Assert.True(second.ExitCode == 0, await log);
        }

        Assert.Empty(Directory.GetFiles(inbox, "*.json"));
        var reference = await TestSupport.Cli.RunAsync("ingest", folder.Combine("reference"), "--store", folder.Combine("reference.db"), "-c", "Progress:Mode=none");
        Assert.True(reference.ExitCode == 0, reference.ToString());
        var expected = await IngestExportStatusTests.ExportAsync(folder.Combine("reference.db"), folder.Combine("export-reference"));
        var actual = await IngestExportStatusTests.ExportAsync(store, folder.Combine("export-run"));
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs after the crashed run was resumed");
        }

        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains($"Articles ingested: {FileCount}", status.Output, StringComparison.Ordinal);
    }

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Length : 0;

    private static async Task WaitUntilAsync(Process process, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!condition())
        {
            Assert.False(process.HasExited, "the worker exited on its own");
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the worker");
            await Task.Delay(10, Token);
        }
    }
}
