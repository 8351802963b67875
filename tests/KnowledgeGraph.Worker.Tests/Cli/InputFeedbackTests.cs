using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>Empty, unsupported and missing inputs are reported, never a silent "0 articles" with exit 0.</summary>
public sealed class InputFeedbackTests
{
    [Fact]
    public async Task Ingest_EmptyFolder_FailsNamingTheFolderAndExitsOne()
    {
        using var folder = new TempFolder();
        var empty = folder.Combine("empty");
        Directory.CreateDirectory(empty);

        var result = await TestSupport.Cli.RunAsync("ingest", empty, "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("inputs:               1 folder: 0 article files", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{empty}: contains no article files (an empty folder", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderOfUnsupportedFiles_SaysWhatWasSkippedAndWhyAndExitsOne()
    {
        using var folder = new TempFolder();
        folder.Write("docs/report.pdf", "%PDF-1.7");
        folder.Write("docs/table.csv", "a,b");

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Combine("docs"), "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("2 skipped with an unsupported type (.csv ×1, .pdf ×1)", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"articles read:\s+0\n", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ingest_FolderWithSomeUnsupportedFiles_IngestsTheArticlesAndSaysWhatWasSkipped()
    {
        using var folder = new TempFolder();
        ArticleFiles.WriteJsonFiles(folder.Combine("mixed"), ArticleFiles.Generate(3));
        folder.Write("mixed/notes.docx", "not an article");

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Combine("mixed"), "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("inputs:               1 folder: 3 article files; 1 skipped with an unsupported type (.docx ×1)", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"written:\s+3", result.Output);
    }

    [Fact]
    public async Task Ingest_MissingFile_IsAFailureNotAnArticleRead()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("missing.txt");

        var result = await TestSupport.Cli.RunAsync("ingest", missing, "--store", folder.Combine("kg.db"), "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"articles read:\s+0\n", result.Output.ReplaceLineEndings("\n"));
        Assert.Contains("failed:               1 (1 input(s) could not be read", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 missing", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{missing}: does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_EmptyFolder_SaysSoOnStandardErrorAndExitsOne()
    {
        using var folder = new TempFolder();
        var empty = folder.Combine("empty");
        Directory.CreateDirectory(empty);

        var result = await TestSupport.Cli.RunAsync("extract", empty);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains($"error: {empty}: contains no article files", result.Error, StringComparison.Ordinal);
        Assert.Contains("extract: 0 article(s) extracted, 1 failed; inputs: 1 folder: 0 article files", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderWithAnUnsupportedFile_ExtractsTheOthersAndNamesWhatWasSkipped()
    {
        using var folder = new TempFolder();
        ArticleFiles.WriteJsonFiles(folder.Combine("mixed"), ArticleFiles.Generate(2));
        folder.Write("mixed/scan.pdf", "%PDF-1.7");

        var result = await TestSupport.Cli.RunAsync("extract", folder.Combine("mixed"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("extract: 2 article(s) extracted, 0 failed; inputs: 1 folder: 2 article files; 1 skipped with an unsupported type (.pdf ×1)", result.Error, StringComparison.Ordinal);
    }
}
