using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Figures of one <see cref="Neo4jWriteBenchmark"/> run.</summary>
public sealed record Neo4jWriteBenchmarkResult(
    int Articles,
    int Batches,
    int Statements,
    long Rows,
    long Requests,
    long RequestBytes,
    TimeSpan Elapsed)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;

    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => RequestBytes / 1_048_576d / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Articles} articles in {Batches} batches: {Statements} statements, {Rows} rows, {Requests} requests, {RequestBytes / 1_048_576d:0.0} MiB in {Elapsed.TotalSeconds:0.00} s = {RowsPerSecond:0} rows/s, {ArticlesPerSecond:0} articles/s, {MegabytesPerSecond:0.0} MiB/s");
}

/// <summary>
/// Measures the Neo4j writer's request pipeline — row planning, JSON serialisation, the explicit-transaction HTTP
/// exchange, the resilience pipeline — against <see cref="LocalQueryApiEndpoint"/> on loopback. Synthetic articles
/// (8 entities, 4 relationships each, entities shared across articles) go through the real
/// <see cref="Neo4jGraphSink"/> built by AddKnowledgeGraphNeo4j. For the worker's <c>bench</c> verb.
/// </summary>
public static class Neo4jWriteBenchmark
{
    public static async Task<Neo4jWriteBenchmarkResult> RunAsync(
        int articles,
        int articlesPerBatch = 100,
        string? templatesPath = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(articlesPerBatch, 1);
        await using var endpoint = LocalQueryApiEndpoint.Start();
        await using var provider = LoopbackServices(endpoint, templatesPath);
        var sink = provider.GetRequiredService<Neo4jGraphSink>();

        var graphs = Enumerable.Range(0, articles).Select(SyntheticArticle).ToArray();

        // Warm-up: JIT, connection, JSON metadata; not measured.
        await sink.WriteAsync(graphs.Take(Math.Min(articlesPerBatch, graphs.Length)).ToArray(), cancellationToken);
        var warmupRequests = endpoint.Requests;
        var warmupBytes = endpoint.RequestBytes;

        var statements = 0;
        var rows = 0L;
        var batches = 0;
        var catalog = provider.GetRequiredService<CypherTemplateCatalog>();
        var clock = Stopwatch.StartNew();
        foreach (var batch in graphs.Chunk(articlesPerBatch))
        {
            var plan = Neo4jWritePlanner.Plan(batch, catalog, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Neo4jOptions>>().Value.BatchSize);
            statements += plan.Statements.Count;
            rows += plan.Rows;
            batches++;
            await sink.WriteAsync(batch, cancellationToken);
        }

        clock.Stop();

        // Planning is counted twice (once above for the figures, once in WriteAsync): the figures are conservative.
        return new Neo4jWriteBenchmarkResult(articles, batches, statements, rows, endpoint.Requests - warmupRequests, endpoint.RequestBytes - warmupBytes, clock.Elapsed);
    }

    /// <summary>The Neo4j services exactly as the worker registers them, pointed at the loopback stand-in, no retries.</summary>
    internal static ServiceProvider LoopbackServices(LocalQueryApiEndpoint endpoint, string? templatesPath = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = endpoint.Uri.AbsoluteUri,
                ["Neo4j:User"] = "bench",
                ["Neo4j:Password"] = "bench",
                ["Neo4j:TemplatesPath"] = templatesPath,
                ["Neo4j:MaxRetryAttempts"] = "0",
            })
            .Build();
        return new ServiceCollection().AddLogging().AddKnowledgeGraphNeo4j(configuration.GetSection(Neo4jOptions.SectionName)).BuildServiceProvider();
    }

    /// <summary>A made-up article in the style of international news; names are synthetic.</summary>
    internal static ArticleGraph SyntheticArticle(int index)
    {
        var countries = new[] { Entity(EntityLabel.Country, "Country", index % 40), Entity(EntityLabel.Country, "Country", (index * 7 + 3) % 40) };
        var people = new[] { Entity(EntityLabel.Person, "Minister", index % 300), Entity(EntityLabel.Person, "Envoy", (index * 11) % 300), Entity(EntityLabel.Person, "General", (index * 13) % 300) };
        var organisations = new[] { Entity(EntityLabel.Organisation, "Alliance", index % 60), Entity(EntityLabel.Organisation, "Militia", (index * 5) % 60) };
        var bases = new[] { Entity(EntityLabel.Base, "Air Base", index % 25) };
        var entities = countries.Concat(people).Concat(organisations).Concat(bases)
            .DistinctBy(e => e.Id)
            .Select((e, i) => new ArticleEntity(e, 1 + (i % 3)))
            .ToArray();
        var article = new Article
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"bench-{index:D6}"),
            Title = string.Create(CultureInfo.InvariantCulture, $"Talks and strikes, day {index}"),
            Published = new DateOnly(2024, 1, 1).AddDays(index % 365),
            Source = "bench",
            Url = string.Create(CultureInfo.InvariantCulture, $"https://news.example/bench/{index}"),
            Text = string.Create(CultureInfo.InvariantCulture, $"Synthetic benchmark article {index}."),
            Origin = "bench",
        };
        var date = article.Published;
        var relationships = new List<ExtractedRelationship>
        {
            Relationship(RelationshipType.Attacked, organisations[1], bases[0], 1, "The militia fired rockets at the air base on Tuesday, officials said.", "fired rockets at", date),
            Relationship(RelationshipType.Condemned, countries[0], organisations[1], 2, "The foreign ministry condemned the attack in a statement.", "condemned", date),
            Relationship(RelationshipType.Sanctioned, countries[1], people[2], 3, "The government imposed sanctions on the general and two aides.", "imposed sanctions on", null),
        };
        var (first, second) = string.CompareOrdinal(people[0].Id, people[1].Id) <= 0 ? (people[0], people[1]) : (people[1], people[0]);
        if (first.Id != second.Id)
        {
            relationships.Add(Relationship(RelationshipType.Met, first, second, 4, "The minister met the envoy in the capital to discuss a ceasefire.", "met", date));
        }

        return new ArticleGraph(article, entities, relationships);
    }

    private static Entity Entity(EntityLabel label, string stem, int number) =>
        new(label, string.Create(CultureInfo.InvariantCulture, $"{stem} {number}"), [string.Create(CultureInfo.InvariantCulture, $"{stem[..1]}{number}")]);

    private static ExtractedRelationship Relationship(RelationshipType type, Entity start, Entity end, int sentence, string evidence, string trigger, DateOnly? date) =>
        new(type, start.Id, end.Id, sentence, evidence, trigger, date);
}
