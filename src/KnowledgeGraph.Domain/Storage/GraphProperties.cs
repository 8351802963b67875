namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// Property names shared by every sink and export, so that the embedded store, its JSONL/Cypher exports and Neo4j
/// hold the same graph.
/// </summary>
public static class GraphProperties
{
    /// <summary>Unique key of every node (the export's node id).</summary>
    public const string Key = "key";
    public const string Name = "name";
    public const string Aliases = "aliases";

    // Article nodes
    public const string SourceId = "sourceId";
    public const string Title = "title";
    public const string Date = "date";
    public const string Url = "url";
    public const string Source = "source";
    public const string ContentHash = "contentHash";

    // MENTIONS: the article's own facts about the entity — how often, under which name, and its other surface forms
    // there (`name`, `aliases`); entity names and aliases are derived from these.
    public const string Count = "count";

    /// <summary>The extractor version that produced the article's facts (Article nodes; part of the change key).</summary>
    public const string ExtractorVersion = "extractorVersion";

    /// <summary>Entities: the name in lower case (Cypher <c>toLower</c>), indexed for case-insensitive lookups.</summary>
    public const string NameKey = "nameKey";

    /// <summary>
    /// Neo4j entities only: set by a write that touched the entity's mentions, removed by summarize once name, nameKey
    /// and aliases are derived again (the embedded store derives them on every read and never holds it).
    /// </summary>
    public const string SummaryPending = "summaryPending";

    // Event relationships are per-article facts: one relationship per (type, start, end, article) that stated the
    // event, keyed by `article` (the Article node id). The evidence* lists are aligned, one entry per sentence of that
    // article, by sentence index; firstDate/lastDate bound the article's known event dates (absent when none).
    // Nothing on a relationship grows with the number of articles reporting the event.
    public const string Article = "article";
    /// <summary>
    /// On Article nodes and event facts: <c>Article.ReportKey</c>, shared by articles with the same normalised text, so
    /// copies of one story under different ids count as one report.
    /// </summary>
    public const string Report = "report";
    public const string Evidence = "evidence";
    public const string EvidenceSentences = "evidenceSentences";
    public const string EvidenceDates = "evidenceDates";
    public const string Triggers = "triggers";
    /// <summary>The id of the extraction rule behind each sentence, aligned with <see cref="Triggers"/>.</summary>
    public const string Rules = "rules";
    public const string FirstDate = "firstDate";
    public const string LastDate = "lastDate";

    /// <summary>Placeholder in <see cref="EvidenceDates"/> where the text gives no date (Neo4j lists cannot hold null).</summary>
    public const string UnknownDate = "";

    /// <summary>Placeholder in <see cref="Rules"/> for a fact stored before rule ids existed, or from an extractor that names none.</summary>
    public const string UnknownRule = "";

    /// <summary>How every sink and export writes a date: ISO <c>yyyy-MM-dd</c>, so the stores compare equal.</summary>
    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
