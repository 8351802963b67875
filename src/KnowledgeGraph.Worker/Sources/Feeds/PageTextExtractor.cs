namespace KnowledgeGraph.Worker.Sources.Feeds;

internal sealed record PageText(string? Title, string Text, DateOnly? Published);

/// <summary>Turns a fetched page into readable text. A seam so the HTML parser of Core can be swapped in one place.</summary>
internal interface IPageTextExtractor
{
    PageText Extract(string html);
}

/// <summary>
/// INTERIM until Core's HtmlArticleParser is merged into main: drops scripts, styles and tags. Replaced by a call to
/// HtmlArticleParser.Parse — this is not meant to be a parser.
/// </summary>
internal sealed partial class InterimPageTextExtractor : IPageTextExtractor
{
    public PageText Extract(string html)
    {
        var withoutCode = CodeBlocks().Replace(html, " ");
        var title = Title().Match(withoutCode) is { Success: true } match ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
        var withoutHead = Head().Replace(withoutCode, " ");
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(withoutHead, " "));
        return new PageText(string.IsNullOrWhiteSpace(title) ? null : title, Spaces().Replace(text, " ").Trim(), null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(script|style|noscript)\b.*?</\1\s*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex CodeBlocks();

    [System.Text.RegularExpressions.GeneratedRegex(@"<title[^>]*>(.*?)</title>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Title();

    [System.Text.RegularExpressions.GeneratedRegex(@"<head\b.*?</head\s*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Head();

    [System.Text.RegularExpressions.GeneratedRegex(@"<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
