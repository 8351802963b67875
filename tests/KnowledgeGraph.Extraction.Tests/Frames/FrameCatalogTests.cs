using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Frames;
using static KnowledgeGraph.Extraction.Tests.Frames.ParseBuilder;

namespace KnowledgeGraph.Extraction.Tests.Frames;

public sealed class FrameCatalogTests
{
    private const string Lexicon = """{ "classes": { "agentive": ["launch"], "force": ["troops"] } }""";

    [Fact]
    public void Instance_EmbeddedFrames_OneFramePerRelationshipTypeWithUniqueRuleIds()
    {
        var catalog = FrameCatalog.Instance;

        Assert.Equal(Enum.GetValues<RelationshipType>().Order(), catalog.Frames.Select(f => f.Type).Order());
        Assert.Equal(catalog.RuleIds.Count(), catalog.RuleIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("attack", catalog.VerbFrames.Keys);
        Assert.Contains("sanction", catalog.NounFrames.Keys);
    }

    [Fact]
    public void Parse_UnknownRelation_FailsNamingFileRuleAndRelation()
    {
        var frame = Frame("""{ "id": "x.bad", "on": "verb", "agent": ["nsubjj"], "target": ["obj"] }""");

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("ATTACKED.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("x.bad", error.Message, StringComparison.Ordinal);
        Assert.Contains("nsubjj", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownWordClass_Fails()
    {
        var frame = Frame("""{ "id": "x.class", "on": "noun", "agent": ["^obj@$nosuchclass/nsubj"], "target": ["nmod[on]"] }""");

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("nosuchclass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AdjectiveRuleForALemmaTheFrameDoesNotList_FailsNamingTheLemma()
    {
        var frame = Frame("""{ "id": "x.adj", "on": "adjective", "lemmas": ["hostile"], "agent": ["nsubj"], "target": ["obl[of]"] }""");

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("hostile", error.Message, StringComparison.Ordinal);
        Assert.Contains("adjectives", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_EmbeddedFrames_CriticalIsAnAdjectiveTriggerNeverHinted()
    {
        var catalog = FrameCatalog.Instance;

        Assert.Contains("critical", catalog.AdjectiveFrames.Keys);
        Assert.Contains("critical", (IReadOnlySet<string>)catalog.AdjectiveTriggers);
        Assert.Contains("Critical", (IReadOnlySet<string>)catalog.TriggerForms);
    }

    [Fact]
    public void Parse_DuplicateRuleId_Fails()
    {
        var frame = Frame("""{ "id": "x.same", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }, { "id": "x.same", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }""");

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("x.same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownLabel_Fails()
    {
        var frame = Frame("""{ "id": "x.ok", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }""").Replace("\"Country\"", "\"Planet\"", StringComparison.Ordinal);

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("Planet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_LightVerbPath_ReachesTheSubjectOfTheLightVerb()
    {
        // "Norland launched an attack on Sudmark": from "attack" up to "launched", then its subject.
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["^obj@$agentive/nsubj"], "target": ["nmod[on]"] }"""))]);
        var rule = catalog.Frames.Single().Rules.Single();
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "launched/launch/VERB/0/root", "an/a/DET/4/det", "attack/attack/NOUN/2/obj",
            "on/on/ADP/6/case", "Sudmark/Sudmark/PROPN/4/nmod");
        var agents = new List<int>();
        var targets = new List<int>();

        rule.Agent.Single().Follow(parse, 4, agents);
        rule.Target.Single().Follow(parse, 4, targets);

        Assert.Equal([1], agents);
        Assert.Equal([6], targets);
    }

    [Fact]
    public void Follow_CaseFilter_SkipsOtherPrepositions()
    {
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["amod"], "target": ["nmod[on|against]"] }"""))]);
        var rule = catalog.Frames.Single().Rules.Single();
        // "the strike in Westia": "in" names where, not what was hit.
        var parse = Parse("the/the/DET/2/det", "strike/strike/NOUN/0/root", "in/in/ADP/4/case", "Westia/Westia/PROPN/2/nmod");
        var targets = new List<int>();

        rule.Target.Single().Follow(parse, 2, targets);

        Assert.Empty(targets);
    }

    [Fact]
    public void Follow_UpStepWithCases_ClimbsOnlyThroughTheListedPrepositions()
    {
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["^obl[in|during]/nsubj"], "target": ["amod"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Agent.Single();
        // "Norland died after the raid": "after" is not among the path's prepositions.
        var after = Parse("Norland/Norland/PROPN/2/nsubj", "died/die/VERB/0/root", "after/after/ADP/5/case", "the/the/DET/5/det", "raid/raid/NOUN/2/obl");
        var during = Parse("Norland/Norland/PROPN/2/nsubj", "died/die/VERB/0/root", "during/during/ADP/5/case", "the/the/DET/5/det", "raid/raid/NOUN/2/obl");
        var fromAfter = new List<int>();
        var fromDuring = new List<int>();

        path.Follow(after, 5, fromAfter);
        path.Follow(during, 5, fromDuring);

        Assert.Empty(fromAfter);
        Assert.Equal([1], fromDuring);
    }

    [Fact]
    public void Follow_FilteredObliqueHungOnTheObject_ClimbsToTheVerb()
    {
        // "Norland killed two soldiers in an ambush" parsed with "in an ambush" on "soldiers".
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["^obl[in|during]@kill/nsubj"], "target": ["^obl[in|during]@kill/obj"] }"""))]);
        var rule = catalog.Frames.Single().Rules.Single();
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "killed/kill/VERB/0/root", "two/two/NUM/4/nummod", "soldiers/soldier/NOUN/2/obj",
            "in/in/ADP/7/case", "an/a/DET/7/det", "ambush/ambush/NOUN/4/nmod");
        var praised = Parse("Norland/Norland/PROPN/2/nsubj", "praised/praise/VERB/0/root", "two/two/NUM/4/nummod", "soldiers/soldier/NOUN/2/obj",
            "in/in/ADP/7/case", "an/a/DET/7/det", "ambush/ambush/NOUN/4/nmod");
        var agents = new List<int>();
        var targets = new List<int>();
        var otherVerb = new List<int>();

        rule.Agent.Single().Follow(parse, 7, agents);
        rule.Target.Single().Follow(parse, 7, targets);
        rule.Agent.Single().Follow(praised, 7, otherVerb);

        Assert.Equal([1], agents);
        Assert.Equal([4], targets);
        Assert.Empty(otherVerb);
    }

    [Theory]
    [InlineData("advcl", true)]
    [InlineData("csubj", true)]
    [InlineData("obj", false)]
    public void Follow_GerundReadAsNoun_ItsSubjectClauseIsTheVerbsSubject(string relation, bool climbs)
    {
        // "Fighting broke out between Norland and Sudmark", with "Fighting" parsed as a clause of "broke".
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "pairs": ["^nsubj/obl[between]"], "reciprocal": true }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Pairs.Single();
        var parse = Parse($"Fighting/fight/VERB/2/{relation}", "broke/break/VERB/0/root", "out/out/ADP/2/compound:prt", "between/between/ADP/5/case",
            "Norland/Norland/PROPN/2/obl", "and/and/CCONJ/7/cc", "Sudmark/Sudmark/PROPN/5/conj");
        var asGerund = new List<int>();
        var asVerb = new List<int>();

        path.Follow(parse, 1, asGerund, fromGerund: true);
        path.Follow(parse, 1, asVerb);

        Assert.Equal(climbs ? [5] : [], asGerund);
        Assert.Empty(asVerb);
    }

    [Fact]
    public void Follow_AdverbialGerundBeforeAVerbWithItsOwnSubject_NotItsSubject()
    {
        // "Fighting between Norland and Sudmark, Westia lost ground": the verb has a subject of its own.
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "pairs": ["^nsubj/obl[between]"], "reciprocal": true }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Pairs.Single();
        var parse = Parse("Fighting/fight/VERB/3/advcl", "Westia/Westia/PROPN/3/nsubj", "lost/lose/VERB/0/root", "between/between/ADP/5/case",
            "Norland/Norland/PROPN/3/obl");
        var reached = new List<int>();

        path.Follow(parse, 1, reached, fromGerund: true);

        Assert.Empty(reached);
    }

    [Fact]
    public void Follow_NameBeforeAnObliquesPreposition_IsTheVerbsObject()
    {
        // "Norland criticised Sudmark on Tuesday" parsed with "Sudmark" as a compound of "Tuesday".
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Target.Single();
        var misread = Parse("Norland/Norland/PROPN/2/nsubj", "criticised/criticise/VERB/0/root", "Sudmark/Sudmark/PROPN/5/compound",
            "on/on/ADP/5/case", "Tuesday/Tuesday/PROPN/2/obl");
        // "Norland spoke on Sudmark Radio": the name after the preposition is the oblique's own.
        var own = Parse("Norland/Norland/PROPN/2/nsubj", "spoke/speak/VERB/0/root", "on/on/ADP/5/case",
            "Sudmark/Sudmark/PROPN/5/compound", "Radio/Radio/PROPN/2/obl");
        var fromMisread = new List<int>();
        var fromOwn = new List<int>();

        path.Follow(misread, 2, fromMisread);
        path.Follow(own, 2, fromOwn);

        Assert.Equal([3], fromMisread);
        Assert.Empty(fromOwn);
    }

    [Fact]
    public void Follow_PartOfSpeechStep_KeepsOnlyThatPartOfSpeech()
    {
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["nmod[of]#PROPN/nmod[by]"], "target": ["nmod[of]"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Agent.Single();
        // "the shelling of Ostra by Norland" with "by Norland" hung on the name; "the shelling of homes by night" is not.
        var onName = Parse("the/the/DET/2/det", "shelling/shelling/NOUN/0/root", "of/of/ADP/4/case", "Ostra/Ostra/PROPN/2/nmod",
            "by/by/ADP/6/case", "Norland/Norland/PROPN/4/nmod");
        var onNoun = Parse("the/the/DET/2/det", "shelling/shelling/NOUN/0/root", "of/of/ADP/4/case", "homes/home/NOUN/2/nmod",
            "by/by/ADP/6/case", "night/night/NOUN/4/nmod");
        var fromName = new List<int>();
        var fromNoun = new List<int>();

        path.Follow(onName, 2, fromName);
        path.Follow(onNoun, 2, fromNoun);

        Assert.Equal([6], fromName);
        Assert.Empty(fromNoun);
    }

    [Fact]
    public void Follow_LacksStep_KeepsOnlyWordsWithoutThatDependent()
    {
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["^obl[in]/!obj@support/nsubj"], "target": ["amod"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Agent.Single();
        // "Norland lost men in the fight" makes Norland a fighter; "Norland gave support in the fight" does not.
        var lost = Parse("Norland/Norland/PROPN/2/nsubj", "lost/lose/VERB/0/root", "men/man/NOUN/2/obj", "in/in/ADP/6/case", "the/the/DET/6/det", "fight/fight/NOUN/2/obl");
        var gave = Parse("Norland/Norland/PROPN/2/nsubj", "gave/give/VERB/0/root", "support/support/NOUN/2/obj", "in/in/ADP/6/case", "the/the/DET/6/det", "fight/fight/NOUN/2/obl");
        var fromLost = new List<int>();
        var fromGave = new List<int>();

        path.Follow(lost, 6, fromLost);
        path.Follow(gave, 6, fromGave);

        Assert.Equal([1], fromLost);
        Assert.Empty(fromGave);
    }

    [Fact]
    public void Parse_LacksStepWithoutRelation_FailsNamingTheRule()
    {
        var error = Assert.Throws<FrameCatalogException>(() =>
            FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.bad", "on": "noun", "agent": ["^obl/!@support/nsubj"], "target": ["nmod"] }"""))]));

        Assert.Contains("x.bad", error.Message, StringComparison.Ordinal);
        Assert.Contains("'!'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnlessNamingALaterOrUnknownRule_FailsNamingBoth()
    {
        var error = Assert.Throws<FrameCatalogException>(() =>
            FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.first", "on": "noun", "agent": ["amod"], "target": ["nmod"], "unless": ["x.second"] }, { "id": "x.second", "on": "noun", "agent": ["amod"], "target": ["nmod"] }"""))]));

        Assert.Contains("x.first", error.Message, StringComparison.Ordinal);
        Assert.Contains("'x.second'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnlessNamingAnEarlierRule_IsKept()
    {
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.first", "on": "noun", "agent": ["amod"], "target": ["nmod"] }, { "id": "x.second", "on": "noun", "agent": ["amod"], "target": ["nmod"], "unless": ["x.first"] }"""))]);

        Assert.Equal(["x.first"], catalog.Frames.Single().Rules.Single(r => r.Id == "x.second").Unless);
    }

    [Theory]
    [InlineData("x.ok")] // the id of an argument rule
    [InlineData("")]
    public void Parse_ReplicatedByWithoutAnIdOfItsOwn_Fails(string id)
    {
        var frame = Frame("""{ "id": "x.ok", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }""")
            .Replace("\"type\": \"ATTACKED\",", $"\"type\": \"ATTACKED\", \"replicatedBy\": \"{id}\",", StringComparison.Ordinal);

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]));

        Assert.Contains("replicatedBy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReplicatedBy_IsARuleIdOfTheCatalog()
    {
        var frame = Frame("""{ "id": "x.ok", "on": "verb", "agent": ["nsubj"], "target": ["obj"] }""")
            .Replace("\"type\": \"ATTACKED\",", "\"type\": \"ATTACKED\", \"replicatedBy\": \"x.copied\",", StringComparison.Ordinal);

        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", frame)]);

        Assert.Equal("x.copied", catalog.Frames.Single().Replication?.Id);
        Assert.Contains("x.copied", catalog.RuleIds);
    }

    [Fact]
    public void Parse_ImplicitTargetOnAnotherType_FailsNamingTheRule()
    {
        var frame = Frame("""{ "id": "x.bad", "on": "noun", "agent": ["amod"], "target": ["nmod"], "implicitTarget": true }""").Replace("\"ATTACKED\"", "\"KILLED\"", StringComparison.Ordinal);

        var error = Assert.Throws<FrameCatalogException>(() => FrameCatalog.Parse(Lexicon, [("KILLED.json", frame)]));

        Assert.Contains("x.bad", error.Message, StringComparison.Ordinal);
        Assert.Contains("implicitTarget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPartOfSpeechStep_FailsNamingIt()
    {
        var error = Assert.Throws<FrameCatalogException>(() =>
            FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.bad", "on": "noun", "agent": ["nmod#NNP"], "target": ["nmod"] }"""))]));

        Assert.Contains("#NNP", error.Message, StringComparison.Ordinal);
        Assert.Contains("x.bad", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VERB", true)]
    [InlineData("VBN", false)]
    public void Follow_SubjectOfAFiniteVerbHungOnANoun_IsThatNoun(string verbTag, bool reached)
    {
        // "Norland imposed sanctions on Sudmark" parsed with "imposed" as a clause on "Norland"; a participle there
        // ("forces trained abroad") is a reduced relative whose noun is no subject.
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["^obj/nsubj"], "target": ["nmod[on]"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Agent.Single();
        var parse = Parse("Norland/Norland/PROPN/0/root", "imposed/impose/VERB/1/acl", "sanctions/sanction/NOUN/2/obj", "on/on/ADP/5/case",
            "Sudmark/Sudmark/PROPN/3/nmod");
        var participle = new KnowledgeGraph.Language.AnalyzedSentence(parse.Text, [.. parse.Tokens.Select(t => t.Index == 2 ? t with { Xpos = verbTag == "VERB" ? "VBD" : "VBN" } : t)], wasSplitForParsing: false);
        var agents = new List<int>();

        path.Follow(participle, 3, agents);

        Assert.Equal(reached ? [1] : [], agents);
    }

    [Fact]
    public void FollowDisplaced_PhraseAttachedToTheVerbRightAfterTheNoun_ReachesIt()
    {
        // "Norland made progress in its fight against Sudmark" parsed with "against Sudmark" on "made".
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["amod"], "target": ["nmod[on|against]"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Target.Single();
        var parse = Parse("Norland/Norland/PROPN/2/nsubj", "made/make/VERB/0/root", "progress/progress/NOUN/2/obj", "in/in/ADP/6/case",
            "its/its/PRON/6/nmod:poss", "fight/fight/NOUN/3/nmod", "against/against/ADP/8/case", "Sudmark/Sudmark/PROPN/2/obl");
        var direct = new List<int>();
        var displaced = new List<int>();

        path.Follow(parse, 6, direct);
        path.FollowDisplaced(parse, 6, displaced);

        Assert.Empty(direct);
        Assert.Equal([8], displaced);
    }

    [Fact]
    public void FollowDisplaced_PhraseNotAdjacentToTheNoun_Ignored()
    {
        // "Norland's fight ended in Sudmark against all odds": the phrase after another word is not the noun's.
        var catalog = FrameCatalog.Parse(Lexicon, [("ATTACKED.json", Frame("""{ "id": "x.ok", "on": "noun", "agent": ["amod"], "target": ["nmod[on|against]"] }"""))]);
        var path = catalog.Frames.Single().Rules.Single().Target.Single();
        var parse = Parse("Norland/Norland/PROPN/3/nmod:poss", "'s/'s/PART/1/case", "fight/fight/NOUN/4/nsubj", "ended/end/VERB/0/root",
            "quickly/quickly/ADV/4/advmod", "against/against/ADP/7/case", "Sudmark/Sudmark/PROPN/4/obl");
        var displaced = new List<int>();

        path.FollowDisplaced(parse, 3, displaced);

        Assert.Empty(displaced);
    }

    private static string Frame(string rules) => $$"""
        {
          "type": "ATTACKED",
          "agentLabels": ["Country"],
          "targetLabels": ["Country"],
          "triggers": { "verbs": ["attack"], "nouns": ["attack", "strike"] },
          "rules": [ {{rules}} ]
        }
        """;
}
