namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// A long subject with a participle or a relative clause inside it ("Sanctions imposed by X on Y took effect", "The
/// missiles X fired at Y landed in the sea") that the parser split into two clauses. Sentences written for this test.
/// </summary>
public sealed class ClauseBoundaryRepairTests
{
    private static readonly LanguageAnalyzer Unrepaired = new(LanguageModels.Embedded,
        new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false, RepairZeroRelativeClauses = false });

    private static readonly LanguageAnalyzer PrepositionsOnly = new(LanguageModels.Embedded,
        new LanguageAnalyzerOptions { RepairZeroRelativeClauses = false });

    [Fact]
    public void Analyze_PrepositionReadAsTheMarkerOfALaterVerb_IsThePrepositionOfTheParticiplesPhrase()
    {
        const string text = "Sanctions imposed by Peru on Chile took effect on Friday.";

        var before = Unrepaired.Analyze(text).Tokens;
        var after = PrepositionsOnly.Analyze(text).Tokens;

        // The parser alone makes "on" the marker of "took" and "Chile" its subject.
        Assert.Equal(("mark", "nsubj"), (before[4].DepRel, before[5].DepRel));
        Assert.Equal(("case", 6), (after[4].DepRel, after[4].Head));
        Assert.Equal(("obl", 2), (after[5].DepRel, after[5].Head)); // Chile on "imposed"
    }

    [Theory]
    [InlineData("Sanctions imposed by Peru on Chile took effect on Friday.", "Sanctions", "imposed", "acl")]
    [InlineData("The strike Peru launched on Chile killed nine people.", "strike", "launched", "acl:relcl")]
    [InlineData("The sanctions Peru imposed last month hit Chilean banks.", "sanctions", "imposed", "acl:relcl")]
    [InlineData("Talks Peru held with Chile in May ended without a deal.", "Talks", "held", "acl:relcl")]
    [InlineData("The missiles Peru fired at Chile landed in the sea.", "missiles", "fired", "acl:relcl")]
    [InlineData("Those killed by Peru included two generals.", "Those", "killed", "acl")]
    public void Analyze_FiniteVerbJoinedToAClauseInsideTheSubjectWithoutAConjunction_IsTheSubjectsPredicate(
        string text, string subject, string clauseVerb, string clauseRelation)
    {
        var before = Unrepaired.Analyze(text).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        var predicate = after.Single(t => t.Head == 0);
        var subjectToken = after.Single(t => t.Form == subject);
        var clause = after.Single(t => t.Form == clauseVerb);
        Assert.Equal("VBD", predicate.Xpos);
        Assert.NotEqual(clause.Index, predicate.Index);
        // The parser alone chose another root: the subject's noun or the verb of the clause inside it.
        Assert.NotEqual(predicate.Index, before.Single(t => t.Head == 0).Index);
        Assert.Equal(("nsubj", predicate.Index), (subjectToken.DepRel, subjectToken.Head));
        Assert.Equal((clauseRelation, subjectToken.Index), (clause.DepRel, clause.Head));
        Assert.Equal(clause.Index, after.Single(t => t.Form == "Peru").Head);
        Assert.Equal(predicate.Index, after[^1].Head); // the full stop follows the predicate
    }

    [Theory]
    [InlineData("Peru imposed sanctions on Chile and the measures took effect on Friday.")] // coordinated clauses
    [InlineData("He asked about what the government imposed on Chile.")] // a preposition before a wh-clause
    [InlineData("The sanctions that Peru imposed were lifted, officials said.")] // a relative clause with its pronoun
    public void Analyze_NoClauseInventedInsideASubject_IsLeftAlone(string text)
    {
        var before = Unrepaired.Analyze(text).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        Assert.Equal(before.Select(t => (t.Head, t.DepRel)), after.Select(t => (t.Head, t.DepRel)));
    }

    [Fact]
    public void Analyze_ParticipleReadAsThePrepositionOfItsObject_IsAnAdverbialClauseWithThatObject()
    {
        // As the frames parse it: the names hinted as proper nouns (the parser alone, unhinted, gets this one right).
        const string text = "\"This is a barbaric act,\" Berg said, condemning Russia.";
        TagHint[] names = [new(text.IndexOf("Berg", StringComparison.Ordinal), 4), new(text.IndexOf("Russia", StringComparison.Ordinal), 6)];

        var before = Unrepaired.Analyze(text, names).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, names).Tokens;

        Assert.Equal("case", before.Single(t => t.Form == "condemning").DepRel);
        var condemning = after.Single(t => t.Form == "condemning");
        Assert.Equal(("advcl", after.Single(t => t.Form == "said").Index), (condemning.DepRel, condemning.Head));
        Assert.Equal(("obj", condemning.Index), (after.Single(t => t.Form == "Russia").DepRel, after.Single(t => t.Form == "Russia").Head));
    }

    [Theory]
    [InlineData("The ministers discussed several issues, including trade.", "including")]
    [InlineData("Officials said, according to the report, that talks resumed.", "according")]
    public void Analyze_ParticipleThatIsAPreposition_StaysThePreposition(string text, string participle)
    {
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        Assert.Equal(Unrepaired.Analyze(text).Tokens.Select(t => (t.Head, t.DepRel)), after.Select(t => (t.Head, t.DepRel)));
        Assert.NotEqual("advcl", after.Single(t => t.Form == participle).DepRel);
    }

    [Fact]
    public void Analyze_ParticipleAfterAPluralCompound_IsTheVerbOfTheClause()
    {
        var parse = LanguageAnalyzer.Default.Analyze("Chile said Peruvian troops attacked Chilean positions.").Tokens;
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairParticiplesWithObjects = false })
            .Analyze("Chile said Peruvian troops attacked Chilean positions.").Tokens;

        Assert.Equal(("VBN", "amod"), (unrepaired[4].Xpos, unrepaired[4].DepRel));
        var attacked = parse[4];
        Assert.Equal("VBD", attacked.Xpos);
        Assert.Equal(("nsubj", attacked.Index), (parse[3].DepRel, parse[3].Head)); // troops
        Assert.Equal(("obj", attacked.Index), (parse[6].DepRel, parse[6].Head)); // positions
    }

    [Fact]
    public void Analyze_ByPhraseHungOnANameUnderAPassive_IsThePassivesAgent()
    {
        // As the frames parse it, the names hinted (unhinted, the parser attaches this one right).
        const string text = "Dozens of rockets were fired into Chile by Peru.";
        TagHint[] names = [new(text.IndexOf("Chile", StringComparison.Ordinal), 5), new(text.IndexOf("Peru", StringComparison.Ordinal), 4)];

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text, names).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, names).Tokens;

        Assert.Equal(("nmod", "Chile"), (before.Single(t => t.Form == "Peru").DepRel, before[before.Single(t => t.Form == "Peru").Head - 1].Form));
        var peru = after.Single(t => t.Form == "Peru");
        Assert.Equal(("obl:agent", "fired"), (peru.DepRel, after[peru.Head - 1].Form));
    }

    [Fact]
    public void Analyze_ByPhraseOfAnActiveVerb_IsAnOrdinaryOblique()
    {
        // As the frames parse it, the names hinted.
        const string text = "The ministry said Ana Duarte had spoken by telephone with Kenji Mori about the crisis.";
        TagHint[] names = [new(text.IndexOf("Ana", StringComparison.Ordinal), 10), new(text.IndexOf("Kenji", StringComparison.Ordinal), 10)];

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text, names).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, names).Tokens;

        Assert.Equal("obl:agent", before.Single(t => t.Form == "telephone").DepRel);
        var telephone = after.Single(t => t.Form == "telephone");
        Assert.Equal(("obl", "spoken"), (telephone.DepRel, after[telephone.Head - 1].Form));
    }

    [Fact]
    public void Analyze_ByPhraseOfAPassive_StaysTheAgent()
    {
        var parse = LanguageAnalyzer.Default.Analyze("The embassy was attacked by protesters on Monday.").Tokens;

        Assert.Equal("obl:agent", parse.Single(t => t.Form == "protesters").DepRel);
    }

    [Theory]
    [InlineData("Peru's army, which has been fighting the rebels since April, named a new commander.", "army")]
    [InlineData("Chile's army, which has been fighting the rebels for weeks, lost a general.", "army")]
    [InlineData("The rebels, who have been fighting the army since May, rejected the offer.", "rebels")]
    public void Analyze_WhClauseOnANounReadAsParataxisOrReducedRelative_IsARelativeClause(string text, string noun)
    {
        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text).Tokens;
        var parse = LanguageAnalyzer.Default.Analyze(text).Tokens;

        Assert.NotEqual("acl:relcl", before.Single(t => t.Form == "fighting").DepRel);

        var fighting = parse.Single(t => t.Form == "fighting");
        Assert.Equal(("acl:relcl", noun), (fighting.DepRel, parse[fighting.Head - 1].Form));
    }

    [Theory]
    [InlineData("While visiting Lima, Duarte met Mori.", "Duarte", "met")]
    [InlineData("After cancelling their meeting on Monday, Duarte and Mori finally met in Lima.", "Duarte", "met")]
    public void Analyze_NamesAfterAFrontedPhraseReadAsPartOfIt_AreTheVerbsSubject(string text, string subject, string verb)
    {
        // As the frames parse it: each name collapsed to one word and hinted.
        var names = new List<TagHint>();
        foreach (var person in new[] { "Duarte", "Mori" })
        {
            names.Add(new TagHint(text.IndexOf(person, StringComparison.Ordinal), person.Length));
        }

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairStrandedSubjects = false })
            .Analyze(text, [.. names]).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, [.. names]).Tokens;

        Assert.NotEqual("nsubj", before.Single(t => t.Form == subject).DepRel);
        var name = after.Single(t => t.Form == subject);
        Assert.Equal(("nsubj", verb), (name.DepRel, after[name.Head - 1].Form));
    }

    [Fact]
    public void Analyze_AppositionInAFrontedPhraseBeforeASubject_StaysAnApposition()
    {
        var parse = LanguageAnalyzer.Default.Analyze("In Lima, the capital, we met the mayor.").Tokens;

        Assert.Equal("nsubj", parse.Single(t => t.Form == "we").DepRel);
        Assert.NotEqual("nsubj", parse.Single(t => t.Form == "capital").DepRel);
    }

    [Fact]
    public void Analyze_PrepositionalPhraseReadAsASecondSubject_ModifiesTheSubjectNoun()
    {
        // As the frames parse it, the event noun hinted.
        const string text = "Fighting between the two sides broke out on Monday.";
        TagHint[] noun = [new(0, 8, TagHintKind.Noun)];

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text, noun).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, noun).Tokens;

        Assert.Equal("nsubj", before.Single(t => t.Form == "sides").DepRel);
        var sides = after.Single(t => t.Form == "sides");
        Assert.Equal(("nmod", "Fighting"), (sides.DepRel, after[sides.Head - 1].Form));
    }

    [Fact]
    public void Analyze_WhClauseReadAsAnAdverbialOfTheVerbAfterIt_IsARelativeOfTheNounBeforeIt()
    {
        // As the frames parse it: the name collapsed to one word and hinted.
        const string text = "The Forces, which have been fighting Sudan's army since April 2023, encircled the city.";
        TagHint[] name = [new(4, 6)];

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text, name).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, name).Tokens;

        Assert.Equal("advcl", before.Single(t => t.Form == "fighting").DepRel);
        var fighting = after.Single(t => t.Form == "fighting");
        Assert.Equal(("acl:relcl", "Forces"), (fighting.DepRel, after[fighting.Head - 1].Form));
    }

    [Fact]
    public void Analyze_WhClauseUnderAPreposition_NotARelativeOfTheNounBefore()
    {
        var parse = LanguageAnalyzer.Default.Analyze("Reporters asked for a list of who will be speaking at the summit.").Tokens;

        Assert.NotEqual("acl:relcl", parse.Single(t => t.Form == "speaking").DepRel);
    }

    [Fact]
    public void Analyze_PrepositionalPredicateHungOnTheCopula_IsThePredicate()
    {
        // As the frames parse it, the names hinted.
        const string text = "Musa was among those killed by Israel.";
        TagHint[] names = [new(0, 4), new(text.IndexOf("Israel", StringComparison.Ordinal), 6)];

        var before = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPrepositionsReadAsSubordinators = false })
            .Analyze(text, names).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, names).Tokens;

        Assert.Equal(("obl", "was"), (before[3].DepRel, before[before[3].Head - 1].Form)); // "those" on the copula
        var those = after[3];
        Assert.Equal("root", those.DepRel);
        Assert.Equal(("nsubj", those.Index), (after[0].DepRel, after[0].Head));
        Assert.Equal(("cop", those.Index), (after[1].DepRel, after[1].Head));
        Assert.Equal(those.Index, after[^1].Head);
    }

    private static readonly LanguageAnalyzer CoordinationUnrepaired = new(LanguageModels.Embedded,
        new LanguageAnalyzerOptions { RepairPhrasesAfterClosedCoordination = false });

    [Theory]
    [InlineData("Peru sanctioned two arms brokers, Orlinsky and Vasko, on Tuesday.", "Tuesday", "sanctioned")]
    [InlineData("Today Peru has also sanctioned two militia commanders, Orlinsky and Vasko, for their role in the raids.", "role", "sanctioned")]
    [InlineData("Berg met two ministers, Lind and Ek, in Oslo on Monday.", "Oslo", "met")]
    public void Analyze_PrepositionalPhraseCoordinatedAfterTheLastConjunct_IsAnObliqueOfTheVerb(string text, string phrase, string verb)
    {
        // As the frames parse it: the names hinted as proper nouns.
        var names = text.Split(' ', ',', '.').Where(w => w.Length > 0 && char.IsUpper(w[0]) && w is not ("Tuesday" or "Monday" or "Today"))
            .Select(w => new TagHint(text.IndexOf(w, StringComparison.Ordinal), w.Length)).ToArray();

        var before = CoordinationUnrepaired.Analyze(text, names).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text, names).Tokens;

        Assert.Equal("conj", before.Single(t => t.Form == phrase).DepRel);
        var repaired = after.Single(t => t.Form == phrase);
        Assert.Equal(("obl", verb), (repaired.DepRel, after[repaired.Head - 1].Form));
        // The coordination itself stays: the second name is still the first one's conjunct.
        var second = after.Single(t => t.Form is "Vasko" or "Ek");
        Assert.Equal(("conj", after.Single(t => t.Form is "Orlinsky" or "Lind").Index), (second.DepRel, second.Head));
    }

    [Theory]
    [InlineData("The rooms were clean and quiet, with a view of the bay.")] // adjectives may be coordinated with a phrase
    [InlineData("Peru sent aid to Chile and Bolivia, and to Ecuador.")] // a conjunct with its own "and"
    [InlineData("Peru sent aid to Chile and Bolivia, in May.")] // the first conjunct has a preposition too
    public void Analyze_NoPhraseAddedToAClosedCoordinationOfNouns_IsLeftAlone(string text)
    {
        var before = CoordinationUnrepaired.Analyze(text).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        Assert.Equal(before.Select(t => (t.Head, t.DepRel)), after.Select(t => (t.Head, t.DepRel)));
    }
    [Theory]
    [InlineData("Peru said on Monday that its forces had struck Chile with missiles.", "Monday", "struck")]
    [InlineData("Peru announced today that its navy had seized a Chilean tanker.", "today", "seized")]
    public void Analyze_ThatClauseAfterADayUnderASayingVerb_IsTheContentClause(string text, string day, string verb)
    {
        var before = Unrepaired.Analyze(text).Tokens;
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        var clause = after.Single(t => t.Form == verb);
        var that = after.Single(t => t.Form == "that");
        Assert.Equal(("ccomp", "VERB"), (clause.DepRel, after[clause.Head - 1].Upos));
        Assert.Equal((clause.Index, "mark"), (that.Head, that.DepRel));
        // A day's name takes no relative clause, and the clause has an object of its own again.
        Assert.DoesNotContain(after, t => t.DepRel == "acl:relcl" && after[t.Head - 1].Form == day);
        Assert.Contains(after, t => t.Head == clause.Index && t.DepRel == "obj");
        // Not vacuous for the first: the parser alone hangs the clause on the day.
        Assert.True(verb != "struck" || before.Single(t => t.Form == verb).DepRel == "acl:relcl");
    }

    [Fact]
    public void Analyze_RelativeClauseOnACommonNoun_IsLeftAlone()
    {
        // "the day that we met": a common noun of time does take a relative clause, so the parser's reading stays.
        const string text = "She said on the day that we met that the talks had failed.";
        var before = Unrepaired.Analyze(text).Tokens.Single(t => t.Form == "met");
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens.Single(t => t.Form == "met");

        Assert.Equal((before.Head, before.DepRel), (after.Head, after.DepRel));
    }
    [Theory]
    [InlineData("A Zorvanian strike killed Tomas Lind, a senior rebel commander, the group said.", "killed", "group")]
    [InlineData("Peru shelled the border town overnight, killing two soldiers, officials said on Monday.", "shelled", "officials")]
    public void Analyze_SentenceFinalAttribution_IsTheRootWithTheClauseAsItsContent(string text, string clauseVerb, string speaker)
    {
        var tokens = LanguageAnalyzer.Default.Analyze(text).Tokens;

        var said = tokens.Single(t => t.Form == "said");
        Assert.Equal((0, "root"), (said.Head, said.DepRel));
        Assert.Equal((said.Index, "ccomp"), (tokens.Single(t => t.Form == clauseVerb).Head, tokens.Single(t => t.Form == clauseVerb).DepRel));
        Assert.Equal((said.Index, "nsubj"), (tokens.Single(t => t.Form == speaker).Head, tokens.Single(t => t.Form == speaker).DepRel));
    }

    [Fact]
    public void Analyze_SentenceFinalAttributionMisread_TheVictimIsTheObjectAgain()
    {
        // The whole-sentence parse makes the name a second subject of "said"; parsed apart, it is what "killed" took.
        const string text = "A Zorvanian strike killed Tomas Lind, a senior rebel commander, the group said.";
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairTrailingAttribution = false }).Analyze(text).Tokens;
        var repaired = LanguageAnalyzer.Default.Analyze(text).Tokens;

        Assert.NotEqual((unrepaired.Single(t => t.Form == "killed").Index, "obj"), (unrepaired.Single(t => t.Form == "Tomas").Head, unrepaired.Single(t => t.Form == "Tomas").DepRel));
        Assert.Equal((repaired.Single(t => t.Form == "killed").Index, "obj"), (repaired.Single(t => t.Form == "Tomas").Head, repaired.Single(t => t.Form == "Tomas").DepRel));
    }
}
