namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// A time word between a subject and its verb ("the minister later held talks", "the envoy yesterday met X") must not
/// take the subject away from the verb. Sentences written for this test.
/// </summary>
public sealed class StrandedSubjectRepairTests
{
    [Theory]
    [InlineData("The prime minister later held talks with the visitors.", "minister", "held")]
    [InlineData("The foreign minister yesterday held talks with his counterpart.", "minister", "held")]
    [InlineData("Zorvania's president later met the rebel leaders.", "president", "met")]
    // "last year", "this week": a unit of time made a point in time, read as the subject with the real one its compound.
    [InlineData("The United States last year imposed sanctions on two financiers.", "States", "imposed")]
    [InlineData("The Zorvanian government this week imposed new tariffs on steel.", "government", "imposed")]
    public void Analyze_SubjectBeforeATimeWord_IsTheVerbsSubject(string text, string subject, string verb)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        var verbToken = sentence.Tokens.Single(t => t.Form == verb);
        var subjectToken = sentence.Tokens.Single(t => t.Form == subject);
        Assert.Equal(verbToken.Index, subjectToken.Head);
        Assert.Equal("nsubj", subjectToken.DepRel);
        Assert.Single(sentence.Tokens, t => t.Head == verbToken.Index && t.DepRel == "nsubj");
    }

    [Fact]
    public void Analyze_MeasureOfTimeReadAsTheSubjectOfABeforeClause_TheNameIsTheSubject()
    {
        const string Text = "The envoy left the capital in May, weeks before Zorvania attacked Marsovia in July.";
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false }).Analyze(Text);
        var sentence = LanguageAnalyzer.Default.Analyze(Text);

        // The parser alone makes "weeks" the subject of "attacked"; the repair gives the verb its name and "before" as a marker.
        Assert.Equal("nsubj", unrepaired.Tokens.Single(t => t.Form == "weeks").DepRel);
        var verb = sentence.Tokens.Single(t => t.Form == "attacked");
        var subject = sentence.Tokens.Single(t => t.Form == "Zorvania");
        Assert.Equal((verb.Index, "nsubj"), (subject.Head, subject.DepRel));
        var before = sentence.Tokens.Single(t => t.Form == "before");
        Assert.Equal((verb.Index, "mark"), (before.Head, before.DepRel));
        Assert.Equal("obl:unmarked", sentence.Tokens.Single(t => t.Form == "weeks").DepRel);
    }

    [Fact]
    public void Analyze_StrandedSubjectWithTheRepairOff_KeepsTheParsersAttachment()
    {
        // The option is what moves the subject: without it the parser's reading stays.
        var analyzer = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false });

        var sentence = analyzer.Analyze("The foreign minister yesterday held talks with his counterpart.");

        Assert.NotEqual("nsubj", sentence.Tokens.Single(t => t.Form == "minister").DepRel);
    }

    [Theory]
    [InlineData("The president met the foreign minister later.", "minister", "met")]
    [InlineData("The envoy visited Zorvania's capital earlier.", "capital", "visited")]
    public void Analyze_DefiniteObjectBeforeLaterOrEarlier_IsTheVerbsObject(string text, string noun, string verb)
    {
        // Read like "two days later", where the measure of time is the adverb's.
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        var nounToken = sentence.Tokens.Single(t => t.Form == noun);
        Assert.Equal(sentence.Tokens.Single(t => t.Form == verb).Index, nounToken.Head);
        Assert.Equal("obj", nounToken.DepRel);
    }

    [Fact]
    public void Analyze_NameReadAsTheCompoundOfACountAfterIt_IsTheVerbsObject()
    {
        // As the frames parse it: the names hinted as proper nouns.
        const string text = "Berg has met Ortega three times this year.";
        TagHint[] names = [new(0, 4), new(text.IndexOf("Ortega", StringComparison.Ordinal), 6)];
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false }).Analyze(text, names);

        var sentence = LanguageAnalyzer.Default.Analyze(text, names);

        Assert.Equal("compound", unrepaired.Tokens.Single(t => t.Form == "Ortega").DepRel);
        var met = sentence.Tokens.Single(t => t.Form == "met");
        Assert.Equal(("obj", met.Index), (sentence.Tokens.Single(t => t.Form == "Ortega").DepRel, sentence.Tokens.Single(t => t.Form == "Ortega").Head));
        Assert.Equal(("obl:unmarked", met.Index), (sentence.Tokens.Single(t => t.Form == "times").DepRel, sentence.Tokens.Single(t => t.Form == "times").Head));
    }

    [Fact]
    public void Analyze_MeasureOfTimeBeforeLater_StaysTheAdverbs()
    {
        var sentence = LanguageAnalyzer.Default.Analyze("The minister resigned two days later.");

        var days = sentence.Tokens.Single(t => t.Form == "days");
        Assert.Equal(sentence.Tokens.Single(t => t.Form == "later").Index, days.Head);
    }

    [Fact]
    public void Analyze_TimeWordThatIsTheSubject_StaysTheSubject()
    {
        var sentence = LanguageAnalyzer.Default.Analyze("Today marks the end of the talks.");

        var today = sentence.Tokens.Single(t => t.Form == "Today");
        Assert.Equal("nsubj", today.DepRel);
    }

    [Theory]
    [InlineData("In Washington, the Secretary of State, Mr Tom Reed, telephoned Mr Dan Levy twice.", "Secretary", "telephoned")]
    [InlineData("In London, the foreign secretary met the visiting envoy.", "secretary", "met")]
    public void Analyze_SubjectReadAsAppositionOfAFrontedPlace_IsTheVerbsSubject(string text, string subject, string verb)
    {
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        var verbToken = sentence.Tokens.Single(t => t.Form == verb);
        var subjectToken = sentence.Tokens.Single(t => t.Form == subject);
        Assert.Equal(verbToken.Index, subjectToken.Head);
        Assert.Equal("nsubj", subjectToken.DepRel);
    }

    [Theory]
    [InlineData("In a call with Valdor, Brennic raised the border dispute.", "Brennic", "raised")]
    public void Analyze_SubjectAfterAFrontedPhraseReadAsAConjunct_IsTheVerbsSubject(string text, string subject, string verb)
    {
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false }).Analyze(text);
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal("conj", unrepaired.Tokens.Single(t => t.Form == subject).DepRel);
        var verbToken = sentence.Tokens.Single(t => t.Form == verb);
        var subjectToken = sentence.Tokens.Single(t => t.Form == subject);
        Assert.Equal(verbToken.Index, subjectToken.Head);
        Assert.Equal("nsubj", subjectToken.DepRel);
    }

    [Fact]
    public void Analyze_ListInAFrontedPhrase_KeepsItsConjuncts()
    {
        // "with Valdor, Brennic and Ostrum": a coordination with its "and" is a list, not a subject after the phrase.
        var sentence = LanguageAnalyzer.Default.Analyze("In talks with Valdor, Brennic and Ostrum, the envoy proposed a ceasefire.");

        Assert.NotEqual("nsubj", sentence.Tokens.Single(t => t.Form == "Brennic").DepRel);
    }

    [Theory]
    [InlineData("Chile, too, condemned Peru.", "Chile", "condemned")]
    public void Analyze_NameReadAsAVocativeBeforeAVerbWithoutSubject_IsTheVerbsSubject(string text, string subject, string verb)
    {
        // The names hinted as the product's gazetteers hint them.
        TagHint[] hints = [new(0, subject.Length), new(text.IndexOf("Peru", StringComparison.Ordinal), "Peru".Length)];
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false }).Analyze(text, hints);
        var sentence = LanguageAnalyzer.Default.Analyze(text, hints);

        Assert.Equal("vocative", unrepaired.Tokens.Single(t => t.Form == subject).DepRel);
        Assert.Equal(sentence.Tokens.Single(t => t.Form == verb).Index, sentence.Tokens.Single(t => t.Form == subject).Head);
        Assert.Equal("nsubj", sentence.Tokens.Single(t => t.Form == subject).DepRel);
    }

    [Theory]
    [InlineData("Dr. Valdor, thank you so much for everything.")] // a formula of thanks addressed to someone
    [InlineData("\"Marsovia, too, condemned the blockade,\" she said.")] // inside a quotation a name may be addressed
    public void Analyze_VocativeInAFormulaOrAQuotation_IsLeftAlone(string text)
    {
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false }).Analyze(text);
        var sentence = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal(unrepaired.Tokens.Select(t => (t.Head, t.DepRel)), sentence.Tokens.Select(t => (t.Head, t.DepRel)));
    }
    [Fact]
    public void Analyze_FrontedSinceAMonthBeforeCoordinatedModifiers_ModifiersGoToTheSubject()
    {
        // "Since" before a month and a comma is a preposition; the names after the comma modify the subject noun.
        // Hinted as the frames hint nationality adjectives.
        const string Text = "Since January, Zorvanian and Marsovian forces have struck more than 200 rebel targets.";
        TagHint[] hints = [new(Text.IndexOf("Zorvanian", StringComparison.Ordinal), "Zorvanian".Length, TagHintKind.Adjective), new(Text.IndexOf("Marsovian", StringComparison.Ordinal), "Marsovian".Length, TagHintKind.Adjective)];
        var tokens = LanguageAnalyzer.Default.Analyze(Text, hints).Tokens;

        var forces = tokens.Single(t => t.Form == "forces");
        var struck = tokens.Single(t => t.Form == "struck");
        Assert.Equal((struck.Index, "nsubj"), (forces.Head, forces.DepRel));
        Assert.Equal(forces.Index, tokens.Single(t => t.Form == "Zorvanian").Head);
        Assert.Equal((struck.Index, "obl"), (tokens.Single(t => t.Form == "January").Head, tokens.Single(t => t.Form == "January").DepRel));
        Assert.Equal("case", tokens.Single(t => t.Form == "Since").DepRel);
    }

    [Fact]
    public void Analyze_SinceOpeningAClause_StaysASubordinator()
    {
        var tokens = LanguageAnalyzer.Default.Analyze("Since January ended, the talks have stalled.").Tokens;

        Assert.Equal("SCONJ", tokens.Single(t => t.Form == "Since").Upos);
    }
}
