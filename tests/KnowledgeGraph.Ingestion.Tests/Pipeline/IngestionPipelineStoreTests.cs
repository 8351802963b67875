using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Telemetry;
using KnowledgeGraph.Sqlite;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Pipeline;

/// <summary>The pipeline with the real extractor and embedded store.</summary>
public sealed class IngestionPipelineStoreTests
{
    [Fact]
    public async Task RunAsync_ManyMoreArticlesThanTheBound_KeepsArticlesInFlightWithinMaxInFlight()
    {
        using var folder = new TempFolder();
        var options = new PipelineOptions { BatchSize = 25, BatchLatency = TimeSpan.FromMilliseconds(50), ChannelCapacity = 16, MaxInFlight = 60, ExtractionWorkers = 2 };
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var store = new SqliteGraphStore(Options.Create(new StoreOptions { Path = folder.Combine("kg.db") }));
        var pipeline = new IngestionPipeline(
            new RuleBasedExtractor(), store, store, Options.Create(options),
            new IngestionMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            TimeProvider.System, NullLogger<IngestionPipeline>.Instance);
        var generator = new SyntheticArticleGenerator(99);
        const int total = 1_500;
        var documents = Enumerable.Range(0, total / 10).Select(d => new SourceDocument
        {
            Origin = $"doc{d}",
            Articles = Enumerable.Range(d * 10, 10).Select(i => (ArticleReadResult)new ArticleReadResult.Success(generator.Create(i))).ToAsyncEnumerable(),
        });
        var progress = new IngestionProgress();

        await pipeline.RunAsync(documents.ToAsyncEnumerable(), progress, TestContext.Current.CancellationToken);

        Assert.Equal(total, progress.Written);
        Assert.InRange(progress.PeakInFlight, 1, options.MaxInFlight);
        var status = await store.GetStatusAsync(0, "", TestContext.Current.CancellationToken);
        Assert.Equal(total, status.ArticlesIngested);
        Assert.Equal(total, status.NodesByLabel["Article"]);
    }
}
