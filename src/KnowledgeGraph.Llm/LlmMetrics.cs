using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Llm;

/// <summary>Instruments of the model-assisted stage on the <c>KnowledgeGraph.Llm</c> meter.</summary>
public sealed class LlmMetrics
{
    public const string MeterName = "KnowledgeGraph.Llm";

    public LlmMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        Requests = meter.CreateCounter<long>("kg.llm.requests", "{request}", "Articles sent to the model endpoint.");
        Failures = meter.CreateCounter<long>("kg.llm.failures", "{request}", "Requests that gave no usable answer (tag reason); the article kept its rule graph.");
        Accepted = meter.CreateCounter<long>("kg.llm.relationships.accepted", "{relationship}", "Relationships proposed by the model that passed validation and were added.");
        Rejected = meter.CreateCounter<long>("kg.llm.relationships.rejected", "{relationship}", "Relationships proposed by the model and dropped (tag reason).");
        Duration = meter.CreateHistogram<double>("kg.llm.request.duration", "ms", "Time for one article's request, retries included.");
    }

    public Counter<long> Requests { get; }

    public Counter<long> Failures { get; }

    public Counter<long> Accepted { get; }

    public Counter<long> Rejected { get; }

    public Histogram<double> Duration { get; }
}
