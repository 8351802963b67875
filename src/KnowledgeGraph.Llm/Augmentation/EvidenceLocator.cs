using System.Text;

namespace KnowledgeGraph.Llm.Augmentation;

/// <summary>
/// Finds a quoted sentence in the article text, ignoring differences of whitespace (runs of spaces, tabs and line
/// breaks count as one space) and of typographic quotes (’ = ', “ ” = "), which models do not copy reliably. Any other
/// difference — a changed, added or missing word — and the quote is not found.
/// </summary>
internal sealed class EvidenceLocator
{
    private readonly string normalised;
    private readonly int[] originalOffsets;

    public EvidenceLocator(string text)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                offsets.Add(i);
                pendingSpace = false;
            }

            builder.Append(Fold(c));
            offsets.Add(i);
        }

        normalised = builder.ToString();
        originalOffsets = [.. offsets];
    }

    /// <summary>Normalises a quote the same way as the article.</summary>
    public static string Normalise(string quote)
    {
        var builder = new StringBuilder(quote.Length);
        var pendingSpace = false;
        foreach (var c in quote)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    /// <summary>The character range of the first occurrence of <paramref name="quote"/> in the original text.</summary>
    public bool TryFind(string quote, out int start, out int end)
    {
        start = end = -1;
        var needle = Normalise(quote);
        if (needle.Length == 0)
        {
            return false;
        }

        var at = normalised.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        start = originalOffsets[at];
        end = originalOffsets[at + needle.Length - 1] + 1;
        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => c,
    };
}
