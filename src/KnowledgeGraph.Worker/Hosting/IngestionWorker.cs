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
/// </summary>
public sealed partial class IngestionWorker(
    IEnumerable<IArticleSource> sources,
    IngestionPipeline pipeline,
    IOptions<ProgressOptions> progressOptions,
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
            await pipeline.RunAsync([.. active.Select(s => s.ReadAsync(stoppingToken))], Progress, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(logger, Progress.Written, Progress.Skipped, Progress.Failed, Progress.InFlight);
            return;
        }
        finally
        {
            await reporting.CancelAsync();
            await reporter;
        }

        LogSourcesExhausted(logger, Progress.Written, Progress.Skipped, Progress.Failed);
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(100, progressOptions.Value.IntervalMs));
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
}
