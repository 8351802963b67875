using System.Text;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Sources.JsonLines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class JsonLinesSourceTests
{
    private const string Lines = """
        {"id":"wire-1","text":"The defence ministry of Caldera said on Friday that two patrol boats had returned to port."}
        {"id":"wire-2" broken
        {"id":"wire-3","text":"Envoys from Tarsis and Olm met in Veyl to discuss the exchange of prisoners."}

        """;

    private static async Task<List<ProcessedDocument>> ReadAllAsync(JsonLinesSource source)
    {
        var documents = new List<ProcessedDocument>();
        await foreach (var document in source.ReadAsync(TestContext.Current.CancellationToken))
        {
            documents.Add(await SourceRunner.ProcessAsync(document));
        }

        return documents;
    }

    [Fact]
    public async Task ReadAsync_JsonLinesFile_YieldsOneDocumentWithEveryRecordAndEnds()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("bulk.jsonl");
        await File.WriteAllTextAsync(path, Lines, TestContext.Current.CancellationToken);
        await using var provider = SourceServices.Build(new Dictionary<string, string?> { ["Sources:JsonLines:Path"] = path });
        var source = provider.GetServices<IArticleSource>().OfType<JsonLinesSource>().Single();

        var document = Assert.Single(await ReadAllAsync(source));

        Assert.Equal("jsonl", source.Name);
        Assert.Equal(path, document.Document.Origin);
        Assert.Equal(["wire-1", "wire-3"], document.Articles.Select(article => article.Id));
        Assert.StartsWith(path, Assert.Single(document.Failures).Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Dash_ReadsStandardInput()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Lines));
        var source = new JsonLinesSource(JsonLinesSource.StandardInputPath, TestArticleReader.Create(), () => stdin, NullLogger<JsonLinesSource>.Instance);

        var document = Assert.Single(await ReadAllAsync(source));

        Assert.Equal("stdin", source.Name);
        Assert.Equal("stdin", document.Document.Origin);
        Assert.Equal(2, document.Articles.Count);
        Assert.False(stdin.CanRead, "Standard input should be released once read.");
    }

    [Fact]
    public async Task ReadAsync_MissingFile_YieldsAFailureNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("absent.jsonl");
        var source = new JsonLinesSource(path, TestArticleReader.Create(), NullLogger<JsonLinesSource>.Instance);

        var document = Assert.Single(await ReadAllAsync(source));

        var failure = Assert.Single(document.Failures);
        Assert.Equal(path, failure.Origin);
        Assert.Contains("cannot open", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(path, failure.Reason, StringComparison.Ordinal);
    }
}
