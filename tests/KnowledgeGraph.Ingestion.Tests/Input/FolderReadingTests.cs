using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class FolderReadingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_Folder_RecursiveOrdinalOrderSupportedFilesOnly()
    {
        folder.Write("b.txt", "Bravo text.");
        folder.Write("a.md", "Alpha text.");
        folder.Write("B.html", "<p>Capital bravo page.</p>");
        folder.Write("sub/c.jsonl", "{\"text\":\"Charlie one.\"}\n{\"text\":\"Charlie two.\"}\n");
        folder.Write("sub/deeper/d.json", "{\"text\":\"Delta.\"}");
        folder.Write("notes.docx", "ignored");
        folder.Write("sub/image.png", "ignored");
        folder.Write("README", "ignored");
        folder.Write(".hidden.txt", "Hidden file.");
        folder.Write(".git/config.txt", "Hidden folder.");
        folder.Write("sub/.cache/e.txt", "Hidden nested folder.");
        folder.Write("upper.TXT", "Upper-case extension.");

        var results = await reader.ReadAllAsync(folder.Path);

        var articles = results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();
        var expectedFiles = new[] { "B.html", "a.md", "b.txt", Path.Combine("sub", "c.jsonl"), Path.Combine("sub", "c.jsonl"), Path.Combine("sub", "deeper", "d.json"), "upper.TXT" }
            .Select(p => Path.Combine(folder.Path, p))
            .ToList();
        Assert.Equal(expectedFiles, articles.Select(a => a.Origin.Split(':')[0]));
        Assert.Equal(["B", "a", "b", "c#1", "c#2", "d", "upper"], articles.Select(a => a.Id));
    }

    [Fact]
    public async Task ReadAsync_SameFolderTwice_SameResultsInSameOrder()
    {
        for (var i = 20; i > 0; i--)
        {
            folder.Write($"{(char)('a' + (i % 5))}/item-{i}.txt", $"Article number {i}.");
        }

        var first = await reader.ReadAllAsync(folder.Path);
        var second = await reader.ReadAllAsync(folder.Path);

        Assert.Equal(20, first.Count);
        Assert.Equal(first.Select(r => r.Origin), second.Select(r => r.Origin));
        var origins = first.Select(r => r.Origin).ToList();
        Assert.Equal(origins.Order(StringComparer.Ordinal), origins);
    }

    [Fact]
    public async Task ReadAsync_SeveralPaths_ReadInGivenOrder()
    {
        var z = folder.Write("z.txt", "Zulu.");
        var a = folder.Write("a.txt", "Alpha.");

        var results = await reader.ReadAllAsync(z, a);

        Assert.Equal([z, a], results.Select(r => r.Origin));
    }

    [Fact]
    public async Task ReadAsync_RelativePath_OriginIsFullPath()
    {
        var path = folder.Write("rel.txt", "Relative path article.");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);

        var article = (await reader.ReadAllAsync(relative)).SingleSuccess().Article;

        Assert.Equal(path, article.Origin);
    }

    [Fact]
    public async Task ReadAsync_ExplicitHiddenFile_Read()
    {
        var path = folder.Write(".draft.txt", "A draft named explicitly.");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(".draft", article.Id);
    }

    [Fact]
    public async Task ReadAsync_EmptyFolder_OneFailureSayingTheFolderIsEmpty()
    {
        var failure = (await reader.ReadAllAsync(folder.Path)).SingleFailure();

        Assert.Equal(folder.Path, failure.Origin);
        Assert.Contains("contains no article files (an empty folder", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FolderOfUnsupportedFiles_OneFailureNamingWhatWasSkipped()
    {
        folder.Write("report.pdf", "%PDF-1.7");
        folder.Write("sub/table.csv", "a,b");
        folder.Write("sub/other.csv", "c,d");
        folder.Write(".hidden.txt", "Hidden file.");

        var failure = (await reader.ReadAllAsync(folder.Path)).SingleFailure();

        Assert.Equal(folder.Path, failure.Origin);
        Assert.Contains("3 file(s) skipped with an unsupported type (.csv ×2, .pdf ×1; supported: .txt", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void InputInventory_FolderFileAndMissingPath_CountsArticleFilesSkippedAndMissing()
    {
        folder.Write("a.txt", "Alpha.");
        folder.Write("b.pdf", "x");
        folder.Write("c.pdf", "x");
        var single = folder.Write("single.md", "Single.");

        var inventory = InputInventory.Of([folder.Path, single, folder.Combine("missing.txt"), "-"]);

        Assert.Equal("1 folder, 1 file, standard input: 3 article files; 2 skipped with an unsupported type (.pdf ×2); 1 missing", inventory.Describe());
    }

    [Fact]
    public void InputInventory_StandardInputOnly_SaysSoWithoutAFileCount() =>
        Assert.Equal("standard input", InputInventory.Of(["-"]).Describe());

    [Fact]
    public async Task ReadAsync_SameContentInTwoFiles_SameContentHashDifferentOrigin()
    {
        var one = folder.Write("x/story.txt", "Identical story text.");
        var two = folder.Write("y/story.txt", "Identical story text.");

        var results = await reader.ReadAllAsync(one, two);

        var articles = results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();
        Assert.Equal(articles[0].ContentHash, articles[1].ContentHash);
        Assert.NotEqual(articles[0].Origin, articles[1].Origin);
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.MD", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.jsonl", true)]
    [InlineData(".a.txt", false)]
    [InlineData("a.txt.tmp", false)]
    [InlineData("a", false)]
    public void IsSupportedFile_Name_Expected(string name, bool expected) =>
        Assert.Equal(expected, ArticleReader.IsSupportedFile(name));
}
