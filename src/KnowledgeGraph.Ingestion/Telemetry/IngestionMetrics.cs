using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Ingestion.Telemetry;

/// <summary>
/// The worker's instruments on the <c>KnowledgeGraph.Worker</c> meter. Queue depths are observable gauges read from
/// the pipelines running at the moment of collection.
/// </summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "KnowledgeGraph.Worker";

    private readonly Lock queuesLock = new();
    private readonly List<Func<IEnumerable<KeyValuePair<string, long>>>> queueProviders = [];

    public IngestionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        Meter = meter;
        ArticlesRead = meter.CreateCounter<long>("kg.articles.read", "{article}", "Articles read from sources (including unreadable inputs).");
        ArticlesExtracted = meter.CreateCounter<long>("kg.articles.extracted", "{article}", "Articles run through the extractor.");
        ArticlesWritten = meter.CreateCounter<long>("kg.articles.written", "{article}", "Articles whose batch committed to the sink.");
        ArticlesSkipped = meter.CreateCounter<long>("kg.articles.skipped", "{article}", "Articles skipped because the sink already holds the same content.");
        ArticlesFailed = meter.CreateCounter<long>("kg.articles.failed", "{article}", "Inputs or articles that failed, with the reason in the journal.");
        BatchesWritten = meter.CreateCounter<long>("kg.batches.written", "{batch}", "Committed sink transactions.");
        StoreStops = meter.CreateCounter<long>("kg.sink.stops", "{run}", "Runs stopped because the graph store failed as a whole: unreachable after its resilience pipeline's retries, or refusing all work.");
        BatchWriteLatency = meter.CreateHistogram<double>("kg.batch.write.duration", "ms", "Time to commit one batch to the sink.");
        ArticlesAugmented = meter.CreateCounter<long>("kg.articles.augmented", "{article}", "Articles run through the optional augmenter (Llm:Enabled) after the extractor.");
        AugmentationFailures = meter.CreateCounter<long>("kg.augmentation.failed", "{article}", "Articles whose augmenter threw; they were written with the rule graph.");
        ExtractionLatency = meter.CreateHistogram<double>("kg.extraction.duration", "ms", "Time to extract one article.");
        meter.CreateObservableGauge("kg.queue.depth", ObserveQueueDepths, "{article}", "Articles waiting in each pipeline channel.");
    }

    /// <summary>This instance's meter (listeners tell concurrent hosts apart by it).</summary>
    public Meter Meter { get; }

    public Counter<long> ArticlesRead { get; }

    public Counter<long> ArticlesExtracted { get; }

    public Counter<long> ArticlesWritten { get; }

    public Counter<long> ArticlesSkipped { get; }

    public Counter<long> ArticlesFailed { get; }

    public Counter<long> BatchesWritten { get; }

    public Counter<long> StoreStops { get; }

    public Counter<long> ArticlesAugmented { get; }

    public Counter<long> AugmentationFailures { get; }

    public Histogram<double> BatchWriteLatency { get; }

    public Histogram<double> ExtractionLatency { get; }

    /// <summary>Publishes a running pipeline's queue depths (stage name → depth) until the returned handle is disposed.</summary>
    public IDisposable TrackQueues(Func<IEnumerable<KeyValuePair<string, long>>> depths)
    {
        lock (queuesLock)
        {
            queueProviders.Add(depths);
        }

        return new Registration(this, depths);
    }

    private IEnumerable<Measurement<long>> ObserveQueueDepths()
    {
        Func<IEnumerable<KeyValuePair<string, long>>>[] providers;
        lock (queuesLock)
        {
            providers = [.. queueProviders];
        }

        var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            foreach (var (stage, depth) in provider())
            {
                totals[stage] = totals.GetValueOrDefault(stage) + depth;
            }
        }

        return totals.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("stage", p.Key)));
    }

    private sealed class Registration(IngestionMetrics owner, Func<IEnumerable<KeyValuePair<string, long>>> provider) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.queuesLock)
            {
                owner.queueProviders.Remove(provider);
            }
        }
    }
}
