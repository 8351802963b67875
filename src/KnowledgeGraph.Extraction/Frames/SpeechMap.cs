using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Frames;

/// <summary>
/// Where an article quotes someone: its quotations (character spans between quotation marks, each closed at the latest
/// by the end of its line, as a quotation that goes on into the next paragraph opens again there) and its transcript
/// turns (a line opening with a label in capitals and a colon, "FOREIGN MINISTER X:", starts a turn that goes on over
/// the following lines until the next label). Built once per article, in one pass over its text and sentences, so that
/// finding the speaker of a first-person pronoun costs no rescan of the article.
/// </summary>
internal sealed class SpeechMap
{
    /// <summary>Labels of transcript turns that name no speaker.</summary>
    private static readonly FrozenSet<string> AnonymousLabels = new[]
    {
        "QUESTION", "Q", "A", "ANSWER", "MODERATOR", "OPERATOR", "REPORTER", "PARTICIPANT", "INTERVIEWER", "AUDIENCE",
        "NARRATOR", "UPDATE", "BREAKING", "NOTE", "EDITOR", "EDITORS", "CORRECTION", "VOICE", "TRANSLATOR", "INTERPRETER",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<(int Open, int Close)> quotations;
    private readonly int[] turnLabelEnd;

    private SpeechMap(List<(int Open, int Close)> quotations, int[] turnLabelEnd)
    {
        this.quotations = quotations;
        this.turnLabelEnd = turnLabelEnd;
    }

    public static SpeechMap Build(ArticleDocument document)
    {
        var text = document.Text;
        var quotations = new List<(int Open, int Close)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\u201C' when open < 0:
                    open = i;
                    break;
                case '\u201D' or '"' when open >= 0:
                    quotations.Add((open, i));
                    open = -1;
                    break;
                case '"':
                    open = i;
                    break;
                case '\n' when open >= 0:
                    quotations.Add((open, i));
                    open = -1;
                    break;
            }
        }

        if (open >= 0)
        {
            quotations.Add((open, text.Length));
        }

        // For each sentence, the token index of the colon ending the label of the turn it is in, or -1.
        var turns = new int[document.Sentences.Count];
        var current = -1;
        for (var s = 0; s < turns.Length; s++)
        {
            if (StartsLine(document, s) && LabelEnd(document, document.Sentences[s]) is { } end)
            {
                current = end;
            }

            turns[s] = current;
        }

        return new SpeechMap(quotations, turns);
    }

    /// <summary>The quotation whose marks enclose the character offset, or null.</summary>
    public (int Open, int Close)? QuotationAt(int offset)
    {
        int low = 0, high = quotations.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var (open, close) = quotations[middle];
            if (offset <= open)
            {
                high = middle - 1;
            }
            else if (offset >= close)
            {
                low = middle + 1;
            }
            else
            {
                return quotations[middle];
            }
        }

        return null;
    }

    /// <summary>
    /// The last word of the label of the transcript turn the sentence is in ("FOREIGN MINISTER X:" gives "X"), or null
    /// outside a turn and in a turn whose label names no one ("QUESTION:").
    /// </summary>
    public string? TurnSpeakerWord(ArticleDocument document, int sentence)
    {
        var end = turnLabelEnd[sentence];
        if (end < 0)
        {
            return null;
        }

        var word = document.Tokens[end - 1].Text;
        return AnonymousLabels.Contains(word) ? null : word;
    }

    /// <summary>
    /// The token index of the colon ending a label of words in capitals at the sentence's start, or null. A dateline ending
    /// in a colon ("ISLAMABAD:") reads as a label too; it names no person of the article, so its turn has no speaker.
    /// </summary>
    private static int? LabelEnd(ArticleDocument document, Sentence opening)
    {
        var k = opening.FirstToken;
        while (k < opening.EndToken && document.Tokens[k].IsAllCaps)
        {
            k++;
        }

        if (k == opening.FirstToken || k >= opening.EndToken || document.Tokens[k].Text != ":")
        {
            return null;
        }

        return k;
    }

    /// <summary>Whether the sentence opens a line of text (only blanks between it and a line break or the start).</summary>
    private static bool StartsLine(ArticleDocument document, int sentence)
    {
        var text = document.Text;
        for (var i = document.Sentences[sentence].Start - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
