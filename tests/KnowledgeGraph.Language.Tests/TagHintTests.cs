namespace KnowledgeGraph.Language.Tests;

/// <summary>Names and verbs another component knows are tagged as such; the rest of the sentence is tagged as usual.</summary>
public sealed class TagHintTests
{
    [Fact]
    public void Analyze_NameSpanOnSentenceInitialWord_TaggedProperNoun()
    {
        const string text = "Zorvania condemns the raid.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(0, "Zorvania".Length)]);

        Assert.Equal("PROPN", sentence[1].Upos);
        Assert.Equal("NNP", sentence[1].Xpos);
    }

    [Fact]
    public void Analyze_NameSpanWithFunctionWord_OnlyCapitalisedWordsForced()
    {
        const string text = "The Bank of Zorvania froze the accounts.";
        var start = text.IndexOf("Bank", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(start, "Bank of Zorvania".Length)]);

        Assert.Equal("PROPN", sentence.Tokens.Single(t => t.Form == "Bank").Upos);
        Assert.Equal("PROPN", sentence.Tokens.Single(t => t.Form == "Zorvania").Upos);
        Assert.Equal("ADP", sentence.Tokens.Single(t => t.Form == "of").Upos);
    }

    [Fact]
    public void Analyze_AdjectiveNameSpan_TaggedAdjective()
    {
        const string text = "Zorvanian troops crossed the river.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(0, "Zorvanian".Length, TagHintKind.Adjective)]);

        Assert.Equal("ADJ", sentence[1].Upos);
    }

    [Fact]
    public void Analyze_SpansOutOfOrderOrOutsideTheText_NeverThrow()
    {
        const string text = "Zorvania met Quelland.";

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(13, 8), new TagHint(0, 8), new TagHint(500, 3)]);

        Assert.Equal("PROPN", sentence[1].Upos);
        Assert.Equal("PROPN", sentence[3].Upos);
    }

    [Fact]
    public void Analyze_VerbHintAfterName_TaggedVerbAndHeadsTheClause()
    {
        const string text = "Zorvania denounces the raid.";
        var verb = text.IndexOf("denounces", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(0, "Zorvania".Length), new TagHint(verb, "denounces".Length, TagHintKind.Verb)]);

        Assert.Equal("VERB", sentence[2].Upos);
        Assert.Equal(0, sentence[2].Head);
        Assert.Equal("nsubj", sentence[1].DepRel);
    }

    [Fact]
    public void Analyze_NounOrVerbHint_NeverAPreposition()
    {
        const string text = "Sanctions target Zorvania.";
        var target = text.IndexOf("target", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(target, "target".Length, TagHintKind.NounOrVerb), new TagHint(17, "Zorvania".Length)]);

        Assert.Contains(sentence[2].Upos, new[] { "NOUN", "VERB" });
    }

    [Fact]
    public void Analyze_NounHint_TaggedCommonNoun()
    {
        const string text = "Zorvania imposed an arms embargo on Quelland.";
        var embargo = text.IndexOf("embargo", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(embargo, "embargo".Length, TagHintKind.Noun)]);

        Assert.Equal("NOUN", sentence.Tokens.Single(t => t.Form == "embargo").Upos);
    }

    [Fact]
    public void Analyze_CommonAdjectiveHint_LowerCaseWordTaggedAdjective()
    {
        const string text = "Zorvania imposed sweeping sanctions on Quelland.";
        var sweeping = text.IndexOf("sweeping", StringComparison.Ordinal);

        var sentence = LanguageAnalyzer.Default.Analyze(text, [new TagHint(sweeping, "sweeping".Length, TagHintKind.CommonAdjective)]);

        Assert.Equal("ADJ", sentence.Tokens.Single(t => t.Form == "sweeping").Upos);
        Assert.Equal("sanctions", sentence[sentence.Tokens.Single(t => t.Form == "sweeping").Head].Form);
    }
}
