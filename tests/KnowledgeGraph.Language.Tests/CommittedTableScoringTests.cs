using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// The committed parser's tables, with their real size and real overflow chains, score every state of
/// a few hundred parses exactly as summing their exported rows in feature order does (the plain
/// loop the bucket layout replaced), so the layout cannot change a parse.
/// </summary>
public sealed class CommittedTableScoringTests
{
    private static readonly string[] Subjects = ["The council", "A small delegation", "Three engineers", "The northern province", "Our neighbours", "The harbour authority"];
    private static readonly string[] Verbs = ["approved", "rejected", "will discuss", "has delayed", "quietly funded", "was reviewing"];
    private static readonly string[] Objects = ["the new bridge", "a plan for cheaper ferries", "two disputed contracts", "the budget of the museum", "its own report", "nothing at all"];
    private static readonly string[] Tails = [".", " on Tuesday .", " after a long meeting in the old town hall .", " , according to a spokesman .", " because the costs had doubled ."];

    private static IEnumerable<string[]> OwnSentences() => TemplateSentences.Generate(seed: 3, count: 300, Subjects, Verbs, Objects, Tails);

    private static Dictionary<uint, (byte[] Classes, float[] Weights)> ByKey(WeightRows rows)
    {
        var byKey = new Dictionary<uint, (byte[], float[])>(rows.RowCount);
        for (var row = 0; row < rows.RowCount; row++)
        {
            byKey[rows.Keys[row]] = (rows.Classes[rows.RowOffsets[row]..rows.RowOffsets[row + 1]], rows.Weights[rows.RowOffsets[row]..rows.RowOffsets[row + 1]]);
        }

        return byKey;
    }

    private static float[] SumInFeatureOrder(Dictionary<uint, (byte[] Classes, float[] Weights)> byKey, ReadOnlySpan<uint> features, int classCount)
    {
        var sums = new float[classCount];
        foreach (var key in features)
        {
            if (byKey.TryGetValue(key, out var row))
            {
                for (var e = 0; e < row.Classes.Length; e++)
                {
                    sums[row.Classes[e]] += row.Weights[e];
                }
            }
        }

        return sums;
    }

    [Fact]
    public void Score_EveryStateOfOwnSentences_EqualsSummingTheExportedRows()
    {
        var models = LanguageModels.Embedded;
        var parser = models.Parser;
        var transitions = ByKey(parser.Actions.Export());
        var labels = ByKey(parser.LabelWeights.Export());
        var hashes = new WordHashes();
        var tagScores = new float[models.Tagger.TagCount];
        var state = new ParserState();
        var features = new uint[DependencyParser.MaxActionFeatures];
        var labelFeatures = new uint[DependencyParser.MaxLabelFeatures];
        var scores = new float[3];
        var labelScores = new float[parser.LabelNames.Length];
        var states = 0;
        var arcs = 0;
        foreach (var words in OwnSentences())
        {
            var tags = new int[words.Length];
            models.Tagger.Tag(words, tags, hashes, tagScores);
            state.Reset([.. words.Select(w => FeatureHash.LowerText(w))], tags);
            while (!state.IsTerminal)
            {
                var count = DependencyParser.ExtractActionFeatures(state, features);
                parser.Actions.Score(features.AsSpan(0, count), scores);
                Assert.Equal(SumInFeatureOrder(transitions, features.AsSpan(0, count), 3), scores);
                states++;
                var action = DependencyParser.BestValidAction(state, scores);
                var label = 0;
                if (action != ParserState.Shift && state.HeadFor(action) != state.Root)
                {
                    var labelCount = DependencyParser.ExtractLabelFeatures(state, state.S0, state.HeadFor(action), labelFeatures);
                    parser.LabelWeights.Score(labelFeatures.AsSpan(0, labelCount), labelScores);
                    Assert.Equal(SumInFeatureOrder(labels, labelFeatures.AsSpan(0, labelCount), labelScores.Length), labelScores);
                    label = DependencyParser.BestLabel(labelScores, parser.RootLabel);
                    arcs++;
                }

                state.Apply(action, label);
            }
        }

        Assert.True(states > 3000 && arcs > 1000, $"{states} states and {arcs} labelled arcs checked");
    }
}
