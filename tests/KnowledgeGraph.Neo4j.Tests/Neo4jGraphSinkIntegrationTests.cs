using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Tests.Support;
using static KnowledgeGraph.Neo4j.Tests.Support.SampleGraphs;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// Writes hand-built article graphs into a REAL Neo4j and checks the graph with Cypher. Keys carry a per-run token, so
/// a shared database is only touched in that token's subgraph (which is deleted at the end).
/// </summary>
public sealed partial class Neo4jGraphSinkIntegrationTests : IClassFixture<RealNeo4j>, IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly RealNeo4j neo4j;
    private readonly string token = "it" + Guid.NewGuid().ToString("N")[..8];
    private Neo4jTestHost? host;

    public Neo4jGraphSinkIntegrationTests(RealNeo4j neo4j) => this.neo4j = neo4j;

    public async ValueTask InitializeAsync()
    {
        if (neo4j.Uri is null)
        {
            return;
        }

        host = Neo4jTestHost.Create(neo4j.Uri, new Dictionary<string, string?> { ["Neo4j:Database"] = neo4j.Database, ["Neo4j:RequestTimeout"] = "00:01:00" }, neo4j.User, neo4j.Password);
        await host.Sink.InitializeAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await Run("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new() { ["token"] = token });
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task WriteAsync_SeedAndOwnArticles_GraphAsExpectedAndIdempotent()
    {
        var sink = RequireNeo4j().Sink;
        var (talks, strike) = OwnArticles(token);
        var batch = new List<ArticleGraph> { talks, strike };
        var seed = SeedGraph(token);
        if (seed is not null)
        {
            batch.Add(seed);
        }

        await sink.WriteAsync(batch, Token);
        var first = await Snapshot();

        Assert.Equal(batch.Count, await Count("MATCH (a:Article) WHERE a.key CONTAINS $token RETURN count(a)"));
        Assert.Equal(2, await Count("MATCH (n:Person) WHERE n.key CONTAINS $token RETURN count(n)"));
        Assert.Equal(1, await Count("MATCH (:Organisation)-[r:ATTACKED]->(:Base) WHERE r.article CONTAINS $token RETURN count(r)"));
        Assert.Equal(1, await Count("MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.key CONTAINS $token AND a.key < b.key RETURN count(r)"));
        Assert.Equal(9 + (seed?.Entities.Count ?? 0), await Count("MATCH (a:Article)-[m:MENTIONS]->() WHERE a.key CONTAINS $token RETURN count(m)"));

        // One fact per article: the two articles that condemned are two relationships, each with its own evidence.
        var condemned = (await Run(
            "MATCH (:Country {key: $start})-[r:CONDEMNED]->(:Organisation {key: $end}) RETURN r.article, r.evidenceSentences, r.evidenceDates, r.firstDate, r.lastDate ORDER BY r.article",
            new() { ["start"] = $"country:arland-{token}", ["end"] = $"organisation:northern-front-{token}" })).Values;
        Assert.Equal(new object?[] { $"article:{token}-strike", $"article:{token}-talks" }, condemned.Select(r => r[0]));
        Assert.Equal(2, await Count("MATCH ()-[r:CONDEMNED]->() WHERE r.article CONTAINS $token AND r.report STARTS WITH 'report:' RETURN count(r)"));
        Assert.Equal(new object?[] { 3L }, (IEnumerable<object?>)condemned[0][1]!);
        Assert.Equal(new object?[] { "" }, (IEnumerable<object?>)condemned[0][2]!);
        Assert.Null(condemned[0][3]);
        Assert.Equal("2024-03-04", condemned[1][3]);
        Assert.Equal("2024-03-04", condemned[1][4]);
        await sink.SummarizeAsync(Token);
        var front = await Single("MATCH (n:Organisation {key: $key}) RETURN n.name, n.aliases, n.nameKey, n.summaryPending", new() { ["key"] = $"organisation:northern-front-{token}" });
        Assert.Equal($"Northern Front {token}", front[0]);
        Assert.Equal(new object?[] { "NF" }, (IEnumerable<object?>)front[1]!);
        Assert.Equal($"northern front {token}", front[2]);
        Assert.Null(front[3]);
        first = await Snapshot();

        // Re-ingesting: nothing changes, and the articles are recognised as unchanged.
        await sink.WriteAsync(batch, Token);
        await sink.SummarizeAsync(Token);
        Assert.Equal(first, await Snapshot());
        Assert.Equal(batch.Select(g => g.Article.Id).Order(StringComparer.Ordinal), (await sink.FindUnchangedAsync(batch.Select(g => g.Article).ToArray(), "", Token)).Order(StringComparer.Ordinal));
        Assert.Empty(await sink.FindUnchangedAsync(batch.Select(g => g.Article).ToArray(), "a-newer-extractor", Token));
    }

    [Fact]
    public async Task WriteAsync_ChangedArticle_RetractsWhatItsPreviousVersionContributed()
    {
        var sink = RequireNeo4j().Sink;
        var (talks, strike) = OwnArticles(token);
        await sink.WriteAsync([talks, strike], Token);

        // The strike article is corrected: the attack claim and the sanctions are gone; only the condemnation stays.
        var arland = Country("Arland", token);
        var front = Organisation("Northern Front", token);
        var corrected = Graph(
            strike.Article.Id,
            "Correction: Arland condemned the Northern Front. Earlier reports of an attack were wrong.",
            new DateOnly(2024, 3, 9),
            [(arland, 1), (front, 1)],
            Relationship(RelationshipType.Condemned, arland, front, 0, "Correction: Arland condemned the Northern Front.", "condemned", new DateOnly(2024, 3, 9)));
        Assert.Empty(await sink.FindUnchangedAsync([corrected.Article], "", Token));

        await sink.WriteAsync([corrected], Token);
        await sink.SummarizeAsync(Token);

        Assert.Equal(0, await Count("MATCH ()-[r:ATTACKED]->() WHERE r.article CONTAINS $token RETURN count(r)"));
        Assert.Equal(0, await Count("MATCH ()-[r:SANCTIONED]->() WHERE r.article CONTAINS $token RETURN count(r)"));
        Assert.Equal(0, await Count("MATCH (n:Base) WHERE n.key CONTAINS $token RETURN count(n)"));
        Assert.Equal(2, await Count("MATCH (a:Article {key: $key})-[m:MENTIONS]->() RETURN count(m)", new() { ["key"] = corrected.Article.NodeId }));
        var condemned = (await Run(
            "MATCH (:Country {key: $start})-[r:CONDEMNED]->(:Organisation {key: $end}) RETURN r.article, r.evidenceSentences, r.firstDate ORDER BY r.article",
            new() { ["start"] = arland.Id, ["end"] = front.Id })).Values;
        Assert.Equal(new object?[] { corrected.Article.NodeId, talks.Article.NodeId }, condemned.Select(r => r[0]));
        Assert.Equal(new object?[] { 0L }, (IEnumerable<object?>)condemned[0][1]!);
        Assert.Equal(new object?[] { "2024-03-09", "2024-03-04" }, condemned.Select(r => r[2]));
        var article = await Single("MATCH (a:Article {key: $key}) RETURN a.contentHash, a.date", new() { ["key"] = corrected.Article.NodeId });
        Assert.Equal(corrected.Article.ContentHash, article[0]);
        Assert.Equal("2024-03-09", article[1]);
    }

    [Fact]
    public async Task WriteAsync_HostileText_StoredAndReadBackUnchanged()
    {
        var sink = RequireNeo4j().Sink;
        var hostile = QueryApi.HostileStrings.All;
        var person = Person(hostile[3], token, hostile[0], hostile[2]);
        var country = Country(hostile[5], token);
        var graph = Graph(
            token + "-hostile",
            hostile[8],
            new DateOnly(2024, 1, 1),
            [(person, 1), (country, 1)],
            Relationship(RelationshipType.Threatened, person, country, 0, hostile[6], hostile[7], null));

        await sink.WriteAsync([graph], Token);
        await sink.SummarizeAsync(Token);

        var stored = await Single("MATCH (p:Person {key: $key}) RETURN p.name, p.aliases", new() { ["key"] = person.Id });
        Assert.Equal(person.Name, stored[0]);
        Assert.Equal(new[] { hostile[0], hostile[2] }.Order(StringComparer.Ordinal), ((IEnumerable<object?>)stored[1]!).Cast<string>());
        var edge = await Single("MATCH (:Person {key: $start})-[r:THREATENED]->(:Country {key: $end}) RETURN r.evidence, r.triggers, r.firstDate", new() { ["start"] = person.Id, ["end"] = country.Id });
        Assert.Equal(new object?[] { hostile[6] }, (IEnumerable<object?>)edge[0]!);
        Assert.Equal(new object?[] { hostile[7] }, (IEnumerable<object?>)edge[1]!);
        Assert.Null(edge[2]);
    }

    [Fact]
    public async Task WriteAsync_SpellingsInEitherArrivalOrder_SummarizedNameIsTheEmbeddedStoresChoice()
    {
        var sink = RequireNeo4j().Sink;
        var arland = Country("Arland", token);
        ArticleGraph Spelled(string id, string name) =>
            Graph($"{token}-{id}", "text " + id, null, [(new Entity(EntityLabel.Person, name, []), 1), (arland, 1)]);
        var upper = Spelled("a", $"Amira HADDAD {token}");
        var usual = new[] { Spelled("b", $"Amira Haddad {token}"), Spelled("c", $"Amira Haddad {token}") };

        // The rare spelling arrives first: a first-writer-wins name would keep it.
        await sink.WriteAsync([upper], Token);
        await sink.WriteAsync(usual, Token);
        await sink.SummarizeAsync(Token);

        var person = await Single("MATCH (p:Person) WHERE p.key CONTAINS $token RETURN p.name, p.aliases, p.nameKey", []);
        Assert.Equal($"Amira Haddad {token}", person[0]);
        Assert.Equal(new object?[] { $"Amira HADDAD {token}" }, (IEnumerable<object?>)person[1]!);
        Assert.Equal($"amira haddad {token}", person[2]);
    }

    [Fact]
    public async Task WriteAsync_TwoWritersSameArticleAtOnce_OneCopyOfItsFacts()
    {
        var first = RequireNeo4j().Sink;
        await using var second = Neo4jTestHost.Create(neo4j.Uri!, new Dictionary<string, string?> { ["Neo4j:Database"] = neo4j.Database, ["Neo4j:RequestTimeout"] = "00:01:00" }, neo4j.User, neo4j.Password);
        var (talks, strike) = OwnArticles(token);

        await Task.WhenAll(first.WriteAsync([talks, strike], Token), second.Sink.WriteAsync([strike, talks], Token));

        Assert.Equal(1, await Count("MATCH ()-[r:ATTACKED]->() WHERE r.article CONTAINS $token RETURN count(r)"));
        Assert.Equal(2, await Count("MATCH ()-[r:CONDEMNED]->() WHERE r.article CONTAINS $token RETURN count(r)"));
        Assert.Equal(9, await Count("MATCH (a:Article)-[m:MENTIONS]->() WHERE a.key CONTAINS $token RETURN count(m)"));
    }

    [Fact]
    public async Task Templates_Explain_EveryTemplatePlansOnTheServer()
    {
        var catalog = RequireNeo4j().Get<KnowledgeGraph.Neo4j.Templates.CypherTemplateCatalog>();

        foreach (var template in catalog.All.Where(t => !t.Name.StartsWith(KnowledgeGraph.Neo4j.Templates.CypherTemplateCatalog.SchemaFile, StringComparison.Ordinal)))
        {
            var plan = await Run("EXPLAIN " + template.Text, new() { ["rows"] = Array.Empty<object>(), ["articles"] = Array.Empty<object>(), ["extractorVersion"] = "", ["limit"] = 1L });
            Assert.NotNull(plan);
        }
    }

    /// <summary>
    /// The seed article read at run time (its text and names are never copied into the repository). Its graph is
    /// built from the text itself: the two most frequent capitalised words become two Country entities, and the first
    /// sentence naming both becomes an ATTACKED edge between them — enough to exercise a real-world text end to end.
    /// </summary>
    private static ArticleGraph? SeedGraph(string token)
    {
        var shared = TestPaths.SharedDirectory;
        var seeds = shared is null ? null : Path.Combine(shared, "seeds");
        var path = seeds is null || !Directory.Exists(seeds) ? null : Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault();
        if (path is null)
        {
            return null;
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var dateMatch = DateLine().Match(text);
        DateOnly? published = dateMatch.Success ? DateOnly.ParseExact(dateMatch.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var sentences = SentenceBoundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        var names = CapitalisedWord().Matches(text)
            .Select(m => m.Value)
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(2)
            .Select(g => g.Key)
            .ToArray();
        if (names.Length < 2)
        {
            return null;
        }

        var first = Country(names[0], token);
        var second = Country(names[1], token);
        var both = Array.FindIndex(sentences, s => s.Contains(names[0], StringComparison.Ordinal) && s.Contains(names[1], StringComparison.Ordinal));
        ExtractedRelationship[] relationships = both < 0
            ? []
            : [Relationship(RelationshipType.Attacked, first, second, both, sentences[both], names[0], published)];
        return Graph("seed-" + token, text, published, [(first, 2), (second, 2)], relationships);
    }

    private Neo4jTestHost RequireNeo4j()
    {
        if (host is null)
        {
            Assert.Skip(neo4j.UnavailableReason ?? "no Neo4j");
        }

        return host;
    }

    private async Task<CypherResult> Run(string cypher, Dictionary<string, object?>? parameters = null)
    {
        parameters ??= [];
        parameters.TryAdd("token", token);
        return await RequireNeo4j().Executor.ExecuteAsync(new CypherStatement(cypher, parameters, "assertion"), Token);
    }

    private async Task<long> Count(string cypher, Dictionary<string, object?>? parameters = null) =>
        (long)(await Run(cypher, parameters)).Values.Single()[0]!;

    private async Task<IReadOnlyList<object?>> Single(string cypher, Dictionary<string, object?> parameters) =>
        Assert.Single((await Run(cypher, parameters)).Values);

    /// <summary>The token's whole subgraph with every property, in a stable order, as JSON.</summary>
    private async Task<string> Snapshot()
    {
        var nodes = await Run("MATCH (n) WHERE n.key CONTAINS $token RETURN labels(n), properties(n) ORDER BY n.key");
        var edges = await Run("MATCH (a)-[r]->(b) WHERE a.key CONTAINS $token RETURN a.key, type(r), b.key, properties(r) ORDER BY a.key, type(r), b.key");
        var stable = new JsonSerializerOptions { WriteIndented = false };
        return JsonSerializer.Serialize(nodes.Values.Select(Canonical), stable) + JsonSerializer.Serialize(edges.Values.Select(Canonical), stable);
    }

    private static object? Canonical(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Canonical(p.Value)), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(Canonical).ToArray(),
        _ => value,
    };

    [GeneratedRegex(@"date\s+(\d{4}-\d{2}-\d{2})")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"(?<=\s)[A-Z][a-z]{3,}\b")]
    private static partial Regex CapitalisedWord();
}
