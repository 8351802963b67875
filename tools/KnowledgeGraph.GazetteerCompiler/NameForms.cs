using System.Globalization;
using System.Text;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>Spelling operations on names: ASCII folding, a loose matching key, and natural case for petrarch2's
/// upper-case underscore names.</summary>
internal static class NameForms
{
    /// <summary>Words kept lower-case inside a name ("Port of Spain", "Salah ad Din", "Bashar al-Assad").</summary>
    private static readonly HashSet<string> LowerParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "on", "in", "at", "to", "by", "from", "with", "against", "de", "del", "della", "da",
        "di", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "ad", "ash", "as", "an", "ar", "az", "bin", "ibn", "wa",
    };

    /// <summary>Arabic articles dropped by the loose key and by the article-less alias ("Al Fallujah" → "Fallujah").</summary>
    private static readonly string[] Articles = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath"];

    /// <summary>Removes diacritics and maps the few letters that do not decompose ("Ḩalabjah" → "Halabjah").</summary>
    public static string Fold(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        if (decomposed.Length == text.Length && !IsAscii(decomposed) && "\u00E9".Normalize(NormalizationForm.FormD).Length == 1)
        {
            throw new CompilerException("Unicode normalization is unavailable (invariant globalization or no ICU): the compiler cannot fold diacritics.");
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '`':
                    continue;
                case 'ł': builder.Append('l'); continue;
                case 'Ł': builder.Append('L'); continue;
                case 'ø': builder.Append('o'); continue;
                case 'Ø': builder.Append('O'); continue;
                case 'đ': builder.Append('d'); continue;
                case 'Đ': builder.Append('D'); continue;
                case 'ß': builder.Append("ss"); continue;
                case 'æ': builder.Append("ae"); continue;
                case 'Æ': builder.Append("Ae"); continue;
                case 'œ': builder.Append("oe"); continue;
                case 'ı': builder.Append('i'); continue;
                case 'ħ': builder.Append('h'); continue;
                case 'þ': builder.Append("th"); continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when every character is printable ASCII: a folded name that is still not ASCII is not offered.</summary>
    public static bool IsAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    /// <summary>
    /// A key that equates transliteration variants of one name: folded, lower-case, without a leading Arabic article,
    /// letters only, without a final 'h', doubled letters single ("Al-Fallūjah", "Falluja" → "faluja").
    /// </summary>
    public static string LooseKey(string name)
    {
        var folded = Fold(name).ToLowerInvariant();

        // "St. George's" and "Saint George's" are one name.
        if (folded.StartsWith("st. ", StringComparison.Ordinal) || folded.StartsWith("st ", StringComparison.Ordinal))
        {
            folded = "saint " + folded[(folded.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        }

        foreach (var article in Articles)
        {
            if (folded.Length > article.Length + 1 && folded.StartsWith(article, StringComparison.Ordinal)
                && folded[article.Length] is ' ' or '-')
            {
                folded = folded[(article.Length + 1)..];
                break;
            }
        }

        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' && (builder.Length == 0 || builder[^1] != c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 3 && builder[^1] == 'h')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>The name without its leading Arabic article ("Al Kut" → "Kut"), or null when it has none.</summary>
    public static string? WithoutArticle(string name)
    {
        foreach (var article in Articles)
        {
            // "El" is also Spanish ("El Paso", "El Paraíso"): never dropped from a name.
            if (article == "el")
            {
                continue;
            }

            if (name.Length > article.Length + 2 && name.StartsWith(article, StringComparison.OrdinalIgnoreCase)
                && name[article.Length] is ' ' or '-' && char.IsUpper(name[article.Length + 1]))
            {
                return name[(article.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>The words of a petrarch2 name: underscores are spaces; trailing underscores and doubled spaces go.</summary>
    public static string[] PetrarchWords(string raw) =>
        raw.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Natural case for upper-case words: each word capitalised (hyphen and apostrophe parts too: "Ki-Moon",
    /// "O'Neill"), particles inside a name lower-case, and the words <paramref name="isAcronym"/> accepts kept upper-case.
    /// </summary>
    public static string NaturalCase(IReadOnlyList<string> words, Func<string, bool> isAcronym)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var word = words[i];
            if (isAcronym(word))
            {
                builder.Append(word);
                continue;
            }

            var parts = word.Split('-');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    builder.Append('-');
                }

                var part = parts[p];
                var lower = part.ToLowerInvariant();
                var inside = i > 0 || p > 0;
                if (inside && LowerParticles.Contains(part) && (p < parts.Length - 1 || i < words.Count - 1))
                {
                    builder.Append(lower);
                }
                else
                {
                    builder.Append(Capitalise(lower));
                }
            }
        }

        return builder.ToString();
    }

    private static string Capitalise(string lower)
    {
        if (lower.Length == 0)
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        chars[0] = char.ToUpperInvariant(chars[0]);

        // O'Neill, D'Escoto; but Children's stays.
        if (chars.Length > 2 && chars[1] == '\'')
        {
            chars[2] = char.ToUpperInvariant(chars[2]);
        }

        // McDonald
        if (chars.Length > 3 && chars[0] == 'M' && chars[1] == 'c')
        {
            chars[2] = char.ToUpperInvariant(chars[2]);
        }

        // Initials: "B." stays, "S.A." upper
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i - 1] == '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
