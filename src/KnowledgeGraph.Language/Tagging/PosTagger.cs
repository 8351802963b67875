using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. One class is a joint (UPOS, XPOS) pair as seen
/// in training, so the two tags are always consistent with each other. Frequent words that were
/// (almost) always one tag in training skip scoring through the tag dictionary. Immutable and
/// thread-safe; scratch space is passed in.
/// With a <see cref="Refiner"/>, a second left-to-right pass re-tags every word seeing the first
/// pass's tags of the words to its RIGHT as well; the refiner is trained on jackknifed first-pass
/// tags so it learns how far to trust them.
/// </summary>
internal sealed class PosTagger
{
    public const int MaxFeatures = 40;
    private static readonly ulong NoTag = 0xFFFF;

    public PosTagger(
        string[] upos,
        string[] xpos,
        SparseWeightTable weights,
        IReadOnlyDictionary<string, int> tagDictionary,
        SparseWeightTable? refiner = null,
        float refinerMargin = float.PositiveInfinity)
    {
        Refiner = refiner;
        RefinerMargin = refinerMargin;
        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        TagDictionary = tagDictionary;
        ProperNounTag = IndexOf("PROPN", "NNP");
        AdjectiveTag = IndexOf("ADJ", "JJ");
        PastTenseTag = IndexOf("VERB", "VBD");
        ParticipleTag = IndexOf("VERB", "VBN");
        ThirdPersonPresentTag = IndexOf("VERB", "VBZ");
        SingularNounTag = IndexOf("NOUN", "NN");
        PluralNounTag = IndexOf("NOUN", "NNS");
        PossessivePronounTag = IndexOf("PRON", "PRP$");
        _isVerb = [.. upos.Select(tag => tag == "VERB")];
        _isNoun = [.. upos.Select(tag => tag == "NOUN")];
    }

    private readonly bool[] _isVerb;
    private readonly bool[] _isNoun;

    /// <summary>The VERB/VBD class, or -1 when the model has none.</summary>
    public int PastTenseTag { get; }

    /// <summary>The VERB/VBN class, or -1 when the model has none.</summary>
    public int ParticipleTag { get; }

    /// <summary>The VERB/VBZ class, or -1 when the model has none.</summary>
    public int ThirdPersonPresentTag { get; }

    /// <summary>The NOUN/NN class, or -1 when the model has none.</summary>
    public int SingularNounTag { get; }

    /// <summary>The NOUN/NNS class, or -1 when the model has none.</summary>
    public int PluralNounTag { get; }

    /// <summary>The PRON/PRP$ class, or -1 when the model has none.</summary>
    public int PossessivePronounTag { get; }

    /// <summary>The PROPN/NNP class a name hint forces, or -1 when the model has none.</summary>
    public int ProperNounTag { get; }

    /// <summary>The ADJ/JJ class a nationality-adjective hint forces, or -1 when the model has none.</summary>
    public int AdjectiveTag { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int TagCount => Upos.Length;

    public SparseWeightTable Weights { get; }

    public IReadOnlyDictionary<string, int> TagDictionary { get; }

    public SparseWeightTable? Refiner { get; }

    /// <summary>
    /// Words the first pass tags with at least this score margin over its runner-up keep that tag
    /// without a second pass: the refiner rarely overturns a confident call, and skipping it saves
    /// most of its cost. Chosen on dev when training and stored in the file.
    /// </summary>
    public float RefinerMargin { get; }

    /// <summary>The same tagger with another <see cref="RefinerMargin"/> (for measuring the trade-off).</summary>
    public PosTagger WithRefinerMargin(float margin) => new(Upos, Xpos, Weights, TagDictionary, Refiner, margin);

    /// <summary>In <c>forced</c>: the word is free.</summary>
    public const int Free = -1;

    /// <summary>In <c>forced</c>: the word is a verb; the tagger picks which verb tag.</summary>
    public const int AnyVerb = -2;

    /// <summary>In <c>forced</c>: the word is a noun or a verb; the tagger picks which.</summary>
    public const int AnyNounOrVerb = -3;

    /// <summary>In <c>forced</c>: the word is a common noun; the tagger picks singular or plural.</summary>
    public const int AnyNoun = -4;

    public void Tag(IReadOnlyList<string> words, Span<int> tags, WordHashes hashes, Span<float> scores) =>
        Tag(words, tags, hashes, scores, []);

    /// <summary>
    /// Tags the words; where <paramref name="forced"/> holds a tag index that word keeps it in both passes, and the words
    /// after it see it as their left context; <see cref="AnyVerb"/>, <see cref="AnyNounOrVerb"/> and <see cref="AnyNoun"/> limit the choice.
    /// </summary>
    public void Tag(IReadOnlyList<string> words, Span<int> tags, WordHashes hashes, Span<float> scores, ReadOnlySpan<int> forced)
    {
        hashes.Fill(words);
        if (Refiner is null)
        {
            FirstPass(words, tags, hashes, scores, forced);
            return;
        }

        var first = hashes.FirstPass.AsSpan(0, words.Count);
        FirstPass(words, first, hashes, scores, forced);
        var margins = hashes.Margin;
        Span<uint> features = stackalloc uint[MaxFeatures];
        for (var i = 0; i < words.Count; i++)
        {
            // Tag-dictionary and forced words have an infinite margin.
            if (margins[i] >= RefinerMargin)
            {
                tags[i] = first[i];
                continue;
            }

            var count = ExtractRefinerFeatures(hashes, i, tags, first, features);
            ScoreWord(Refiner, hashes.RefinerScores, words[i], hashes, i, features[..count], scores[..TagCount]);
            tags[i] = i < forced.Length && forced[i] < Free ? ArgMaxAmong(scores[..TagCount], forced[i]) : ArgMax(scores[..TagCount]);
        }
    }

    /// <summary>First pass only, on hashes already filled (used to train the refiner).</summary>
    public void FirstPass(IReadOnlyList<string> words, Span<int> tags, WordHashes hashes, Span<float> scores, ReadOnlySpan<int> forced = default)
    {
        Span<uint> features = stackalloc uint[MaxFeatures];
        for (var i = 0; i < words.Count; i++)
        {
            var hint = i < forced.Length ? forced[i] : Free;
            if (hint >= 0)
            {
                tags[i] = hint;
                hashes.Margin[i] = float.PositiveInfinity;
                continue;
            }

            if (TagDictionary.TryGetValue(words[i], out var known) && (hint == Free || Allowed(known, hint)))
            {
                tags[i] = known;
                hashes.Margin[i] = float.PositiveInfinity;

                continue;
            }

            var count = ExtractFeatures(hashes, i, tags, features);
            ScoreWord(Weights, hashes.FirstPassScores, words[i], hashes, i, features[..count], scores[..TagCount]);
            if (hint < Free)
            {
                // The refiner may still choose another allowed tag: a margin of zero sends the word to it.
                tags[i] = ArgMaxAmong(scores[..TagCount], hint);
                hashes.Margin[i] = 0;
                continue;
            }

            tags[i] = ArgMax(scores[..TagCount], out var second);
            hashes.Margin[i] = scores[tags[i]] - scores[second];
        }
    }

    /// <summary>
    /// Scores word <paramref name="i"/>'s <paramref name="features"/> (from <see cref="ExtractFeatures"/> or
    /// <see cref="ExtractRefinerFeatures"/>) with <paramref name="table"/>: the first <see cref="WordFeatures"/> come from
    /// <paramref name="cache"/> when the word was scored before, the rest are added to them in order, which gives the
    /// same scores as <c>table.Score(features, scores)</c>.
    /// </summary>
    private static void ScoreWord(SparseWeightTable table, WordScoreCache cache, string word, WordHashes hashes, int i, ReadOnlySpan<uint> features, Span<float> scores)
    {
        cache.Score(table, word, hashes.Form[i], i == 0, features[..WordFeatures], scores);
        table.Accumulate(features[WordFeatures..], scores);
    }

    /// <summary>The joint class of a UPOS and an XPOS tag, or -1 when the model has none.</summary>
    public int ClassOf(string upos, string xpos) => IndexOf(upos, xpos);

    /// <summary>The joint class index of a (UPOS, XPOS) pair, or -1 when the model has no such class.</summary>
    private int IndexOf(string upos, string xpos)
    {
        for (var i = 0; i < Upos.Length; i++)
        {
            if (Upos[i] == upos && Xpos[i] == xpos)
            {
                return i;
            }
        }

        return -1;
    }

    // ArgMaxAmong asks this for every class of every hinted word: UPOS compared once here, not as strings each time.
    private bool Allowed(int tag, int hint) => hint switch
    {
        AnyVerb => _isVerb[tag],
        AnyNounOrVerb => _isVerb[tag] || _isNoun[tag],
        AnyNoun => _isNoun[tag],
        _ => true,
    };

    private int ArgMaxAmong(ReadOnlySpan<float> scores, int hint)
    {
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (Allowed(i, hint) && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best >= 0 ? best : ArgMax(scores);
    }

    public static int ArgMax(ReadOnlySpan<float> scores, out int runnerUp)
    {
        int best = 0, second = -1;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                second = best;
                best = c;
            }
            else if (second < 0 || scores[c] > scores[second])
            {
                second = c;
            }
        }

        runnerUp = second < 0 ? best : second;
        return best;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// How many of <see cref="ExtractFeatures"/>' features, from the first, depend on the word alone and on whether it
    /// starts the sentence (bias, word, form, affixes, shape, flags), not on its neighbours or on tags.
    /// </summary>
    public const int WordFeatures = 12;

    /// <summary>Features of word <paramref name="i"/>; <paramref name="tags"/> holds the tags already assigned to words before it.</summary>
    /// <remarks>Keep the first <see cref="WordFeatures"/> features functions of the word and of i == 0 only.</remarks>
    public static int ExtractFeatures(WordHashes h, int i, ReadOnlySpan<int> tags, Span<uint> f)
    {
        var n = h.Count;
        var lower = h.Lower[i];
        var previous1 = i >= 1 ? h.Lower[i - 1] : WordHashes.Start;
        var previous2 = i >= 2 ? h.Lower[i - 2] : WordHashes.Start;
        var next1 = i + 1 < n ? h.Lower[i + 1] : WordHashes.End;
        var next2 = i + 2 < n ? h.Lower[i + 2] : WordHashes.End;
        var tag1 = i >= 1 ? (ulong)tags[i - 1] : NoTag;
        var tag2 = i >= 2 ? (ulong)tags[i - 2] : NoTag;
        var k = 0;
        f[k++] = FeatureHash.Key(0, 0);
        f[k++] = FeatureHash.Key(1, lower);
        f[k++] = FeatureHash.Key(2, h.Form[i]);
        f[k++] = FeatureHash.Key(3, h.Suffix1[i]);
        f[k++] = FeatureHash.Key(4, h.Suffix2[i]);
        f[k++] = FeatureHash.Key(5, h.Suffix3[i]);
        f[k++] = FeatureHash.Key(6, h.Suffix4[i]);
        f[k++] = FeatureHash.Key(7, h.Prefix1[i]);
        f[k++] = FeatureHash.Key(8, h.Prefix2[i]);
        f[k++] = FeatureHash.Key(9, h.Prefix3[i]);
        f[k++] = FeatureHash.Key(10, h.Shape[i]);
        f[k++] = FeatureHash.Key(11, h.Flags[i]);
        f[k++] = FeatureHash.Key(12, previous1);
        f[k++] = FeatureHash.Key(13, previous2);
        f[k++] = FeatureHash.Key(14, next1);
        f[k++] = FeatureHash.Key(15, next2);
        f[k++] = FeatureHash.Key(16, tag1);
        f[k++] = FeatureHash.Key(17, tag1, tag2);
        f[k++] = FeatureHash.Key(18, tag1, lower);
        f[k++] = FeatureHash.Key(19, i >= 1 ? h.Suffix3[i - 1] : WordHashes.Start);
        f[k++] = FeatureHash.Key(20, i + 1 < n ? h.Suffix3[i + 1] : WordHashes.End);
        f[k++] = FeatureHash.Key(21, i >= 1 ? h.Shape[i - 1] : WordHashes.Start);
        f[k++] = FeatureHash.Key(22, i + 1 < n ? h.Shape[i + 1] : WordHashes.End);
        f[k++] = FeatureHash.Key(23, previous1, lower);
        f[k++] = FeatureHash.Key(24, lower, next1);
        f[k++] = FeatureHash.Key(25, tag1, next1);
        f[k++] = FeatureHash.Key(26, tag1, h.Suffix3[i]);
        f[k++] = FeatureHash.Key(27, h.Shape[i], h.Flags[i], i + 1 < n ? h.Shape[i + 1] : WordHashes.End);
        f[k++] = FeatureHash.Key(28, next1, next2);
        f[k++] = FeatureHash.Key(29, tag1, h.Shape[i]);
        return k;
    }

    /// <summary>First-pass features plus the first pass's tags around and to the right of word <paramref name="i"/>.</summary>
    public static int ExtractRefinerFeatures(WordHashes h, int i, ReadOnlySpan<int> tags, ReadOnlySpan<int> first, Span<uint> f)
    {
        var n = h.Count;
        var k = ExtractFeatures(h, i, tags, f);
        var next1 = i + 1 < n ? (ulong)first[i + 1] : NoTag;
        var next2 = i + 2 < n ? (ulong)first[i + 2] : NoTag;
        var own = (ulong)first[i];
        var previous = i >= 1 ? (ulong)tags[i - 1] : NoTag;
        f[k++] = FeatureHash.Key(40, next1);
        f[k++] = FeatureHash.Key(41, next1, next2);
        f[k++] = FeatureHash.Key(42, previous, next1);
        f[k++] = FeatureHash.Key(43, h.Lower[i], next1);
        f[k++] = FeatureHash.Key(44, own);
        f[k++] = FeatureHash.Key(45, own, h.Lower[i]);
        f[k++] = FeatureHash.Key(46, h.Suffix3[i], next1);
        f[k++] = FeatureHash.Key(47, previous, own, next1);
        return k;
    }

    public byte[] Serialize()
    {
        var writer = new ModelWriter();
        writer.WriteStrings(Upos);
        writer.WriteStrings(Xpos);
        var entries = TagDictionary.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.WriteInt(entries.Length);
        foreach (var entry in entries)
        {
            writer.WriteString(entry.Key);
            writer.WriteInt(entry.Value);
        }

        writer.WriteTable(Weights.Export());
        writer.WriteInt(Refiner is null ? 0 : 1);
        if (Refiner is not null)
        {
            writer.WriteTable(Refiner.Export());
            writer.WriteInt(BitConverter.SingleToInt32Bits(RefinerMargin));
        }

        return ModelFile.Wrap(ModelKind.Tagger, writer.ToArray());
    }

    public static PosTagger Deserialize(byte[] file, string source)
    {
        var reader = new ModelReader(ModelFile.Unwrap(file, ModelKind.Tagger, source), source);
        var upos = reader.ReadStrings();
        var xpos = reader.ReadStrings();
        if (upos.Length != xpos.Length || upos.Length == 0)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: tag lists do not match.");
        }

        var count = reader.ReadInt();
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            var tag = reader.ReadInt();
            if (tag >= upos.Length)
            {
                throw new InvalidDataException($"Language model '{source}' is invalid: tag dictionary refers to tag {tag}.");
            }

            dictionary[word] = tag;
        }

        var weights = new SparseWeightTable(reader.ReadTable());
        var refiner = reader.ReadInt() == 1 ? new SparseWeightTable(reader.ReadTable()) : null;
        var margin = refiner is null ? float.PositiveInfinity : BitConverter.Int32BitsToSingle(reader.ReadInt());
        return weights.ClassCount != upos.Length || (refiner is not null && refiner.ClassCount != upos.Length)
            ? throw new InvalidDataException($"Language model '{source}' is invalid: weight classes do not match the tag list.")
            : new PosTagger(upos, xpos, weights, dictionary, refiner, margin);
    }
}
