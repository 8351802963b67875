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
    public void Plan_TwoArticles_StatementsInDependencyOrder()
    {
        var (talks, strike) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([talks, strike], Catalog, batchSize: 1000);

        Assert.Equal(
            [
                "write/retract-changed-articles.cypher", "write/nodes/Article.cypher", "write/nodes/Person.cypher", "write/nodes/Country.cypher",
                "write/nodes/Organisation.cypher", "write/nodes/Base.cypher", "write/relationships/MENTIONS.cypher", "write/relationships/MET.cypher",
                "write/relationships/ATTACKED.cypher", "write/relationships/SANCTIONED.cypher", "write/relationships/CONDEMNED.cypher",
            ],
            plan.Statements.Select(s => s.Name));
        Assert.Equal(2, plan.Articles);
        Assert.Equal(2 + 2 + 2 + 2 + 1 + 1 + 9 + 1 + 1 + 1 + 1, plan.Rows);
        Assert.All(plan.Statements, s => Assert.Equal(Catalog.All.Single(t => t.Name == s.Name).Text, s.Text));
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
            if (row.TryGetProperty("evidence", out var evidence))
            {
                var entryFields = evidence[0].EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var entryUsed = System.Text.RegularExpressions.Regex.Matches(code, @"\bentry\.([A-Za-z_]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                Assert.NotEmpty(entryUsed);
                Assert.All(entryUsed, field => Assert.True(entryFields.Contains(field), $"{statement.Name} reads entry.{field}, which evidence entries do not have"));
            }
        }
    }

    [Fact]
    public void Plan_ArticleRow_CarriesArticleNodeProperties()
    {
        var (talks, _) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([talks], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Article.cypher")).EnumerateArray());
        Assert.Equal(["key", "sourceId", "name", "title", "date", "url", "source", "contentHash"], row.EnumerateObject().Select(p => p.Name));
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
    public void Plan_EdgeStatedByTwoArticles_OneRowWithEvidenceSortedByArticleThenSentence()
    {
        var (talks, strike) = OwnArticles("t");

        var plan = Neo4jWritePlanner.Plan([strike, talks], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/relationships/CONDEMNED.cypher")).EnumerateArray());
        Assert.Equal("country:arland-t", row.GetProperty("start").GetString());
        Assert.Equal("organisation:northern-front-t", row.GetProperty("end").GetString());
        Assert.Equal(["article:t-strike", "article:t-talks"], row.GetProperty("articles").EnumerateArray().Select(e => e.GetString()));
        var evidence = row.GetProperty("evidence").EnumerateArray().ToArray();
        Assert.Equal(["article:t-strike", "article:t-talks"], evidence.Select(e => e.GetProperty("article").GetString()));
        Assert.Equal([3, 1], evidence.Select(e => e.GetProperty("sentence").GetInt32()));
        Assert.Equal(["", "2024-03-04"], evidence.Select(e => e.GetProperty("date").GetString()));
        Assert.Equal(["article", "sentence", "text", "date", "trigger"], evidence[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Plan_EntityInTwoArticles_OneRowWithSortedAliasUnion()
    {
        var first = Graph("a1", "text one", null, [(Organisation("Northern Front", "", "NF", "the Front"), 2)]);
        var second = Graph("a2", "text two", null, [(Organisation("Northern Front", "", "Frente Norte", "NF"), 1)]);

        var plan = Neo4jWritePlanner.Plan([first, second], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Organisation.cypher")).EnumerateArray());
        Assert.Equal("organisation:northern-front", row.GetProperty("key").GetString());
        Assert.Equal(["Frente Norte", "NF", "Northern Front", "the Front"], row.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()));
        var mentions = Rows(plan.Statements.Single(s => s.Name == "write/relationships/MENTIONS.cypher")).EnumerateArray()
            .Select(m => (m.GetProperty("article").GetString(), m.GetProperty("entity").GetString(), m.GetProperty("count").GetInt32()));
        Assert.Equal([("article:a1", "organisation:northern-front", 2), ("article:a2", "organisation:northern-front", 1)], mentions);
    }

    [Fact]
    public void Plan_MetGivenInReverseOrder_StoredWithStartBeforeEnd()
    {
        var zed = Person("Zed Arno");
        var abe = Person("Abe Corin");
        var graph = Graph("m1", "text", null, [(zed, 1), (abe, 1)], new ExtractedRelationship(RelationshipType.Met, zed.Id, abe.Id, 0, "Zed Arno met Abe Corin.", "met", null));

        var plan = Neo4jWritePlanner.Plan([graph], Catalog, 1000);

        var row = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/relationships/MET.cypher")).EnumerateArray());
        Assert.Equal(abe.Id, row.GetProperty("start").GetString());
        Assert.Equal(zed.Id, row.GetProperty("end").GetString());
    }

    [Fact]
    public void Plan_RelationshipEndpointNotAnEntityOfTheArticle_SkippedWithReason()
    {
        var known = Country("Arland");
        var graph = Graph("s1", "text", null, [(known, 1)], new ExtractedRelationship(RelationshipType.Attacked, known.Id, "base:nowhere", 0, "Arland attacked a base.", "attacked", null));

        var plan = Neo4jWritePlanner.Plan([graph], Catalog, 1000);

        Assert.DoesNotContain(plan.Statements, s => s.Name == "write/relationships/ATTACKED.cypher");
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
        var country = Assert.Single(Rows(plan.Statements.Single(s => s.Name == "write/nodes/Country.cypher")).EnumerateArray());
        Assert.Equal("country:belmark", country.GetProperty("key").GetString());
    }
}
