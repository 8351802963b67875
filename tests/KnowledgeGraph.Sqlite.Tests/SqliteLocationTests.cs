using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Sqlite.Tests.SqliteGraphStoreTests;

namespace KnowledgeGraph.Sqlite.Tests;

/// <summary>Location nodes and their LOCATED_IN (a gazetteer fact): written once, kept while needed, never orphaned.</summary>
public sealed class SqliteLocationTests
{
    private static readonly Entity Brigade = new(EntityLabel.Organisation, "Northern Brigade", []);
    private static readonly Entity Harbour = new(EntityLabel.Location, "Port Selwyn", ["Selwyn"]) { Country = "Belmark" };
    private static readonly Entity Valley = new(EntityLabel.Location, "Dorn Valley", []) { Country = "Arland" };
    private static readonly Entity Belmark = new(EntityLabel.Country, "Belmark", ["Belmarkian"]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ArticleGraph Shelling(string id, params Entity[] targets) =>
        Graphs.Article(id, "The brigade shelled the harbour.", new DateOnly(2024, 5, 2),
            targets.Select((target, i) => (Brigade, RelationshipType.Attacked, target, i, "The brigade shelled it.", (DateOnly?)null)).ToArray());

    [Fact]
    public async Task WriteAsync_Location_ReadsBackAsLocationNodeLocatedInItsCountry()
    {
        using var fixture = new TemporaryStore();

        await fixture.Store.WriteAsync([Shelling("a1", Harbour)], Token);

        var nodes = await ReadAsync(fixture.Store.ReadNodesAsync(Token));
        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        var place = Assert.Single(nodes, n => n.Id == "location:port-selwyn");
        Assert.Equal(["Location"], place.Labels);
        Assert.Equal("Port Selwyn", place.Properties[GraphProperties.Name]);
        var country = Assert.Single(nodes, n => n.Id == "country:belmark");
        Assert.Equal(("Belmark", "belmark"), ((string)country.Properties[GraphProperties.Name], (string)country.Properties[GraphProperties.NameKey]));
        var located = Assert.Single(relationships, r => r.Type == GraphVocabulary.LocatedInType);
        Assert.Equal(("location:port-selwyn", "country:belmark"), (located.Start, located.End));
        Assert.Empty(located.Properties);
        Assert.Single(relationships, r => r.Type == "ATTACKED" && r.End == "location:port-selwyn");
    }

    [Fact]
    public async Task ExportAsync_Jsonl_LocationNodeAndLocatedInLines()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Shelling("a1", Harbour)], Token);

        var export = await fixture.ExportAsync(fixture.Store);

        Assert.Contains("""{"id":"location:port-selwyn","labels":["Location"],"properties":{"aliases":["Selwyn"],"key":"location:port-selwyn","name":"Port Selwyn","nameKey":"port selwyn"}}""", export, StringComparison.Ordinal);
        Assert.Contains("""{"type":"LOCATED_IN","start":"location:port-selwyn","end":"country:belmark","properties":{}}""", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameArticleAgain_LocatedInOnceAndExportByteIdentical()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Shelling("a1", Harbour), Shelling("a2", Harbour)], Token);
        var first = await fixture.ExportAsync(fixture.Store);

        await fixture.Store.WriteAsync([Shelling("a1", Harbour)], Token);
        await fixture.Store.WriteAsync([Shelling("a2", Harbour), Shelling("a2", Harbour)], Token);
        await fixture.Store.WriteAsync([Shelling("a2", Harbour)], Token);

        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        Assert.Single(relationships, r => r.Type == GraphVocabulary.LocatedInType);
        Assert.Equal(first, await fixture.ExportAsync(fixture.Store));
        await AssertCountsMatchTheGraphAsync(fixture.Store);
    }

    [Fact]
    public async Task WriteAsync_ArticleRewrittenWithoutItsPlace_OtherArticlesPlaceKeepsItsLocatedIn()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Shelling("a1", Harbour), Shelling("a2", Harbour, Valley)], Token);

        await fixture.Store.WriteAsync([Shelling("a1")], Token);

        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        Assert.Equal(
            [("location:dorn-valley", "country:arland"), ("location:port-selwyn", "country:belmark")],
            relationships.Where(r => r.Type == GraphVocabulary.LocatedInType).Select(r => (r.Start, r.End)));
        await AssertCountsMatchTheGraphAsync(fixture.Store);
    }

    [Fact]
    public async Task WriteAsync_LastArticleOfAPlaceRewritten_PlaceItsLocatedInAndItsUnmentionedCountryGo()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Shelling("a1", Harbour, Valley)], Token);

        await fixture.Store.WriteAsync([Shelling("a1", Valley)], Token);

        var nodes = await ReadAsync(fixture.Store.ReadNodesAsync(Token));
        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        Assert.DoesNotContain(nodes, n => n.Id is "location:port-selwyn" or "country:belmark");
        Assert.Contains(nodes, n => n.Id == "country:arland");
        Assert.DoesNotContain(relationships, r => r.Start == "location:port-selwyn" || r.End == "country:belmark");
        await AssertCountsMatchTheGraphAsync(fixture.Store);
    }

    [Fact]
    public async Task WriteAsync_CountryMentionedThenNoLonger_StaysWhileAPlaceLiesInIt()
    {
        using var fixture = new TemporaryStore();
        var mentionsCountry = Graphs.Article("c1", "Belmark protested.", null, (Brigade, RelationshipType.Attacked, Belmark, 0, "The brigade attacked Belmark.", null));
        await fixture.Store.WriteAsync([mentionsCountry, Shelling("a1", Harbour)], Token);
        var mentioned = Assert.Single(await ReadAsync(fixture.Store.ReadNodesAsync(Token)), n => n.Id == "country:belmark");

        await fixture.Store.WriteAsync([Graphs.Article("c1", "Nothing.", null)], Token);

        var held = Assert.Single(await ReadAsync(fixture.Store.ReadNodesAsync(Token)), n => n.Id == "country:belmark");
        Assert.Equal(new[] { "Belmarkian" }, (string[])mentioned.Properties[GraphProperties.Aliases]);
        Assert.Equal("Belmark", held.Properties[GraphProperties.Name]);
        Assert.False(held.Properties.ContainsKey(GraphProperties.Aliases));
        await AssertCountsMatchTheGraphAsync(fixture.Store);
    }

    [Fact]
    public async Task InitializeAsync_StoreOfSchemaVersion3_MigratesAndStoresLocations()
    {
        using var fixture = new TemporaryStore();
        using (var current = fixture.Open("v3.db"))
        {
            await current.WriteAsync([Graphs.Strike("old")], Token);
        }

        // Turn the fresh store back into schema 3: no located_in table.
        var file = Path.Combine(fixture.Folder, "v3.db");
        await ExecuteOnFileAsync(file, "DROP TABLE located_in; UPDATE schema_info SET version = 3;");
        using (var store = fixture.Open("v3.db"))
        {
            await store.WriteAsync([Shelling("a1", Harbour)], Token);

            var relationships = await ReadAsync(store.ReadRelationshipsAsync(Token));
            Assert.Single(relationships, r => r.Type == GraphVocabulary.LocatedInType);
            Assert.Single(relationships, r => r.Type == "ATTACKED" && r.Start == "country:iran");
        }

        Assert.Equal(4L, await ExecuteOnFileAsync(file, "SELECT version FROM schema_info;"));
    }

    private static async Task AssertCountsMatchTheGraphAsync(SqliteGraphStore store)
    {
        var status = await store.GetStatusAsync(0, Graphs.Version, Token);
        var nodes = await ReadAsync(store.ReadNodesAsync(Token));
        var relationships = await ReadAsync(store.ReadRelationshipsAsync(Token));
        Assert.Equal(
            nodes.GroupBy(n => n.Labels[0]).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            status.NodesByLabel.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(
            relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            status.RelationshipsByType.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
