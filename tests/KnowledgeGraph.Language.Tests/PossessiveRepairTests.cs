namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// "her" before a noun phrase is a possessive unless the verb takes two bare noun phrases ("gave her flowers"): the tagger
/// alone reads "met her Zorvanian counterpart" with "her" the object. Sentences written for this test.
/// </summary>
public sealed class PossessiveRepairTests
{
    private static readonly LanguageAnalyzer Unrepaired = new(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPossessiveReadAsObject = false });

    [Theory]
    [InlineData("Ilse Marrow met her Zorvanian counterpart, Tomas Lind, in Oslo on Monday.")]
    [InlineData("Ilse Marrow met her Zorvanian counterpart Tomas Lind in Oslo.")]
    public void Analyze_HerBeforeTheVerbsOnlyNounPhrase_IsItsPossessor(string text)
    {
        var before = Unrepaired.Analyze(text);
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        // Not vacuous: the tagger alone makes "her" the object.
        Assert.Equal("PRP", before.Tokens.Single(t => t.Form == "her").Xpos);
        var her = sentence.Tokens.Single(t => t.Form == "her");
        Assert.Equal(("PRP$", "nmod:poss"), (her.Xpos, her.DepRel));
        // The phrase "her" opens is the verb's object.
        var phrase = sentence.Tokens[her.Head - 1];
        Assert.Equal("obj", phrase.DepRel);
        Assert.Equal("VERB", sentence.Tokens[phrase.Head - 1].Upos);
    }

    [Theory]
    // A verb of giving takes her and a second noun phrase.
    [InlineData("Ilse Marrow gave her Zorvanian counterpart a book.")]
    // A bare phrase of time is an adjunct, not the object's noun.
    [InlineData("The envoy reminded her several times.")]
    public void Analyze_HerAsTheObjectOfAVerbThatTakesTwoPhrases_StaysTheObject(string text)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal(Unrepaired.Analyze(text).Tokens.Single(t => t.Form == "her").Xpos, sentence.Tokens.Single(t => t.Form == "her").Xpos);
    }
}
