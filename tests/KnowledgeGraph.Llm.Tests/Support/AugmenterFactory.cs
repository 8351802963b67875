using System.Diagnostics.Metrics;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Llm.Augmentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>The real augmenter over a given chat client, with its metrics and logs collected.</summary>
internal sealed class AugmenterFactory : IDisposable
{
    private readonly ServiceProvider services;

    public AugmenterFactory(IChatClient client, LlmOptions? options = null)
    {
        services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Metrics = new LlmMetrics(services.GetRequiredService<IMeterFactory>());
        Logger = new FakeLogger<LlmRelationshipAugmenter>();
        Options = options ?? new LlmOptions { Enabled = true, Endpoint = new Uri("http://127.0.0.1:9/v1"), Model = "test-model" };
        Failures = new MetricCollector<long>(Metrics.Failures);
        Rejected = new MetricCollector<long>(Metrics.Rejected);
        Accepted = new MetricCollector<long>(Metrics.Accepted);
        Augmenter = new LlmRelationshipAugmenter(client, Microsoft.Extensions.Options.Options.Create(Options), new GazetteerEntityResolver(), Metrics, TimeProvider.System, Logger);
    }

    public LlmOptions Options { get; }

    public LlmMetrics Metrics { get; }

    public FakeLogger<LlmRelationshipAugmenter> Logger { get; }

    public MetricCollector<long> Failures { get; }

    public MetricCollector<long> Rejected { get; }

    public MetricCollector<long> Accepted { get; }

    public LlmRelationshipAugmenter Augmenter { get; }

    /// <summary>Rejection reasons recorded, in order.</summary>
    public IReadOnlyList<string> RejectionReasons =>
        Rejected.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!).ToArray();

    public void Dispose()
    {
        Failures.Dispose();
        Rejected.Dispose();
        Accepted.Dispose();
        services.Dispose();
    }
}
