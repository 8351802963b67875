namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// A comma-delimited insertion between a subject and its verb ("X, who met Y on Monday, said ...") that left the parse with
/// the subject's noun as the root is re-parsed with the verb after the insertion as the root. Sentences written for this
/// test.
/// </summary>
public sealed class InsertionRepairTests
{
    private static readonly LanguageAnalyzer Unrepaired =
        new(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairPredicateAfterInsertion = false });

    [Theory]
    [InlineData("Valdor, who met Brennic on Monday, said the talks had gone well.", "said", "Valdor")]
    [InlineData("Marsovia, in a statement on Monday, imposed sanctions on Zorvania.", "imposed", "Marsovia")]
    [InlineData("The Marsovian army, backed by drones, attacked positions near the border.", "attacked", "army")]
    public void Analyze_VerbAfterAnInsertionThatFollowsTheSubject_BecomesTheRootWithTheSubject(string text, string verb, string subject)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        // The parser alone makes the subject's noun the root and hangs the verb somewhere inside the sentence.
        Assert.Equal(subject, Unrepaired.Tokens(text).Single(t => t.Head == 0).Form);
        var verbToken = repaired.Tokens.Single(t => t.Form == verb);
        Assert.Equal("root", verbToken.DepRel);
        Assert.Equal("VBD", verbToken.Xpos);
        Assert.Equal(verbToken.Index, repaired.Tokens.Single(t => t.Form == subject).Head);
        Assert.Equal("nsubj", repaired.Tokens.Single(t => t.Form == subject).DepRel);
    }

    [Fact]
    public void Analyze_RelativeClauseOnTheRepairedSubject_IsAnAdnominalRelativeClause()
    {
        var repaired = LanguageAnalyzer.Default.Analyze("Valdor, who met Brennic on Monday, said the talks had gone well.");

        var said = repaired.Tokens.Single(t => t.Form == "said");
        var met = repaired.Tokens.Single(t => t.Form == "met");
        Assert.Equal("root", said.DepRel);
        Assert.Equal(said.Index, repaired.Tokens.Single(t => t.Form == "Valdor").Head);
        Assert.Equal(repaired.Tokens.Single(t => t.Form == "Valdor").Index, met.Head);
        Assert.Equal("acl:relcl", met.DepRel);
    }

    [Theory]
    [InlineData("Marsovia, whose troops guard the border, condemned Zorvania on Monday.", "guard", "condemned", "Marsovia")]
    [InlineData("Valdor, whom Marsovia executed last year, was a journalist.", "executed", "journalist", "Valdor")]
    public void Analyze_RelativeClauseVerbReadAsTheRoot_PredicateAfterTheInsertionIsTheRootAndTheClauseModifiesTheSubject(
        string text, string clauseVerb, string predicate, string subject)
    {
        var before = Unrepaired.Tokens(text);
        var after = LanguageAnalyzer.Default.Analyze(text).Tokens;

        // The parser alone makes the relative clause's verb the root and hangs the subject on it.
        Assert.Equal(clauseVerb, before.Single(t => t.Head == 0).Form);
        var predicateToken = after.Single(t => t.Form == predicate);
        var subjectToken = after.Single(t => t.Form == subject);
        Assert.Equal("root", predicateToken.DepRel);
        Assert.Equal(("nsubj", predicateToken.Index), (subjectToken.DepRel, subjectToken.Head));
        Assert.Equal(("acl:relcl", subjectToken.Index), (after.Single(t => t.Form == clauseVerb).DepRel, after.Single(t => t.Form == clauseVerb).Head));
    }

    [Theory]
    [InlineData("Valdor, pictured with Brennic in Osterberg.")] // a caption: the participle takes no noun phrase
    [InlineData("Valdor, who met Brennic on Monday, is a former general.")] // the verb after the insertion is a copula
    [InlineData("Valdor, the former general")] // no sentence-final punctuation
    public void Analyze_NoVerbThatCanBeTheSentencesPredicate_IsLeftAlone(string text)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);

        Assert.Equal(Unrepaired.Tokens(text).Select(t => (t.Head, t.DepRel, t.Xpos)), repaired.Tokens.Select(t => (t.Head, t.DepRel, t.Xpos)));
    }

    [Fact]
    public void Analyze_ParticipleInsertionReadAsTheRoot_PredicateAfterItIsTheRootAndTheParticipleModifiesTheNameBefore()
    {
        // As the frames give it: the person's name collapsed to one word, the nationality adjective hinted.
        const string Text = "The funeral of Karimi, killed by an Israeli drone on Friday, drew thousands.";
        TagHint[] hints = [new(Text.IndexOf("Karimi", StringComparison.Ordinal), "Karimi".Length), new(Text.IndexOf("Israeli", StringComparison.Ordinal), "Israeli".Length, TagHintKind.Adjective)];
        var before = Unrepaired.Analyze(Text, hints).Tokens;
        var tokens = LanguageAnalyzer.Default.Analyze(Text, hints).Tokens;

        // Not vacuous: the parser alone makes the participle the root.
        Assert.Equal(0, before.Single(t => t.Form == "killed").Head);
        var drew = tokens.Single(t => t.Form == "drew");
        Assert.Equal((0, "root"), (drew.Head, drew.DepRel));
        Assert.Equal((drew.Index, "nsubj"), (tokens.Single(t => t.Form == "funeral").Head, tokens.Single(t => t.Form == "funeral").DepRel));
        Assert.Equal((tokens.Single(t => t.Form == "Karimi").Index, "acl"), (tokens.Single(t => t.Form == "killed").Head, tokens.Single(t => t.Form == "killed").DepRel));
    }
}

file static class AnalyzerExtensions
{
    public static IReadOnlyList<Token> Tokens(this LanguageAnalyzer analyzer, string text) => analyzer.Analyze(text).Tokens;
}
