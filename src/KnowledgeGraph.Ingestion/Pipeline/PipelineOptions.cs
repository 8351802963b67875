using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Tuning of the ingestion pipeline, bound from the <c>Pipeline</c> configuration section.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Parallel extraction workers; 0 means one per processor.</summary>
    public int ExtractionWorkers { get; set; }

    /// <summary>Articles per sink transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a partial batch waits for more articles before it is written anyway.</summary>
    public int BatchLatencyMs { get; set; } = 250;

    /// <summary>Capacity of each bounded channel between the stages.</summary>
    public int ChannelCapacity { get; set; } = 256;

    /// <summary>
    /// Hard bound on articles held by the pipeline at once (read but not yet committed, skipped or failed), so memory
    /// depends on this number and never on the size of the input.
    /// </summary>
    public int MaxInFlight { get; set; } = 2048;

    /// <summary>First delay before retrying a failed sink call; doubles per attempt up to <see cref="RetryMaxDelayMs"/>.</summary>
    public int RetryInitialDelayMs { get; set; } = 200;

    public int RetryMaxDelayMs { get; set; } = 30_000;

    /// <summary>Attempts per batch before its articles are failed; 0 retries until the sink is back or the run stops.</summary>
    public int MaxWriteAttempts { get; set; }

    /// <summary>
    /// Extract and write every article read, even when the store holds it unchanged by the current extractor version
    /// (<c>ingest --reextract</c>). Off: only new, changed and stale (older extractor version) articles are extracted.
    /// </summary>
    public bool Reextract { get; set; }

    internal int EffectiveExtractionWorkers => ExtractionWorkers > 0 ? ExtractionWorkers : Environment.ProcessorCount;
}

internal sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var errors = new List<string>();
        if (options.ExtractionWorkers is < 0 or > 256)
        {
            errors.Add($"Pipeline:ExtractionWorkers must be between 0 (one per processor) and 256, not {options.ExtractionWorkers}.");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            errors.Add($"Pipeline:BatchSize must be between 1 and 100000, not {options.BatchSize}.");
        }

        if (options.BatchLatencyMs is < 1 or > 600_000)
        {
            errors.Add($"Pipeline:BatchLatencyMs must be between 1 and 600000, not {options.BatchLatencyMs}.");
        }

        if (options.ChannelCapacity < 1)
        {
            errors.Add($"Pipeline:ChannelCapacity must be at least 1, not {options.ChannelCapacity}.");
        }

        if (options.MaxInFlight < options.BatchSize)
        {
            errors.Add($"Pipeline:MaxInFlight ({options.MaxInFlight}) must be at least Pipeline:BatchSize ({options.BatchSize}), or batches could never fill.");
        }

        if (options.RetryInitialDelayMs < 1 || options.RetryMaxDelayMs < options.RetryInitialDelayMs)
        {
            errors.Add("Pipeline:RetryInitialDelayMs must be at least 1 and no more than Pipeline:RetryMaxDelayMs.");
        }

        if (options.MaxWriteAttempts < 0)
        {
            errors.Add($"Pipeline:MaxWriteAttempts must be 0 (unlimited) or more, not {options.MaxWriteAttempts}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
