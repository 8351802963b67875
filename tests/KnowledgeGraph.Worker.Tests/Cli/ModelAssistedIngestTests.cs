using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using KnowledgeGraph.Llm;
using KnowledgeGraph.Worker.Tests.TestSupport;
using static KnowledgeGraph.Worker.Tests.TestSupport.FakeModelEndpoint;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// ingest, extract and eval with Llm:Enabled=true, end to end through the real command line, extractor, store and
/// model client, against a local fake of the model endpoint. The tests are in one class so they run one at a time:
/// they listen to the process-wide KnowledgeGraph.Llm meter.
/// </summary>
public sealed class ModelAssistedIngestTests
{
    private const string Deaths = "Two officers died in the assault, among them Sergeant Ivan Petrovic.";
    private const string Claimed = "Zagreb claimed that Serbian drones had struck the same post.";

    // Who killed the sergeant is only clear from the sentence before: the rules leave it out, the model may not.
    private static readonly string Article = $"""
        date 2025-03-05 Croatian minister condemns border raid

        Croatian Defence Minister Anna Kovac held talks with Austrian Chancellor Peter Lindqvist in Vienna on Monday.

        Fighters of the Northern Brigade, a militia loyal to Belgrade, stormed a police post near the border on Wednesday.

        {Deaths}

        {Claimed}
        """;

    private static readonly string ModelAnswer = Answer(
        Relationship("KILLED", "Northern Brigade", "Organisation", "Ivan Petrovic", "Person", Deaths, "asserted"),
        Relationship("ATTACKED", "Serbia", "Country", "Croatia", "Country", Claimed, "claimed"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_WithTheModel_AddsTheAssertedCrossSentenceEdgeAndDropsTheClaimedOne()
    {
        using var folder = new TempFolder();
        var input = await WriteAsync(folder);
        await using var endpoint = await StartAsync(ModelAnswer);
        var store = folder.Combine("kg.db");

        var result = await TestSupport.Cli.RunAsync(["ingest", input, "--store", store, "-c", "Progress:Mode=none", .. Settings(endpoint.Endpoint)], Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, endpoint.Requests);
        var relationships = await ExportedRelationshipsAsync(store, folder.Combine("export"));
        Assert.Contains("\"type\":\"MET\"", relationships, StringComparison.Ordinal);
        var killed = Assert.Single(relationships.Split('\n'), line => line.Contains("\"type\":\"KILLED\"", StringComparison.Ordinal));
        Assert.Contains("\"start\":\"organisation:northern-brigade\"", killed, StringComparison.Ordinal);
        Assert.Contains("\"end\":\"person:ivan-petrovic\"", killed, StringComparison.Ordinal);
        Assert.Contains(Deaths, killed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"ATTACKED\"", relationships, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_ModelEndpointDown_WritesTheRuleGraphExitsZeroAndCountsTheFailure()
    {
        using var folder = new TempFolder();
        var input = await WriteAsync(folder);
        var store = folder.Combine("kg.db");
        var failures = new ConcurrentDictionary<string, long>();
        using var listener = ListenToLlmFailures(failures);

        var result = await TestSupport.Cli.RunAsync(["ingest", input, "--store", store, "-c", "Progress:Mode=none", .. Settings(Down())], Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"written:\s+1", result.Output);
        Assert.Equal(1, failures.GetValueOrDefault("unreachable"));
        var relationships = await ExportedRelationshipsAsync(store, folder.Combine("export"));
        Assert.Contains("\"type\":\"MET\"", relationships, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"KILLED\"", relationships, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WithTheModel_ShowsTheAddedEdge()
    {
        using var folder = new TempFolder();
        var input = await WriteAsync(folder);
        await using var endpoint = await StartAsync(ModelAnswer);

        var withModel = await TestSupport.Cli.RunAsync(["extract", input, "-c", $"Store:Path={folder.Combine("kg.db")}", .. Settings(endpoint.Endpoint)], Token);
        var rulesOnly = await TestSupport.Cli.RunAsync(["extract", input, "-c", $"Store:Path={folder.Combine("kg.db")}"], Token);

        Assert.True(withModel.ExitCode == 0, withModel.ToString());
        Assert.Contains("(Northern Brigade)-[:KILLED]->(Ivan Petrovic)", withModel.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[:ATTACKED]", withModel.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[:KILLED]", rulesOnly.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithTheModel_ScoresTheAugmentedGraph()
    {
        using var folder = new TempFolder();
        var gold = folder.Combine("mini.jsonl");
        var text = Article[(Article.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim().Replace("\n", " ", StringComparison.Ordinal);
        var line = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "mini-1",
            date = "2025-03-05",
            complete = true,
            complete_types = new[] { "KILLED" },
            text,
            relationships = new[] { new { type = "KILLED", start = "Northern Brigade", end = "Ivan Petrovic" } },
        });
        await File.WriteAllTextAsync(gold, line + "\n", Token);
        await using var endpoint = await StartAsync(ModelAnswer);

        var withModel = await TestSupport.Cli.RunAsync(["eval", gold, "--json", .. Settings(endpoint.Endpoint)], Token);
        var rulesOnly = await TestSupport.Cli.RunAsync(["eval", gold, "--json"], Token);

        Assert.True(withModel.ExitCode == 0, withModel.ToString());
        Assert.Equal(1.0, KilledRecall(withModel.Output));
        Assert.Equal(0.0, KilledRecall(rulesOnly.Output));
    }

    private static double KilledRecall(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("overall").GetProperty("relationships").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "KILLED");
        return row.GetProperty("recall").GetDouble();
    }

    private static async Task<string> WriteAsync(TempFolder folder)
    {
        var path = folder.Combine("border-raid.txt");
        await File.WriteAllTextAsync(path, Article, Encoding.UTF8, Token);
        return path;
    }

    private static async Task<string> ExportedRelationshipsAsync(string store, string directory)
    {
        var export = await IngestExportStatusTests.ExportAsync(store, directory);
        return Encoding.UTF8.GetString(export["relationships.jsonl"]);
    }

    private static MeterListener ListenToLlmFailures(ConcurrentDictionary<string, long> failures)
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LlmMetrics.MeterName && instrument.Name == "kg.llm.failures")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    failures.AddOrUpdate((string)tag.Value!, value, (_, old) => old + value);
                }
            }
        });
        listener.Start();
        return listener;
    }
}
