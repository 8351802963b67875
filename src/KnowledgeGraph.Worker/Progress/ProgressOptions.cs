using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Progress;

/// <summary>Section <c>Progress</c>: how <c>ingest</c> and <c>run</c> report progress.</summary>
public sealed class ProgressOptions
{
    public const string SectionName = "Progress";

    /// <summary>Interval of the plain progress lines written when output is redirected (and of <c>run</c>'s progress log).</summary>
    [SettingRange("Progress:Interval", typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>"auto" (live display on a terminal, plain lines otherwise), "live", "plain" or "none".</summary>
    [RegularExpression("^\\s*(?i:auto|live|plain|none)\\s*$", ErrorMessage = "Progress:Mode must be one of auto, live, plain, none.")]
    public string Mode { get; set; } = "auto";
}

/// <summary>Source-generated validation of <see cref="ProgressOptions"/>' annotations.</summary>
[OptionsValidator]
internal sealed partial class ProgressOptionsValidator : IValidateOptions<ProgressOptions>;
