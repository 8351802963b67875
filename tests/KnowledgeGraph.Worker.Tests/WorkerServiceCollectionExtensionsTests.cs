using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Sqlite;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Worker.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Tests;

public sealed class WorkerServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKnowledgeGraphWorker_NoNeo4jUri_WritesToTheEmbeddedStore()
    {
        using var folder = new TempFolder();
        using var host = CliHost.Build(new Dictionary<string, string?> { ["Store:Path"] = folder.Combine("kg.db") });

        Assert.IsType<SqliteGraphStore>(host.Services.GetRequiredService<IGraphSink>());
        Assert.IsType<SqliteGraphStore>(host.Services.GetRequiredService<IIngestionJournal>());
        Assert.NotNull(host.Services.GetRequiredService<IngestionPipeline>());
        Assert.NotNull(host.Services.GetRequiredService<IArticleReader>());
    }

    [Fact]
    public void AddKnowledgeGraphWorker_Neo4jUriConfigured_WritesToNeo4jAndJournalsLocally()
    {
        using var folder = new TempFolder();
        using var host = CliHost.Build(new Dictionary<string, string?>
        {
            ["Store:Path"] = folder.Combine("kg.db"),
            ["Neo4j:Uri"] = "http://127.0.0.1:7474",
            ["Neo4j:Password"] = "secret",
        });

        Assert.IsType<Neo4jGraphSink>(host.Services.GetRequiredService<IGraphSink>());
        Assert.IsType<SqliteGraphStore>(host.Services.GetRequiredService<IIngestionJournal>());
    }

    [Fact]
    public void AddKnowledgeGraphWorker_LlmNotEnabled_RegistersNoAugmenter()
    {
        using var folder = new TempFolder();
        using var host = CliHost.Build(new Dictionary<string, string?> { ["Store:Path"] = folder.Combine("kg.db"), ["Llm:Model"] = "m" });

        Assert.Null(host.Services.GetService<KnowledgeGraph.Domain.Extraction.IGraphAugmenter>());
    }

    [Fact]
    public async Task Ingest_LlmEnabledWithoutModel_IsAConfigurationErrorNamingTheKey()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Path, "--store", folder.Combine("kg.db"), "-c", "Llm:Enabled=true", "-c", "Llm:Endpoint=http://127.0.0.1:8000/v1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Llm:Model is required", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void AddKnowledgeGraphWorker_TelemetryConsole_RegistersAMeterProviderOnlyWhenEnabled(string enabled, bool expected)
    {
        using var folder = new TempFolder();
        using var host = CliHost.Build(new Dictionary<string, string?> { ["Store:Path"] = folder.Combine("kg.db"), ["Telemetry:Console"] = enabled });

        Assert.Equal(expected, host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>() is not null);
    }

    [Fact]
    public async Task Ingest_Neo4jConfigured_SendsTheGraphOverTheQueryApiAndJournalsLocally()
    {
        using var folder = new TempFolder();
        await using var neo4j = LocalQueryApiEndpoint.Start();
        var input = ArticleFiles.WriteJsonLines(folder.Combine("wire.jsonl"), ArticleFiles.Generate(8, seed: 31));
        var store = folder.Combine("journal.db");

        var result = await TestSupport.Cli.RunAsync(
            "ingest", input, "--store", store, "-c", "Progress:Mode=none",
            "-c", $"Neo4j:Uri={neo4j.Uri.AbsoluteUri}", "-c", "Neo4j:Password=test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("neo4j", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"written:\s+8", result.Output);
        Assert.True(neo4j.Requests > 0);
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains("Articles ingested: 8", status.Output, StringComparison.Ordinal);
    }
}
