using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Telemetry;

/// <summary>Section <c>Telemetry</c>: exporting the worker's metrics with OpenTelemetry.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Print the <c>KnowledgeGraph.Worker</c> metrics to the console periodically.</summary>
    public bool Console { get; set; }

    public int ExportIntervalMs { get; set; } = 10_000;
}

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options) =>
        options.ExportIntervalMs < 1
            ? ValidateOptionsResult.Fail($"Telemetry:ExportIntervalMs must be at least 1 (milliseconds between console exports), not {options.ExportIntervalMs}.")
            : ValidateOptionsResult.Success;
}
