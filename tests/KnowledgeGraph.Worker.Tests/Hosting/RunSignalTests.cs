using System.Diagnostics;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Hosting;

/// <summary>The real executable's <c>run</c> verb stops gracefully on SIGTERM (as under systemd or Kubernetes).</summary>
public sealed class RunSignalTests
{
    [Fact]
    public async Task Run_Sigterm_StopsGracefullyWithExitCodeZero()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("SIGTERM is a POSIX signal.");
        }

        using var folder = new TempFolder();
        var inbox = folder.Combine("inbox");
        ArticleFiles.WriteJsonFiles(inbox, ArticleFiles.Generate(3, seed: 9));
        var store = folder.Combine("kg.db");
        using var process = WorkerProcess.Start(folder.Path, ["run", "--inbox", inbox, "--store", store, "-c", "Sources:Inbox:PollInterval=00:00:00.200", "-c", "Sources:Inbox:StableDuration=00:00:00"]);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        var done = Path.Combine(inbox, "done");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!Directory.Exists(done) || Directory.GetFiles(done, "*.json").Length < 3)
        {
            if (process.HasExited)
            {
                Assert.Fail(await error);
            }

            Assert.True(DateTime.UtcNow < deadline, "the inbox was not drained in time");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        var log = await output + await error;
        Assert.True(process.ExitCode == 0, log);
        Assert.Contains("Worker stopped", log, StringComparison.Ordinal);
    }
}
