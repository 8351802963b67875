using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A name found in a token sequence: what it names, whether the name is ambiguous, and how many tokens.</summary>
internal readonly record struct PhraseMatch<T>(T Value, bool Ambiguous, int TokenCount)
    where T : class;

/// <summary>
/// Names keyed the way <see cref="Gazetteer"/> keys phrases (the product's tokens joined by one space, glued tokens
/// without), so a lookup over token spans allocates nothing. Keys are case-sensitive: a name matches only as
/// capitalised in the data, so "reading" never finds "Reading". Immutable after construction, hence thread-safe.
/// </summary>
internal sealed class PhraseIndex<T>
    where T : class
{
    // Longer keys cannot match: writing the candidate key into a stack buffer of this size bounds the work per span.
    private const int MaxKeyChars = 128;

    private readonly FrozenDictionary<string, (T Value, bool Ambiguous)>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // The first token of every name, with the most tokens a name starting with it spans: most capitalised tokens start
    // none, and this one lookup rules them out or bounds the longest-match loop ("Kyiv" starts names of 1 or 2 tokens).
    private readonly FrozenDictionary<string, int> firstTokens;

    public PhraseIndex(IEnumerable<(string Name, T Value, bool Ambiguous)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var table = new Dictionary<string, (T, bool)>(StringComparer.Ordinal);
        var scratch = new List<Token>();
        var maxTokens = 1;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value, ambiguous) in names)
        {
            var key = Gazetteer.KeyOf(name, scratch, out var count);
            if (key.Length == 0 || key.Length > MaxKeyChars)
            {
                continue;
            }

            // The compiler gives every name one owner; should two rows still share a key, the first row keeps it.
            if (table.TryAdd(key, (value, ambiguous)))
            {
                maxTokens = Math.Max(maxTokens, count);
                first[scratch[0].Text] = Math.Max(count, first.GetValueOrDefault(scratch[0].Text));
            }
        }

        Count = table.Count;
        MaxTokens = maxTokens;
        firstTokens = first.ToFrozenDictionary(StringComparer.Ordinal);
        lookup = table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct names the index holds.</summary>
    public int Count { get; }

    /// <summary>The most tokens any name spans.</summary>
    public int MaxTokens { get; }

    public bool TryGet(ReadOnlySpan<char> key, out T value, out bool ambiguous)
    {
        if (lookup.TryGetValue(key, out var found))
        {
            (value, ambiguous) = found;
            return true;
        }

        value = null!;
        ambiguous = false;
        return false;
    }

    /// <summary>
    /// The longest name starting at <paramref name="start"/>. The first token must be a capitalised word (names in
    /// the data start with a capital; this also skips the lookups for most tokens of a sentence).
    /// </summary>
    public bool TryMatchLongest(List<Token> tokens, int start, out PhraseMatch<T> match) =>
        TryMatchLongest(tokens, start, tokens?.Count ?? 0, out match);

    /// <summary>The longest name inside tokens [<paramref name="start"/>, <paramref name="end"/>), e.g. within one sentence.</summary>
    public bool TryMatchLongest(List<Token> tokens, int start, int end, out PhraseMatch<T> match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        match = default;
        end = Math.Min(end, tokens.Count);
        if (start < 0 || start >= end || !tokens[start].IsCapitalised || !firstTokens.TryGetValue(tokens[start].Text, out var longest))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxKeyChars];
        for (var count = Math.Min(longest, end - start); count >= 1; count--)
        {
            var length = Gazetteer.WriteKey(tokens, start, start + count, buffer);
            if (length > 0 && lookup.TryGetValue(buffer[..length], out var found))
            {
                match = new PhraseMatch<T>(found.Value, found.Ambiguous, count);
                return true;
            }
        }

        return false;
    }
}
