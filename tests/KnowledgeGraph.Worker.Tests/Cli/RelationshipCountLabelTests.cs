using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// The ingest summary counts statements (sentences) and facts (one per article, type, start and end), status counts
/// facts: both are labelled, and they agree on facts however many articles report the same pair.
/// </summary>
public sealed class RelationshipCountLabelTests
{
    [Fact]
    public async Task IngestAndStatus_SameEventInTwoSentencesOfTwoArticles_SummaryAndStatusAgreeOnFacts()
    {
        using var folder = new TempFolder();
        const string Body = """
            date 2024-03-02
            Israel strikes Iran

            Israel attacked Iran on Saturday, officials said. Witnesses confirmed that Israel attacked Iran overnight.
            """;
        folder.Write("in/strike.txt", Body);
        folder.Write("in/strike-again.txt", Body.Replace("overnight", "before dawn", StringComparison.Ordinal));
        var store = folder.Combine("kg.db");

        var ingest = await TestSupport.Cli.RunAsync("ingest", folder.Combine("in"), "--store", store, "-c", "Progress:Mode=none");
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("Relationships written (statements: one per stating sentence; facts: one per article, type, start and end, as 'status' counts them):", ingest.Output, StringComparison.Ordinal);
        var attacked = Regex.Match(ingest.Output, @"ATTACKED\s+(?<statements>\d+) statements, (?<facts>\d+) facts");
        Assert.True(attacked.Success, ingest.ToString());
        Assert.True(int.Parse(attacked.Groups["statements"].Value, CultureInfo.InvariantCulture) >= 4, ingest.ToString());
        Assert.Equal("2", attacked.Groups["facts"].Value);

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Relationships by type (facts: one per article, type, start and end; the analyst queries draw one edge per pair):", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"ATTACKED\s+2\r?\n", status.Output);
    }
}
