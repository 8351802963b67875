using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Turns one JSON record <c>{"id", "title", "text", "date"|"published", "url", "source"}</c> into an article.
/// Property names match case-insensitively; other properties are ignored.
/// </summary>
internal static class JsonArticleRecord
{
    /// <param name="record">The parsed record.</param>
    /// <param name="fallbackId">The id to use when the record has none.</param>
    /// <param name="origin">Where the record came from ("file.jsonl:12").</param>
    public static ArticleReadResult ToResult(JsonElement record, string fallbackId, string origin)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new ArticleReadResult.Failure(origin, $"the record is {Describe(record.ValueKind)}, expected a JSON object with a \"text\" string");
        }

        JsonElement? id = null, title = null, text = null, date = null, published = null, url = null, source = null;
        foreach (var property in record.EnumerateObject())
        {
            switch (property.Name.ToUpperInvariant())
            {
                case "ID": id = property.Value; break;
                case "TITLE": title = property.Value; break;
                case "TEXT": text = property.Value; break;
                case "DATE": date = property.Value; break;
                case "PUBLISHED": published = property.Value; break;
                case "URL": url = property.Value; break;
                case "SOURCE": source = property.Value; break;
                default: break;
            }
        }

        if (text is not { } textValue || textValue.ValueKind == JsonValueKind.Null)
        {
            return new ArticleReadResult.Failure(origin, "the record has no \"text\"");
        }

        if (textValue.ValueKind != JsonValueKind.String)
        {
            return new ArticleReadResult.Failure(origin, $"\"text\" is {Describe(textValue.ValueKind)}, expected a string");
        }

        var articleText = TextNormalizer.Normalize(textValue.GetString() ?? "");
        if (articleText.Length == 0)
        {
            return new ArticleReadResult.Failure(origin, "\"text\" is empty or whitespace only");
        }

        if (!TryReadOptionalString(id, "id", out var articleId, out var error, allowNumber: true)
            || !TryReadOptionalString(title, "title", out var articleTitle, out error)
            || !TryReadOptionalString(url, "url", out var articleUrl, out error)
            || !TryReadOptionalString(source, "source", out var articleSource, out error)
            || !TryReadDate(date, "date", out var articleDate, out error)
            || (articleDate is null && !TryReadDate(published, "published", out articleDate, out error)))
        {
            return new ArticleReadResult.Failure(origin, error);
        }

        return new ArticleReadResult.Success(new Article
        {
            Id = articleId ?? fallbackId,
            Text = articleText,
            Title = articleTitle is null ? null : TextNormalizer.LimitTitle(articleTitle),
            Published = articleDate,
            Url = articleUrl,
            Source = articleSource,
            Origin = origin,
        });
    }

    /// <param name="allowNumber">Ids may be numbers in the wild; they are kept as written.</param>
    private static bool TryReadOptionalString(JsonElement? value, string name, out string? result, out string error, bool allowNumber = false)
    {
        result = null;
        error = "";
        switch (value?.ValueKind)
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                result = TextNormalizer.NormalizeOptional(value.Value.GetString());
                return true;
            case JsonValueKind.Number when allowNumber:
                result = value.Value.GetRawText();
                return true;
            default:
                error = $"\"{name}\" is {Describe(value.Value.ValueKind)}, expected {(allowNumber ? "a string or a number" : "a string or null")}";
                return false;
        }
    }

    private static bool TryReadDate(JsonElement? value, string name, out DateOnly? result, out string error)
    {
        result = null;
        error = "";
        switch (value?.ValueKind)
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                var raw = value.Value.GetString();
                if (string.IsNullOrWhiteSpace(raw))
                {
                    return true;
                }

                if (DateParsing.TryParse(raw, out var date))
                {
                    result = date;
                    return true;
                }

                error = string.Create(CultureInfo.InvariantCulture,
                    $"\"{name}\" value '{Shorten(raw)}' is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)");
                return false;
            default:
                error = $"\"{name}\" is {Describe(value.Value.ValueKind)}, expected a date string such as \"2024-03-01\"";
                return false;
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "not a JSON value",
    };
}
