namespace KnowledgeGraph.Extraction.Frames;

/// <summary>A name of the sentence (characters [Start, End) of its text, title included) parsed as the one word <see cref="Word"/>.</summary>
internal readonly record struct CollapsedName(int Start, int End, string Word);

/// <summary>A word of the parsed text that stands for a whole name: characters [Start, End) of <see cref="SentenceInput.Text"/>.</summary>
internal readonly record struct CollapsedWord(int Start, int End);

/// <summary>
/// The text the frames parse for one sentence: the sentence after its dateline, with every name of several words
/// replaced by its last word (see <c>FrameRelationRecognizer.NamesToCollapse</c>), and the mapping of offsets between
/// the sentence text and the parsed text. Offsets of both are relative to the sentence after its dateline.
/// </summary>
internal sealed class SentenceInput
{
    private readonly CollapsedName[] names;
    private readonly int[] reducedStarts;

    public SentenceInput(string original, string text, int skip, IReadOnlyList<CollapsedName>? collapsed)
    {
        Original = original;
        Text = text;
        Skip = skip;
        names = collapsed is null ? [] : [.. collapsed];
        reducedStarts = new int[names.Length];
        var removed = 0;
        for (var i = 0; i < names.Length; i++)
        {
            reducedStarts[i] = names[i].Start - removed;
            removed += names[i].End - names[i].Start - names[i].Word.Length;
        }
    }

    /// <summary>The sentence after its dateline, as written.</summary>
    public string Original { get; }

    /// <summary>The text to parse.</summary>
    public string Text { get; }

    /// <summary>Characters of the sentence's dateline, not parsed.</summary>
    public int Skip { get; }

    /// <summary>The same input with another text of the same length to parse (a headline's words lower-cased).</summary>
    public SentenceInput WithText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == Text.Length
            ? new SentenceInput(Original, text, Skip, names)
            : throw new ArgumentException("The text to parse must keep its length, so that offsets stay valid.", nameof(text));
    }

    /// <summary>The input for <paramref name="text"/> with <paramref name="collapsed"/> (in text order, not overlapping) replaced by their words.</summary>
    public static SentenceInput Collapse(string text, int skip, IReadOnlyList<CollapsedName> collapsed)
    {
        // Written straight into the new string (no builder and copy: this runs for most sentences the frames parse).
        var length = text.Length;
        for (var i = 0; i < collapsed.Count; i++)
        {
            length -= collapsed[i].End - collapsed[i].Start - collapsed[i].Word.Length;
        }

        var reduced = string.Create(length, (text, collapsed), static (target, state) =>
        {
            var (source, names) = state;
            var position = 0;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                source.AsSpan(position, name.Start - position).CopyTo(target);
                target = target[(name.Start - position)..];
                name.Word.AsSpan().CopyTo(target);
                target = target[name.Word.Length..];
                position = name.End;
            }

            source.AsSpan(position).CopyTo(target);
        });
        return new SentenceInput(text, reduced, skip, collapsed);
    }

    /// <summary>The parsed word that stands for the collapsed name starting at <paramref name="originalStart"/>, if any.</summary>
    public CollapsedWord? CollapsedAt(int originalStart)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (originalStart >= names[i].Start && originalStart < names[i].End)
            {
                return new CollapsedWord(reducedStarts[i], reducedStarts[i] + names[i].Word.Length);
            }
        }

        return null;
    }

    /// <summary>The parsed text's offset of a sentence-text offset outside every collapsed name.</summary>
    public int ReducedOffset(int originalOffset)
    {
        var removed = 0;
        foreach (var name in names)
        {
            if (name.Start >= originalOffset)
            {
                break;
            }

            removed += name.End - name.Start - name.Word.Length;
        }

        return originalOffset - removed;
    }

    /// <summary>The sentence-text offset of a parsed-text offset (a collapsed name's word maps to the name's start).</summary>
    public int OriginalOffset(int reducedOffset)
    {
        var added = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (reducedStarts[i] > reducedOffset)
            {
                break;
            }

            if (reducedOffset < reducedStarts[i] + names[i].Word.Length)
            {
                return names[i].Start;
            }

            added += names[i].End - names[i].Start - names[i].Word.Length;
        }

        return reducedOffset + added;
    }
}
