using System.Text;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>Normalises article text the same way for every format, so the content hash does not depend on the format.</summary>
internal static class TextNormalizer
{
    /// <summary>
    /// Line ends (\r\n, \r, NEL, U+2028/2029, vertical tab, form feed) become \n; control characters (other than \n and \t), stray byte-order marks and unpaired surrogates
    /// are removed; the result is trimmed.
    /// </summary>
    public static string Normalize(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u0085' or '\u2028' or '\u2029' or '\v' or '\f')
            {
                // Unicode and legacy line/page breaks separate words just as \n does.
                builder.Append('\n');
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (!IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Normalises an optional single-line value (title, url, source); blank becomes null.</summary>
    public static string? NormalizeOptional(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = Normalize(value).Replace('\n', ' ').Replace('\t', ' ');
        return normalized.Length == 0 ? null : normalized;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c is '\r' or '\u2028' or '\u2029' || char.IsSurrogate(c) || IsRemoved(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c != '\n' && c != '\t') || c == '\uFEFF' || char.IsLowSurrogate(c);

    /// <summary>Shortens a title that is really a whole paragraph (a long first line) at a word boundary.</summary>
    public static string LimitTitle(string title, int maxLength = 300)
    {
        if (title.Length <= maxLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2)
        {
            cut = maxLength - 1;
        }

        if (char.IsLowSurrogate(title[cut]))
        {
            cut--;
        }

        return string.Concat(title.AsSpan(0, cut).TrimEnd(), "…");
    }
}
