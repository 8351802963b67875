using KnowledgeGraph.Extraction.Frames;
using static KnowledgeGraph.Extraction.Tests.Frames.ParseBuilder;

namespace KnowledgeGraph.Extraction.Tests.Frames;

public sealed class AssertionLayerTests
{
    private static readonly AssertionLayer Layer = new(FrameCatalog.Instance);

    [Fact]
    public void Check_PlainPastEvent_Asserted()
    {
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/2/obj", "././PUNCT/2/punct");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_NegatedVerb_Negated()
    {
        var parse = Parse("Norland/Norland/PROPN/4/nsubj", "did/do/AUX/4/aux", "not/not/PART/4/advmod", "attack/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/4/obj");

        Assert.Equal(NonAssertion.Negated, Layer.Check(parse, 4));
    }

    [Fact]
    public void Check_EventNounSubjectOfModalClause_Modal()
    {
        // "A Norlandic attack on Sudmark would trigger a war": the noun's clause is hypothetical.
        var parse = Parse("A/a/DET/3/det", "Norlandic/Norlandic/ADJ/3/amod", "attack/attack/NOUN/7/nsubj", "on/on/ADP/5/case",
            "Sudmark/Sudmark/PROPN/3/nmod", "would/would/AUX/7/aux", "trigger/trigger/VERB/0/root", "a/a/DET/9/det", "war/war/NOUN/7/obj");

        Assert.Equal(NonAssertion.Modal, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_ConditionalClause_Conditional()
    {
        var parse = Parse("If/if/SCONJ/3/mark", "Norland/Norland/PROPN/3/nsubj", "attacks/attack/VERB/6/advcl", "Sudmark/Sudmark/PROPN/3/obj",
            "allies/ally/NOUN/6/nsubj", "respond/respond/VERB/0/root");

        Assert.Equal(NonAssertion.Conditional, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_InvertedHad_Counterfactual()
    {
        var parse = Parse("Had/have/AUX/3/aux", "Norland/Norland/PROPN/3/nsubj", "attacked/attack/VERB/7/advcl", "Sudmark/Sudmark/PROPN/3/obj",
            "the/the/DET/6/det", "region/region/NOUN/7/nsubj", "burned/burn/VERB/0/root");

        Assert.Equal(NonAssertion.Counterfactual, Layer.Check(parse, 3));
    }

    [Theory]
    [InlineData("refrained/refrain", "from")]
    [InlineData("abstained/abstain", "from")]
    [InlineData("desisted/desist", "from")]
    public void Check_ClauseWithFromAfterAVerbOfHoldingBack_Irrealis(string verb, string marker)
    {
        // "Norland refrained from attacking Sudmark".
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", $"{verb}/VERB/0/root", $"{marker}/{marker}/SCONJ/4/mark", "attacking/attack/VERB/2/advcl",
            "Sudmark/Sudmark/PROPN/4/obj");

        Assert.Equal(NonAssertion.Irrealis, Layer.Check(parse, 4));
    }

    [Theory]
    [InlineData("ruled/rule", "out", "xcomp", null)]
    [InlineData("held/hold", "off", "advcl", "on")]
    public void Check_ComplementOfAPhrasalVerbOfHoldingBack_Irrealis(string verb, string particle, string relation, string? marker)
    {
        // "Norland ruled out attacking Sudmark", "Norland held off on attacking Sudmark".
        string[] words = marker is null
            ? ["Norland/Norland/PROPN/2/nsubj", $"{verb}/VERB/0/root", $"{particle}/{particle}/ADP/2/compound:prt", $"attacking/attack/VERB/2/{relation}", "Sudmark/Sudmark/PROPN/4/obj"]
            : ["Norland/Norland/PROPN/2/nsubj", $"{verb}/VERB/0/root", $"{particle}/{particle}/ADP/2/compound:prt", $"{marker}/{marker}/SCONJ/5/mark", $"attacking/attack/VERB/2/{relation}", "Sudmark/Sudmark/PROPN/5/obj"];
        var parse = Parse(words);

        Assert.Equal(NonAssertion.Irrealis, Layer.Check(parse, marker is null ? 4 : 5));
    }

    [Fact]
    public void Check_ClauseWithFromAfterAnOrdinaryVerb_Asserted()
    {
        // "Norland profited from attacking Sudmark": only a verb of holding back denies its "from" clause.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "profited/profit/VERB/0/root", "from/from/SCONJ/4/mark", "attacking/attack/VERB/2/advcl",
            "Sudmark/Sudmark/PROPN/4/obj");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 4));
    }

    [Fact]
    public void Check_ComplementOfPlan_Irrealis()
    {
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "plans/plan/VERB/0/root", "to/to/PART/4/mark", "attack/attack/VERB/2/xcomp", "Sudmark/Sudmark/PROPN/4/obj");

        Assert.Equal(NonAssertion.Irrealis, Layer.Check(parse, 4));
    }

    [Fact]
    public void Check_ClaimVerbAfterTheClause_Claimed()
    {
        // "Norland attacked Sudmark, the rebels claimed": the whole clause is the rebels' claim.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/2/obj", ",/,/PUNCT/6/punct",
            "the/the/DET/6/det", "rebels/rebel/NOUN/7/nsubj", "claimed/claim/VERB/2/parataxis", "././PUNCT/2/punct");

        Assert.Equal(NonAssertion.Claimed, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_ClaimVerbAfterTheClauseReadAsAnUnmarkedAdverbialClause_Claimed()
    {
        // "Norland attacked Sudmark, his widow alleged", with "alleged" parsed as an adverbial clause without a marker.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/2/obj", ",/,/PUNCT/3/punct",
            "his/his/PRON/6/nmod:poss", "widow/widow/NOUN/7/nsubj", "alleged/allege/VERB/2/advcl", "././PUNCT/2/punct");

        Assert.Equal(NonAssertion.Claimed, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_AdverbialClauseWithAMarkerAfterTheClause_Asserted()
    {
        // "Norland attacked Sudmark, as the rebels alleged": the writer vouches for it.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/2/obj", ",/,/PUNCT/3/punct",
            "as/as/SCONJ/8/mark", "the/the/DET/7/det", "rebels/rebel/NOUN/8/nsubj", "alleged/allege/VERB/2/advcl", "././PUNCT/2/punct");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_AccusationClauseHungOnTheAccused_Claimed()
    {
        // "Sudmark accused Norland of bombing Ostby airport", with "of bombing" parsed as a clause on "Norland".
        var parse = Parse("Sudmark/Sudmark/PROPN/2/nsubj", "accused/accuse/VERB/0/root", "Norland/Norland/PROPN/2/obj", "of/of/SCONJ/5/mark",
            "bombing/bomb/VERB/3/acl", "Ostby/Ostby/PROPN/7/compound", "airport/airport/NOUN/5/obj", "././PUNCT/2/punct");

        Assert.Equal(NonAssertion.Claimed, Layer.Check(parse, 5));
    }

    [Fact]
    public void Check_ClaimVerbWithItsOwnObjectAfterTheClause_Asserted()
    {
        // "Norland attacked Sudmark, and the rebels claimed the border": the second clause claims a thing, not the first.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "attacked/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/2/obj", ",/,/PUNCT/7/punct",
            "the/the/DET/6/det", "rebels/rebel/NOUN/7/nsubj", "claimed/claim/VERB/2/parataxis", "the/the/DET/9/det", "border/border/NOUN/7/obj");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_ClauseIntroducedByWithout_Negated()
    {
        // "Norland left without meeting Sudmark": the meeting did not happen.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "left/leave/VERB/0/root", "without/without/SCONJ/4/mark", "meeting/meet/VERB/2/advcl",
            "Sudmark/Sudmark/PROPN/4/obj");

        Assert.Equal(NonAssertion.Negated, Layer.Check(parse, 4));
    }

    [Fact]
    public void Check_SubjectWithNeitherNor_Negated()
    {
        // "Neither Norland nor Sudmark condemned Ostria": no one named condemned.
        var parse = Parse("Neither/neither/CCONJ/2/cc:preconj", "Norland/Norland/PROPN/5/nsubj", "nor/nor/CCONJ/4/cc", "Sudmark/Sudmark/PROPN/2/conj",
            "condemned/condemn/VERB/0/root", "Ostria/Ostria/PROPN/5/obj");

        Assert.Equal(NonAssertion.Negated, Layer.Check(parse, 5));
    }

    [Theory]
    [InlineData("no/no/DET/2/det", "country/country/NOUN/3/nsubj")]
    [InlineData("both/both/CCONJ/2/cc:preconj", "Norland/Norland/PROPN/3/nsubj")]
    public void Check_DeterminerOfTheSubject_NegatedOnlyByNo(string determiner, string subject)
    {
        // "No country condemned Ostria" denies; "Both Norland ... condemned Ostria" affirms.
        var parse = Parse(determiner, subject, "condemned/condemn/VERB/0/root", "Ostria/Ostria/PROPN/3/obj");

        Assert.Equal(determiner.StartsWith("no/", StringComparison.Ordinal) ? NonAssertion.Negated : NonAssertion.None, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_ComplementOfDenial_Claimed()
    {
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "denied/deny/VERB/0/root", "attacking/attack/VERB/2/advcl", "Sudmark/Sudmark/PROPN/3/obj");

        Assert.Equal(NonAssertion.Claimed, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_EventNounObjectOfCallFor_Irrealis()
    {
        // "Norland called for sanctions on Sudmark": demanded, not imposed.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "called/call/VERB/0/root", "for/for/ADP/4/case", "sanctions/sanction/NOUN/2/obl",
            "on/on/ADP/6/case", "Sudmark/Sudmark/PROPN/4/nmod");

        Assert.Equal(NonAssertion.Irrealis, Layer.Check(parse, 4));
    }

    [Fact]
    public void Check_RelativeClauseUnderModalMatrix_StillAsserted()
    {
        // "Eastia, which has sanctioned Westia, will condemn Norland": the relative clause states its own fact.
        var parse = Parse("Eastia/Eastia/PROPN/7/nsubj", "which/which/PRON/4/nsubj", "has/have/AUX/4/aux", "sanctioned/sanction/VERB/1/acl:relcl",
            "Westia/Westia/PROPN/4/obj", "will/will/AUX/7/aux", "condemn/condemn/VERB/0/root", "Norland/Norland/PROPN/7/obj");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 4));
        Assert.Equal(NonAssertion.Modal, Layer.Check(parse, 7));
    }

    [Fact]
    public void Check_HedgedNoun_Hedged()
    {
        var parse = Parse("the/the/DET/3/det", "alleged/alleged/ADJ/3/amod", "attack/attack/NOUN/0/root");

        Assert.Equal(NonAssertion.Hedged, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_Question_Question()
    {
        var parse = Parse("Did/do/AUX/3/aux", "Norland/Norland/PROPN/3/nsubj", "attack/attack/VERB/0/root", "Sudmark/Sudmark/PROPN/3/obj", "?/?/PUNCT/3/punct");

        Assert.Equal(NonAssertion.Question, Layer.Check(parse, 3));
    }

    [Fact]
    public void Check_DefiniteEventNounUnderAWishAboveItsClause_Asserted()
    {
        // "Volunteers hope to join the army's fight": the fight is presupposed; only joining it is hoped for.
        var parse = Parse("Volunteers/volunteer/NOUN/2/nsubj", "hope/hope/VERB/0/root", "to/to/PART/4/mark", "join/join/VERB/2/xcomp",
            "the/the/DET/6/det", "army/army/NOUN/8/nmod:poss", "'s/'s/PART/6/case", "fight/fight/NOUN/4/obj");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 8));
    }

    [Fact]
    public void Check_IndefiniteEventNounUnderAWish_Irrealis()
    {
        // "Volunteers hope to join a fight": nothing says there is one.
        var parse = Parse("Volunteers/volunteer/NOUN/2/nsubj", "hope/hope/VERB/0/root", "to/to/PART/4/mark", "join/join/VERB/2/xcomp",
            "a/a/DET/6/det", "fight/fight/NOUN/4/obj");

        Assert.Equal(NonAssertion.Irrealis, Layer.Check(parse, 6));
    }

    [Fact]
    public void Check_DefiniteEventNounSubjectOfModalClause_StillModal()
    {
        // "The strike on Sudmark could spark a war": the noun's own clause is hypothetical, definite or not.
        var parse = Parse("The/the/DET/2/det", "strike/strike/NOUN/6/nsubj", "on/on/ADP/4/case", "Sudmark/Sudmark/PROPN/2/nmod",
            "could/could/AUX/6/aux", "spark/spark/VERB/0/root", "a/a/DET/8/det", "war/war/NOUN/6/obj");

        Assert.Equal(NonAssertion.Modal, Layer.Check(parse, 2));
    }

    [Fact]
    public void Check_EventNounInCircumstanceOfDemandVerb_Asserted()
    {
        // "Norland pressed on in the fight": "in" gives where the pressing happened, not what was demanded.
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "pressed/press/VERB/0/root", "on/on/ADP/2/compound:prt", "in/in/ADP/6/case",
            "the/the/DET/6/det", "fight/fight/NOUN/2/obl");

        Assert.Equal(NonAssertion.None, Layer.Check(parse, 6));
    }
}
