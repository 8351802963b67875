using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Write rate and Neo4j request shape of one slice of the hot-edge run.</summary>
public sealed record HotEdgeSlice(string Name, long FirstArticle, long Articles, TimeSpan Elapsed, int Statements, long Rows, long Requests, long RequestBytes)
{
    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;
}

/// <summary>Figures of one <see cref="HotEdgeBenchmark"/> run: the embedded store's rate over the run, and what the Neo4j writer sends per batch early and late.</summary>
public sealed record HotEdgeResult(long Articles, int BatchSize, IReadOnlyList<HotEdgeSlice> StoreSlices, HotEdgeSlice Neo4jEarly, HotEdgeSlice Neo4jLate, IReadOnlyList<string> StatementsPerBatch);

/// <summary>
/// N articles that all report the same event (one ATTACKED fact between the same two entities): the case that made
/// the old model quadratic. Graph model v2 must keep every batch's cost independent of how many articles reported the
/// event before: the embedded store's write rate is measured per tenth of the run, and the Neo4j writer's statements,
/// rows, requests and bytes are measured for a batch at the start and a batch at the end (against the loopback Query
/// API stand-in, so the figures are the client's; the server's work per statement is bounded by the same rows because
/// every lookup is an index seek on a batch article's key — see docs/neo4j.md).
/// </summary>
public static class HotEdgeBenchmark
{
    private static readonly Entity Attacker = new(EntityLabel.Country, "Arland", ["Arlandic Republic"]);
    private static readonly Entity Target = new(EntityLabel.Organisation, "Northern Front", ["NF"]);

    public static async Task<HotEdgeResult> RunAsync(IGraphSink store, long articles, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await store.InitializeAsync(cancellationToken);

        var slices = new List<HotEdgeSlice>();
        var tenth = Math.Max(1, articles / 10);
        long written = 0;
        while (written < articles)
        {
            var sliceStart = written;
            var sliceEnd = Math.Min(articles, written + tenth);
            var clock = Stopwatch.StartNew();
            while (written < sliceEnd)
            {
                var count = (int)Math.Min(batchSize, sliceEnd - written);
                var batch = new ArticleGraph[count];
                for (var i = 0; i < count; i++)
                {
                    batch[i] = Report(written + i);
                }

                await store.WriteAsync(batch, cancellationToken);
                written += count;
            }

            clock.Stop();
            slices.Add(new HotEdgeSlice(string.Create(CultureInfo.InvariantCulture, $"store {slices.Count + 1}/10"), sliceStart, written - sliceStart, clock.Elapsed, 0, 0, 0, 0));
        }

        var (early, late, shape) = await Neo4jBatchesAsync(articles, batchSize, cancellationToken);
        return new HotEdgeResult(articles, batchSize, slices, early, late, shape);
    }

    /// <summary>The <paramref name="index"/>th report of the one event: its own id, text and sentence; the same pair.</summary>
    public static ArticleGraph Report(long index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"hot-{index:D8}");
        var sentence = string.Create(CultureInfo.InvariantCulture, $"Arland attacked the Northern Front near the border, report {index} said.");
        var article = new Article
        {
            Id = id,
            Title = string.Create(CultureInfo.InvariantCulture, $"Border clash, report {index}"),
            Published = new DateOnly(2024, 3, 4),
            Source = "bench",
            Text = sentence,
            Origin = "bench",
        };
        return new ArticleGraph(
            article,
            [new ArticleEntity(Attacker, 1), new ArticleEntity(Target, 1)],
            [new ExtractedRelationship(RelationshipType.Attacked, Attacker.Id, Target.Id, 0, sentence, "attacked", new DateOnly(2024, 3, 3))])
        {
            ExtractorVersion = "bench",
        };
    }

    private static async Task<(HotEdgeSlice Early, HotEdgeSlice Late, IReadOnlyList<string> Shape)> Neo4jBatchesAsync(long articles, int batchSize, CancellationToken cancellationToken)
    {
        await using var endpoint = LocalQueryApiEndpoint.Start();
        await using var provider = Neo4jWriteBenchmark.LoopbackServices(endpoint);
        var sink = provider.GetRequiredService<Neo4jGraphSink>();
        var catalog = provider.GetRequiredService<CypherTemplateCatalog>();
        var rowsPerStatement = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Neo4jOptions>>().Value.BatchSize;

        // Warm-up (JIT, connection), not measured.
        await sink.WriteAsync(Batch(0, batchSize), cancellationToken);

        async Task<(HotEdgeSlice Slice, WritePlan Plan)> MeasureAsync(string name, long first)
        {
            var batch = Batch(first, (int)Math.Min(batchSize, Math.Max(1, articles - first)));
            var plan = Neo4jWritePlanner.Plan(batch, catalog, rowsPerStatement);
            var requests = endpoint.Requests;
            var bytes = endpoint.RequestBytes;
            var clock = Stopwatch.StartNew();
            await sink.WriteAsync(batch, cancellationToken);
            clock.Stop();
            return (new HotEdgeSlice(name, first, batch.Length, clock.Elapsed, plan.Statements.Count, plan.Rows, endpoint.Requests - requests, endpoint.RequestBytes - bytes), plan);
        }

        var (early, _) = await MeasureAsync("neo4j first batch", 0);
        var (late, plan) = await MeasureAsync("neo4j last batch", Math.Max(0, articles - batchSize));
        return (early, late, plan.Statements.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}: {s.RowCount} row(s)")).ToArray());
    }

    private static ArticleGraph[] Batch(long first, int count)
    {
        var batch = new ArticleGraph[count];
        for (var i = 0; i < count; i++)
        {
            batch[i] = Report(first + i);
        }

        return batch;
    }
}
