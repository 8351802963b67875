namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// Verbs coordinated with a verb the parse misread: a noun root coordinated with a finite verb ("soldiers shot and killed
/// X" with "shot" a noun) and two coordinated participles read as a reduced relative although the second has an object
/// ("troops stormed and seized a post"). Sentences written for this test.
/// </summary>
public sealed class CoordinatedVerbRepairTests
{
    private static readonly LanguageAnalyzer Unrepaired = new(LanguageModels.Embedded, new LanguageAnalyzerOptions
    {
        RepairFiniteVerbUnderNominalRoot = false,
        RepairParticiplesWithObjects = false,
    });

    [Theory]
    [InlineData("Marsovian soldiers shot and killed the rebel commander.", "shot", "killed")]
    [InlineData("Marsovian troops stormed and seized a border post.", "stormed", "seized")]
    public void Analyze_FirstOfTwoCoordinatedVerbsMisread_BothArePastTensesOfOneClause(string text, string first, string second)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        // The parser alone does not make the first verb the sentence's root.
        Assert.NotEqual("root", Unrepaired.Analyze(text).Tokens.Single(t => t.Form == first).DepRel);
        var firstToken = repaired.Tokens.Single(t => t.Form == first);
        var secondToken = repaired.Tokens.Single(t => t.Form == second);
        Assert.Equal("root", firstToken.DepRel);
        Assert.Equal("VBD", firstToken.Xpos);
        Assert.Equal("VBD", secondToken.Xpos);
        Assert.Equal(firstToken.Index, secondToken.Head);
        Assert.Equal("conj", secondToken.DepRel);
        Assert.Contains(repaired.Tokens, t => t.Head == firstToken.Index && t.DepRel == "nsubj");
    }

    [Theory]
    [InlineData("The troops stationed and trained in Osterberg returned home.")] // passive participles: no object
    [InlineData("The shot and the shell landed near the bridge.")] // nouns coordinated with nouns
    public void Analyze_CoordinationThatIsWhatItSeems_IsLeftAlone(string text)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal(Unrepaired.Analyze(text).Tokens.Select(t => (t.Head, t.DepRel, t.Xpos)), repaired.Tokens.Select(t => (t.Head, t.DepRel, t.Xpos)));
    }
}

/// <summary>
/// A noun phrase the parse hung on a conjunction that hangs on the final full stop ("spoke to X, and the presidents of Y"
/// with "presidents" under "and") becomes a conjunct with "and" as its coordinator. Sentences written for this test.
/// </summary>
public sealed class ConjunctionHeadRepairTests
{
    [Theory]
    [InlineData("She also spoke on the telephone to President Valdor, and the presidents of Marsovia and Zorvania.", "presidents")]
    public void Analyze_NounHungOnAConjunction_IsAConjunctWithTheConjunctionAsItsCoordinator(string text, string noun)
    {
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairNominalConjunctsOfVerbs = false }).Analyze(text);
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        // The parser alone hangs the noun on "and".
        Assert.Equal("and", unrepaired[unrepaired.Tokens.Single(t => t.Form == noun).Head].Form);
        var nounToken = repaired.Tokens.Single(t => t.Form == noun);
        Assert.Equal("conj", nounToken.DepRel);
        Assert.Equal("Valdor", repaired[nounToken.Head].Form);
        var and = repaired.Tokens.First(t => t.Form == "and");
        Assert.Equal(nounToken.Index, and.Head);
        Assert.Equal("cc", and.DepRel);
        Assert.DoesNotContain(repaired.Tokens, t => t.Head > 0 && repaired[t.Head].Upos is "PUNCT" or "CCONJ" && t.Upos is "NOUN" or "PROPN");
    }
}

/// <summary>
/// A headline's verb tagged as a plural noun ("X bombs Y posts"): a word hinted as a noun or a verb, right after a name
/// and before a noun phrase, in a sentence with no finite verb, is the verb. Sentences written for this test.
/// </summary>
public sealed class HeadlineVerbRepairTests
{
    [Theory]
    [InlineData("Marsovia bombs Zorvanian border posts", "bombs")]
    [InlineData("Marsovia sanctions Zorvanian banks", "sanctions")]
    public void Analyze_HintedWordBetweenANameAndANounPhraseInAVerblessHeadline_IsTheVerb(string text, string verb)
    {
        var hints = Hints(text, verb);
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairParticiplesWithObjects = false }).Analyze(text, hints);
        var repaired = LanguageAnalyzer.Default.Analyze(text, hints);

        Assert.Equal("NNS", unrepaired.Tokens.Single(t => t.Form == verb).Xpos);
        var verbToken = repaired.Tokens.Single(t => t.Form == verb);
        Assert.Equal("VBZ", verbToken.Xpos);
        Assert.Equal("root", verbToken.DepRel);
        Assert.Equal(verbToken.Index, repaired.Tokens.Single(t => t.Form == "Marsovia").Head);
    }

    [Theory]
    [InlineData("Marsovia sanctions hit the Zorvanian economy", "sanctions")] // the sentence has its verb
    [InlineData("Marsovia sanctions on Zorvania", "sanctions")] // a preposition follows: a noun phrase
    public void Analyze_HintedPluralThatIsANoun_IsLeftAlone(string text, string noun)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text, Hints(text, noun));

        Assert.Equal("NNS", repaired.Tokens.Single(t => t.Form == noun).Xpos);
    }

    private static TagHint[] Hints(string text, string word) =>
    [
        new TagHint(0, "Marsovia".Length, TagHintKind.ProperNoun),
        new TagHint(text.IndexOf(word, StringComparison.Ordinal), word.Length, TagHintKind.NounOrVerb),
    ];
}

/// <summary>
/// "X and Y have each condemned Z": "have" before a floating quantifier and a participle is the perfect auxiliary, and the
/// quantifier an adverb (as the treebank annotates "have all agreed"). Sentences written for this test.
/// </summary>
public sealed class FloatingQuantifierRepairTests
{
    [Theory]
    [InlineData("Marsovia and Zorvania have each condemned the blockade.", "condemned")]
    [InlineData("Marsovia and Zorvania have both imposed sanctions on Ostria.", "imposed")]
    public void Analyze_HaveBeforeAFloatingQuantifierAndAParticiple_IsThePerfect(string text, string participle)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        var verb = repaired.Tokens.Single(t => t.Form == participle);
        var have = repaired.Tokens.Single(t => t.Form == "have");
        Assert.Equal("root", verb.DepRel);
        Assert.Equal("AUX", have.Upos);
        Assert.Equal(verb.Index, have.Head);
        Assert.Equal("RB", repaired[have.Index + 1].Xpos);
        Assert.Equal(verb.Index, repaired.Tokens.Single(t => t.Form == "Marsovia").Head);
    }

    [Theory]
    [InlineData("Marsovian farmers have limited funds this year.")] // "have limited funds": an adjectival participle
    [InlineData("The hotel had used towels on the floor.")]
    public void Analyze_HaveRightBeforeAParticiple_LeftToTheTagger(string text)
    {
        // Only a floating quantifier makes "have" the perfect here; without one the tagger's reading stands.
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairParticiplesWithObjects = false }).Analyze(text);
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        var have = repaired.Tokens.Single(t => t.Lemma == "have");
        Assert.Equal(unrepaired.Tokens.Single(t => t.Lemma == "have").Upos, have.Upos);
    }
}
