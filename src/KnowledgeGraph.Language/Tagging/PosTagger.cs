using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. One class is a joint (UPOS, XPOS) pair as seen
/// in training, so the two tags are always consistent with each other. Frequent words that were
/// (almost) always one tag in training skip scoring through the tag dictionary. Immutable and
/// thread-safe; scratch space is passed in.
/// </summary>
internal sealed class PosTagger
{
    public const int MaxFeatures = 32;
    private static readonly ulong NoTag = 0xFFFF;

    public PosTagger(string[] upos, string[] xpos, SparseWeightTable weights, IReadOnlyDictionary<string, int> tagDictionary)
    {
        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        TagDictionary = tagDictionary;
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int TagCount => Upos.Length;

    public SparseWeightTable Weights { get; }

    public IReadOnlyDictionary<string, int> TagDictionary { get; }

    public void Tag(IReadOnlyList<string> words, Span<int> tags, WordHashes hashes, Span<float> scores)
    {
        hashes.Fill(words);
        Span<uint> features = stackalloc uint[MaxFeatures];
        for (var i = 0; i < words.Count; i++)
        {
            if (TagDictionary.TryGetValue(words[i], out var known))
            {
                tags[i] = known;
                continue;
            }

            var count = ExtractFeatures(hashes, i, tags, features);
            Weights.Score(features[..count], scores[..TagCount]);
            tags[i] = ArgMax(scores[..TagCount]);
        }
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

    /// <summary>Features of word <paramref name="i"/>; <paramref name="tags"/> holds the tags already assigned to words before it.</summary>
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
        return weights.ClassCount != upos.Length
            ? throw new InvalidDataException($"Language model '{source}' is invalid: weight classes do not match the tag list.")
            : new PosTagger(upos, xpos, weights, dictionary);
    }
}
