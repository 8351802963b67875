using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace KnowledgeGraph.Llm;

/// <summary>
/// The ONE resilience pipeline for the model endpoint, a handler of the named HttpClient (so every HTTP attempt,
/// not the whole augmentation, is retried). Retries only what retrying can cure — HTTP 408, 429 and 5xx, attempt
/// timeouts and connection failures — with exponential backoff and jitter, honouring Retry-After; never 400, 401,
/// 403 or 404. A circuit breaker stops calling an endpoint that is down, so articles fall back to the rule graph at
/// once instead of each waiting through its retries. The OpenAI client's own retries are switched off.
/// </summary>
public static partial class LlmResilience
{
    public const string PipelineName = "KnowledgeGraph.Llm";

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetryAttempts > 0)
        {
            // The default predicate of the HTTP retry options is exactly the transient set: 408, 429, >= 500,
            // HttpRequestException and the attempt timeout below.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "llm-retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay.TotalMilliseconds, Describe(args.Outcome));
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "llm-circuit-breaker",
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
            OnOpened = args =>
            {
                LogCircuitOpened(logger, args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                return default;
            },
            OnClosed = _ =>
            {
                LogCircuitClosed(logger);
                return default;
            },
        });

        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "llm-attempt-timeout",
            Timeout = options.Timeout,
        });
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? $"{exception.GetType().Name}: {exception.Message}"
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int?)outcome.Result?.StatusCode}");

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Model endpoint failed transiently; retry {Attempt} of {MaxAttempts} in {DelayMs:0} ms: {Reason}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int maxAttempts, double delayMs, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Model endpoint circuit opened for {BreakSeconds:0.#} s after repeated failures; articles keep their rule graph meanwhile: {Reason}")]
    private static partial void LogCircuitOpened(ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Model endpoint circuit closed: the endpoint answers again")]
    private static partial void LogCircuitClosed(ILogger logger);
}
