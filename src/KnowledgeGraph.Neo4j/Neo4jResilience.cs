using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The ONE resilience pipeline for Neo4j, wrapped around every transaction attempt (not around single HTTP requests,
/// so a retry restarts the transaction from scratch). Retries transient failures only — <c>Neo.TransientError.*</c>,
/// HTTP 408/429/502/503/504, timeouts, refused or reset connections — with exponential backoff and jitter; never
/// client errors (bad Cypher, constraint violations, 401/403). A circuit breaker stops hammering a server that is down.
/// </summary>
public static partial class Neo4jResilience
{
    public const string PipelineName = "KnowledgeGraph.Neo4j";

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder builder, Neo4jOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var transient = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                Name = "neo4j-retry",
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message ?? "no result");
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            Name = "neo4j-circuit-breaker",
            ShouldHandle = transient,
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            OnOpened = args =>
            {
                LogCircuitOpened(logger, args.BreakDuration.TotalSeconds, args.Outcome.Exception?.Message ?? "no result");
                return default;
            },
            OnClosed = _ =>
            {
                LogCircuitClosed(logger);
                return default;
            },
        });
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Neo4j transient failure; retry {Attempt} of {MaxAttempts} in {DelayMs:0} ms: {Reason}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int maxAttempts, double delayMs, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Neo4j circuit opened for {BreakSeconds:0.#} s after repeated failures: {Reason}")]
    private static partial void LogCircuitOpened(ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Neo4j circuit closed: the server answers again")]
    private static partial void LogCircuitClosed(ILogger logger);
}
