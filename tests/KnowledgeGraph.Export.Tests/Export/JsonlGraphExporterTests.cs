using System.Text.Json;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Export.Tests;

public sealed class JsonlGraphExporterTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("kg-jsonl-").FullName;

    [Fact]
    public async Task ExportAsync_SampleGraph_WritesContractShapeOneObjectPerLine()
    {
        var summary = await new JsonlGraphExporter().ExportAsync(InMemoryGraphReader.Sample(), output, TestContext.Current.CancellationToken);

        var nodeLines = await File.ReadAllLinesAsync(Path.Combine(output, "nodes.jsonl"), TestContext.Current.CancellationToken);
        var relationshipLines = await File.ReadAllLinesAsync(Path.Combine(output, "relationships.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal(3, summary.Nodes);
        Assert.Equal(3, summary.Relationships);
        Assert.Equal(3, nodeLines.Length);
        Assert.Equal(3, relationshipLines.Length);

        using var country = JsonDocument.Parse(nodeLines[2]);
        Assert.Equal("country:iran", country.RootElement.GetProperty("id").GetString());
        Assert.Equal("Country", country.RootElement.GetProperty("labels")[0].GetString());
        Assert.Equal("Iran", country.RootElement.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(2, country.RootElement.GetProperty("properties").GetProperty("aliases").GetArrayLength());

        using var attack = JsonDocument.Parse(relationshipLines[0]);
        Assert.Equal("ATTACKED", attack.RootElement.GetProperty("type").GetString());
        Assert.Equal("country:iran", attack.RootElement.GetProperty("start").GetString());
        Assert.Equal("base:al-harir-air-base", attack.RootElement.GetProperty("end").GetString());
        Assert.Equal("article:a1", attack.RootElement.GetProperty("properties").GetProperty("article").GetString());
        Assert.Equal(0, attack.RootElement.GetProperty("properties").GetProperty("evidenceSentences")[0].GetInt64());
    }

    [Fact]
    public async Task ExportAsync_SameGraphTwice_ByteIdenticalAndNoTemporaryFilesLeft()
    {
        var exporter = new JsonlGraphExporter();
        await exporter.ExportAsync(InMemoryGraphReader.Sample(), output, TestContext.Current.CancellationToken);
        var first = await File.ReadAllBytesAsync(Path.Combine(output, "relationships.jsonl"), TestContext.Current.CancellationToken);

        await exporter.ExportAsync(InMemoryGraphReader.Sample(), output, TestContext.Current.CancellationToken);

        Assert.Equal(first, await File.ReadAllBytesAsync(Path.Combine(output, "relationships.jsonl"), TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(output).Length);
    }

    [Fact]
    public async Task ExportAsync_HostileText_IsValidJsonAndRoundTrips()
    {
        const string hostile = "\"}) DETACH DELETE n // \\ ' ` \n مرحبا 🎯 \u0001";

        await new JsonlGraphExporter().ExportAsync(InMemoryGraphReader.Sample(hostile), output, TestContext.Current.CancellationToken);

        var line = (await File.ReadAllLinesAsync(Path.Combine(output, "relationships.jsonl"), TestContext.Current.CancellationToken))[0];
        using var document = JsonDocument.Parse(line);
        Assert.Equal(hostile, document.RootElement.GetProperty("properties").GetProperty("evidence")[0].GetString());
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}
