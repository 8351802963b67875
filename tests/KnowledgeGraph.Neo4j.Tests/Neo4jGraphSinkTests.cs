using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Tests.QueryApi;
using KnowledgeGraph.Neo4j.Tests.Support;
using static KnowledgeGraph.Neo4j.Tests.Support.SampleGraphs;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The sink against the fake Query API server: what it sends, in which transaction, and what it reads back.</summary>
public sealed class Neo4jGraphSinkTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_Schema_EachStatementInItsOwnImplicitTransaction()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);
        var catalog = host.Get<CypherTemplateCatalog>();

        await host.Sink.InitializeAsync(Token);

        Assert.Equal(catalog.Schema.Count + 1, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal(
            catalog.Schema.Select(s => s.Text).Prepend(catalog.ServerVersion.Text),
            server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()));
    }

    [Theory]
    [InlineData("5.19.0")]
    [InlineData("5.22.1")]
    [InlineData("4.4.30")]
    public async Task InitializeAsync_ServerOlderThan523_FailsNamingVersionAndFloorBeforeAnySchemaStatement(string version)
    {
        await using var server = await FakeQueryApiServer.StartAsync(request => FakeQueryApiServer.ServerVersionAnswer(request, version) ?? FakeQueryApiServer.DocumentedSuccess(request));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var error = await Assert.ThrowsAsync<GraphStoreAccessException>(() => host.Sink.InitializeAsync(Token));

        Assert.Contains(version, error.Message, StringComparison.Ordinal);
        Assert.Contains("5.23 or later", error.Message, StringComparison.Ordinal);
        Assert.False(Assert.IsType<Neo4jVersionException>(error.InnerException).IsTransient);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("5.23.0", true)]
    [InlineData("5.27-aura", true)]
    [InlineData("2025.01.0", true)]
    [InlineData("5.9.0", false)]
    [InlineData("unknown", false)]
    public void ParseServerVersion_VersionStrings_ComparedByMajorMinor(string text, bool supported)
    {
        var version = Neo4jGraphSink.ParseServerVersion(text);

        Assert.Equal(supported, version is not null && version >= Neo4jGraphSink.MinimumServerVersion);
    }

    [Fact]
    public async Task WriteAsync_Batch_AllStatementsInOneExplicitTransactionThenCommit()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);
        var (talks, strike) = OwnArticles("t");

        await host.Sink.WriteAsync([talks, strike], Token);

        var requests = server.Requests;
        Assert.Equal(17, requests.Count);
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/neo4j/query/v2/tx/lyU", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/lyU/commit", requests[^1].Path);

        // The article lock comes first; then retraction by article key, entities, mentions and facts.
        Assert.StartsWith("// Writes Article nodes", JsonDocument.Parse(requests[0].Body).RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_HostileText_NeverInStatementTextAndArrivesUnchangedInParameters()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);
        var catalog = host.Get<CypherTemplateCatalog>();
        var templates = catalog.All.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var hostile = HostileStrings.All;
        var start = Person(hostile[3], "", hostile);
        var end = Country(hostile[5]);
        var graph = new ArticleGraph(
            new Article { Id = hostile[0], Text = hostile[8], Title = hostile[4], Source = hostile[1], Url = hostile[2], Origin = "hostile.txt" },
            [new ArticleEntity(start, 1), new ArticleEntity(end, 1)],
            [new ExtractedRelationship(RelationshipType.Threatened, start.Id, end.Id, 0, hostile[6], hostile[7], null)]);

        await host.Sink.WriteAsync([graph], Token);

        var bodies = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToArray();
        Assert.All(bodies, b => Assert.Contains(b.GetProperty("statement").GetString()!, templates));
        var article = bodies.Single(b => b.GetProperty("statement").GetString() == catalog.ArticleNodes.Text).GetProperty("parameters").GetProperty("rows")[0];
        Assert.Equal(hostile[0], article.GetProperty("sourceId").GetString());
        Assert.Equal(hostile[4], article.GetProperty("title").GetString());
        Assert.Equal(hostile[1], article.GetProperty("source").GetString());
        Assert.Equal(hostile[2], article.GetProperty("url").GetString());
        var person = bodies.Single(b => b.GetProperty("statement").GetString() == catalog.EntityNodes(EntityLabel.Person).Text).GetProperty("parameters").GetProperty("rows")[0];
        Assert.Equal(hostile[3], person.GetProperty("name").GetString());
        var mention = bodies.Single(b => b.GetProperty("statement").GetString() == catalog.Mentions.Text).GetProperty("parameters").GetProperty("rows")
            .EnumerateArray().Single(row => row.GetProperty("entity").GetString() == start.Id);
        Assert.Equal(hostile.Where(h => h != hostile[3]).Distinct().Order(StringComparer.Ordinal), mention.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var fact = bodies.Single(b => b.GetProperty("statement").GetString() == catalog.EventFacts(RelationshipType.Threatened).Text)
            .GetProperty("parameters").GetProperty("rows")[0];
        Assert.Equal(hostile[6], fact.GetProperty("evidence")[0].GetString());
        Assert.Equal(hostile[7], fact.GetProperty("triggers")[0].GetString());
        Assert.Equal(NodeIds.ForArticle(hostile[0]), fact.GetProperty("article").GetString());
    }

    [Fact]
    public async Task FindUnchangedAsync_StoredHashes_ReturnsIdsTheServerMatched()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => new FakeAnswer(202, """{"data":{"fields":["id"],"values":[["t-talks"]]},"bookmarks":[]}"""));
        await using var host = Neo4jTestHost.Create(server.Uri);
        var (talks, strike) = OwnArticles("t");

        var unchanged = await host.Sink.FindUnchangedAsync([talks.Article, strike.Article], "rules-7", Token);

        Assert.Equal(["t-talks"], unchanged);
        var parameters = JsonDocument.Parse(Assert.Single(server.Requests).Body).RootElement.GetProperty("parameters");
        Assert.Equal("rules-7", parameters.GetProperty("extractorVersion").GetString());
        var candidates = parameters.GetProperty("articles");
        Assert.Equal(
            [("t-talks", "article:t-talks", talks.Article.ContentHash), ("t-strike", "article:t-strike", strike.Article.ContentHash)],
            candidates.EnumerateArray().Select(c => (c.GetProperty("id").GetString(), c.GetProperty("key").GetString(), c.GetProperty("contentHash").GetString())));
    }

    [Fact]
    public async Task WriteAsync_ServerDownThroughRetries_ThrowsTransientExceptionNamingTheSink()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => new FakeAnswer(503, ""));
        await using var host = Neo4jTestHost.Create(server.Uri);
        var (talks, _) = OwnArticles("t");

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Sink.WriteAsync([talks], Token));

        Assert.True(error.IsTransient);
        Assert.Contains("after retries", error.Message, StringComparison.Ordinal);
        Assert.Contains(host.Sink.Description, error.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count(r => r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InitializeAsync_CredentialsRejected_StoreRefusalNamingTheUserWithoutRetrying()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => FakeQueryApiServer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var refusal = await Assert.ThrowsAsync<GraphStoreAccessException>(() => host.Sink.InitializeAsync(Token));

        Assert.StartsWith("Neo4j rejected the credentials for user 'neo4j'", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(host.Sink.Description, refusal.Store);
        Assert.False(host.Sink.IsTransient(refusal));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task WriteAsync_ServerIsNoQueryApi_StoreRefusalSayingSo()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => new FakeAnswer(501, "<html>Not Implemented</html>"));
        await using var host = Neo4jTestHost.Create(server.Uri);
        var (talks, strike) = OwnArticles("n");

        var refusal = await Assert.ThrowsAsync<GraphStoreAccessException>(() => host.Sink.WriteAsync([talks, strike], Token));

        Assert.Contains("does not answer as a Neo4j 5.23+ Query API", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 501", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_TemplatesPathWithMissingTemplate_FailsAtStartNamingTheFile()
    {
        using var copy = TestPaths.CopyTemplates();
        var templates = copy.Path;
        File.Delete(Path.Combine(templates, "write/nodes/entity.cypher"));
        await using var host = Neo4jTestHost.Create(new Uri("http://127.0.0.1:7474"), new Dictionary<string, string?> { ["Neo4j:TemplatesPath"] = templates });

        var error = Assert.Throws<CypherTemplateException>(() => host.Sink);

        Assert.Contains(Path.Combine(templates, "write/nodes/entity.cypher"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Description_NamesServerAndDatabaseButNoCredentials()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);

        Assert.Equal($"neo4j:{server.Uri.AbsoluteUri.TrimEnd('/')}/neo4j", host.Sink.Description);
        Assert.DoesNotContain(Neo4jTestHost.Password, host.Sink.Description, StringComparison.Ordinal);
    }
}
