using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Tagging;

/// <summary>
/// Per-thread memo of the tagger's partial scores over the features that depend on the word alone: the first
/// <see cref="PosTagger.WordFeatures"/> features of <see cref="PosTagger.ExtractFeatures"/> (bias, word, affixes, shape,
/// flags) are a function of the word and of whether it starts the sentence, and a table adds its rows in feature order,
/// so the scores after them are the same numbers whatever the words around. A word seen before starts from that
/// vector and adds only its context features: bit-identical scores for about 40% fewer lookups (half the first
/// pass's lookups are rows that touch many classes). Direct-mapped on the word's hash; a slot holds the word it was
/// computed for (compared as a string, so a hash collision only costs a recomputation) and the table it was computed
/// with (training builds a new table every epoch).
/// </summary>
internal sealed class WordScoreCache
{
    private const int SlotBits = 9;
    private const int Slots = 1 << SlotBits;

    private readonly string?[] _words = new string?[Slots];
    private readonly bool[] _sentenceStart = new bool[Slots];
    private SparseWeightTable? _table;
    private float[] _scores = [];

    /// <summary>Lookups answered from the cache and lookups that computed their slot (tooling and tests).</summary>
    public long Hits { get; private set; }

    public long Misses { get; private set; }

    /// <summary>
    /// Writes into <paramref name="scores"/> what <c>table.Score(wordFeatures, scores)</c> would, from the cache when
    /// <paramref name="word"/> (at the sentence start or not, <paramref name="sentenceStart"/>) was scored with this table
    /// before. <paramref name="formHash"/> is the word's hash (<see cref="WordHashes.Form"/>), used only to pick a slot.
    /// </summary>
    public void Score(SparseWeightTable table, string word, ulong formHash, bool sentenceStart, ReadOnlySpan<uint> wordFeatures, Span<float> scores)
    {
        var classes = table.ClassCount;
        if (!ReferenceEquals(table, _table))
        {
            _table = table;
            Array.Clear(_words);
            _scores = new float[Slots * classes];
        }

        var slot = (int)(formHash >> (64 - SlotBits));
        var cached = _scores.AsSpan(slot * classes, classes);
        if (_sentenceStart[slot] == sentenceStart && string.Equals(_words[slot], word, StringComparison.Ordinal))
        {
            Hits++;
            cached.CopyTo(scores);
            return;
        }

        Misses++;
        table.Score(wordFeatures, scores);
        scores[..classes].CopyTo(cached);
        _words[slot] = word;
        _sentenceStart[slot] = sentenceStart;
    }
}
