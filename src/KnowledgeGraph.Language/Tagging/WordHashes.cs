using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Tagging;

/// <summary>
/// Per-word hashes computed once per sentence (word, lowercase, affixes, shape) so feature
/// extraction only combines numbers. Instances are reusable scratch space: they grow to the
/// longest sentence seen and are never shrunk.
/// </summary>
internal sealed class WordHashes
{
    public static readonly ulong Start = FeatureHash.Text("\u0002<s>");
    public static readonly ulong End = FeatureHash.Text("\u0003</s>");

    public ulong[] Form { get; private set; } = new ulong[64];
    public ulong[] Lower { get; private set; } = new ulong[64];
    public ulong[] Prefix1 { get; private set; } = new ulong[64];
    public ulong[] Prefix2 { get; private set; } = new ulong[64];
    public ulong[] Prefix3 { get; private set; } = new ulong[64];
    public ulong[] Suffix1 { get; private set; } = new ulong[64];
    public ulong[] Suffix2 { get; private set; } = new ulong[64];
    public ulong[] Suffix3 { get; private set; } = new ulong[64];
    public ulong[] Suffix4 { get; private set; } = new ulong[64];

    public ulong[] Shape { get; private set; } = new ulong[64];
    public ulong[] Flags { get; private set; } = new ulong[64];

    public int Count { get; private set; }

    /// <summary>Scratch for the tagger's first-pass tags.</summary>
    public int[] FirstPass { get; private set; } = new int[64];

    /// <summary>The first pass's score margin of its tag over the runner-up (infinite for tag-dictionary words).</summary>
    public float[] Margin { get; private set; } = new float[64];

    /// <summary>The first pass's scores over the word's own features, by word (see <see cref="WordScoreCache"/>).</summary>
    public WordScoreCache FirstPassScores { get; } = new();

    /// <summary>The same for the second pass (refiner), whose table differs.</summary>
    public WordScoreCache RefinerScores { get; } = new();

    public void Fill(IReadOnlyList<string> words)
    {
        Count = words.Count;
        if (Form.Length < Count)
        {
            var size = Math.Max(Count, Form.Length * 2);
            Form = new ulong[size];
            Lower = new ulong[size];
            Prefix1 = new ulong[size];
            Prefix2 = new ulong[size];
            Prefix3 = new ulong[size];
            Suffix1 = new ulong[size];
            Suffix2 = new ulong[size];
            Suffix3 = new ulong[size];
            Suffix4 = new ulong[size];
            Shape = new ulong[size];
            Flags = new ulong[size];
            FirstPass = new int[size];
            Margin = new float[size];
        }

        for (var i = 0; i < Count; i++)
        {
            var word = words[i].AsSpan();
            Form[i] = FeatureHash.Text(word);
            Lower[i] = FeatureHash.LowerText(word);
            Prefix1[i] = FeatureHash.LowerPrefix(word, 1);
            Prefix2[i] = FeatureHash.LowerPrefix(word, 2);
            Prefix3[i] = FeatureHash.LowerPrefix(word, 3);
            Suffix1[i] = FeatureHash.LowerSuffix(word, 1);
            Suffix2[i] = FeatureHash.LowerSuffix(word, 2);
            Suffix3[i] = FeatureHash.LowerSuffix(word, 3);
            Suffix4[i] = FeatureHash.LowerSuffix(word, 4);
            Shape[i] = ShapeHash(word);
            Flags[i] = FlagBits(word, i == 0);
        }
    }

    /// <summary>"Freedonia" → "Xx", "1,000" → "d,d", "U.S." → "X.X.": runs of one character class collapse.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        ulong hash = 0x51;
        var previous = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (mapped != previous)
            {
                hash = FeatureHash.Combine(hash, mapped);
                previous = mapped;
                if (++length >= 8)
                {
                    break;
                }
            }
        }

        return FeatureHash.Finish(hash);
    }

    private static ulong FlagBits(ReadOnlySpan<char> word, bool first)
    {
        ulong bits = first ? 1UL : 0;
        var upper = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                bits |= 2;
            }
            else if (c == '-')
            {
                bits |= 4;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            bits |= 8;
        }

        if (letters > 1 && upper == letters)
        {
            bits |= 16;
        }

        return bits;
    }
}
