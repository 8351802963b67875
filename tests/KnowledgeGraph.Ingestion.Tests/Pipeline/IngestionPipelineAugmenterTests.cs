using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Ingestion.Tests.TestSupport;

namespace KnowledgeGraph.Ingestion.Tests.Pipeline;

/// <summary>The pipeline with an optional augmenter after the extractor.</summary>
public sealed class IngestionPipelineAugmenterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_WithAnAugmenter_WritesTheAugmentedGraphAndPassesTheRunToken()
    {
        var augmenter = new RecordingAugmenter();
        using var harness = new PipelineHarness(augmenter: augmenter);

        await harness.RunAsync([harness.Document("m.jsonl", [.. PipelineHarness.Articles(5)])], Token);

        Assert.Equal(5, harness.Store.CommittedGraphs.Count);
        Assert.All(harness.Store.CommittedGraphs.Values, graph => Assert.Single(graph.Relationships));
        Assert.Equal(5, augmenter.Calls);
        Assert.True(augmenter.TokensCouldCancel.All(canBeCanceled => canBeCanceled));
    }

    [Fact]
    public async Task Run_AugmenterThrows_WritesTheRuleGraphAndCountsTheFailure()
    {
        var augmenter = new RecordingAugmenter { FailingIds = { "a00001", "a00003" } };
        using var harness = new PipelineHarness(augmenter: augmenter);
        var counted = new ConcurrentDictionary<string, long>();
        using var listener = Listen(harness, counted);

        await harness.RunAsync([harness.Document("m.jsonl", [.. PipelineHarness.Articles(5)])], Token);

        Assert.Equal(5, harness.Progress.Written);
        Assert.Equal(0, harness.Progress.Failed);
        Assert.Empty(harness.Store.CommittedGraphs["a00001"].Relationships);
        Assert.Single(harness.Store.CommittedGraphs["a00002"].Relationships);
        Assert.Equal(2, counted.GetValueOrDefault("kg.augmentation.failed"));
        Assert.Equal(3, counted.GetValueOrDefault("kg.articles.augmented"));
    }

    [Fact]
    public async Task Run_WithoutAnAugmenter_WritesTheRuleGraphAndCountsNoAugmentation()
    {
        using var harness = new PipelineHarness();
        var counted = new ConcurrentDictionary<string, long>();
        using var listener = Listen(harness, counted);

        await harness.RunAsync([harness.Document("m.jsonl", [.. PipelineHarness.Articles(3)])], Token);

        Assert.Equal(3, harness.Store.CommittedGraphs.Count);
        Assert.All(harness.Store.CommittedGraphs.Values, graph => Assert.Empty(graph.Relationships));
        Assert.False(counted.ContainsKey("kg.articles.augmented"));
    }

    private static MeterListener Listen(PipelineHarness harness, ConcurrentDictionary<string, long> counted)
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, harness.Metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => counted.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
        listener.Start();
        return listener;
    }

    /// <summary>Adds one MET between two entities of its own to every graph, or throws for chosen articles.</summary>
    private sealed class RecordingAugmenter : IGraphAugmenter
    {
        private int calls;

        public HashSet<string> FailingIds { get; } = new(StringComparer.Ordinal);

        public int Calls => Volatile.Read(ref calls);

        public ConcurrentBag<bool> TokensCouldCancel { get; } = [];

        public async ValueTask<ArticleGraph> AugmentAsync(ArticleGraph graph, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            TokensCouldCancel.Add(cancellationToken.CanBeCanceled);
            await Task.Yield();
            if (FailingIds.Contains(graph.Article.Id))
            {
                throw new InvalidOperationException("augmenter bug (simulated)");
            }

            var a = new Entity(EntityLabel.Person, "Ada Marsh", []);
            var b = new Entity(EntityLabel.Person, "Ben Okoro", []);
            var met = new ExtractedRelationship(RelationshipType.Met, a.Id, b.Id, 0, graph.Article.Text, "met", null);
            return graph with { Entities = [.. graph.Entities, new(a, 1), new(b, 1)], Relationships = [.. graph.Relationships, met] };
        }
    }
}
