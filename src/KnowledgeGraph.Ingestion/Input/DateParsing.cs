using System.Globalization;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>Reads publication dates: "YYYY-MM-DD", ISO 8601 date-times, and the RFC 1123 style some pages use.</summary>
internal static class DateParsing
{
    /// <summary>
    /// The calendar date as written. For a date-time with an offset that is the publisher's local date, which is the
    /// date a reader of the article would see, so it is not converted to UTC.
    /// </summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length >= 10 && IsIsoDatePrefix(trimmed)
            && (trimmed.Length == 10 || trimmed[10] is 'T' or 't' or ' ')
            && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // "03/05/2024" is March in one country and May in another: refuse to guess rather than misdate an article.
        if (IsAmbiguousNumericDate(trimmed))
        {
            return false;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        return false;
    }

    private static bool IsAmbiguousNumericDate(ReadOnlySpan<char> s)
    {
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits < s.Length && s[digits] is '/' or '.' or '-';
    }

    private static bool IsIsoDatePrefix(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3])
        && s[4] == '-' && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6])
        && s[7] == '-' && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9]);
}
