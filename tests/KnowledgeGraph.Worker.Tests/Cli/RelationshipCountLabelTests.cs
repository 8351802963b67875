using System.Text.RegularExpressions;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>The ingest summary counts statements (sentences), status counts edges: both are labelled, and agree on edges.</summary>
public sealed class RelationshipCountLabelTests
{
    [Fact]
    public async Task IngestAndStatus_SameEventInTwoSentences_SummaryShowsTwoStatementsOneEdgeAndStatusOneEdge()
    {
        using var folder = new TempFolder();
        var article = folder.Write("strike.txt", """
            date 2024-03-02
            Israel strikes Iran

            Israel attacked Iran on Saturday, officials said. Witnesses confirmed that Israel attacked Iran overnight.
            """);
        var store = folder.Combine("kg.db");

        var ingest = await TestSupport.Cli.RunAsync("ingest", article, "--store", store, "-c", "Progress:Mode=none");
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("Relationships written (statements: one per stating sentence; edges: distinct, as 'status' counts them):", ingest.Output, StringComparison.Ordinal);
        var attacked = Regex.Match(ingest.Output, @"ATTACKED\s+(?<statements>\d+) statements, (?<edges>\d+) edges");
        Assert.True(attacked.Success, ingest.ToString());
        Assert.True(int.Parse(attacked.Groups["statements"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2, ingest.ToString());
        Assert.Equal("1", attacked.Groups["edges"].Value);

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Relationships by type (edges; one edge gathers every sentence stating it):", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"ATTACKED\s+1\r?\n", status.Output);
    }
}
