using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Telemetry;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Measures single-thread extraction throughput, end-to-end ingestion into the pipeline's sink (the
/// <c>bench</c> verb always gives it an embedded store, never the configured Neo4j database), and memory
/// (peak working set sampled during the run, so the peak after the first tenth can be compared with the peak at the end).
/// </summary>
public sealed class BenchmarkRunner(IArticleExtractor extractor, IngestionPipeline pipeline, IngestionMetrics metrics, TimeProvider time)
{
    public const int ArticlesPerDocument = 50;

    /// <summary>Articles timed from a cold start: what a short run (one file, a small batch) pays for JIT compilation.</summary>
    public const int WarmUpArticles = 200;

    /// <summary>Steady-state passes stop after this long (or <see cref="MaxSteadyPasses"/>): long enough for tiered compilation to settle.</summary>
    public static readonly TimeSpan SteadyStateBudget = TimeSpan.FromSeconds(3);

    public const int MaxSteadyPasses = 50;

    /// <summary>
    /// Single-thread extraction, reported twice: the first <see cref="WarmUpArticles"/> articles from a cold start
    /// (tier-0 code, JIT and tiered recompilation included), then the steady state: passes over the whole sample are
    /// repeated until <see cref="SteadyStateBudget"/> is spent (at least four, so the first full pass, still partly
    /// warming up, is never among them), and the median of the last three passes is the rate. A single timed pass of a small sample mostly measures warm-up and under-reports the steady rate.
    /// </summary>
    public ExtractionReport ExtractionOnly(SyntheticArticleGenerator generator, int articles)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var sample = Enumerable.Range(0, articles).Select(generator.Create).ToList();

        var warmUp = TimePass(sample.Take(Math.Min(WarmUpArticles, sample.Count)).ToList(), "extraction (1 thread), first articles from cold");

        var passes = new List<BenchmarkReport>();
        var budget = time.GetTimestamp();
        while (passes.Count < 4 || (passes.Count < MaxSteadyPasses && time.GetElapsedTime(budget) < SteadyStateBudget))
        {
            passes.Add(TimePass(sample, "extraction (1 thread), steady state"));
        }

        var lastThree = passes.TakeLast(3).OrderBy(pass => pass.ArticlesPerSecond).ToList();
        return new ExtractionReport(warmUp, lastThree[1], passes.Count);
    }

    private BenchmarkReport TimePass(List<Article> sample, string name)
    {
        long relationships = 0;
        long characters = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = time.GetTimestamp();
        foreach (var article in sample)
        {
            relationships += extractor.Extract(article).Relationships.Count;
            characters += article.Text.Length;
        }

        var elapsed = time.GetElapsedTime(started);
        return new BenchmarkReport(name, sample.Count, elapsed, characters, relationships)
        {
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore,
        };
    }

    public async Task<EndToEndReport> EndToEndAsync(SyntheticArticleGenerator generator, int articles, CancellationToken cancellationToken)
    {
        using var listener = new StageTimeListener(metrics.Meter);
        using var process = Process.GetCurrentProcess();
        var progress = new IngestionProgress();
        var checkpoint = Math.Max(1, articles / 10);
        long peakAtCheckpoint = 0;
        long peak = 0;

        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = Task.Run(
            async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    if (peakAtCheckpoint == 0 && progress.Written >= checkpoint)
                    {
                        peakAtCheckpoint = peak;
                    }

                    try
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(100), time, sampling.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            },
            CancellationToken.None);

        var started = time.GetTimestamp();
        await pipeline.RunAsync(Documents(generator, articles, cancellationToken), progress, cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        await sampling.CancelAsync();
        await sampler;
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);

        return new EndToEndReport(
            pipeline.SinkDescription,
            progress.Written,
            progress.Failed,
            elapsed,
            listener.ExtractionMilliseconds,
            listener.WriteMilliseconds,
            listener.Batches,
            checkpoint,
            peakAtCheckpoint == 0 ? peak : peakAtCheckpoint,
            peak,
            process.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            GC.CollectionCount(2),
            progress.PeakInFlight);
    }

    private static async IAsyncEnumerable<SourceDocument> Documents(SyntheticArticleGenerator generator, int articles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var first = 0; first < articles; first += ArticlesPerDocument)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = first;
            var count = Math.Min(ArticlesPerDocument, articles - first);
            yield return new SourceDocument
            {
                Origin = string.Create(CultureInfo.InvariantCulture, $"bench:{start}-{start + count - 1}"),
                Articles = Range(generator, start, count),
            };
            await Task.Yield();
        }
    }

    private static async IAsyncEnumerable<ArticleReadResult> Range(SyntheticArticleGenerator generator, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            yield return new ArticleReadResult.Success(generator.Create(i));
        }

        await Task.CompletedTask;
    }

    /// <summary>Sums the pipeline's own stage histograms, to tell whether extraction or the sink is the bottleneck.</summary>
    private sealed class StageTimeListener : IDisposable
    {
        private readonly MeterListener listener = new();
        private double extraction;
        private double write;
        private long batches;

        public StageTimeListener(Meter meter)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter) && instrument.Name is "kg.extraction.duration" or "kg.batch.write.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (instrument.Name == "kg.extraction.duration")
                {
                    Add(ref extraction, value);
                }
                else
                {
                    Add(ref write, value);
                    Interlocked.Increment(ref batches);
                }
            });
            listener.Start();
        }

        public double ExtractionMilliseconds => Volatile.Read(ref extraction);

        public double WriteMilliseconds => Volatile.Read(ref write);

        public long Batches => Interlocked.Read(ref batches);

        public void Dispose() => listener.Dispose();

        private static void Add(ref double target, double value)
        {
            double current;
            do
            {
                current = Volatile.Read(ref target);
            }
            while (Interlocked.CompareExchange(ref target, current + value, current) != current);
        }
    }
}

public sealed record BenchmarkReport(string Name, long Articles, TimeSpan Elapsed, long Characters, long Relationships)
{
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Bytes the measuring thread allocated during the pass (0 where not measured): garbage-collection pressure.</summary>
    public long AllocatedBytes { get; init; }
}

/// <summary>Single-thread extraction: the cold first articles, and the steady state (the median of the last three passes).</summary>
public sealed record ExtractionReport(BenchmarkReport WarmUp, BenchmarkReport SteadyState, int Passes);

public sealed record EndToEndReport(
    string Sink,
    long Written,
    long Failed,
    TimeSpan Elapsed,
    double ExtractionMilliseconds,
    double WriteMilliseconds,
    long Batches,
    long Checkpoint,
    long PeakWorkingSetAtCheckpoint,
    long PeakWorkingSetSampled,
    long PeakWorkingSetProcess,
    long GcHeapBytes,
    int Gen2Collections,
    long PeakInFlight)
{
    public double ArticlesPerSecond => Written / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
