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
