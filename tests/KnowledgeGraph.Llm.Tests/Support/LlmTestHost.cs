using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Domain.Extraction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>The services exactly as AddKnowledgeGraphLlm registers them, with every log record collected.</summary>
internal sealed class LlmTestHost : IDisposable
{
    private readonly ServiceProvider provider;

    public LlmTestHost(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Logs = new FakeLogCollector();
        provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)))
            .AddArticleReading(configuration.GetSection("Input"))
            .AddIngestionPipeline(configuration.GetSection("Pipeline"))
            .AddKnowledgeGraphExtraction()
            .AddKnowledgeGraphLlm(configuration.GetSection(LlmOptions.SectionName))
            .BuildServiceProvider(validateScopes: true);
        Failures = new MetricCollector<long>(provider.GetRequiredService<LlmMetrics>().Failures);
    }

    public FakeLogCollector Logs { get; }

    public MetricCollector<long> Failures { get; }

    public IGraphAugmenter Augmenter => provider.GetRequiredService<IGraphAugmenter>();

    public static Dictionary<string, string?> Settings(Uri endpoint, string? apiKey = null, int timeoutSeconds = 10, int retries = 2) => new()
    {
        ["Llm:Enabled"] = "true",
        ["Llm:Endpoint"] = endpoint.ToString(),
        ["Llm:Model"] = "test-model",
        ["Llm:ApiKey"] = apiKey,
        ["Llm:Timeout"] = TimeSpan.FromSeconds(timeoutSeconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["Llm:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Llm:RetryBaseDelay"] = "00:00:00.010",
    };

    /// <summary>Every log line with its exception, as a sink would store it.</summary>
    public string AllLogText() =>
        string.Join("\n", Logs.GetSnapshot().Select(r => $"{r.Message} {r.Exception}"));

    public void Dispose()
    {
        Failures.Dispose();
        provider.Dispose();
    }
}
