using System.Globalization;

namespace KnowledgeGraph.Language;

/// <summary>A word of raw text with its position: <c>text.Substring(Start, Length) == Form</c> always holds.</summary>
public readonly record struct TextToken(string Form, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits raw English sentence text into words the way the UD English Web Treebank does:
/// punctuation is split off; clitics become their own words ("do|n't", "it|'s", "we|'re",
/// "ca|n't", "can|not", "gon|na"); hyphenated compounds are split at the hyphen ("US|-|led")
/// except after common prefixes ("pre-war", "co-workers", "e-mail"); abbreviations keep their
/// periods ("U.S.", "Mr."); numbers keep inner commas and points ("1,000", "3.5"); currency and
/// percent signs are separate words. Every word is an exact substring of the input (offsets
/// map back exactly). Linear time, never throws.
/// </summary>
public static class WordTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "col", "lt", "sgt",
        "capt", "mt", "no", "ft", "ave", "dept", "est", "fig", "approx", "adm", "cmdr", "rev", "hon", "pres",
    };

    // Hyphenated words starting with these stay whole, as in the treebank ("non-human", "re-read").
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "pre", "non", "co", "post", "re", "semi", "pro", "anti", "multi", "mid", "ex", "un", "sub", "inter",
        "counter", "vice", "over", "under", "cross", "self", "neo", "pseudo", "ultra", "mega", "mini", "micro",
    };

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly string[] TrailingClitics = ["'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"];

    public static IReadOnlyList<TextToken> Tokenize(string? text)
    {
        var tokens = new List<TextToken>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="tokens"/> (the analyzer reuses one list per thread).</summary>
    internal static void Tokenize(string? text, List<TextToken> tokens)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !IsSeparator(text[end]))
            {
                end++;
            }

            SplitChunk(text, i, end, tokens);
            i = end;
        }
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static void SplitChunk(string text, int start, int end, List<TextToken> tokens)
    {
        if (LooksLikeAddress(text.AsSpan(start, end - start)))
        {
            var coreStart = start;
            while (coreStart < end && "([{\"'<".Contains(text[coreStart], StringComparison.Ordinal))
            {
                Add(text, coreStart, 1, tokens);
                coreStart++;
            }

            var coreEnd = end;
            while (coreEnd > coreStart && ".,;:!?)]}\"'>".Contains(text[coreEnd - 1], StringComparison.Ordinal))
            {
                coreEnd--;
            }

            if (coreEnd > coreStart)
            {
                Add(text, coreStart, coreEnd - coreStart, tokens);
            }

            for (var p = coreEnd; p < end; p++)
            {
                Add(text, p, 1, tokens);
            }

            return;
        }

        var i = start;
        while (i < end)
        {
            if (IsWordChar(text, i))
            {
                var j = i + 1;
                while (j < end)
                {
                    if (IsWordChar(text, j))
                    {
                        j++;
                    }
                    else if (j + 1 < end && IsInnerConnector(text, i, j) && IsWordChar(text, j + 1))
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // "U.S." / "Mr." / "W." keep their final period.
                if (j < end && text[j] == '.' && IsAbbreviation(text.AsSpan(i, j - i)))
                {
                    j++;
                }

                SplitWord(text, i, j, tokens);
                i = j;
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                Add(text, i, 2, tokens);
                i += 2;
            }
            else
            {
                // A run of one punctuation character is one word ("...", "!!", "--").
                var j = i + 1;
                while (j < end && text[j] == text[i] && !char.IsSurrogate(text[i]))
                {
                    j++;
                }

                Add(text, i, j - i, tokens);
                i = j;
            }
        }
    }

    private static bool IsInnerConnector(string text, int wordStart, int index)
    {
        var c = text[index];
        return c switch
        {
            '.' => true,
            ',' => char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]) && IsDigitRun(text, wordStart, index),
            '\'' or '’' => char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1]),
            '-' or '&' or '_' or '@' or '/' => true,
            _ => false,
        };
    }

    private static bool IsDigitRun(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsDigit(text[k]) && text[k] != ',' && text[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        if (word.Contains('.') && !word.ContainsAny(Digits))
        {
            // "U.S", "e.g", "p.m": single letters joined by periods.
            for (var k = 0; k < word.Length; k++)
            {
                var letterSlot = k % 2 == 0;
                if (letterSlot ? !char.IsLetter(word[k]) : word[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool LooksLikeAddress(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) ||
        chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
        (chunk.IndexOf('@') is var at and > 0 && chunk[at..].Contains('.') && at < chunk.Length - 3);

    /// <summary>Splits one alphanumeric run into clitics and hyphen parts.</summary>
    private static void SplitWord(string text, int start, int end, List<TextToken> tokens)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Contains('-') && !word.Contains('@'))
        {
            var partStart = start;
            for (var k = start; k < end; k++)
            {
                if (text[k] != '-')
                {
                    continue;
                }

                var left = text.AsSpan(partStart, k - partStart);
                if (partStart == start && HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left))
                {
                    continue;
                }

                SplitClitics(text, partStart, k, tokens);
                Add(text, k, 1, tokens);
                partStart = k + 1;
            }

            SplitClitics(text, partStart, end, tokens);
            return;
        }

        SplitClitics(text, start, end, tokens);
    }

    private static void SplitClitics(string text, int start, int end, List<TextToken> tokens)
    {
        if (end <= start)
        {
            return;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var clitic in TrailingClitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                SplitNegation(text, start, end - clitic.Length, tokens);
                Add(text, end - clitic.Length, clitic.Length, tokens);
                return;
            }
        }

        SplitNegation(text, start, end, tokens);
    }

    private static void SplitNegation(string text, int start, int end, List<TextToken> tokens)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            Add(text, start, word.Length - 3, tokens);
            Add(text, end - 3, 3, tokens);
            return;
        }

        var split = word.Length switch
        {
            6 when word.Equals("cannot", StringComparison.OrdinalIgnoreCase) => 3,
            5 when word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) => 3,
            5 when word.Equals("gotta", StringComparison.OrdinalIgnoreCase) => 3,
            _ => 0,
        };
        if (split > 0)
        {
            Add(text, start, split, tokens);
            Add(text, start + split, word.Length - split, tokens);
            return;
        }

        Add(text, start, word.Length, tokens);
    }

    private static void Add(string text, int start, int length, List<TextToken> tokens)
    {
        if (length > 0)
        {
            tokens.Add(new TextToken(text.Substring(start, length), start, length));
        }
    }
}
