using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>End to end through the real command line, reader, extractor and embedded store.</summary>
public sealed class IngestExportStatusTests
{
    [Fact]
    public async Task Ingest_OneInputBroken_IngestsTheOthersPrintsSummaryAndExitsOne()
    {
        using var folder = new TempFolder();
        var articles = ArticleFiles.Generate(12);
        var jsonl = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), articles.Take(8));
        var files = ArticleFiles.WriteJsonFiles(folder.Combine("singles"), articles.Skip(8));
        var broken = folder.Combine("broken.json");
        await File.WriteAllTextAsync(broken, "{ \"id\": \"x\", \"text\": ", TestContext.Current.CancellationToken);
        var store = folder.Combine("kg.db");

        var result = await TestSupport.Cli.RunAsync("ingest", jsonl, broken, folder.Combine("singles"), "--store", store, "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"articles read:\s+12", result.Output);
        Assert.Matches(@"written:\s+12", result.Output);
        Assert.Matches(@"failed:\s+1", result.Output);
        Assert.Contains("broken.json", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Country\s+[1-9]", result.Output);

        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Articles ingested: 12", status.Output, StringComparison.Ordinal);
        Assert.Contains("Failed inputs: 1", status.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"Article\s+12", status.Output);
        Assert.Matches(@"MENTIONS\s+[1-9]", status.Output);
        Assert.Contains(articles[0].Id, status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Twice_SecondRunSkipsEverythingAndExportIsByteIdentical()
    {
        using var folder = new TempFolder();
        var input = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(30));
        var store = folder.Combine("kg.db");

        var first = await TestSupport.Cli.RunAsync("ingest", input, "--store", store, "-c", "Progress:Mode=none");
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstExport = await ExportAsync(store, folder.Combine("export1"));

        var second = await TestSupport.Cli.RunAsync("ingest", input, "--store", store, "-c", "Progress:Mode=none");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches(@"skipped \(unchanged\):\s+30", second.Output);
        Assert.Matches(@"written:\s+0", second.Output);
        var secondExport = await ExportAsync(store, folder.Combine("export2"));

        Assert.NotEmpty(firstExport["nodes.jsonl"]);
        Assert.Equal(firstExport["nodes.jsonl"], secondExport["nodes.jsonl"]);
        Assert.Equal(firstExport["relationships.jsonl"], secondExport["relationships.jsonl"]);
    }

    [Fact]
    public async Task Ingest_InAnotherOrderAndSplit_ExportIsByteIdentical()
    {
        using var folder = new TempFolder();
        var articles = ArticleFiles.Generate(24, seed: 11);
        var forward = ArticleFiles.WriteJsonLines(folder.Combine("forward.jsonl"), articles);
        var reversedFiles = folder.Combine("reversed");
        Directory.CreateDirectory(reversedFiles);
        ArticleFiles.WriteJsonLines(Path.Combine(reversedFiles, "b.jsonl"), articles.Take(10).Reverse());
        ArticleFiles.WriteJsonLines(Path.Combine(reversedFiles, "a.jsonl"), articles.Skip(10).Reverse());

        var one = await TestSupport.Cli.RunAsync("ingest", forward, "--store", folder.Combine("one.db"), "-c", "Progress:Mode=none", "-c", "Pipeline:BatchSize=7");
        var two = await TestSupport.Cli.RunAsync("ingest", reversedFiles, "--store", folder.Combine("two.db"), "-c", "Progress:Mode=none", "-c", "Pipeline:BatchSize=3");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());

        var exportOne = await ExportAsync(folder.Combine("one.db"), folder.Combine("e1"));
        var exportTwo = await ExportAsync(folder.Combine("two.db"), folder.Combine("e2"));
        Assert.Equal(exportOne["nodes.jsonl"], exportTwo["nodes.jsonl"]);
        Assert.Equal(exportOne["relationships.jsonl"], exportTwo["relationships.jsonl"]);
    }

    [Fact]
    public async Task Export_Cypher_WritesAFileAndReportsCounts()
    {
        using var folder = new TempFolder();
        var input = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(5));
        var store = folder.Combine("kg.db");
        Assert.Equal(0, (await TestSupport.Cli.RunAsync("ingest", input, "--store", store, "-c", "Progress:Mode=none")).ExitCode);
        var cypher = folder.Combine("graph.cypher");

        var result = await TestSupport.Cli.RunAsync("export", "--format", "cypher", "--out", cypher, "--store", store);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Exported [1-9]\d* nodes and [1-9]\d* relationships", result.Output);
        Assert.Contains("MERGE", await File.ReadAllTextAsync(cypher, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_PlainProgress_WritesProgressLinesToTheErrorStream()
    {
        using var folder = new TempFolder();
        var input = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(60));

        var result = await TestSupport.Cli.RunAsync("ingest", input, "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=plain", "-c", "Progress:Interval=00:00:00.010", "-c", "Pipeline:BatchSize=5");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"progress: \d+ read, \d+ written", result.Error);
        Assert.DoesNotContain("progress:", result.Output, StringComparison.Ordinal);
    }

    internal static async Task<Dictionary<string, byte[]>> ExportAsync(string store, string directory)
    {
        var result = await TestSupport.Cli.RunAsync("export", "--format", "jsonl", "--out", directory, "--store", store);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Directory.GetFiles(directory).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);
    }
}
