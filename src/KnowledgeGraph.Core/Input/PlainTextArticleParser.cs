using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Input;

/// <summary>What a .txt/.md file holds once its date prefix and title are found.</summary>
internal sealed record PlainTextArticle(string? Title, string Text, DateOnly? Published);

/// <summary>
/// Reads plain text and Markdown articles: an optional leading "date YYYY-MM-DD" (case-insensitive, optional colon,
/// possibly followed by the headline on the same line), then the text whose first non-empty line is the title.
/// </summary>
internal static partial class PlainTextArticleParser
{
    /// <summary>Parses normalised text; returns false with a reason when nothing readable is left.</summary>
    public static bool TryParse(string normalizedText, out PlainTextArticle article, out string error)
    {
        article = new PlainTextArticle(null, "", null);
        error = "";
        var text = normalizedText;
        DateOnly? published = null;

        var prefix = DatePrefix().Match(text);
        if (prefix.Success)
        {
            if (!DateParsing.TryParse(prefix.Groups["date"].Value, out var date))
            {
                error = $"the date prefix '{prefix.Groups["date"].Value}' is not a valid date (expected 'date YYYY-MM-DD')";
                return false;
            }

            published = date;
            text = text[prefix.Length..];
        }

        text = StripHeadingMarkers(text).Trim();
        if (text.Length == 0)
        {
            error = prefix.Success ? "has a date prefix but no text" : "is empty or whitespace only";
            return false;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).Trim();
        var title = TextNormalizer.NormalizeOptional(firstLine);
        article = new PlainTextArticle(title is null ? null : TextNormalizer.LimitTitle(title), text, published);
        return true;
    }

    /// <summary>Markdown ATX heading markers ("## Heading", "# Title #") are layout, not words of the article.</summary>
    private static string StripHeadingMarkers(string text) =>
        text.Contains('#', StringComparison.Ordinal) ? HeadingMarker().Replace(text, "${heading}") : text;

    // "date 2020-01-09", "Date: 2020-01-09T08:00:00Z Headline ...": the date must be the first word of the file.
    [GeneratedRegex(@"\A\s*date(?:[ \t]*:[ \t]*|[ \t]+)(?<date>\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?)(?![\w-])[ \t]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+(?<heading>.*?)(?:[ \t]+#+)?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingMarker();
}
