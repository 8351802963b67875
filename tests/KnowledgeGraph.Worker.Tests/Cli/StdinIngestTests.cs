using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

public sealed class StdinIngestTests
{
    [Fact]
    public async Task Ingest_Dash_ReadsJsonLinesFromStandardInput()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("kg.db");
        using var process = WorkerProcess.Start(folder.Path, ["ingest", "-", "--store", store, "-c", "Progress:Mode=none"], redirectInput: true);

        foreach (var article in ArticleFiles.Generate(5, seed: 3))
        {
            await process.StandardInput.WriteLineAsync(ArticleFiles.ToJsonLine(article));
        }

        await process.StandardInput.WriteLineAsync("{ this line is broken");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 1, output + error);
        Assert.Matches(@"written:\s+5", output);
        Assert.Matches(@"failed:\s+1", output);
        Assert.Contains("stdin", output, StringComparison.Ordinal);
    }
}
