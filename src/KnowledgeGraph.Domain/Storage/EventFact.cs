namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// The properties of one event fact (one article's statement of one relationship), built the same way by every sink
/// and export: aligned lists by sentence index, and the first and last known event dates. Add sentences in index order.
/// </summary>
public sealed class EventFact
{
    private readonly List<string> evidence = [];
    private readonly List<long> sentences = [];
    private readonly List<string> dates = [];
    private readonly List<string> triggers = [];
    private readonly List<string> rules = [];
    private string? first;
    private string? last;

    public int Count => sentences.Count;

    /// <param name="sentence">The sentence index in the article.</param>
    /// <param name="text">The evidence sentence.</param>
    /// <param name="trigger">The wording that expressed the event.</param>
    /// <param name="date">The event date as <c>yyyy-MM-dd</c>, or null when the text gives none.</param>
    /// <param name="rule">The id of the extraction rule that found it, or null when unknown (stored before rule ids).</param>
    public void Add(long sentence, string text, string trigger, string? date, string? rule)
    {
        sentences.Add(sentence);
        evidence.Add(text);
        triggers.Add(trigger);
        rules.Add(rule ?? GraphProperties.UnknownRule);
        dates.Add(date ?? GraphProperties.UnknownDate);
        if (!string.IsNullOrEmpty(date))
        {
            first = first is null || string.CompareOrdinal(date, first) < 0 ? date : first;
            last = last is null || string.CompareOrdinal(date, last) > 0 ? date : last;
        }
    }

    /// <param name="articleKey">The Article node id of the article that stated the event.</param>
    /// <param name="report">The article's <c>ReportKey</c>.</param>
    public SortedDictionary<string, object> ToProperties(string articleKey, string report)
    {
        var properties = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            [GraphProperties.Article] = articleKey,
            [GraphProperties.Report] = report,
            [GraphProperties.Evidence] = evidence.ToArray(),
            [GraphProperties.EvidenceSentences] = sentences.ToArray(),
            [GraphProperties.EvidenceDates] = dates.ToArray(),
            [GraphProperties.Triggers] = triggers.ToArray(),
            [GraphProperties.Rules] = rules.ToArray(),
        };
        if (first is not null)
        {
            properties[GraphProperties.FirstDate] = first;
            properties[GraphProperties.LastDate] = last!;
        }

        return properties;
    }
}
