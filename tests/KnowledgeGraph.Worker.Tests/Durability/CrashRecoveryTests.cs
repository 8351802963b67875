using System.Text.RegularExpressions;
using KnowledgeGraph.Worker.Tests.Cli;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Durability;

/// <summary>
/// Kills the real worker executable (kill -9 semantics) in the middle of ingestion, restarts it, and checks that the
/// result is exactly what an uninterrupted run produces: nothing lost, nothing duplicated.
/// </summary>
public sealed partial class CrashRecoveryTests
{
    private const int ArticleCount = 400;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_KilledMidRunAndRestarted_ExportIsByteIdenticalToACleanRun()
    {
        using var folder = new TempFolder();
        var inputs = folder.Combine("inputs");
        var articles = ArticleFiles.Generate(ArticleCount, seed: 23);
        ArticleFiles.WriteJsonFiles(inputs, articles.Take(ArticleCount / 2));
        ArticleFiles.WriteJsonLines(Path.Combine(inputs, "wire.jsonl"), articles.Skip(ArticleCount / 2));

        var clean = await RunWorkerAsync(inputs, folder.Combine("clean.db"), killAfterWritten: null);
        Assert.True(clean.ExitCode == 0, clean.Output);

        var crashStore = folder.Combine("crash.db");
        var kills = 0;
        foreach (var threshold in new[] { 40, 60, 80 })
        {
            var killed = await RunWorkerAsync(inputs, crashStore, killAfterWritten: threshold);
            if (killed.Killed)
            {
                kills++;
            }
        }

        Assert.True(kills > 0, "the worker finished before it could be killed; the test proved nothing");
        var resumed = await RunWorkerAsync(inputs, crashStore, killAfterWritten: null);
        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Matches(@"skipped \(unchanged\):\s+[1-9]", resumed.Output);

        var expected = await IngestExportStatusTests.ExportAsync(folder.Combine("clean.db"), folder.Combine("export-clean"));
        var actual = await IngestExportStatusTests.ExportAsync(crashStore, folder.Combine("export-crash"));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs after crash recovery");
        }

        var status = await TestSupport.Cli.RunAsync("status", "--store", crashStore);
        Assert.Contains($"Articles ingested: {ArticleCount}", status.Output, StringComparison.Ordinal);
        Assert.Contains("Failed inputs: 0", status.Output, StringComparison.Ordinal);
    }

    private static async Task<WorkerRun> RunWorkerAsync(string inputs, string store, int? killAfterWritten)
    {
        using var process = WorkerProcess.Start(
            Path.GetDirectoryName(store)!,
            [
                "ingest", inputs, "--store", store,
                "-c", "Progress:Mode=plain", "-c", "Progress:Interval=00:00:00.010",
                "-c", "Pipeline:BatchSize=4", "-c", "Pipeline:ExtractionWorkers=1",
            ]);
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var killed = false;
        var errorLines = new List<string>();
        while (await process.StandardError.ReadLineAsync(Token) is { } line)
        {
            errorLines.Add(line);
            if (killAfterWritten is { } threshold && WrittenPattern().Match(line) is { Success: true } match &&
                int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= threshold && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
        }

        await process.WaitForExitAsync(Token);
        var text = await output + "\n" + string.Join('\n', errorLines);
        return new WorkerRun(killed ? -9 : process.ExitCode, killed, text);
    }

    [GeneratedRegex(@"progress: \d+ read, (\d+) written")]
    private static partial Regex WrittenPattern();

    private sealed record WorkerRun(int ExitCode, bool Killed, string Output);
}
