using System.Text.Json;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>The extract verb through the real command line, reader and extractor (fictional people, real countries).</summary>
public sealed class ExtractVerbTests
{
    private const string SanctionsSentence = "Chile imposed sanctions on Peru on Monday after a clash at a border crossing, officials in Santiago said.";
    private const string MeetingSentence = "Peruvian Foreign Minister Elena Varga met Chilean envoy Tomas Ruiz in Lima on Tuesday.";

    private static readonly string BorderArticle = $"""
        date 2025-02-11 Andean neighbours trade blows over border crossing

        {SanctionsSentence}

        {MeetingSentence}
        """;

    private static readonly string DenialArticle = """
        date 2025-03-04 Regional ministers reject reports of fighting

        Bolivia did not attack Peru, its defence ministry said on Monday.

        Argentina denied that its troops had attacked Uruguay.
        """;

    [Fact]
    public async Task Extract_TextArticle_PrintsEntitiesByLabelAndTheEdgeWithItsSentence()
    {
        using var folder = new TempFolder();
        var article = await WriteAsync(folder, "border.txt", BorderArticle);

        var result = await TestSupport.Cli.RunAsync("extract", article, "-c", $"Store:Path={folder.Combine("kg.db")}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Contains("Article border  [article:border]", result.Output, StringComparison.Ordinal);
        Assert.Contains("2025-02-11", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  Person\r?\n    Elena Varga  \[person:elena-varga\]", result.Output);
        Assert.Matches(@"(?m)^    Peru  \[country:peru\]  mentions: \d+  aliases: .*Peruvian", result.Output);

        var edge = result.Output.IndexOf("(Chile)-[:SANCTIONED]->(Peru)  2025-02-10", StringComparison.Ordinal);
        Assert.True(edge >= 0, result.ToString());
        var evidence = result.Output.IndexOf(SanctionsSentence, edge, StringComparison.Ordinal);
        Assert.True(evidence > edge, "the evidence sentence follows its edge");
        Assert.Contains("trigger: sanction", result.Output[evidence..], StringComparison.Ordinal);
        Assert.Matches(@"^      trigger: sanction\w*\r?\n      rule: patterns\.sanctioned\.[a-z-]+\r?\n", result.Output[result.Output.IndexOf("      trigger: sanction", evidence, StringComparison.Ordinal)..]);

        // MET is undirected: no arrow.
        Assert.Contains("(Elena Varga)-[:MET]-(Tomas Ruiz)  2025-02-11", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("kg.db")), "extract must not create a store");
    }

    [Fact]
    public async Task Extract_DeniedEvents_ProduceNoEdge()
    {
        using var folder = new TempFolder();
        var article = await WriteAsync(folder, "denial.txt", DenialArticle);

        var result = await TestSupport.Cli.RunAsync("extract", article, "-c", $"Store:Path={folder.Combine("kg.db")}");

        Assert.True(result.ExitCode == 0, result.ToString());
        // The article was read and its countries found; only the denied attacks are absent.
        Assert.Contains("[country:bolivia]", result.Output, StringComparison.Ordinal);
        Assert.Contains("[country:uruguay]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Relationships (0)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTACKED", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Json_PrintsOneParsableLinePerArticleCarryingEvidence()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("wire.jsonl");
        await File.WriteAllLinesAsync(
            input,
            [
                JsonSerializer.Serialize(new { id = "border-1", title = "Andean neighbours trade blows", date = "2025-02-11", source = "Test Wire", text = SanctionsSentence + "\n" + MeetingSentence }),
                JsonSerializer.Serialize(new { id = "denial-1", date = "2025-03-04", text = "Argentina denied that its troops had attacked Uruguay." }),
            ],
            TestContext.Current.CancellationToken);

        var result = await TestSupport.Cli.RunAsync("extract", input, "--json", "-c", $"Store:Path={folder.Combine("kg.db")}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);

        var article = first.RootElement;
        Assert.Equal(
            ["id", "nodeId", "title", "date", "url", "source", "origin", "entities", "relationships"],
            article.EnumerateObject().Select(p => p.Name));
        Assert.Equal("border-1", article.GetProperty("id").GetString());
        Assert.Equal("article:border-1", article.GetProperty("nodeId").GetString());
        Assert.Equal("2025-02-11", article.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("url").ValueKind);
        Assert.EndsWith("wire.jsonl:1", article.GetProperty("origin").GetString(), StringComparison.Ordinal);

        var varga = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "person:elena-varga");
        Assert.Equal("Person", varga.GetProperty("label").GetString());
        Assert.Equal("Elena Varga", varga.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Array, varga.GetProperty("aliases").ValueKind);

        var sanction = article.GetProperty("relationships").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "SANCTIONED");
        Assert.Equal("country:chile", sanction.GetProperty("start").GetString());
        Assert.Equal("country:peru", sanction.GetProperty("end").GetString());
        Assert.Equal(SanctionsSentence, sanction.GetProperty("evidence").GetString());
        Assert.Equal(0, sanction.GetProperty("sentenceIndex").GetInt32());
        Assert.Contains("sanction", sanction.GetProperty("trigger").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("patterns.sanctioned.", sanction.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-02-10", sanction.GetProperty("eventDate").GetString());
        Assert.True(sanction.GetProperty("directed").GetBoolean());

        var met = article.GetProperty("relationships").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "MET");
        Assert.False(met.GetProperty("directed").GetBoolean());
        Assert.Equal(MeetingSentence, met.GetProperty("evidence").GetString());

        Assert.Equal("denial-1", second.RootElement.GetProperty("id").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Extract_BadInputsAmongGoodOnes_ReportsEachByNamePrintsTheRestAndExitsOne()
    {
        using var folder = new TempFolder();
        var good = await WriteAsync(folder, "border.txt", BorderArticle);
        var empty = await WriteAsync(folder, "empty.txt", "");
        var binary = folder.Combine("scan.txt");
        await File.WriteAllBytesAsync(binary, [0x00, 0x01, 0xFF, 0xFE, 0x00], TestContext.Current.CancellationToken);
        var lines = await WriteAsync(folder, "mixed.jsonl", "{ \"id\": \"broken\", \"text\": \n" + JsonSerializer.Serialize(new { id = "fine-1", text = "Chile attacked Peru." }) + "\n");
        var missing = folder.Combine("missing.txt");

        var result = await TestSupport.Cli.RunAsync("extract", empty, binary, lines, missing, good, "-c", $"Store:Path={folder.Combine("kg.db")}");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("empty.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("scan.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl:1", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing.txt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);

        // The good article, and the good line after the broken one, still come through; nothing bad reaches stdout.
        Assert.Contains("(Chile)-[:SANCTIONED]->(Peru)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Article fine-1", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("empty.txt", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("missing.txt", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Folder_IsDeterministicAndCreatesNoStoreOrJournal()
    {
        using var folder = new TempFolder();
        var articles = folder.Combine("articles");
        Directory.CreateDirectory(articles);
        await WriteAsync(folder, Path.Combine("articles", "border.txt"), BorderArticle);
        await WriteAsync(folder, Path.Combine("articles", "denial.md"), DenialArticle);
        var store = folder.Combine("state", "kg.db");

        var first = await TestSupport.Cli.RunAsync("extract", articles, "-c", $"Store:Path={store}");
        var second = await TestSupport.Cli.RunAsync("extract", articles, "-c", $"Store:Path={store}");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Article border", first.Output, StringComparison.Ordinal);
        Assert.Contains("Article denial", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
        Assert.False(Directory.Exists(folder.Combine("state")), "extract must not create the store or its folder");
        Assert.Equal(2, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Extract_Dash_ReadsJsonLinesFromStandardInputWithoutCreatingTheDefaultStore()
    {
        using var folder = new TempFolder();
        using var process = WorkerProcess.Start(folder.Path, ["extract", "-", "--json"], redirectInput: true);

        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = "stdin-1", date = "2025-02-11", text = SanctionsSentence }));
        await process.StandardInput.WriteLineAsync("{ this line is broken");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 1, output + error);
        using var line = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        Assert.Equal("stdin:1", line.RootElement.GetProperty("origin").GetString());
        Assert.Equal(SanctionsSentence, line.RootElement.GetProperty("relationships")[0].GetProperty("evidence").GetString());
        Assert.Contains("stdin:2", error, StringComparison.Ordinal);

        // The default Store:Path is knowledgegraph.db in the working directory.
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static async Task<string> WriteAsync(TempFolder folder, string name, string text)
    {
        var path = folder.Combine(name);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }
}
