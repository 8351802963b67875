using System.Text.Json;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>The challenge set's TSV items become gold records the runner reads, and malformed items name their line.</summary>
public sealed class ChallengeSetTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ToGoldRecord_ItemWithHeadlineAndTwoEdges_RecordWithTitleEntitiesAndRelationships()
    {
        var record = ChallengeSet.ToGoldRecord("x001\tChad|ATTACKED|Niger;Niger|ATTACKED|Chad\tBorder Clashes || Chad and Niger clashed.", "t.tsv:1");

        using var json = JsonDocument.Parse(record);
        var root = json.RootElement;
        Assert.Equal("challenge:x001", root.GetProperty("id").GetString());
        Assert.Equal("Border Clashes", root.GetProperty("title").GetString());
        Assert.Equal("Chad and Niger clashed.", root.GetProperty("text").GetString());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.False(root.GetProperty("entities_scored").GetBoolean());
        Assert.Equal(2, root.GetProperty("relationships").GetArrayLength());
        Assert.Equal(["Chad", "Niger"], root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public void ToGoldRecord_NoEdgeExpected_EmptyRelationships()
    {
        using var json = JsonDocument.Parse(ChallengeSet.ToGoldRecord("x002\t-\tChad did not attack Niger.", "t.tsv:2"));

        Assert.Equal(0, json.RootElement.GetProperty("relationships").GetArrayLength());
    }

    [Theory]
    [InlineData("x003\tChad|ATTACKED|Niger", "three tab-separated columns")]
    [InlineData("x004\tChad|INVADED|Niger\tChad invaded Niger.", "'Chad|INVADED|Niger' is not 'Start|TYPE|End'")]
    [InlineData("x005\tChad|ATTACKED\tChad attacked.", "is not 'Start|TYPE|End'")]
    public void ToGoldRecord_MalformedItem_FailsNamingTheLineAndTheReason(string line, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ChallengeSet.ToGoldRecord(line, "t.tsv:7"));

        Assert.StartsWith("t.tsv:7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteGoldFiles_RepositoryChallengeSet_EveryItemReadsAsGold()
    {
        var paths = ChallengeSet.WriteGoldFiles(ChallengeSet.SourceDirectory, folder.Path);

        Assert.Equal(["challenge-a.jsonl", "challenge-b.jsonl"], paths.Select(Path.GetFileName));
        foreach (var path in paths)
        {
            var results = new List<GoldReadResult>();
            await foreach (var result in GoldJsonlReader.ReadAsync(path, TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }

            Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
            Assert.True(results.Count >= 150, $"{path}: {results.Count} items");
            Assert.All(results, r => Assert.True(r.Article!.IsCompleteFor(KnowledgeGraph.Domain.Model.RelationshipType.Met)));
        }
    }
}
