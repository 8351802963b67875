using System.Threading.Channels;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// read → check (skip unchanged) → extract (parallel) → write (batched), joined by bounded channels. An article is
/// done only when its batch committed; then it is journalled and its document acknowledged. Memory is bounded by
/// <see cref="PipelineOptions.MaxInFlight"/> articles whatever the input size.
/// </summary>
public sealed partial class IngestionPipeline
{
    private readonly IArticleExtractor extractor;
    private readonly IGraphAugmenter? augmenter;
    private readonly IGraphSink sink;
    private readonly IIngestionJournal journal;
    private readonly PipelineOptions settings;
    private readonly IngestionMetrics metrics;
    private readonly TimeProvider time;
    private readonly ILogger<IngestionPipeline> logger;

    public IngestionPipeline(
        IArticleExtractor extractor,
        IGraphSink sink,
        IIngestionJournal journal,
        IOptions<PipelineOptions> options,
        IngestionMetrics metrics,
        TimeProvider time,
        ILogger<IngestionPipeline> logger,
        IGraphAugmenter? augmenter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.extractor = extractor;
        this.augmenter = augmenter;
        this.sink = sink;
        this.journal = journal;
        settings = options.Value;
        this.metrics = metrics;
        this.time = time;
        this.logger = logger;
    }

    public string SinkDescription => sink.Description;

    /// <summary>Runs one input to its end (or until cancelled).</summary>
    public Task RunAsync(IAsyncEnumerable<SourceDocument> documents, IngestionProgress progress, CancellationToken cancellationToken) =>
        RunAsync([documents], progress, cancellationToken);

    /// <summary>
    /// Runs several inputs at once until all are exhausted. On cancellation the run stops without acknowledging
    /// unsettled documents, so a later run redoes exactly that work.
    /// </summary>
    public async Task RunAsync(IReadOnlyList<IAsyncEnumerable<SourceDocument>> inputs, IngestionProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(progress);

        await CallSinkAsync(sink.InitializeAsync, cancellationToken);

        using var run = new Run(this, progress, cancellationToken);
        using var queueTracking = metrics.TrackQueues(run.QueueDepths);
        Log.RunStarted(logger, inputs.Count, sink.Description, settings.EffectiveExtractionWorkers, settings.BatchSize);

        var readers = inputs.Select(input => run.Guard(() => run.ReadAsync(input))).ToArray();
        var readersDone = CompleteWhenAll(readers, run.ToCheck.Writer);
        var check = run.Guard(run.CheckAsync);
        var extractors = Enumerable.Range(0, settings.EffectiveExtractionWorkers).Select(_ => run.Guard(run.ExtractAsync)).ToArray();
        var extractorsDone = CompleteWhenAll(extractors, run.ToWrite.Writer);
        var writer = run.Guard(run.WriteAsync);

        try
        {
            await Task.WhenAll([readersDone, check, extractorsDone, writer]);
        }
        catch when (cancellationToken.IsCancellationRequested)
        {
            Log.RunCancelled(logger, progress.InFlight);
            throw new OperationCanceledException(cancellationToken);
        }
        catch when (run.StoreFailure is { } storeFailure)
        {
            // Whichever stage met the store's failure first, that failure (not the cancellation of the others) is the
            // outcome. Unsettled articles were neither journalled as failed nor acknowledged: the next run redoes them.
            metrics.StoreStops.Add(1);
            Log.RunStoppedByStore(logger, sink.Description, progress.InFlight);
            progress.OnUnsettledAbandoned();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(storeFailure);
        }

        Log.RunFinished(logger, progress.Read, progress.Written, progress.Skipped, progress.Failed);
    }

    private static async Task CompleteWhenAll(Task[] stages, ChannelWriter<WorkItem> downstream)
    {
        try
        {
            await Task.WhenAll(stages);
            downstream.TryComplete();
        }
        catch (Exception ex)
        {
            downstream.TryComplete(ex);
            throw;
        }
    }

    /// <summary>
    /// Calls the sink once: retrying is the sink's own resilience pipeline's job. A failure the sink calls transient has
    /// outlived those retries, so the store is down: it becomes <see cref="GraphStoreUnavailableException"/>, which stops
    /// the run instead of failing articles.
    /// </summary>
    private async Task<T> CallSinkAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (Exception ex) when (IsOutage(ex, cancellationToken))
        {
            throw new GraphStoreUnavailableException(sink.Description, ex);
        }
    }

    private async Task CallSinkAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken);
        }
        catch (Exception ex) when (IsOutage(ex, cancellationToken))
        {
            throw new GraphStoreUnavailableException(sink.Description, ex);
        }
    }

    private bool IsOutage(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception is not GraphStoreException && sink.IsTransient(exception);

    /// <summary>The channels, budget and bookkeeping of one run.</summary>
    private sealed class Run : IDisposable
    {
        private readonly IngestionPipeline pipeline;
        private readonly IngestionProgress progress;
        private readonly CancellationToken token;
        private readonly SemaphoreSlim slots;
        private readonly Lock leadersLock = new();
        private readonly Dictionary<string, WorkItem> leaders = new(StringComparer.Ordinal);

        // Ids and hashes committed in this run, newest last, bounded: a copy checked against the sink just before
        // its original committed is still recognised as unchanged.
        private readonly Dictionary<string, string> recentlyCommitted = new(StringComparer.Ordinal);
        private readonly Queue<string> recentlyCommittedOrder = new();
        private readonly CancellationTokenSource runCancellation;
        private GraphStoreException? storeFailure;

        public Run(IngestionPipeline pipeline, IngestionProgress progress, CancellationToken token)
        {
            this.pipeline = pipeline;
            this.progress = progress;
            this.token = token;
            runCancellation = CancellationTokenSource.CreateLinkedTokenSource(token);
            var settings = pipeline.settings;
            slots = new SemaphoreSlim(settings.MaxInFlight, settings.MaxInFlight);
            var channelOptions = new BoundedChannelOptions(settings.ChannelCapacity) { FullMode = BoundedChannelFullMode.Wait };
            ToCheck = Channel.CreateBounded<WorkItem>(channelOptions);
            ToExtract = Channel.CreateBounded<WorkItem>(channelOptions);
            ToWrite = Channel.CreateBounded<WorkItem>(channelOptions);
        }

        public Channel<WorkItem> ToCheck { get; }

        /// <summary>The store failure that stopped the run, if one did.</summary>
        public GraphStoreException? StoreFailure => Volatile.Read(ref storeFailure);

        public void Dispose()
        {
            slots.Dispose();
            runCancellation.Dispose();
        }

        public Channel<WorkItem> ToExtract { get; }

        public Channel<WorkItem> ToWrite { get; }

        private PipelineOptions Settings => pipeline.settings;

        private CancellationToken Token => runCancellation.Token;

        public IEnumerable<KeyValuePair<string, long>> QueueDepths() =>
        [
            new("check", ToCheck.Reader.Count),
            new("extract", ToExtract.Reader.Count),
            new("write", ToWrite.Reader.Count),
        ];

        /// <summary>Runs a stage; if it fails, stops the others so the run ends instead of hanging.</summary>
        public Task Guard(Func<Task> stage) => Task.Run(async () =>
        {
            try
            {
                await stage();
            }
            catch (GraphStoreException ex) when (!token.IsCancellationRequested)
            {
                // An expected outage or refusal, told once by whoever runs the pipeline: no stack trace per stage.
                Interlocked.CompareExchange(ref storeFailure, ex, null);
                await runCancellation.CancelAsync();
                throw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                if (ex is not OperationCanceledException)
                {
                    Log.StageFailed(pipeline.logger, ex);
                }

                await runCancellation.CancelAsync();
                throw;
            }
        });

        public async Task ReadAsync(IAsyncEnumerable<SourceDocument> input)
        {
            await foreach (var document in input.WithCancellation(Token))
            {
                var tracker = new DocumentTracker(document);
                try
                {
                    await foreach (var result in document.Articles.WithCancellation(Token))
                    {
                        await AdmitAsync(WorkItem.From(tracker, result));
                    }
                }
                catch (Exception ex) when (!Token.IsCancellationRequested)
                {
                    Log.DocumentReadFailed(pipeline.logger, document.Origin, ex);
                    await AdmitAsync(WorkItem.Failed(tracker, document.Origin, $"reading failed: {ex.Message}"));
                }

                await CompleteDocumentAsync(tracker, tracker.OnAllRead());
            }
        }

        private async Task AdmitAsync(WorkItem item)
        {
            await slots.WaitAsync(Token);
            item.Document.AddPending();
            progress.OnRead();
            pipeline.metrics.ArticlesRead.Add(1);
            await ToCheck.Writer.WriteAsync(item, Token);
        }

        /// <summary>Skips articles the sink already holds unchanged, and holds back re-reads of an article in flight.</summary>
        public async Task CheckAsync()
        {
            var reader = ToCheck.Reader;
            var pending = new List<WorkItem>(Settings.BatchSize);
            try
            {
                while (await reader.WaitToReadAsync(Token))
                {
                    pending.Clear();
                    while (pending.Count < Settings.BatchSize && reader.TryRead(out var next))
                    {
                        pending.Add(next);
                    }

                    var firstById = new Dictionary<string, Article>(StringComparer.Ordinal);
                    foreach (var item in pending)
                    {
                        if (item.Failure is null)
                        {
                            firstById.TryAdd(item.Article!.Id, item.Article);
                        }
                    }

                    var unchanged = await FindUnchangedAsync([.. firstById.Values]);
                    var skipped = new List<WorkItem>();
                    foreach (var item in pending)
                    {
                        await RouteAsync(item, firstById, unchanged, skipped);
                    }

                    await SettleUnchangedAsync(skipped);
                }

                ToExtract.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                ToExtract.Writer.TryComplete(ex);
                throw;
            }
        }

        private async Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles)
        {
            if (articles.Count == 0 || Settings.Reextract)
            {
                return new HashSet<string>();
            }

            try
            {
                return await pipeline.CallSinkAsync(ct => pipeline.sink.FindUnchangedAsync(articles, pipeline.extractor.Version, ct), Token);
            }
            catch (Exception ex) when (!Token.IsCancellationRequested && ex is not GraphStoreException)
            {
                // Writes are idempotent: not knowing what is unchanged only costs re-writing it.
                Log.FindUnchangedGaveUp(pipeline.logger, ex);
                return new HashSet<string>();
            }
        }

        private async Task RouteAsync(WorkItem item, Dictionary<string, Article> checkedArticles, IReadOnlySet<string> unchanged, List<WorkItem> skipped)
        {
            if (item.Failure is not null)
            {
                await ToExtract.Writer.WriteAsync(item, Token);
                return;
            }

            var article = item.Article!;
            while (true)
            {
                WorkItem? earlierVersion = null;
                var skip = false;
                lock (leadersLock)
                {
                    if (leaders.TryGetValue(article.Id, out var leader))
                    {
                        if (leader.Article!.ContentHash == article.ContentHash)
                        {
                            // Same article under another name: written once, settled with the first.
                            (leader.Followers ??= []).Add(item);
                            return;
                        }

                        earlierVersion = leader;
                    }
                    else if ((unchanged.Contains(article.Id) && checkedArticles[article.Id].ContentHash == article.ContentHash) ||
                             (recentlyCommitted.TryGetValue(article.Id, out var committedHash) && committedHash == article.ContentHash))
                    {
                        skip = true;
                    }
                    else
                    {
                        leaders[article.Id] = item;
                    }
                }

                if (skip)
                {
                    skipped.Add(item);
                    return;
                }

                if (earlierVersion is null)
                {
                    await ToExtract.Writer.WriteAsync(item, Token);
                    return;
                }

                // Another version of this article is in flight: write them in reading order, so the last read wins.
                await earlierVersion.Settled.Task.WaitAsync(Token);
            }
        }

        /// <summary>
        /// Journals articles the sink already holds (only where the journal lacks them: a crash can fall between a
        /// commit and its journal record), then settles them.
        /// </summary>
        private async Task SettleUnchangedAsync(List<WorkItem> skipped)
        {
            if (skipped.Count == 0)
            {
                return;
            }

            var at = pipeline.time.GetUtcNow();
            var entries = skipped.Select(item => new IngestedArticle(item.Article!.Id, item.Origin, item.Article.ContentHash, 0, 0, at) { ExtractorVersion = pipeline.extractor.Version }).ToArray();
            await JournalAsync(ct => pipeline.journal.RecordUnchangedAsync(entries, ct));

            foreach (var item in skipped)
            {
                await SettleSkippedAsync(item);
            }
        }

        public async Task ExtractAsync()
        {
            await foreach (var item in ToExtract.Reader.ReadAllAsync(Token))
            {
                if (item.Failure is null)
                {
                    var started = pipeline.time.GetTimestamp();
                    try
                    {
                        item.Graph = pipeline.extractor.Extract(item.Article!) with { ExtractorVersion = pipeline.extractor.Version };
                        progress.OnExtracted();
                        pipeline.metrics.ArticlesExtracted.Add(1);
                    }
#pragma warning disable CA1031 // An extractor bug fails that article, never the run.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        Log.ExtractionFailed(pipeline.logger, item.Origin, ex);
                        item.Fail($"extraction failed: {ex.GetType().Name}: {ex.Message}");
                    }

                    pipeline.metrics.ExtractionLatency.Record(pipeline.time.GetElapsedTime(started).TotalMilliseconds);
                    if (pipeline.augmenter is { } augmenter && item.Failure is null)
                    {
                        await AugmentAsync(augmenter, item);
                    }
                }

                await ToWrite.Writer.WriteAsync(item, Token);
            }
        }

        /// <summary>
        /// Runs the optional augmenter on an extracted article. Its failure never loses the article: it keeps the rule
        /// graph, and the failure is logged and counted. Only the run stopping ends it.
        /// </summary>
        private async Task AugmentAsync(IGraphAugmenter augmenter, WorkItem item)
        {
            try
            {
                item.Graph = await augmenter.AugmentAsync(item.Graph!, Token);
                pipeline.metrics.ArticlesAugmented.Add(1);
            }
            catch (OperationCanceledException) when (Token.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // An augmenter bug costs that article its additions, never the article or the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                pipeline.metrics.AugmentationFailures.Add(1);
                Log.AugmentationFailed(pipeline.logger, item.Origin, ex);
            }
        }

        /// <summary>Collects batches by size or latency, commits them, then journals and settles their articles.</summary>
        public async Task WriteAsync()
        {
            var reader = ToWrite.Reader;
            var batch = new List<WorkItem>(Settings.BatchSize);
            var latency = Settings.BatchLatency;
            var batchStarted = 0L;
            var open = true;
            while (open || batch.Count > 0)
            {
                if (batch.Count == 0)
                {
                    open = await reader.WaitToReadAsync(Token);
                }

                while (batch.Count < Settings.BatchSize && reader.TryRead(out var item))
                {
                    if (item.Failure is not null)
                    {
                        await SettleFailedAsync(item);
                        continue;
                    }

                    if (batch.Count == 0)
                    {
                        batchStarted = pipeline.time.GetTimestamp();
                    }

                    batch.Add(item);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                var remaining = latency - pipeline.time.GetElapsedTime(batchStarted);
                if (open && batch.Count < Settings.BatchSize && remaining > TimeSpan.Zero)
                {
                    open = await WaitForMoreAsync(reader, remaining);
                    if (reader.Count > 0 || (open && pipeline.time.GetElapsedTime(batchStarted) < latency))
                    {
                        continue;
                    }
                }

                await CommitAsync(batch);
                batch.Clear();
            }
        }

        /// <summary>Waits until more items arrive, the latency runs out (true) or the channel completes (false).</summary>
        private async Task<bool> WaitForMoreAsync(ChannelReader<WorkItem> reader, TimeSpan remaining)
        {
            using var timeout = new CancellationTokenSource(remaining, pipeline.time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(Token, timeout.Token);
            try
            {
                return await reader.WaitToReadAsync(linked.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !Token.IsCancellationRequested)
            {
                return true;
            }
        }

        private async Task CommitAsync(List<WorkItem> batch)
        {
            var graphs = batch.Select(item => item.Graph!).ToArray();
            try
            {
                await pipeline.CallSinkAsync(
                    async ct =>
                    {
                        var started = pipeline.time.GetTimestamp();
                        await pipeline.sink.WriteAsync(graphs, ct);
                        pipeline.metrics.BatchWriteLatency.Record(pipeline.time.GetElapsedTime(started).TotalMilliseconds);
                    },
                    Token);
            }
            catch (Exception ex) when (!Token.IsCancellationRequested && ex is not GraphStoreException && batch.Count > 1)
            {
                // A failure that retrying cannot cure is usually one article's doing: halve the batch until it is
                // isolated, so every other article still goes in and only the culprit fails, with the reason.
                Log.BatchSplit(pipeline.logger, batch.Count, ex);
                var half = batch.Count / 2;
                await CommitAsync(batch[..half]);
                await CommitAsync(batch[half..]);
                return;
            }
            catch (Exception ex) when (!Token.IsCancellationRequested && ex is not GraphStoreException)
            {
                Log.WriteRejected(pipeline.logger, batch.Count, ex);
                var why = $"writing to {pipeline.sink.Description} failed: {ex.Message}";
                foreach (var item in batch)
                {
                    item.Fail(why);
                    await SettleFailedAsync(item);
                }

                return;
            }

            pipeline.metrics.BatchesWritten.Add(1);
            Log.BatchCommitted(pipeline.logger, batch.Count);
            var at = pipeline.time.GetUtcNow();
            var ingested = batch
                .Select(item => new IngestedArticle(item.Article!.Id, item.Origin, item.Article.ContentHash, item.Graph!.Entities.Count, item.Graph.Relationships.Count, at) { ExtractorVersion = item.Graph.ExtractorVersion })
                .ToArray();
            await JournalAsync(ct => pipeline.journal.RecordIngestedAsync(ingested, ct));

            foreach (var item in batch)
            {
                await SettleWrittenAsync(item);
            }
        }

        /// <summary>
        /// Journals (the journal's store retries busy moments itself). The journal is bookkeeping: when it stays
        /// unavailable the articles are still settled (the graph is what counts), and the failure is logged.
        /// </summary>
        private async Task JournalAsync(Func<CancellationToken, Task> record)
        {
            try
            {
                await record(Token);
            }
            catch (Exception ex) when (!Token.IsCancellationRequested)
            {
                Log.JournalGaveUp(pipeline.logger, ex);
            }
        }

        private async Task SettleWrittenAsync(WorkItem item)
        {
            progress.OnWritten(item.Graph!);
            pipeline.metrics.ArticlesWritten.Add(1);
            var followers = ReleaseLeadership(item);
            await CompleteDocumentAsync(item.Document, item.Document.OnWritten());
            slots.Release();
            item.Settled.TrySetResult();
            foreach (var follower in followers)
            {
                await SettleSkippedAsync(follower);
            }
        }

        private async Task SettleSkippedAsync(WorkItem item)
        {
            progress.OnSkipped();
            pipeline.metrics.ArticlesSkipped.Add(1);
            await CompleteDocumentAsync(item.Document, item.Document.OnSkipped());
            slots.Release();
            item.Settled.TrySetResult();
        }

        private async Task SettleFailedAsync(WorkItem item)
        {
            var failure = item.Failure!;
            var at = pipeline.time.GetUtcNow();
            await JournalAsync(ct => pipeline.journal.RecordFailureAsync(failure.Origin, failure.Reason, at, ct));

            Log.ArticleFailed(pipeline.logger, failure.Origin, failure.Reason);
            progress.OnFailed(failure.Origin, failure.Reason);
            pipeline.metrics.ArticlesFailed.Add(1);
            var followers = item.Article is null ? [] : ReleaseLeadership(item);
            await CompleteDocumentAsync(item.Document, item.Document.OnFailed(failure));
            slots.Release();
            item.Settled.TrySetResult();
            foreach (var follower in followers)
            {
                follower.Fail(failure.Reason);
                await SettleFailedAsync(follower);
            }
        }

        private List<WorkItem> ReleaseLeadership(WorkItem item)
        {
            lock (leadersLock)
            {
                if (leaders.TryGetValue(item.Article!.Id, out var leader) && ReferenceEquals(leader, item))
                {
                    leaders.Remove(item.Article.Id);
                }

                if (item.Graph is not null && item.Failure is null)
                {
                    RememberCommitted(item.Article);
                }

                var followers = item.Followers ?? [];
                item.Followers = null;
                return followers;
            }
        }

        private void RememberCommitted(Article article)
        {
            if (!recentlyCommitted.ContainsKey(article.Id))
            {
                recentlyCommittedOrder.Enqueue(article.Id);
            }

            recentlyCommitted[article.Id] = article.ContentHash;
            while (recentlyCommittedOrder.Count > Settings.MaxInFlight)
            {
                recentlyCommitted.Remove(recentlyCommittedOrder.Dequeue());
            }
        }

        private async Task CompleteDocumentAsync(DocumentTracker tracker, DocumentOutcome? outcome)
        {
            // Not acknowledged once the run is stopping: the source will offer the document again.
            if (outcome is null || Token.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await tracker.Document.CompleteAsync(outcome, Token);
            }
            catch (Exception ex) when (!Token.IsCancellationRequested)
            {
                Log.AcknowledgeFailed(pipeline.logger, tracker.Origin, ex);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Ingestion started: {Inputs} input(s) into {Sink}, {Workers} extraction worker(s), batches of {BatchSize}")]
        public static partial void RunStarted(ILogger logger, int inputs, string sink, int workers, int batchSize);

        [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Ingestion finished: {Read} read, {Written} written, {Skipped} unchanged, {Failed} failed")]
        public static partial void RunFinished(ILogger logger, long read, long written, long skipped, long failed);

        [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Ingestion cancelled with {InFlight} article(s) in flight; they will be redone on the next run")]
        public static partial void RunCancelled(ILogger logger, long inFlight);

        [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Committed a batch of {Count} article(s)")]
        public static partial void BatchCommitted(ILogger logger, int count);

        [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Ingestion stopped: {Sink} failed as a whole; {InFlight} article(s) in flight are neither failed nor acknowledged and will be redone")]
        public static partial void RunStoppedByStore(ILogger logger, string sink, long inFlight);

        [LoggerMessage(EventId = 114, Level = LogLevel.Warning, Message = "The sink rejected a batch of {Count} article(s) with a failure retrying cannot cure; writing it in halves to isolate the cause")]
        public static partial void BatchSplit(ILogger logger, int count, Exception exception);

        [LoggerMessage(EventId = 115, Level = LogLevel.Error, Message = "The sink rejected {Count} article(s) with a failure retrying cannot cure; recorded as failed")]
        public static partial void WriteRejected(ILogger logger, int count, Exception exception);

        [LoggerMessage(EventId = 112, Level = LogLevel.Error, Message = "Could not update the ingestion journal")]
        public static partial void JournalGaveUp(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "Could not ask the sink which articles are unchanged; writing them all")]
        public static partial void FindUnchangedGaveUp(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message = "Failed: {Origin}: {Reason}")]
        public static partial void ArticleFailed(ILogger logger, string origin, string reason);

        [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Extraction failed for {Origin}")]
        public static partial void ExtractionFailed(ILogger logger, string origin, Exception exception);

        [LoggerMessage(EventId = 124, Level = LogLevel.Warning, Message = "The augmenter failed for {Origin}; the article is written with the rule graph")]
        public static partial void AugmentationFailed(ILogger logger, string origin, Exception exception);

        [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "Reading {Origin} failed")]
        public static partial void DocumentReadFailed(ILogger logger, string origin, Exception exception);

        [LoggerMessage(EventId = 123, Level = LogLevel.Warning, Message = "Acknowledging {Origin} to its source failed; it may be offered again")]
        public static partial void AcknowledgeFailed(ILogger logger, string origin, Exception exception);

        [LoggerMessage(EventId = 130, Level = LogLevel.Error, Message = "A pipeline stage failed; stopping the run")]
        public static partial void StageFailed(ILogger logger, Exception exception);
    }
}
