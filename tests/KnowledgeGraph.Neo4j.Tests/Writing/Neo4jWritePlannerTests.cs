using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.Support;
using KnowledgeGraph.Neo4j.Writing;
using static KnowledgeGraph.Neo4j.Tests.Support.SampleGraphs;

namespace KnowledgeGraph.Neo4j.Tests.Writing;

public sealed class Neo4jWritePlannerTests
{
    private static readonly CypherTemplateCatalog Catalog = CypherTemplateCatalog.Load(TestPaths.Templates);

    private static JsonElement Rows(CypherStatement statement) =>
        JsonDocument.Parse(Neo4jQueryApiClient.Serialize(statement)).RootElement.GetProperty("parameters").GetProperty("rows");

    [Fact]
    public void Plan_TwoArticles_ArticleLockFirstThenRetractionEntitiesMentionsFacts()
    {
        var (talks, strike) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([talks, strike], Catalog, batchSize: 1000);

        Assert.Equal(
            [
                "write/nodes/Article.cypher", "write/retract-mentions.cypher",
                "write/retract-facts.cypher[MET]", "write/retract-facts.cypher[ATTACKED]", "write/retract-facts.cypher[SANCTIONED]",
                "write/retract-facts.cypher[KILLED]", "write/retract-facts.cypher[CONDEMNED]", "write/retract-facts.cypher[THREATENED]",
                "write/nodes/entity.cypher[Person]", "write/nodes/entity.cypher[Country]", "write/nodes/entity.cypher[Organisation]",
                "write/nodes/entity.cypher[Base]", "write/relationships/MENTIONS.cypher", "write/relationships/event.cypher[MET]",
                "write/relationships/event.cypher[ATTACKED]", "write/relationships/event.cypher[SANCTIONED]", "write/relationships/event.cypher[CONDEMNED]",
            ],
            plan.Statements.Select(s => s.Name));
        Assert.Equal(2, plan.Articles);
        Assert.Equal(2 + 2 + (6 * 2) + 2 + 2 + 1 + 1 + 9 + 1 + 1 + 1 + 2, plan.Rows);
        Assert.All(plan.Statements, s => Assert.Equal(Catalog.All.Single(t => t.Name == s.Name).Text, s.Text));
    }

    [Fact]
    public void Plan_LocationInTwoArticles_OneLocatedInRowAfterItsNodeCarryingTheCountry()
    {
        var place = new Entity(EntityLabel.Location, "Port Selwyn", []) { Country = "Belmark" };
        ArticleGraph Mentioning(string id) => new(new Article { Id = id, Text = "The harbour was shelled." }, [new ArticleEntity(place, 1)], []);

        var plan = Neo4jWritePlanner.Plan([Mentioning("p1"), Mentioning("p2")], Catalog, batchSize: 1000);

        var names = plan.Statements.Select(s => s.Name).ToList();
        Assert.InRange(names.IndexOf("write/relationships/LOCATED_IN.cypher"), names.IndexOf("write/nodes/entity.cypher[Location]") + 1, names.IndexOf("write/relationships/MENTIONS.cypher") - 1);
        var row = Assert.Single(Rows(Assert.Single(plan.Statements, s => s.Name == "write/relationships/LOCATED_IN.cypher")).EnumerateArray());
        Assert.Equal(
            ("location:port-selwyn", "country:belmark", "Belmark"),
            (row.GetProperty("location").GetString(), row.GetProperty("country").GetString(), row.GetProperty("countryName").GetString()));
        var code = CypherTemplateCatalog.StripCommentsAndStrings(Catalog.LocatedIn.Text);
        Assert.All(
            System.Text.RegularExpressions.Regex.Matches(code, @"\brow\.([A-Za-z_]+)").Select(m => m.Groups[1].Value),
            field => Assert.True(row.TryGetProperty(field, out _), $"LOCATED_IN.cypher reads row.{field}, which its rows do not have"));
    }

    [Fact]
    public void Plan_EveryTemplateField_IsPresentInItsRows()
    {
        var (talks, strike) = OwnArticles("t");
        var plan = Neo4jWritePlanner.Plan([talks, strike], Catalog, 1000);

        foreach (var statement in plan.Statements)
        {
            var code = CypherTemplateCatalog.StripCommentsAndStrings(statement.Text);
            var row = Rows(statement)[0];
            var rowFields = row.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var used = System.Text.RegularExpressions.Regex.Matches(code, @"\brow\.([A-Za-z_]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(used);
            Assert.All(used, field => Assert.True(rowFields.Contains(field), $"{statement.Name} reads row.{field}, which its rows do not have"));
        }
    }

    [Fact]
    public void Plan_ArticleRow_CarriesArticleNodeProperties()
    {
        var (talks, _) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([talks], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Article.cypher")).EnumerateArray());
        Assert.Equal(["key", "sourceId", "name", "title", "date", "url", "source", "contentHash", "extractorVersion", "report"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(talks.Article.ReportKey, row.GetProperty("report").GetString());
        Assert.Equal("article:t-talks", row.GetProperty("key").GetString());
        Assert.Equal("t-talks", row.GetProperty("sourceId").GetString());
        Assert.Equal(talks.Article.Title, row.GetProperty("name").GetString());
        Assert.Equal(talks.Article.Title, row.GetProperty("title").GetString());
        Assert.Equal("2024-03-04", row.GetProperty("date").GetString());
        Assert.Equal(talks.Article.ContentHash, row.GetProperty("contentHash").GetString());
    }

    [Fact]
    public void Plan_UntitledArticle_NameIsTheIdAsInTheEmbeddedStore()
    {
        var (talks, _) = OwnArticles("t");
        var untitled = talks with { Article = talks.Article with { Title = null } };

        var plan = Neo4jWritePlanner.Plan([untitled], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Article.cypher")).EnumerateArray());
        Assert.Equal("t-talks", row.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("title").ValueKind);
    }

    [Fact]
    public void Plan_EdgeStatedByTwoArticles_OneFactRowPerArticleCarryingOnlyItsOwnEvidence()
    {
        var (talks, strike) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([strike, talks], Catalog, 1000);

        var rows = Rows(plan.Statements.Single(s => s.Name == "write/relationships/event.cypher[CONDEMNED]")).EnumerateArray().ToArray();
        Assert.Equal(["article:t-strike", "article:t-talks"], rows.Select(r => r.GetProperty("article").GetString()));
        Assert.All(rows, r => Assert.Equal(("country:arland-t", "organisation:northern-front-t"), (r.GetProperty("start").GetString(), r.GetProperty("end").GetString())));
        Assert.Equal([[3], [1]], rows.Select(r => r.GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()).ToArray()));
        Assert.Equal([[""], ["2024-03-04"]], rows.Select(r => r.GetProperty("dates").EnumerateArray().Select(e => e.GetString()).ToArray()));
        Assert.Equal([null, "2024-03-04"], rows.Select(r => r.GetProperty("firstDate").GetString()));
        Assert.Equal(
            ["article", "report", "start", "end", "evidence", "sentences", "dates", "triggers", "rules", "firstDate", "lastDate"],
            rows[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Plan_EntityInTwoArticles_OneEntityRowAndEachMentionWithItsArticlesSurfaceForms()
    {
        var first = Graph("a1", "text one", null, [(Organisation("Northern Front", "", "NF", "the Front"), 2)]);
        var second = Graph("a2", "text two", null, [(Organisation("Northern Front", "", "Frente Norte", "NF"), 1)]);

        var plan = Neo4jWritePlanner.Plan([first, second], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/entity.cypher[Organisation]")).EnumerateArray());
        Assert.Equal("organisation:northern-front", row.GetProperty("key").GetString());
        Assert.Equal(["key", "name"], row.EnumerateObject().Select(p => p.Name));
        var mentions = Rows(plan.Statements.Single(s => s.Name == "write/relationships/MENTIONS.cypher")).EnumerateArray()
            .Select(m => (m.GetProperty("article").GetString(), m.GetProperty("entity").GetString(), m.GetProperty("count").GetInt32(),
                string.Join('|', m.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()))));
        Assert.Equal([("article:a1", "organisation:northern-front", 2, "NF|the Front"), ("article:a2", "organisation:northern-front", 1, "Frente Norte|NF")], mentions);
    }

    [Fact]
    public void Plan_HotEdge_StatementsAndRowsPerBatchIndependentOfHowManyArticlesReportedItBefore()
    {
        // What a batch sends depends only on the batch: the same 10 articles about one event plan the same statements
        // whether they are the first reports or the millionth (nothing of other articles is read or rewritten).
        var arland = Country("Arland");
        var front = Organisation("Northern Front");
        ArticleGraph Report(int i) => Graph($"hot-{i:D7}", "text", null, [(arland, 1), (front, 1)],
            new ExtractedRelationship(RelationshipType.Attacked, arland.Id, front.Id, 0, "Arland attacked the Northern Front.", "attacked", null));

        var early = Neo4jWritePlanner.Plan(Enumerable.Range(0, 10).Select(Report).ToArray(), Catalog, 1000);
        var late = Neo4jWritePlanner.Plan(Enumerable.Range(999_990, 10).Select(Report).ToArray(), Catalog, 1000);

        Assert.Equal(early.Statements.Select(s => (s.Name, s.RowCount)), late.Statements.Select(s => (s.Name, s.RowCount)));
        Assert.Equal(10, late.Statements.Single(s => s.Name == "write/relationships/event.cypher[ATTACKED]").RowCount);
        Assert.DoesNotContain(Catalog.EventFacts(RelationshipType.Attacked).Text, "MERGE", StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MetGivenInReverseOrder_StoredWithStartBeforeEnd()
    {
        var zed = Person("Zed Arno");
        var abe = Person("Abe Corin");
        var graph = Graph("m1", "text", null, [(zed, 1), (abe, 1)], new ExtractedRelationship(RelationshipType.Met, zed.Id, abe.Id, 0, "Zed Arno met Abe Corin.", "met", null));

        var plan = Neo4jWritePlanner.Plan([graph], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/relationships/event.cypher[MET]")).EnumerateArray());
        Assert.Equal(abe.Id, row.GetProperty("start").GetString());
        Assert.Equal(zed.Id, row.GetProperty("end").GetString());
    }

    [Fact]
    public void Plan_FactWithRuleIds_SendsRulesAlignedWithSentencesAndEmptyForUnknown()
    {
        var arland = Country("Arland");
        var front = Organisation("Northern Front");
        var graph = Graph(
            "r1",
            "text",
            null,
            [(arland, 2), (front, 2)],
            new ExtractedRelationship(RelationshipType.Attacked, arland.Id, front.Id, 4, "Later Arland shelled the Northern Front again.", "shelled", null),
            new ExtractedRelationship(RelationshipType.Attacked, arland.Id, front.Id, 1, "Arland attacked the Northern Front.", "attacked", null) { Rule = "attacked.verb.active" });

        var plan = Neo4jWritePlanner.Plan([graph], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/relationships/event.cypher[ATTACKED]")).EnumerateArray());
        Assert.Equal([1, 4], row.GetProperty("sentences").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(["attacked", "shelled"], row.GetProperty("triggers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["attacked.verb.active", ""], row.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Plan_RelationshipEndpointNotAnEntityOfTheArticle_SkippedWithReason()
    {
        var known = Country("Arland");
        var graph = Graph("s1", "text", null, [(known, 1)], new ExtractedRelationship(RelationshipType.Attacked, known.Id, "base:nowhere", 0, "Arland attacked a base.", "attacked", null));

        var plan = Neo4jWritePlanner.Plan([graph], Catalog, 1000);

        Assert.DoesNotContain(plan.Statements, s => s.Name == "write/relationships/event.cypher[ATTACKED]");
        Assert.Contains("base:nowhere", Assert.Single(plan.Skipped), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MoreRowsThanBatchSize_ChunkedIntoStatementsOfOneTransaction()
    {
        var graphs = Enumerable.Range(0, 5).Select(i => Graph($"c{i}", "text", null, [(Country($"Land {i}"), 1)])).ToArray();

        var plan = Neo4jWritePlanner.Plan(graphs, Catalog, batchSize: 2);

        var articleStatements = plan.Statements.Where(s => s.Name == "write/nodes/Article.cypher").ToArray();
        Assert.Equal([2, 2, 1], articleStatements.Select(s => s.RowCount));
        Assert.Equal([2, 2, 1], articleStatements.Select(s => Rows(s).GetArrayLength()));
    }

    [Fact]
    public void Plan_SameArticleTwiceInBatch_LatestVersionWins()
    {
        var old = Graph("dup", "first version", null, [(Country("Arland"), 1)]);
        var current = Graph("dup", "second version", null, [(Country("Belmark"), 1)]);

        var plan = Neo4jWritePlanner.Plan([old, current], Catalog, 1000);

        var article = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Article.cypher")).EnumerateArray());
        Assert.Equal(current.Article.ContentHash, article.GetProperty("contentHash").GetString());
        var country = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/entity.cypher[Country]")).EnumerateArray());
        Assert.Equal("country:belmark", country.GetProperty("key").GetString());
    }
}
