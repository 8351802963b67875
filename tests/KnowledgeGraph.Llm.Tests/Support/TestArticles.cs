using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>Articles written for these tests (fictional people and events), and their rule graphs.</summary>
internal static class TestArticles
{
    public const string Talks = "The next day she held talks with Austrian Chancellor Peter Lindqvist at the chancellery.";
    public const string Denied = "Belgrade denied that its forces had fired across the border.";
    public const string Claimed = "Zagreb claimed that Serbian drones had struck a police post near the river.";
    public const string Hypothetical = "Austria could impose sanctions on Serbia if the shelling continues.";
    public const string Raid = "The Northern Brigade, a militia loyal to Belgrade, attacked the police post again on Wednesday.";
    public const string Condemned = "Kovac condemned the raid in a statement.";

    /// <summary>Published on a Wednesday, 5 March 2025.</summary>
    public static Article Border { get; } = new()
    {
        Id = "border-talks",
        Title = "Border talks resume as Vienna hosts Croatian minister",
        Published = new DateOnly(2025, 3, 5),
        Origin = "border-talks.txt",
        Text = string.Join(
            "\n",
            "Border talks resume as Vienna hosts Croatian minister",
            "Croatian Defence Minister Anna Kovac travelled to Vienna on 3 March 2025 for a two-day visit.",
            Talks,
            "Serbian artillery shelled a border village on Tuesday, according to local officials.",
            Denied,
            Claimed,
            Hypothetical,
            Raid,
            Condemned),
    };

    public static ArticleGraph RuleGraph(Article article) => new RuleBasedExtractor().Extract(article);
}
