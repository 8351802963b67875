using System.Text.Json;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

public sealed class EvalVerbTests
{
    private const string GoldLine = """
        {"id":"mini-1","date":"2024-04-02","complete":true,"entities_complete":true,"text":"President Amara Dunmore of France met Chancellor Lucan Tolbeck of Germany in Geneva on Monday. Analysts said the talks were unlikely to produce a breakthrough.","entities":[{"label":"Country","name":"France"},{"label":"Country","name":"Germany"},{"label":"Person","name":"Amara Dunmore"},{"label":"Person","name":"Lucan Tolbeck"}],"relationships":[{"type":"MET","start":"Amara Dunmore","end":"Lucan Tolbeck"}]}
        """;

    [Fact]
    public async Task Eval_GoldFile_PrintsTextReportNamingTheSet()
    {
        using var folder = new TempFolder();
        var gold = folder.Combine("mini.gold.jsonl");
        await File.WriteAllTextAsync(gold, GoldLine + "\n", TestContext.Current.CancellationToken);

        var result = await TestSupport.Cli.RunAsync("eval", gold);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("mini.gold", result.Output, StringComparison.Ordinal);
        Assert.Contains("MET", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_GoldWithLocations_ScoresTheLocationRowAgainstTheExtractorsPlaces()
    {
        const string line = """
            {"id":"loc-1","complete":true,"entities_complete":true,"text":"Artillery shelled the city of Lyon overnight. Helsinki condemned the shelling on Monday, and the delegates met in Geneva.","entities":[{"label":"Country","name":"Finland"},{"label":"Location","name":"Lyon"},{"label":"Location","name":"Geneva"},{"label":"Location","name":"Porto"}],"relationships":[]}
            """;
        using var document = await EvalJsonAsync("places.jsonl", line);

        var rows = document.RootElement.GetProperty("overall").GetProperty("entities").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal((2, 0, 1), (rows["Location"].GetProperty("tp").GetInt32(), rows["Location"].GetProperty("fp").GetInt32(), rows["Location"].GetProperty("fn").GetInt32()));
        Assert.Equal((1, 0), (rows["Country"].GetProperty("tp").GetInt32(), rows["Country"].GetProperty("fp").GetInt32()));
    }

    [Fact]
    public async Task Eval_Json_PrintsParseableJson()
    {
        using var document = await EvalJsonAsync("mini.jsonl", GoldLine);

        Assert.Contains("mini", document.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ByRule_CountsTheMeetingUnderItsPatternRuleInTextAndJson()
    {
        using var folder = new TempFolder();
        var gold = folder.Combine("mini.jsonl");
        await File.WriteAllTextAsync(gold, GoldLine + "\n", TestContext.Current.CancellationToken);

        var json = await TestSupport.Cli.RunAsync("eval", gold, "--json", "--by-rule");
        var text = await TestSupport.Cli.RunAsync("eval", gold, "--by-rule");

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var rule = Assert.Single(document.RootElement.GetProperty("overall").GetProperty("rules").EnumerateArray());
        var id = rule.GetProperty("rule").GetString()!;
        Assert.StartsWith("patterns.met.", id, StringComparison.Ordinal);
        Assert.Equal((1, 1, 0), (rule.GetProperty("predicted").GetInt32(), rule.GetProperty("tp").GetInt32(), rule.GetProperty("fp").GetInt32()));
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(id)} +1 +1 +0 +0 +1\.000$", text.Output);
    }

    [Fact]
    public async Task Eval_MalformedGoldLine_PrintsTheFullReportAndExitsOne()
    {
        using var folder = new TempFolder();
        var gold = folder.Combine("mixed.jsonl");
        await File.WriteAllTextAsync(gold, GoldLine + "\n{ this line is not json\n", TestContext.Current.CancellationToken);

        var result = await TestSupport.Cli.RunAsync("eval", gold);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("1 error(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl:2", result.Output, StringComparison.Ordinal);
        Assert.Contains("MET", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingGoldFile_ExitsOneNamingIt()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("nope.jsonl");

        var result = await TestSupport.Cli.RunAsync("eval", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Folder_ScoresEveryJsonlFileDirectlyInside()
    {
        using var folder = new TempFolder();
        folder.Write("gold/first.jsonl", GoldLine + "\n");
        folder.Write("gold/second.jsonl", GoldLine.Replace("mini-1", "mini-2", StringComparison.Ordinal) + "\n");
        folder.Write("gold/notes.txt", "not a gold file");
        folder.Write("gold/scratch/ignored.jsonl", "{ not read: sub-folders are not searched");

        var result = await TestSupport.Cli.RunAsync("eval", folder.Combine("gold"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("first", result.Output, StringComparison.Ordinal);
        Assert.Contains("second", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_FolderWithoutGoldFiles_SaysItIsAFolderAndWhatIsExpected()
    {
        using var folder = new TempFolder();
        folder.Write("nothing/readme.txt", "no gold here");

        var result = await TestSupport.Cli.RunAsync("eval", folder.Combine("nothing"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("is a folder without any gold file (expected *.jsonl files directly inside it", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Writes one gold line to a file of that name, runs <c>eval FILE --json</c>, requires success, parses the output.</summary>
    private static async Task<JsonDocument> EvalJsonAsync(string fileName, string goldLine)
    {
        using var folder = new TempFolder();
        var gold = folder.Combine(fileName);
        await File.WriteAllTextAsync(gold, goldLine + "\n", TestContext.Current.CancellationToken);

        var result = await TestSupport.Cli.RunAsync("eval", gold, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output);
    }
}
