namespace KnowledgeGraph.Worker.Progress;

/// <summary>Section <c>Progress</c>: how <c>ingest</c> and <c>run</c> report progress.</summary>
public sealed class ProgressOptions
{
    public const string SectionName = "Progress";

    /// <summary>Interval of the plain progress lines written when output is redirected (and of <c>run</c>'s progress log).</summary>
    public int IntervalMs { get; set; } = 2_000;

    /// <summary>"auto" (live display on a terminal, plain lines otherwise), "live", "plain" or "none".</summary>
    public string Mode { get; set; } = "auto";
}

internal sealed class ProgressOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<ProgressOptions>
{
    private static readonly string[] Modes = ["auto", "live", "plain", "none"];

    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, ProgressOptions options)
    {
        var errors = new List<string>();
        if (!Modes.Contains(options.Mode?.Trim().ToLowerInvariant()))
        {
            errors.Add($"Progress:Mode must be one of {string.Join(", ", Modes)}, not '{options.Mode}'.");
        }

        if (options.IntervalMs < 10)
        {
            errors.Add($"Progress:IntervalMs must be at least 10, not {options.IntervalMs}.");
        }

        return errors.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(errors);
    }
}
