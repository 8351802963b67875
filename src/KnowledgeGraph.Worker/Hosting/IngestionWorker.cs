using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Worker.Progress;
using KnowledgeGraph.Ingestion.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Hosting;

/// <summary>
/// The <c>run</c> verb: feeds every configured source through the pipeline until the host stops. On shutdown the
/// pipeline stops at once; anything not committed is not acknowledged to its source and is redone on the next start.
/// When the graph store stays unreachable through its resilience pipeline, the run stops the same way (nothing
/// acknowledged, nothing failed), the worker waits <see cref="PipelineOptions.RestartDelay"/> and starts it again,
/// telling the operator once per outage. A store that refuses all work (credentials, not a Neo4j server, a read-only
/// file) stops the worker with one line: waiting cannot cure it.
/// </summary>
public sealed partial class IngestionWorker(
    IEnumerable<IArticleSource> sources,
    IngestionPipeline pipeline,
    IIngestionJournal journal,
    IOptions<PipelineOptions> pipelineOptions,
    IOptions<ProgressOptions> progressOptions,
    WorkerOutcome outcome,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    /// <summary>Counters of the current run, for tests and diagnostics.</summary>
    public IngestionProgress Progress { get; } = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var active = sources.ToList();
        if (active.Count == 0)
        {
            LogNoSources(logger);
            return;
        }

        var names = string.Join(", ", active.Select(s => s.Name));
        LogStarting(logger, names, pipeline.SinkDescription);
        using var reporting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var reporter = ReportAsync(reporting.Token);
        try
        {
            await RunUntilStoppedAsync(active, stoppingToken);
        }
        finally
        {
            await reporting.CancelAsync();
            await reporter;
        }
    }

    private async Task RunUntilStoppedAsync(List<IArticleSource> active, CancellationToken stoppingToken)
    {
        var inOutage = false;
        var writtenAtStart = Progress.Written;
        while (true)
        {
            try
            {
                await pipeline.RunAsync([.. active.Select(s => s.ReadAsync(stoppingToken))], Progress, stoppingToken);
                LogSourcesExhausted(logger, Progress.Written, Progress.Skipped, Progress.Failed);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                LogStopped(logger, Progress.Written, Progress.Skipped, Progress.Failed, Progress.InFlight);
                return;
            }
            catch (GraphStoreUnavailableException ex)
            {
                // Once per outage: a run that wrote something since the last restart ended the previous outage.
                if (!inOutage || Progress.Written > writtenAtStart)
                {
                    LogStoreUnavailable(logger, ex.Message, pipelineOptions.Value.RestartDelay);
                }

                inOutage = true;
                writtenAtStart = Progress.Written;
                try
                {
                    await Task.Delay(pipelineOptions.Value.RestartDelay, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    LogStopped(logger, Progress.Written, Progress.Skipped, Progress.Failed, Progress.InFlight);
                    return;
                }

                LogRestarting(logger, pipeline.SinkDescription);
            }
            catch (GraphStoreAccessException ex)
            {
                LogStoreRejected(logger, ex.Message);
                await RecordStoreFailureAsync(ex);
                outcome.Fail(ex.Message);
                lifetime.StopApplication();
                return;
            }
        }
    }

    /// <summary>Makes the refusal visible in <c>status</c> (the journal is local, so it is there even when Neo4j refused).</summary>
    private async Task RecordStoreFailureAsync(GraphStoreAccessException failure)
    {
        try
        {
            await journal.RecordFailureAsync(failure.Store, failure.Message, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception ex) when (ex is GraphStoreException or IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The journal may live in the very store that refused; the log line above already told the operator.
        }
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(100, progressOptions.Value.Interval.TotalMilliseconds));
        long lastSettled = 0;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, cancellationToken);
                var settled = Progress.Settled;
                if (settled != lastSettled)
                {
                    LogProgress(logger, Progress.Read, Progress.Written, Progress.Skipped, Progress.Failed, Progress.InFlight);
                    lastSettled = settled;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "No article sources are configured; the worker has nothing to do")]
    private static partial void LogNoSources(ILogger logger);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Worker started: sources [{Sources}] into {Sink}")]
    private static partial void LogStarting(ILogger logger, string sources, string sink);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Worker stopped: {Written} written, {Skipped} unchanged, {Failed} failed; {InFlight} in flight abandoned, to be redone on the next start")]
    private static partial void LogStopped(ILogger logger, long written, long skipped, long failed, long inFlight);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "All sources exhausted: {Written} written, {Skipped} unchanged, {Failed} failed")]
    private static partial void LogSourcesExhausted(ILogger logger, long written, long skipped, long failed);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Progress: {Read} read, {Written} written, {Skipped} unchanged, {Failed} failed, {InFlight} in flight")]
    private static partial void LogProgress(ILogger logger, long read, long written, long skipped, long failed, long inFlight);

    [LoggerMessage(EventId = 205, Level = LogLevel.Error, Message = "The graph store is unreachable: {Reason} Nothing was failed or acknowledged; the worker retries every {Delay} until it is back (Pipeline:RestartDelay)")]
    private static partial void LogStoreUnavailable(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "Starting the run again against {Sink}")]
    private static partial void LogRestarting(ILogger logger, string sink);

    [LoggerMessage(EventId = 207, Level = LogLevel.Critical, Message = "The graph store refuses all work, the worker stops: {Reason}")]
    private static partial void LogStoreRejected(ILogger logger, string reason);
}

/// <summary>How the hosted worker ended, for the <c>run</c> verb's exit code and last line.</summary>
public sealed class WorkerOutcome
{
    private string? failure;

    /// <summary>Why the worker stopped on its own, or null when it ran until stopped (or its sources ended).</summary>
    public string? Failure => Volatile.Read(ref failure);

    public void Fail(string reason) => Interlocked.CompareExchange(ref failure, reason, null);
}
