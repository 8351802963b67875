using System.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class HtmlFileReadingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_HtmlFile_ArticleWithMetadataAndFileNameId()
    {
        var path = folder.Write("envoy-visit.htm", """
            <html><head><title>Envoy visit</title><meta name="date" content="2016-10-11">
            <link rel="canonical" href="https://example.org/envoy"></head>
            <body><nav>Home</nav><article><h1>Envoy meets rebels in Aleppo</h1><p>The UN envoy met rebel leaders.</p></article>
            <footer>Footer</footer></body></html>
            """);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("envoy-visit", article.Id);
        Assert.Equal("Envoy meets rebels in Aleppo", article.Title);
        Assert.Equal("Envoy meets rebels in Aleppo\nThe UN envoy met rebel leaders.", article.Text);
        Assert.Equal(new DateOnly(2016, 10, 11), article.Published);
        Assert.Equal("https://example.org/envoy", article.Url);
        Assert.Equal(path, article.Origin);
    }

    [Fact]
    public async Task ReadAsync_HtmlDeclaringWindows1252_DecodedWithDeclaredCharset()
    {
        var body = "<html><head><meta charset=\"windows-1252\"></head><body><p>The minister met Fran\u00e7ois Hollande \u2013 \u201cbriefly\u201d.</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(body);
        var path = folder.WriteBytes("legacy.html", bytes);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("The minister met Fran\u00e7ois Hollande \u2013 \u201cbriefly\u201d.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_HtmlNotUtf8WithoutDeclaration_FailureGivesByteOffset()
    {
        byte[] bytes = [.. "<p>caf"u8, 0xE9, .. "</p>"u8];
        var path = folder.WriteBytes("undeclared.html", bytes);

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Equal("not valid UTF-8 at byte 6 (save the file as UTF-8)", failure.Reason);
    }

    [Fact]
    public void Parse_Fragment_ParagraphsAsLines()
    {
        var content = HtmlArticleParser.Parse("<p>Troops withdrew from the valley.</p><p>Residents returned.</p>");

        Assert.Equal("Troops withdrew from the valley.\nResidents returned.", content.Text);
        Assert.Null(content.Title);
        Assert.Null(content.Published);
    }
}
