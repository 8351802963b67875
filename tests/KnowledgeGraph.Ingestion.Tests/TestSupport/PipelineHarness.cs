using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.TestSupport;

/// <summary>Builds a pipeline over an in-memory store and records what documents were acknowledged, and when.</summary>
internal sealed class PipelineHarness : IDisposable
{
    private readonly ServiceProvider services;

    public PipelineHarness(PipelineOptions? options = null, IArticleExtractor? extractor = null, TimeProvider? time = null, IGraphAugmenter? augmenter = null)
    {
        Options = options ?? new PipelineOptions { BatchSize = 10, BatchLatency = TimeSpan.FromMilliseconds(20), ChannelCapacity = 8, MaxInFlight = 64, ExtractionWorkers = 2 };
        Extractor = extractor as CountingExtractor ?? new CountingExtractor(extractor);
        services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Metrics = new IngestionMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        Pipeline = new IngestionPipeline(Extractor, Store, Store, Microsoft.Extensions.Options.Options.Create(Options), Metrics, time ?? TimeProvider.System, NullLogger<IngestionPipeline>.Instance, augmenter);
    }

    public PipelineOptions Options { get; }

    public InMemoryGraphStore Store { get; } = new();

    public CountingExtractor Extractor { get; }

    public IngestionMetrics Metrics { get; }

    public IngestionPipeline Pipeline { get; }

    public IngestionProgress Progress { get; } = new();

    /// <summary>Acknowledgements in call order, with whether every article of the document was committed or skipped by then.</summary>
    public ConcurrentQueue<Acknowledgement> Acknowledgements { get; } = new();

    public Task RunAsync(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken) =>
        Pipeline.RunAsync(documents.ToAsyncEnumerable(), Progress, cancellationToken);

    public SourceDocument Document(string origin, params Article[] articles) =>
        Document(origin, articles.Select(a => (ArticleReadResult)new ArticleReadResult.Success(a)).ToArray());

    public SourceDocument Document(string origin, IReadOnlyList<ArticleReadResult> results) => new()
    {
        Origin = origin,
        Articles = results.ToAsyncEnumerable(),
        CompleteAsync = (outcome, _) =>
        {
            var committed = results.OfType<ArticleReadResult.Success>().All(s => Store.IsCommitted(s.Article.Id));
            Acknowledgements.Enqueue(new Acknowledgement(origin, outcome, committed));
            return ValueTask.CompletedTask;
        },
    };

    public static Article Article(string id, string text = "Officials met in the capital on Monday.", string? origin = null) =>
        new() { Id = id, Text = text, Origin = origin ?? id + ".txt" };

    public static IEnumerable<Article> Articles(int count, string prefix = "a") =>
        Enumerable.Range(0, count).Select(i => Article($"{prefix}{i:D5}", $"Story number {i} about talks between delegations."));

    public void Dispose() => services.Dispose();
}

internal sealed record Acknowledgement(string Origin, DocumentOutcome Outcome, bool AllCommittedBefore);

/// <summary>An extractor double that counts calls and can fail chosen articles; the graph content is irrelevant here.</summary>
internal sealed class CountingExtractor(IArticleExtractor? inner = null) : IArticleExtractor
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    /// <summary>The change key's extractor version; a test sets another to play an upgraded extractor.</summary>
    public string Version { get; set; } = inner?.Version ?? "counting-1";

    public HashSet<string> FailingIds { get; } = new(StringComparer.Ordinal);

    public ArticleGraph Extract(Article article)
    {
        Interlocked.Increment(ref calls);
        if (FailingIds.Contains(article.Id))
        {
            throw new InvalidOperationException($"cannot parse {article.Id}");
        }

        if (inner is not null)
        {
            return inner.Extract(article);
        }

        var country = new Entity(EntityLabel.Country, "Freedonia", []);
        return new ArticleGraph(article, [new ArticleEntity(country, 1)], []);
    }
}

internal static class AsyncSequences
{
    /// <summary>An endless source that counts how many documents were pulled from it.</summary>
    public static async IAsyncEnumerable<SourceDocument> Endless(StrongBox<int> pulled, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; ; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref pulled.Value);
            var article = PipelineHarness.Article($"endless{i:D6}");
            yield return new SourceDocument { Origin = article.Origin, Articles = new ArticleReadResult[] { new ArticleReadResult.Success(article) }.ToAsyncEnumerable() };
            await Task.Yield();
        }
    }
}
