using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>What a .txt/.md file holds once its date prefix and title are found.</summary>
internal sealed record PlainTextArticle(string? Title, string Text, DateOnly? Published);

/// <summary>
/// Reads plain text and Markdown articles: an optional leading "date YYYY-MM-DD" (case-insensitive, optional colon,
/// possibly followed by the headline on the same line), then the text whose first non-empty line is the title.
/// Markdown files may instead start with a YAML front matter block giving <c>title</c> and <c>date</c>; their
/// heading markers, link and image syntax, bold markers and blockquote markers are removed so only the words remain.
/// </summary>
internal static partial class PlainTextArticleParser
{
    /// <summary>Parses normalised text; returns false with a reason when nothing readable is left.</summary>
    public static bool TryParse(string normalizedText, bool isMarkdown, out PlainTextArticle article, out string error)
    {
        article = new PlainTextArticle(null, "", null);
        error = "";
        var text = normalizedText;
        DateOnly? published = null;
        string? frontMatterTitle = null;

        if (isMarkdown && FrontMatter().Match(text) is { Success: true } frontMatter && LooksLikeYaml(frontMatter.Groups["body"].Value))
        {
            text = text[frontMatter.Length..];
            if (!TryReadFrontMatter(frontMatter.Groups["body"].Value, out frontMatterTitle, out published, out error))
            {
                return false;
            }
        }

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

        text = StripHeadingMarkers(text);
        if (isMarkdown)
        {
            text = StripMarkdownSyntax(text);
        }

        text = text.Trim();
        if (frontMatterTitle is not null && !text.StartsWith(frontMatterTitle, StringComparison.Ordinal))
        {
            // The headline carries facts; one given only in the front matter still belongs to the text.
            text = (frontMatterTitle + "\n\n" + text).Trim();
        }

        if (text.Length == 0)
        {
            error = prefix.Success ? "has a date prefix but no text" : "is empty or whitespace only";
            return false;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).Trim();
        var title = frontMatterTitle ?? TextNormalizer.NormalizeOptional(firstLine);
        article = new PlainTextArticle(title is null ? null : TextNormalizer.LimitTitle(title), text, published);
        return true;
    }

    private static bool TryReadFrontMatter(string body, out string? title, out DateOnly? published, out string error)
    {
        title = null;
        published = null;
        error = "";
        foreach (var line in body.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = Unquote(line[(colon + 1)..].Trim());
            if (key.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                title = TextNormalizer.NormalizeOptional(value);
            }
            else if ((key.Equals("date", StringComparison.OrdinalIgnoreCase) || key.Equals("published", StringComparison.OrdinalIgnoreCase))
                && value.Length > 0 && published is null)
            {
                if (!DateParsing.TryParse(value, out var date))
                {
                    error = $"the front matter {key} '{value}' is not a valid date (expected YYYY-MM-DD)";
                    return false;
                }

                published = date;
            }
        }

        return true;
    }

    /// <summary>Tells front matter from prose that merely sits between two horizontal rules.</summary>
    private static bool LooksLikeYaml(string body) =>
        body.Split('\n').All(line => line.Trim().Length == 0 || line[0] is ' ' or '\t' or '-' or '#' || YamlKey().IsMatch(line));

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')) ? value[1..^1].Trim() : value;

    /// <summary>Markdown ATX heading markers ("## Heading", "# Title #") are layout, not words of the article.</summary>
    private static string StripHeadingMarkers(string text) =>
        text.Contains('#', StringComparison.Ordinal) ? HeadingMarker().Replace(text, "${heading}") : text;

    /// <summary>
    /// Keeps the words of Markdown markup that would otherwise reach the extractor as punctuation or URLs. Only
    /// unambiguous constructs are touched, so prose that merely contains brackets or asterisks stays as written.
    /// </summary>
    private static string StripMarkdownSyntax(string text)
    {
        if (text.Contains("](", StringComparison.Ordinal) || text.Contains("][", StringComparison.Ordinal) || text.Contains("]:", StringComparison.Ordinal))
        {
            text = MarkdownImage().Replace(text, "");
            text = MarkdownLink().Replace(text, "${text}");
            text = MarkdownReferenceLink().Replace(text, "${text}");
            text = MarkdownLinkDefinition().Replace(text, "");
        }

        if (text.Contains("**", StringComparison.Ordinal))
        {
            text = MarkdownBold().Replace(text, "${text}");
        }

        if (text.Contains('>', StringComparison.Ordinal))
        {
            text = MarkdownBlockquote().Replace(text, "");
        }

        return text;
    }

    // "date 2020-01-09", "Date: 2020-01-09T08:00:00Z Headline ...": the date must be the first word of the file.
    [GeneratedRegex(@"\A\s*date(?:[ \t]*:[ \t]*|[ \t]+)(?<date>\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?)(?![\w-])[ \t]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"\A---[ \t]*\n(?<body>(?:.*\n){0,100}?)(?:---|\.\.\.)[ \t]*(?:\n|\z)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\A[A-Za-z0-9_.-]+[ \t]*:(?:[ \t]|\z)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+(?<heading>.*?)(?:[ \t]+#+)?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\[[^\]\n]*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownReferenceLink();

    [GeneratedRegex(@"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*(?:\n|\z)", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLinkDefinition();

    [GeneratedRegex(@"\*\*(?=\S)(?<text>[^*\n]+?)(?<=\S)\*\*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownBold();

    [GeneratedRegex(@"^[ \t]{0,3}(?:>[ \t]?)+", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownBlockquote();
}
