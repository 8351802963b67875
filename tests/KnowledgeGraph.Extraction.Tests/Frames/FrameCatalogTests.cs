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
