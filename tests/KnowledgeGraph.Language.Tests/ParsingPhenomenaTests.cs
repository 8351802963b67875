namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// Invented sentences (names are made up) covering the constructions the extractor relies on.
/// Each test asserts only the structure that matters for extraction.
/// </summary>
public sealed class ParsingPhenomenaTests
{
    private static AnalyzedSentence Parse(string text) => LanguageAnalyzer.Default.Analyze(text);

    private static Token Word(AnalyzedSentence sentence, string form) => sentence.Tokens.Single(t => t.Form == form);

    private static void AssertArc(AnalyzedSentence sentence, string dependent, string relation, string head)
    {
        var token = Word(sentence, dependent);
        var because = ExplainFormatter.Format(sentence);
        Assert.True(token.DepRel == relation, $"'{dependent}' is {token.DepRel}, expected {relation}\n{because}");
        Assert.True(token.Head > 0 && sentence[token.Head].Form == head, $"'{dependent}' hangs on {token.Head}, expected '{head}'\n{because}");
    }

    [Fact]
    public void Analyze_ActiveTransitive_SubjectAndObjectOnVerb()
    {
        var sentence = Parse("Freedonia attacked Sylvania on Monday.");

        Assert.Equal(0, Word(sentence, "attacked").Head);
        Assert.Equal("attack", Word(sentence, "attacked").Lemma);
        AssertArc(sentence, "Freedonia", "nsubj", "attacked");
        AssertArc(sentence, "Sylvania", "obj", "attacked");
        AssertArc(sentence, "Monday", "obl", "attacked");
    }

    [Fact]
    public void Analyze_PassiveWithAgent_PassiveSubjectAndAgent()
    {
        var sentence = Parse("Sylvania was attacked by Freedonia.");

        Assert.Equal(0, Word(sentence, "attacked").Head);
        AssertArc(sentence, "Sylvania", "nsubj:pass", "attacked");
        AssertArc(sentence, "was", "aux:pass", "attacked");
        AssertArc(sentence, "Freedonia", "obl:agent", "attacked");
        AssertArc(sentence, "by", "case", "Freedonia");
    }

    [Fact]
    public void Analyze_PassiveWithoutAgent_PassiveSubject()
    {
        var sentence = Parse("The children were evacuated.");

        AssertArc(sentence, "children", "nsubj:pass", "evacuated");
        Assert.Equal("child", Word(sentence, "children").Lemma);
        Assert.Equal("be", Word(sentence, "were").Lemma);
    }

    [Fact]
    public void Analyze_NonRestrictiveRelativeClause_AttachedAsRelcl()
    {
        var sentence = Parse("Osterberg, which borders Sylvania, condemned the attack.");

        AssertArc(sentence, "borders", "acl:relcl", "Osterberg");
        AssertArc(sentence, "which", "nsubj", "borders");
        AssertArc(sentence, "Osterberg", "nsubj", "condemned");
        AssertArc(sentence, "attack", "obj", "condemned");
    }

    [Fact]
    public void Analyze_RestrictiveRelativeClause_AttachedAsRelcl()
    {
        // With a bare past tense ("... the strike resigned.") the tagger reads "resigned" as a
        // participle and the parse goes wrong; see docs/language.md, known weaknesses.
        var sentence = Parse("The general who ordered the strike has resigned.");

        AssertArc(sentence, "ordered", "acl:relcl", "general");
        AssertArc(sentence, "general", "nsubj", "resigned");
        AssertArc(sentence, "strike", "obj", "ordered");
    }

    [Fact]
    public void Analyze_EventNounWithAdjectiveAndPrepositionalTarget_AmodAndNmod()
    {
        var sentence = Parse("The Freedonian strike on Sylvania killed five soldiers.");

        AssertArc(sentence, "Freedonian", "amod", "strike");
        AssertArc(sentence, "Sylvania", "nmod", "strike");
        AssertArc(sentence, "on", "case", "Sylvania");
        AssertArc(sentence, "strike", "nsubj", "killed");
        AssertArc(sentence, "soldiers", "obj", "killed");
    }

    [Fact]
    public void Analyze_PossessiveNounPhrase_NmodPoss()
    {
        var sentence = Parse("Freedonia's army shelled the border town.");

        AssertArc(sentence, "Freedonia", "nmod:poss", "army");
        AssertArc(sentence, "'s", "case", "Freedonia");
        AssertArc(sentence, "army", "nsubj", "shelled");
        AssertArc(sentence, "town", "obj", "shelled");
    }

    [Fact]
    public void Analyze_Coordination_ConjunctsAndSubject()
    {
        var sentence = Parse("Sylvania and Freedonia signed a ceasefire.");

        AssertArc(sentence, "Sylvania", "nsubj", "signed");
        AssertArc(sentence, "Freedonia", "conj", "Sylvania");
        AssertArc(sentence, "and", "cc", "Freedonia");
        AssertArc(sentence, "ceasefire", "obj", "signed");
    }

    [Fact]
    public void Analyze_ClausalComplement_CcompWithOwnSubject()
    {
        var sentence = Parse("The government said that Sylvania had closed the border.");

        AssertArc(sentence, "closed", "ccomp", "said");
        AssertArc(sentence, "Sylvania", "nsubj", "closed");
        AssertArc(sentence, "border", "obj", "closed");
    }

    [Fact]
    public void Analyze_PhrasalVerb_CompoundPrt()
    {
        // Without the trailing adjunct, "the talks" comes out as xcomp; see docs/language.md.
        var sentence = Parse("Freedonia called off the talks on Monday.");

        AssertArc(sentence, "off", "compound:prt", "called");
        AssertArc(sentence, "talks", "obj", "called");
    }

    [Theory]
    [InlineData("A missile struck the hospital.", "struck", "strike")]
    [InlineData("The talks resumed in Osterberg.", "talks", "talk")]
    [InlineData("Sylvania sanctioned three Freedonian banks.", "sanctioned", "sanction")]
    [InlineData("The ministers met in Osterberg.", "met", "meet")]
    [InlineData("The envoy was expelled.", "was", "be")]
    [InlineData("The children were evacuated.", "children", "child")]
    [InlineData("Freedonia has imposed new tariffs.", "tariffs", "tariff")]
    public void Analyze_InflectedWord_Lemmatised(string text, string form, string lemma)
    {
        Assert.Equal(lemma, Word(Parse(text), form).Lemma);
    }

    [Fact]
    public void Analyze_StruckAsMainVerb_SubjectAndObject()
    {
        var sentence = Parse("A missile struck the hospital.");

        Assert.Equal(0, Word(sentence, "struck").Head);
        AssertArc(sentence, "missile", "nsubj", "struck");
        AssertArc(sentence, "hospital", "obj", "struck");
    }

    [Fact]
    public void Analyze_TalksAsPluralNoun_TaggedNoun()
    {
        var talks = Word(Parse("The talks resumed in Osterberg."), "talks");

        Assert.Equal("NOUN", talks.Upos);
        Assert.Equal("NNS", talks.Xpos);
    }

    [Fact]
    public void Analyze_ProperNouns_KeepCaseInLemma()
    {
        var sentence = Parse("Freedonian troops entered Kelmar.");

        Assert.Equal("Kelmar", Word(sentence, "Kelmar").Lemma);
        Assert.Equal("Freedonian", Word(sentence, "Freedonian").Lemma);
    }
}
