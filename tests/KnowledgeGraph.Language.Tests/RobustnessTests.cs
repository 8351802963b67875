using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace KnowledgeGraph.Language.Tests;

public sealed class RobustnessTests
{
    private static readonly char[] TrickyCharacters =
    [
        'a', 'Z', 'é', 'ß', '0', '9', ' ', ' ', '\t', '\n', '\r', '\0', '\u0007', '\u200B', '\u00A0', '.', ',', '\'', '’', '"', '-', '—',
        '$', '%', '&', '@', '/', '(', ')', '!', '?', ';', ':', '#', '\uD83D', '\uDE00', '\uFE0F', '\u0301', '中', 'Ω', '\uFFFF',
    ];

    private static bool IsTree(AnalyzedSentence sentence)
    {
        var n = sentence.Count;
        var roots = 0;
        foreach (var token in sentence.Tokens)
        {
            if (token.Head < 0 || token.Head > n || token.Head == token.Index)
            {
                return false;
            }

            roots += token.Head == 0 ? 1 : 0;
        }

        if (n > 0 && roots != 1)
        {
            return false;
        }

        // Acyclic: from every word, following heads reaches the root within n steps.
        foreach (var token in sentence.Tokens)
        {
            var current = token.Index;
            var steps = 0;
            while (current != 0 && steps++ <= n)
            {
                current = sentence[current].Head;
            }

            if (current != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnalyzesToTree(string? text)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);
        return IsTree(sentence) && sentence.Tokens.All(t =>
            t.Start >= 0 && t.End <= sentence.Text.Length && sentence.Text.Substring(t.Start, t.Length) == t.Form &&
            t.Lemma.Length > 0 && t.DepRel.Length > 0 && t.Upos.Length > 0);
    }

    [Fact]
    public void Analyze_ArbitraryStrings_NeverThrowsAndReturnsATree()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => AnalyzesToTree(text));

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Analyze_StringsOfTrickyCharacters_NeverThrowsAndReturnsATree()
    {
        var tricky = Gen.Elements(TrickyCharacters).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

        Prop.ForAll(tricky, text => AnalyzesToTree(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Analyze_ArbitraryWordLists_NeverThrowsAndReturnsATree()
    {
        var words = ArbMap.Default.ArbFor<string[]>();

        Prop.ForAll(words, list =>
        {
            var sentence = LanguageAnalyzer.Default.Analyze([.. list.Select(w => w ?? string.Empty)]);
            return sentence.Count == list.Length && IsTree(sentence);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\0\0")]
    [InlineData("!!!???...,,,;;;")]
    [InlineData("🕊️🕊️🕊️")]
    [InlineData("\uD83D")]
    [InlineData("a")]
    public void Analyze_EdgeCaseText_ReturnsATree(string text)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        Assert.True(IsTree(sentence));
    }

    [Fact]
    public void Analyze_IssueAuthorsSentence_ReturnsATreeWithExpectedWordsAndPossessive()
    {
        var sentence = LanguageAnalyzer.Default.Analyze("New European Union sanctions target Russia's oil sector.");

        Assert.True(IsTree(sentence));
        Assert.Equal(["New", "European", "Union", "sanctions", "target", "Russia", "'s", "oil", "sector", "."], sentence.Tokens.Select(t => t.Form));
        Assert.Equal("sanction", sentence[4].Lemma);
        Assert.Equal("nmod:poss", sentence[6].DepRel);
        Assert.Equal("sector", sentence[sentence[6].Head].Form);
        Assert.Equal("case", sentence[7].DepRel);
        Assert.Equal("compound", sentence[8].DepRel);
    }

    [Theory]
    [InlineData("Peru attacked Chile on Monday.")]
    [InlineData("The sanctions that Peru imposed on Chile were lifted, officials said.")]
    public void HasDependent_EveryWordAndRelation_AgreesWithDependents(string text)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);
        var relations = sentence.Tokens.Select(t => t.DepRel).Distinct().Append("no-such-relation").ToArray();

        Assert.True(sentence.HasDependent(sentence.RootIndex, "nsubj") || sentence.HasDependent(sentence.RootIndex, "nsubj:pass"));
        for (var index = 0; index <= sentence.Count; index++)
        {
            foreach (var relation in relations)
            {
                Assert.Equal(sentence.Dependents(index, relation).Any(), sentence.HasDependent(index, relation));
            }
        }
    }

    [Fact(Skip = "Known model weakness (docs/language.md): the tagger tags 'target' ADP/IN after 'sanctions', so the parse hangs everything on 'sanctions'.")]
    public void Analyze_IssueAuthorsSentence_TargetIsTheVerbWithSubjectAndObject()
    {
        var sentence = LanguageAnalyzer.Default.Analyze("New European Union sanctions target Russia's oil sector.");

        var target = sentence[5];
        Assert.Equal("VERB", target.Upos);
        Assert.Equal(0, target.Head);
        Assert.Equal("sanctions", sentence.Dependents(target.Index, "nsubj").Single().Form);
        Assert.Equal("sector", sentence.Dependents(target.Index, "obj").Single().Form);
    }

    [Fact]
    public void Analyze_RandomGarbageOfTenThousandCharacters_ReturnsATree()
    {
        var random = new Random(7);
        var garbage = new string([.. Enumerable.Range(0, 10_000).Select(_ => (char)random.Next(0, 0x3000))]);

        var sentence = LanguageAnalyzer.Default.Analyze(garbage);

        Assert.True(IsTree(sentence));
    }

    [Fact]
    public void Analyze_FiveThousandWords_ParsesInChunksWithinBoundedTime()
    {
        var analyzer = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { MaxParseWords = 200 });
        var words = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "Freedonia attacked Sylvania," : "and the talks failed;");
        var text = string.Join(' ', words);
        analyzer.Analyze("Warm up the code paths first.");

        var clock = Stopwatch.StartNew();
        var sentence = analyzer.Analyze(text);
        clock.Stop();

        Assert.True(sentence.Count >= 4000, $"expected about 4,500 words, got {sentence.Count}");
        Assert.True(sentence.WasSplitForParsing);
        Assert.Equal(1, analyzer.SplitSentenceCount);
        Assert.True(IsTree(sentence));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Analyze_TextBeyondMaxLength_IsTruncatedAndCounted()
    {
        var analyzer = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { MaxTextLength = 50 });

        var sentence = analyzer.Analyze(new string('x', 30) + " " + new string('y', 60));

        Assert.Equal(1, analyzer.TruncatedTextCount);
        Assert.Equal(50, sentence.Text.Length);
    }

    [Fact]
    public async Task Analyze_ConcurrentCallers_GiveTheSameResultAsSequential()
    {
        string[] sentences = ["Freedonia attacked Sylvania.", "The talks were held in Osterberg.", "Ministers met on Monday."];
        var expected = sentences.Select(s => LanguageAnalyzer.Default.Analyze(s).Tokens.ToArray()).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 200).All(i => LanguageAnalyzer.Default.Analyze(sentences[(i + worker) % 3]).Tokens.SequenceEqual(expected[(i + worker) % 3])))));

        Assert.All(results, Assert.True);
    }
}
