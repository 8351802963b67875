using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Handle,
}

/// <summary>One token: a slice of the article text with its normalised form.</summary>
internal readonly record struct Token(int Start, int Length, string Text, TokenKind Kind, bool JoinedToPrevious)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalised => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word || Text.Length < 2)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    public int End => Start + Length;
}

/// <summary>A sentence: a token range of the article, with its text for evidence.</summary>
internal readonly record struct Sentence(int Index, int FirstToken, int EndToken, int Start, int End, bool IsHeadlineCase);

/// <summary>
/// Splits text into tokens and sentences without regular expressions. Every line break ends a sentence; within a
/// line, '.', '!' and '?' end one unless the period belongs to an abbreviation or an initial.
/// </summary>
internal static class TextSegmenter
{
    private const int MaxSentenceTokens = 160;

    public static void Segment(string text, List<Token> tokens, List<Sentence> sentences)
    {
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var firstToken = tokens.Count;
            Tokenize(text, lineStart, lineEnd, tokens);
            SplitLine(text, tokens, firstToken, tokens.Count, sentences);
            lineStart = lineEnd + 1;
        }
    }

    private static void SplitLine(string text, List<Token> tokens, int first, int end, List<Sentence> sentences)
    {
        var start = first;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (i - start >= MaxSentenceTokens)
            {
                // Text without sentence punctuation (lists, scraped boilerplate) is cut so rule scans stay linear.
                AddSentence(text, tokens, start, i, sentences);
                start = i;
            }

            if (token.Kind != TokenKind.Punctuation || token.Text is not ("." or "!" or "?" or "..." or "…"))
            {
                continue;
            }

            var boundary = i + 1;
            while (boundary < end && tokens[boundary].Kind == TokenKind.Punctuation && tokens[boundary].Text is "\"" or "”" or "'" or "’" or ")")
            {
                boundary++;
            }

            if (boundary < end)
            {
                var next = tokens[boundary];
                var opensSentence = next.IsCapitalised || next.Kind == TokenKind.Number || next.Kind == TokenKind.Handle
                    || (next.Kind == TokenKind.Punctuation && next.Text is "\"" or "“" or "'" or "‘" or "(" or "*" or "-" or "—");
                if (!opensSentence)
                {
                    continue;
                }
            }

            AddSentence(text, tokens, start, boundary, sentences);
            start = boundary;
            i = boundary - 1;
        }

        AddSentence(text, tokens, start, end, sentences);
    }

    private static void AddSentence(string text, List<Token> tokens, int first, int end, List<Sentence> sentences)
    {
        if (end <= first)
        {
            return;
        }

        var words = 0;
        var capitalised = 0;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && token.Text.Length > 3)
            {
                words++;
                if (token.IsCapitalised)
                {
                    capitalised++;
                }
            }
        }

        var endsLikeProse = tokens[end - 1].Text is "." or "\"" or "”" or ")";
        var headline = words >= 3 && capitalised * 100 >= words * 85 && !endsLikeProse;
        sentences.Add(new Sentence(sentences.Count, first, end, tokens[first].Start, tokens[end - 1].End, headline));
    }

    private static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        var joined = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                joined = false;
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || ((c is '@' or '#') && i + 1 < end && char.IsLetterOrDigit(text[i + 1])))
            {
                i = ReadWord(text, i, end, joined, tokens);
                joined = true;
                continue;
            }

            if (c is '\'' or '’' && i + 1 < end && tokens.Count > 0 && joined)
            {
                // Possessive or contraction clitic glued to the previous word.
                if ((text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    tokens.Add(new Token(i, 2, "'s", TokenKind.Word, true));
                    i += 2;
                    continue;
                }
            }

            var length = 1;
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                length = 3;
            }

            var punctuation = length == 3 ? "..." : c switch
            {
                '’' or '‘' => "'",
                _ => PunctuationText(c),
            };
            tokens.Add(new Token(i, length, punctuation, TokenKind.Punctuation, joined));
            joined = c is '-' or '–' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && tokens.Count > 1 && tokens[^2].End == i;
            i += length;
        }
    }

    private static string PunctuationText(char c) => c switch
    {
        '.' => ".",
        ',' => ",",
        ';' => ";",
        ':' => ":",
        '!' => "!",
        '?' => "?",
        '"' => "\"",
        '“' => "“",
        '”' => "”",
        '\'' => "'",
        '(' => "(",
        ')' => ")",
        '-' => "-",
        '–' => "–",
        '—' => "—",
        '/' => "/",
        _ => c.ToString(),
    };

    private static int ReadWord(string text, int start, int end, bool joined, List<Token> tokens)
    {
        var handle = text[start] is '@' or '#';
        var i = start + 1;
        var hasInnerPeriod = false;
        var allDigits = char.IsDigit(text[start]);
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                allDigits &= char.IsDigit(c);
                i++;
                continue;
            }

            if ((c is '\'' or '’') && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "n't" splits off; "'s" at word end is a clitic; otherwise the apostrophe is inside a name (O'Brien, Sana'a).
                if (text[i - 1] is 'n' or 'N' && (text[i + 1] is 't' or 'T') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    if (i - 1 > start)
                    {
                        tokens.Add(new Token(start, i - 1 - start, Normalise(text, start, i - 1 - start), TokenKind.Word, joined));
                    }

                    tokens.Add(new Token(i - 1, 3, "n't", TokenKind.Word, true));
                    return i + 2;
                }

                if ((text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    break;
                }

                i++;
                continue;
            }

            if ((c is '.' or ',') && allDigits && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '.' && !allDigits && i + 1 < end && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2]) || text[i + 2] == '.' || IsDomainLike(text, i + 1, end)))
            {
                // U.S., D.C., pic.twitter.com
                hasInnerPeriod = true;
                i++;
                continue;
            }

            break;
        }

        // Keep the final period of abbreviations, acronyms with periods and initials.
        if (i < end && text[i] == '.' && !allDigits)
        {
            var word = text.AsSpan(start, i - start);
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            if (hasInnerPeriod || isInitial || Lexicon.Abbreviations.Contains(word.ToString()))
            {
                i++;
            }
        }

        var kind = handle ? TokenKind.Handle : allDigits ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(start, i - start, Normalise(text, start, i - start), kind, joined));
        return i;
    }

    private static bool IsDomainLike(string text, int from, int end)
    {
        var i = from;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return i - from is >= 2 and <= 4 && (i >= end || !char.IsLetter(text[i])) && text.AsSpan(from, i - from).ToString() is "com" or "org" or "net" or "gov" or "mil" or "uk" or "co";
    }

    private static string Normalise(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        return span.Contains('’') ? span.ToString().Replace('’', '\'') : span.ToString();
    }
}
