using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

internal sealed record PageText(string? Title, string Text, DateOnly? Published);

/// <summary>Turns a fetched page into readable text. A seam so the HTML parser of Core can be swapped in one place.</summary>
internal interface IPageTextExtractor
{
    PageText Extract(string html);
}

/// <summary>Core's HTML parser: the page's article text without navigation, scripts or page furniture.</summary>
internal sealed class HtmlArticleParserPageTextExtractor : IPageTextExtractor
{
    public PageText Extract(string html)
    {
        var content = HtmlArticleParser.Parse(html);
        return new PageText(content.Title, content.Text, content.Published);
    }
}
