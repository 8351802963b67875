using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Sqlite;
using KnowledgeGraph.Ingestion.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Cli;

internal static class BenchCommand
{
    private const double MiB = 1024 * 1024;

    /// <summary>
    /// Blanked for bench whatever the configuration says: synthetic articles must never land in a real database, so
    /// the end-to-end run always goes into the embedded store (a temporary file unless <c>--store</c>).
    /// </summary>
    private const string Neo4jUriKey = Neo4jOptions.SectionName + ":Uri";

    public static Command Create(CommonOptions common)
    {
        var articles = CommonOptions.WholeNumber("--articles", "Synthetic articles to ingest end to end.", defaultValue: 10_000, minimum: 1, "-n");
        var seed = CommonOptions.WholeNumber("--seed", "Seed of the article generator.", defaultValue: 42);
        var extractionSample = CommonOptions.WholeNumber("--extraction-sample", "Articles for the single-thread extraction measurement.", defaultValue: 2_000, minimum: 1);
        var neo4j = new Option<bool>("--neo4j")
        {
            Description = "Also measure the Neo4j writer's request pipeline (planning, JSON, HTTP, resilience) against a local Query API endpoint on loopback.",
        };
        // Not the shared --store: bench's default is a temporary store, never Store:Path (knowledgegraph.db).
        var store = new Option<string?>("--store")
        {
            Description = "Keep the end-to-end run's embedded store in this file (default: a temporary file, deleted afterwards; never the configured Store:Path).",
            HelpName = "FILE",
        };
        var hotEdge = new Option<bool>("--hot-edge")
        {
            Description = "Instead: --articles N articles all reporting the same event, written straight into the store; the write rate per tenth of the run and what the Neo4j writer sends per batch at the start and at the end.",
        };
        var command = new Command("bench", "Measure single-thread extraction, end-to-end ingestion (into a temporary embedded store unless --store; never the configured Neo4j) and peak memory on synthetic articles.")
        {
            articles,
            seed,
            extractionSample,
            neo4j,
            store,
            hotEdge,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var givenStore = parse.GetValue(store);
            var temporaryStore = givenStore is not null ? null : Path.Combine(Path.GetTempPath(), $"kg-bench-{Guid.NewGuid():N}.db");
            try
            {
                return await CliHost.RunAsync(
                    parse,
                    common.Overrides(parse, (CommonOptions.StoreKey, givenStore ?? temporaryStore), (Neo4jUriKey, string.Empty)),
                    (services, token) => parse.GetValue(hotEdge)
                        ? HotEdgeAsync(services, parse, parse.GetValue(articles), token)
                        : BenchAsync(services, parse, parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(extractionSample), parse.GetValue(neo4j), token),
                    cancellationToken);
            }
            finally
            {
                if (temporaryStore is not null)
                {
                    foreach (var file in new[] { temporaryStore, temporaryStore + "-wal", temporaryStore + "-shm" })
                    {
                        File.Delete(file);
                    }
                }
            }
        });
        return command;
    }

    private static async Task<int> HotEdgeAsync(IServiceProvider services, ParseResult parse, int articles, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var store = services.GetRequiredService<SqliteGraphStore>();
        var batchSize = services.GetRequiredService<IOptions<PipelineOptions>>().Value.BatchSize;
        var result = await HotEdgeBenchmark.RunAsync(store, articles, batchSize, cancellationToken);
        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(invariant, $"Hot edge: {result.Articles} articles reporting one ATTACKED event, batches of {result.BatchSize}, into {store.Description}"));
        foreach (var slice in result.StoreSlices)
        {
            await output.WriteLineAsync(string.Create(invariant, $"  {slice.Name}: articles {slice.FirstArticle}-{slice.FirstArticle + slice.Articles - 1}: {slice.ArticlesPerSecond:F0} articles/s"));
        }

        foreach (var slice in new[] { result.Neo4jEarly, result.Neo4jLate })
        {
            await output.WriteLineAsync(string.Create(invariant, $"  {slice.Name} (articles {slice.FirstArticle}-{slice.FirstArticle + slice.Articles - 1}): {slice.Statements} statements, {slice.Rows} rows, {slice.Requests} requests, {slice.RequestBytes} bytes"));
        }

        await output.WriteLineAsync("  statements of the last batch: " + string.Join("; ", result.StatementsPerBatch));
        await output.WriteLineAsync(string.Create(invariant, $"Memory: peak working set {Environment.WorkingSet / MiB:F0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / MiB:F0} MB peak"));
        return ExitCodes.Success;
    }

    private static async Task<int> BenchAsync(IServiceProvider services, ParseResult parse, int articles, int seed, int sample, bool neo4j, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;

        // The blanked Neo4j:Uri makes the embedded store the sink; refuse to measure anything else rather than write
        // synthetic articles into whatever a future composition might choose.
        if (services.GetRequiredService<IGraphSink>() is not SqliteGraphStore)
        {
            throw new InvalidOperationException("bench must write into the embedded store, not into the configured graph sink.");
        }

        var runner = ActivatorUtilities.CreateInstance<BenchmarkRunner>(services);
        var pipelineOptions = services.GetRequiredService<IOptions<PipelineOptions>>().Value;
        var generator = new SyntheticArticleGenerator(seed);
        var invariant = CultureInfo.InvariantCulture;

        await output.WriteLineAsync(string.Create(invariant, $"Bench: seed {seed}, {Environment.ProcessorCount} cores, {pipelineOptions.EffectiveExtractionWorkers} extraction workers, batches of {pipelineOptions.BatchSize}, GC server={System.Runtime.GCSettings.IsServerGC}"));

        var extraction = runner.ExtractionOnly(generator, Math.Max(1, sample));
        var (warmUp, steady) = (extraction.WarmUp, extraction.SteadyState);
        await output.WriteLineAsync(string.Create(invariant,
            $"Extraction, single thread, steady state: {steady.ArticlesPerSecond:F0} articles/s per core (median of the last 3 of {extraction.Passes} passes over {steady.Articles} articles, avg {steady.Characters / steady.Articles / 1024.0:F1} K chars, {steady.Relationships} relationships per pass, {steady.AllocatedBytes / steady.Articles / 1024.0:F0} KB allocated per article)"));
        await output.WriteLineAsync(string.Create(invariant,
            $"Extraction, single thread, warm-up: {warmUp.ArticlesPerSecond:F0} articles/s over the first {warmUp.Articles} articles from a cold start (JIT and tiered compilation included, {warmUp.Elapsed.TotalSeconds:F2} s)"));

        var run = await runner.EndToEndAsync(generator, articles, cancellationToken);
        var workers = pipelineOptions.EffectiveExtractionWorkers;
        var extractionBusy = run.ExtractionMilliseconds / (run.Elapsed.TotalMilliseconds * workers);
        var writerBusy = run.WriteMilliseconds / run.Elapsed.TotalMilliseconds;
        await output.WriteLineAsync(string.Create(invariant,
            $"End to end into {run.Sink}: {run.Written} articles in {run.Elapsed.TotalSeconds:F1} s = {run.ArticlesPerSecond:F0} articles/s ({run.Failed} failed)"));
        await output.WriteLineAsync(string.Create(invariant,
            $"  extraction busy {extractionBusy:P0} of {workers} worker(s) ({run.ExtractionMilliseconds / Math.Max(1, run.Written):F2} ms/article); sink busy {writerBusy:P0} ({run.Batches} batches, {run.WriteMilliseconds / Math.Max(1, run.Batches):F1} ms/batch, {run.WriteMilliseconds / Math.Max(1, run.Written):F2} ms/article)"));
        await output.WriteLineAsync("  bottleneck: " + (writerBusy > extractionBusy ? "the sink (single writer)" : "extraction (CPU)"));
        await output.WriteLineAsync(string.Create(invariant,
            $"Memory: peak working set {run.PeakWorkingSetProcess / MiB:F0} MB (sampled: {run.PeakWorkingSetAtCheckpoint / MiB:F0} MB by article {run.Checkpoint}, {run.PeakWorkingSetSampled / MiB:F0} MB at the end); GC heap {run.GcHeapBytes / MiB:F0} MB; gen2 collections {run.Gen2Collections}; peak articles in flight {run.PeakInFlight}"));
        if (neo4j)
        {
            var neo4jArticles = Math.Min(articles, 20_000);
            var result = await Neo4jWriteBenchmark.RunAsync(neo4jArticles, Math.Min(pipelineOptions.BatchSize, 1_000), cancellationToken: cancellationToken);
            await output.WriteLineAsync($"Neo4j request pipeline (local Query API endpoint, no database work): {result}");
        }

        return run.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
