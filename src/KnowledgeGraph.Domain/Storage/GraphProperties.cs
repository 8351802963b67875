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

    // MENTIONS
    public const string Count = "count";

    // Event relationships: `articles` is the distinct, sorted Article node ids; the evidence* lists are aligned,
    // one entry per (article, sentence) that stated the event, sorted by article id then sentence index.
    public const string Articles = "articles";
    public const string Evidence = "evidence";
    public const string EvidenceArticles = "evidenceArticles";
    public const string EvidenceSentences = "evidenceSentences";
    public const string EvidenceDates = "evidenceDates";
    public const string Triggers = "triggers";
    /// <summary>Distinct, sorted ISO event dates known for the edge.</summary>
    public const string Dates = "dates";
    public const string FirstDate = "firstDate";
    public const string LastDate = "lastDate";

    /// <summary>Placeholder in <see cref="EvidenceDates"/> where the text gives no date (Neo4j lists cannot hold null).</summary>
    public const string UnknownDate = "";

    /// <summary>How every sink and export writes a date: ISO <c>yyyy-MM-dd</c>, so the stores compare equal.</summary>
    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
