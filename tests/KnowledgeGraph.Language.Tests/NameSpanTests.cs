namespace KnowledgeGraph.Language.Tests;

/// <summary>Names another component has found are tagged as names; the rest of the sentence is tagged as usual.</summary>
public sealed class NameSpanTests
{
    [Fact]
    public void Analyze_NameSpanOnSentenceInitialWord_TaggedProperNoun()
    {
        const string text = "Zorvania condemns the raid.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new NameSpan(0, "Zorvania".Length)]);

        Assert.Equal("PROPN", sentence[1].Upos);
        Assert.Equal("NNP", sentence[1].Xpos);
    }

    [Fact]
    public void Analyze_NameSpanWithFunctionWord_OnlyCapitalisedWordsForced()
    {
        const string text = "The Bank of Zorvania froze the accounts.";
        var start = text.IndexOf("Bank", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new NameSpan(start, "Bank of Zorvania".Length)]);

        Assert.Equal("PROPN", sentence.Tokens.Single(t => t.Form == "Bank").Upos);
        Assert.Equal("PROPN", sentence.Tokens.Single(t => t.Form == "Zorvania").Upos);
        Assert.Equal("ADP", sentence.Tokens.Single(t => t.Form == "of").Upos);
    }

    [Fact]
    public void Analyze_AdjectiveNameSpan_TaggedAdjective()
    {
        const string text = "Zorvanian troops crossed the river.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new NameSpan(0, "Zorvanian".Length, IsAdjective: true)]);

        Assert.Equal("ADJ", sentence[1].Upos);
    }

    [Fact]
    public void Analyze_SpansOutOfOrderOrOutsideTheText_NeverThrow()
    {
        const string text = "Zorvania met Quelland.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new NameSpan(13, 8), new NameSpan(0, 8), new NameSpan(500, 3)]);

        Assert.Equal("PROPN", sentence[1].Upos);
        Assert.Equal("PROPN", sentence[3].Upos);
    }
}
