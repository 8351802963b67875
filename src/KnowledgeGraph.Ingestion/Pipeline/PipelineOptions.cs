using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Tuning of the ingestion pipeline, bound from the <c>Pipeline</c> configuration section.</summary>
public sealed class PipelineOptions : IValidatableObject
{
    public const string SectionName = "Pipeline";

    /// <summary>Parallel extraction workers; 0 means one per processor.</summary>
    [SettingRange("Pipeline:ExtractionWorkers", 0, 256)]
    public int ExtractionWorkers { get; set; }

    /// <summary>Articles per sink transaction.</summary>
    [SettingRange("Pipeline:BatchSize", 1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a partial batch waits for more articles before it is written anyway.</summary>
    [SettingRange("Pipeline:BatchLatency", typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan BatchLatency { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Capacity of each bounded channel between the stages.</summary>
    [SettingRange("Pipeline:ChannelCapacity", 1, int.MaxValue)]
    public int ChannelCapacity { get; set; } = 256;

    /// <summary>
    /// Hard bound on articles held by the pipeline at once (read but not yet committed, skipped or failed), so memory
    /// depends on this number and never on the size of the input.
    /// </summary>
    [SettingRange("Pipeline:MaxInFlight", 1, int.MaxValue)]
    public int MaxInFlight { get; set; } = 2048;

    /// <summary>
    /// How long the hosted worker (<c>run</c>) waits before starting its run again when the graph store stayed
    /// unreachable through its resilience pipeline's retries. Sources keep their unfinished work meanwhile.
    /// </summary>
    [SettingRange("Pipeline:RestartDelay", typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RestartDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Extract and write every article read, even when the store holds it unchanged by the current extractor version
    /// (<c>ingest --reextract</c>). Off: only new, changed and stale (older extractor version) articles are extracted.
    /// </summary>
    public bool Reextract { get; set; }

    internal int EffectiveExtractionWorkers => ExtractionWorkers > 0 ? ExtractionWorkers : Environment.ProcessorCount;

    /// <summary>The check annotations cannot express: one bound against another.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxInFlight < BatchSize)
        {
            yield return new ValidationResult(
                $"Pipeline:MaxInFlight ({MaxInFlight}) must be at least Pipeline:BatchSize ({BatchSize}), or batches could never fill.");
        }
    }
}

/// <summary>Source-generated validation of <see cref="PipelineOptions"/>' annotations and its cross-field check.</summary>
[OptionsValidator]
public sealed partial class PipelineOptionsValidator : IValidateOptions<PipelineOptions>;
