using KnowledgeGraph.Export;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Export.Tests;

public sealed class CypherGraphExporterTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("kg-cypher-").FullName;

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("line\nbreak\ttab\r", @"'line\nbreak\ttab\r'")]
    [InlineData("\u0001bell", @"'\u0001bell'")]
    [InlineData("`}) DETACH DELETE n //", "'`}) DETACH DELETE n //'")]
    [InlineData("مرحبا 🎯", "'مرحبا 🎯'")]
    public void Literal_Text_IsEscapedSingleQuotedCypherString(string value, string expected) =>
        Assert.Equal(expected, CypherGraphExporter.Literal(value));

    [Fact]
    public async Task ExportAsync_SampleGraph_ConstraintsThenNodesThenRelationshipsAsMergeStatements()
    {
        var file = Path.Combine(output, "graph.cypher");

        var summary = await new CypherGraphExporter().ExportAsync(InMemoryGraphReader.Sample(), file, TestContext.Current.CancellationToken);

        var script = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(3, summary.Nodes);
        Assert.Equal(3, summary.Relationships);
        var constraint = script.IndexOf("CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;", StringComparison.Ordinal);
        var node = script.IndexOf("MERGE (n:Country {key: row.key})", StringComparison.Ordinal);
        var relationship = script.IndexOf("MERGE (s)-[r:ATTACKED {article: row.properties.article}]->(e)", StringComparison.Ordinal);
        Assert.True(constraint >= 0 && node > constraint && relationship > node, script);
        Assert.Contains("MATCH (s:Country {key: row.start})", script, StringComparison.Ordinal);
        Assert.Contains("MATCH (e:Base {key: row.end})", script, StringComparison.Ordinal);
        Assert.Contains("aliases: ['Iranian', 'Tehran']", script, StringComparison.Ordinal);
        Assert.Contains("evidenceSentences: [0]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE (", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:MENTIONS]->(e)", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX attacked_article IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.article);", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_LocationInItsCountry_LocationConstraintAndLocatedInMergedOncePerPair()
    {
        var file = Path.Combine(output, "located.cypher");
        var reader = new InMemoryGraphReader(
            [
                new GraphNode("country:belmark", ["Country"], InMemoryGraphReader.Properties(("key", "country:belmark"), ("name", "Belmark"))),
                new GraphNode("location:port-selwyn", ["Location"], InMemoryGraphReader.Properties(("key", "location:port-selwyn"), ("name", "Port Selwyn"))),
            ],
            [new GraphRelationship("LOCATED_IN", "location:port-selwyn", "country:belmark", InMemoryGraphReader.Properties())]);

        var summary = await new CypherGraphExporter().ExportAsync(reader, file, TestContext.Current.CancellationToken);

        var script = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal((2L, 1L), (summary.Nodes, summary.Relationships));
        Assert.Contains("CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (n:Location {key: row.key})", script, StringComparison.Ordinal);
        Assert.Contains("MATCH (s:Location {key: row.start})\nMATCH (e:Country {key: row.end})\nMERGE (s)-[r:LOCATED_IN]->(e)", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_FactWithRuleIds_RulesWrittenAsAlignedStringListWithEmptyForUnknown()
    {
        var file = Path.Combine(output, "rules.cypher");
        var fact = new GraphRelationship("ATTACKED", "country:iran", "base:al-harir-air-base", InMemoryGraphReader.Properties(
            ("article", "article:r1"), ("evidenceSentences", new long[] { 1, 4 }), ("triggers", new[] { "shelled", "struck" }), ("rules", new[] { "attacked.verb.active", GraphProperties.UnknownRule })));

        await new CypherGraphExporter().ExportAsync(new InMemoryGraphReader([], [fact]), file, TestContext.Current.CancellationToken);

        var script = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains("rules: ['attacked.verb.active', '']", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_HotEdgeOf1000Reports_OneBoundedRowPerFactAndStatementsOfAtMostRowsPerStatement()
    {
        var file = Path.Combine(output, "hot.cypher");
        var facts = Enumerable.Range(0, 1000).Select(i => new GraphRelationship("ATTACKED", "country:iran", "base:al-harir-air-base", InMemoryGraphReader.Properties(
            ("article", $"article:{i:D4}"), ("evidence", new[] { "Iran struck the base." }), ("evidenceSentences", new long[] { 0 })))).ToArray();

        var summary = await new CypherGraphExporter().ExportAsync(new InMemoryGraphReader([], facts), file, TestContext.Current.CancellationToken);

        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(1000, summary.Relationships);
        Assert.Equal(1000 / CypherGraphExporter.RowsPerStatement, lines.Count(l => l.StartsWith("MERGE (s)-[r:ATTACKED {article:", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.True(l.Length < 300, l));
    }

    [Fact]
    public async Task ExportAsync_HostileEvidence_StaysInsideOneEscapedLiteral()
    {
        var file = Path.Combine(output, "graph.cypher");

        await new CypherGraphExporter().ExportAsync(InMemoryGraphReader.Sample("x'}) DETACH DELETE n //"), file, TestContext.Current.CancellationToken);

        var script = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains(@"evidence: ['x\'}) DETACH DELETE n //']", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_LabelOutsideWhitelist_Throws()
    {
        var reader = new InMemoryGraphReader(
            [new GraphNode("person:x", ["Person:Admin"], InMemoryGraphReader.Properties(("key", "person:x")))],
            []);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new CypherGraphExporter().ExportAsync(reader, Path.Combine(output, "bad.cypher"), TestContext.Current.CancellationToken));

        Assert.Contains("whitelist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_TypeOutsideWhitelist_Throws()
    {
        var reader = new InMemoryGraphReader([], [new GraphRelationship("OWNS]->(x) DETACH DELETE x //", "country:a", "country:b", InMemoryGraphReader.Properties())]);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => new CypherGraphExporter().ExportAsync(reader, Path.Combine(output, "bad.cypher"), TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}
