using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Tests;

public sealed class BeamSearchTests
{
    // Invented sentences of varied shape: coordination, relative clause, passive, questions, a long list.
    private static readonly string[] Sentences =
    [
        "Freedonia attacked Sylvania on Monday.",
        "The minister who resigned last week said the talks in Osterberg had failed.",
        "Sylvania was sanctioned by Freedonia and its allies after the border clash.",
        "Did the envoys from Marsovia meet the rebels, or did they stay home?",
        "Troops, tanks, drones, ships and aircraft were moved north, south, east and west of the river.",
        "Talks resumed.",
        "Yes.",
    ];

    private static (ulong[] Words, int[] Tags) Prepare(LanguageModels models, string text)
    {
        var forms = WordTokenizer.Tokenize(text).Select(t => t.Form).ToArray();
        var hashes = new WordHashes();
        var tags = new int[forms.Length];
        models.Tagger.Tag(forms, tags, hashes, new float[models.Tagger.TagCount]);
        return (hashes.Lower.AsSpan(0, forms.Length).ToArray(), tags);
    }

    [Fact]
    public void ParseWithBeam_WidthOne_EqualsGreedyParse()
    {
        var models = LanguageModels.Embedded;
        var parser = models.Parser;
        Assert.Equal(1, parser.BeamWidth);
        var state = new ParserState();
        var beam = new BeamWorkspace();
        foreach (var text in Sentences)
        {
            var (words, tags) = Prepare(models, text);
            int[] greedyHeads = new int[words.Length], greedyLabels = new int[words.Length];
            int[] beamHeads = new int[words.Length], beamLabels = new int[words.Length];

            parser.Parse(words, tags, greedyHeads, greedyLabels, state);
            parser.ParseWithBeam(words, tags, beamHeads, beamLabels, beam, width: 1);

            Assert.Equal(greedyHeads, beamHeads);
            Assert.Equal(greedyLabels, beamLabels);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(16)]
    public void Analyze_BeamWidth_EveryWordOneHeadAndOneRoot(int width)
    {
        var analyzer = new LanguageAnalyzer(LanguageModels.Embedded.WithParserBeamWidth(width));

        foreach (var text in Sentences)
        {
            var sentence = analyzer.Analyze(text);

            Assert.Single(sentence.Tokens, t => t.Head == 0);
            Assert.Equal("root", sentence[sentence.RootIndex].DepRel);
            foreach (var token in sentence.Tokens)
            {
                Assert.InRange(token.Head, 0, sentence.Count);
                Assert.NotEqual(token.Index, token.Head);
                if (token.Head != 0)
                {
                    Assert.NotEqual("root", token.DepRel);
                }

                // Following heads from any word reaches the root within n steps: no cycle.
                var node = token.Index;
                for (var steps = 0; node != 0; steps++)
                {
                    Assert.True(steps <= sentence.Count, $"cycle through word {token.Index} in '{text}'");
                    node = sentence[node].Head;
                }
            }
        }
    }

    [Fact]
    public void Analyze_BeamOverLongSentenceInChunks_StillOneTree()
    {
        var analyzer = new LanguageAnalyzer(LanguageModels.Embedded.WithParserBeamWidth(4), new LanguageAnalyzerOptions { MaxParseWords = 20 });
        var text = string.Join(' ', Enumerable.Repeat("Envoys from Freedonia met rebels in Osterberg, and", 12)) + " they left.";

        var sentence = analyzer.Analyze(text);

        Assert.True(sentence.WasSplitForParsing);
        Assert.Single(sentence.Tokens, t => t.Head == 0);
    }

    [Fact]
    public void Offer_MoreCandidatesThanWidth_KeepsBestInOrderAndEarlierOnTies()
    {
        var kept = new BeamCandidate[3];
        var count = 0;

        foreach (var (score, parent, action) in new[] { (1.0, 0, 0), (5.0, 0, 1), (3.0, 0, 2), (5.0, 1, 0), (0.5, 1, 1), (4.0, 1, 2) })
        {
            BeamWorkspace.Offer(kept, ref count, new BeamCandidate(score, parent, action));
        }

        Assert.Equal(3, count);
        Assert.Equal([new(5.0, 0, 1), new(5.0, 1, 0), new BeamCandidate(4.0, 1, 2)], kept);
    }

    [Fact]
    public void CopyConfigurationFrom_AfterTransitions_CopyContinuesLikeTheOriginal()
    {
        ulong[] words = [11, 12, 13, 14];
        int[] tags = [1, 2, 3, 4];
        var original = new ParserState();
        var copy = new ParserState();
        original.Reset(words, tags);
        copy.Reset(words, tags);
        original.Apply(ParserState.Shift, 0);
        original.Apply(ParserState.Shift, 0);
        original.Apply(ParserState.LeftArc, 7);

        copy.CopyConfigurationFrom(original);
        original.Apply(ParserState.Shift, 0);
        copy.Apply(ParserState.Shift, 0);

        Assert.Equal(original.S0, copy.S0);
        Assert.Equal(original.S1, copy.S1);
        Assert.Equal(original.B0, copy.B0);
        Assert.Equal(original.Heads.AsSpan(0, 6).ToArray(), copy.Heads.AsSpan(0, 6).ToArray());
        Assert.Equal(original.Left1.AsSpan(0, 6).ToArray(), copy.Left1.AsSpan(0, 6).ToArray());
        Assert.Equal(original.LeftLabels.AsSpan(0, 6).ToArray(), copy.LeftLabels.AsSpan(0, 6).ToArray());
        Assert.Equal(2, copy.Heads[1]);
    }

    // A small parser keeps serialisation fast (the embedded one takes seconds to compress).
    private static DependencyParser TinyParser()
    {
        var sentences = Training.TreebankSentence.Parse(TrainingTests.TinyTreebank);
        return Training.ModelTrainer.Train(sentences, sentences, new Training.TrainingOptions { TaggerEpochs = 1, ParserEpochs = 1 }).Load().Parser;
    }

    [Fact]
    public void Deserialize_FormatVersionTwoParser_LoadsAsGreedyWithSameWeights()
    {
        var parser = TinyParser().WithBeamWidth(4);
        var writer = new ModelWriter();
        writer.WriteStrings(parser.LabelNames);
        writer.WriteStrings(parser.TagUpos);
        writer.WriteTable(parser.Actions.Export());
        writer.WriteTable(parser.LabelWeights.Export());
        var file = ModelFile.Wrap(ModelKind.Parser, writer.ToArray());
        file[4] = 2;
        file[5] = 0;

        var loaded = DependencyParser.Deserialize(file, "version-2 parser");

        Assert.Equal(1, loaded.BeamWidth);
        Assert.Equal(parser.Actions.RowCount, loaded.Actions.RowCount);
        Assert.Equal(parser.LabelNames, loaded.LabelNames);
    }

    [Fact]
    public void Deserialize_BeamParser_WidthSurvivesTheFile()
    {
        var parser = TinyParser().WithBeamWidth(8);

        var loaded = DependencyParser.Deserialize(parser.Serialize(), "copy");

        Assert.Equal(8, loaded.BeamWidth);
    }
}
