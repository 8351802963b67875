using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// The tagger's per-word memo of its word-only features (<see cref="WordScoreCache"/>) must give the scores that scoring
/// every feature at once gives, bit for bit, or a tag could change.
/// </summary>
public sealed class WordScoreCacheTests
{
    private static readonly string[] Openings = ["The ferry operator", "Two cyclists", "A retired teacher", "The village choir", "Its lawyers", "Nobody"];
    private static readonly string[] Middles = ["painted", "will close", "has sold", "quietly repaired", "was moving", "cancelled"];
    private static readonly string[] Ends = ["the blue boathouse", "a dozen old clocks", "their second orchard", "the bakery near the river", "it", "several unpaid bills"];
    private static readonly string[] Closings = [".", " yesterday .", " before the storm arrived .", " , a neighbour said .", " because rents rose again ."];

    // Repeated words in changing neighbourhoods, so the memo is hit by words whose context features differ.
    // Every other sentence drops its first word, so a word is seen both at the start of a sentence and inside one (the
    // flag feature differs).
    private static List<string[]> OwnSentences() =>
        [.. TemplateSentences.Generate(seed: 5, count: 400, Openings, Middles, Ends, Closings).Select((words, i) => i % 2 == 0 ? words : [.. words.Skip(1)])];

    private static void AssertBitIdentical(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(expected[c]), BitConverter.SingleToInt32Bits(actual[c]));
        }
    }

    [Fact]
    public void Score_OwnSentencesThroughTheCommittedTagger_EqualsScoringEveryFeatureAtOnce()
    {
        var tagger = LanguageModels.Embedded.Tagger;
        Assert.NotNull(tagger.Refiner);
        var hashes = new WordHashes();
        var firstPassCache = new WordScoreCache();
        var refinerCache = new WordScoreCache();
        var features = new uint[PosTagger.MaxFeatures];
        var expected = new float[tagger.TagCount];
        var actual = new float[tagger.TagCount];
        var words = 0;
        foreach (var sentence in OwnSentences())
        {
            var tags = new int[sentence.Length];
            var first = new int[sentence.Length];
            tagger.Tag(sentence, tags, hashes, expected);
            hashes.FirstPass.AsSpan(0, sentence.Length).CopyTo(first);
            for (var i = 0; i < sentence.Length; i++)
            {
                var count = PosTagger.ExtractFeatures(hashes, i, tags, features);
                tagger.Weights.Score(features.AsSpan(0, count), expected);
                firstPassCache.Score(tagger.Weights, sentence[i], hashes.Form[i], i == 0, features.AsSpan(0, PosTagger.WordFeatures), actual);
                tagger.Weights.Accumulate(features.AsSpan(PosTagger.WordFeatures, count - PosTagger.WordFeatures), actual);
                AssertBitIdentical(expected, actual);

                count = PosTagger.ExtractRefinerFeatures(hashes, i, tags, first, features);
                tagger.Refiner.Score(features.AsSpan(0, count), expected);
                refinerCache.Score(tagger.Refiner, sentence[i], hashes.Form[i], i == 0, features.AsSpan(0, PosTagger.WordFeatures), actual);
                tagger.Refiner.Accumulate(features.AsSpan(PosTagger.WordFeatures, count - PosTagger.WordFeatures), actual);
                AssertBitIdentical(expected, actual);
                words++;
            }
        }

        Assert.True(words > 3000, $"{words} words checked");
        Assert.True(firstPassCache.Hits > words / 2 && refinerCache.Hits > words / 2, $"hits {firstPassCache.Hits} and {refinerCache.Hits} of {words}");
        Assert.True(firstPassCache.Misses > 0);
    }

    [Fact]
    public void Score_SameWordWithAnotherTable_ScoresWithThatTable()
    {
        var one = new SparseWeightTable(new WeightRows(4, [7u], [0, 2], [0, 3], [1.5f, -2f]));
        var other = new SparseWeightTable(new WeightRows(4, [7u], [0, 1], [1], [0.25f]));
        var cache = new WordScoreCache();
        var scores = new float[4];

        cache.Score(one, "harbour", 99UL, sentenceStart: false, [7u], scores);
        cache.Score(other, "harbour", 99UL, sentenceStart: false, [7u], scores);

        Assert.Equal([0f, 0.25f, 0f, 0f], scores);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void Score_SameWordAtTheSentenceStartAndInside_KeepsTheTwoApart()
    {
        var table = new SparseWeightTable(new WeightRows(2, [5u, 6u], [0, 1, 2], [0, 1], [1f, 2f]));
        var cache = new WordScoreCache();
        var scores = new float[2];

        cache.Score(table, "Harbour", 42UL, sentenceStart: true, [5u], scores);
        cache.Score(table, "Harbour", 42UL, sentenceStart: false, [6u], scores);
        Assert.Equal([0f, 2f], scores);

        cache.Score(table, "Harbour", 42UL, sentenceStart: false, [6u], scores);
        Assert.Equal(1, cache.Hits);
    }
}
