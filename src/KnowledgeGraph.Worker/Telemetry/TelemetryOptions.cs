using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Telemetry;

/// <summary>Section <c>Telemetry</c>: exporting the worker's metrics with OpenTelemetry.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Print the <c>KnowledgeGraph.Worker</c> metrics to the console periodically.</summary>
    public bool Console { get; set; }

    /// <summary>Time between console exports.</summary>
    [SettingRange("Telemetry:ExportInterval", typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Source-generated validation of <see cref="TelemetryOptions"/>' annotations.</summary>
[OptionsValidator]
internal sealed partial class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>;
