using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation.Tests;

public sealed class GoldJsonlReaderTests
{
    private static async Task<List<GoldReadResult>> ReadAll(string path)
    {
        var results = new List<GoldReadResult>();
        await foreach (var result in GoldJsonlReader.ReadAsync(path, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public async Task ReadAsync_FullRecord_AllFieldsRead()
    {
        using var folder = new TempFolder();
        var path = Gold.WriteJsonl(folder, "sample.dev.jsonl", new
        {
            id = "sample:1",
            source = "sample/wire",
            title = "Ministers meet at the border",
            date = "2021-03-04",
            text = "The two ministers met at the border crossing on Thursday.",
            complete = true,
            complete_types = new[] { "ATTACKED", "MET" },
            entities_complete = true,
            entities = new object[]
            {
                new { label = "Person", name = "Amara Okafor", aliases = new[] { "Okafor" } },
                new { label = "Location", name = "Port Selwyn" },
            },
            relationships = new[]
            {
                new { type = "MET", start = "Amara Okafor", end = "Lena Brandt", start_label = "Person", end_label = "Person", evidence = "They met.", trigger = "met", origin = "Meet" },
            },
            partial_relationships = new[] { new { type = "ATTACKED", start = (string?)null, end = "Port Selwyn", evidence = "It was shelled." } },
        });

        var result = Assert.Single(await ReadAll(path));

        var article = Assert.IsType<GoldArticle>(result.Article);
        Assert.Equal("sample:1", article.Id);
        Assert.Equal(new DateOnly(2021, 3, 4), article.Date);
        Assert.Equal([RelationshipType.Attacked, RelationshipType.Met], article.CompleteTypes);
        Assert.True(article.EntitiesScored);
        Assert.True(article.IsCompleteFor(RelationshipType.Met));
        Assert.False(article.IsCompleteFor(RelationshipType.Killed));
        Assert.Equal(["Okafor"], article.Entities[0].Aliases);
        Assert.Empty(article.Entities[1].Aliases);
        Assert.Equal(RelationshipType.Met, Assert.Single(article.Relationships).Type);
        var partial = Assert.Single(article.PartialRelationships);
        Assert.Null(partial.Start);
        Assert.Equal("Port Selwyn", partial.End);
        Assert.Equal($"{path}:1", article.Origin);
    }

    [Fact]
    public async Task ReadAsync_MalformedLines_ErrorsNameFileAndLineAndRestIsRead()
    {
        using var folder = new TempFolder();
        var path = Gold.WriteJsonl(
            folder,
            "broken.dev.jsonl",
            new { id = "b:1", text = "First text." },
            "{\"id\": \"b:2\", \"text\": ",
            new { id = "b:3", title = "No text here" },
            new { id = "b:4", text = "Fourth text.", relationships = new[] { new { type = "INVADED", start = "A", end = "B" } } },
            new { id = "b:5", text = "Fifth text.", date = "last Tuesday" },
            new { id = "b:6", text = "Sixth text." });

        var results = await ReadAll(path);

        Assert.Equal(["b:1", "b:6"], results.Where(r => r.IsSuccess).Select(r => r.Article!.Id));
        var errors = results.Where(r => !r.IsSuccess).ToArray();
        Assert.Equal([2, 3, 4, 5], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.StartsWith($"{path}:{e.Line}: ", e.Error, StringComparison.Ordinal));
        Assert.Contains("invalid JSON", errors[0].Error, StringComparison.Ordinal);
        Assert.Contains("'text'", errors[1].Error, StringComparison.Ordinal);
        Assert.Contains("INVADED", errors[2].Error, StringComparison.Ordinal);
        Assert.Contains("last Tuesday", errors[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RamsStyleRecord_EntitiesNotScoredAndNotComplete()
    {
        using var folder = new TempFolder();
        var path = Gold.WriteJsonl(folder, "window.dev.jsonl", new { id = "w:1", text = "A window of text.", complete = false, entities_complete = false, entities_scored = false, date = (string?)null });

        var article = Assert.Single(await ReadAll(path)).Article!;

        Assert.False(article.EntitiesScored);
        Assert.Null(article.Date);
        Assert.False(article.IsCompleteFor(RelationshipType.Attacked));
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "kg-no-such-gold-set.jsonl");

        var exception = await Assert.ThrowsAsync<FileNotFoundException>(() => ReadAll(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }
}
