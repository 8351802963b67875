using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// A past tense the parse hung as a clause on the sentence's noun phrase ("The two leaders met in Oslo" read as "the two
/// leaders [who] met in Oslo") is re-parsed with the verb as the root. Sentences written for this test.
/// </summary>
public sealed class NominalRootRepairTests
{
    private static readonly string[] Sentences =
    [
        "Zorvanian troops received heavy rocket fire from the hills overnight.",
        "The minister who resigned last week said the talks in Osterberg had failed.",
        "Did the envoys from Marsovia meet the rebels, or did they stay home?",
        "Talks resumed.",
        "Yes.",
    ];

    [Fact]
    public void Parse_ForcedRoot_EveryWordCanBeTheRootOfAWellFormedTree()
    {
        var models = LanguageModels.Embedded;
        var state = new ParserState();
        foreach (var text in Sentences)
        {
            var forms = WordTokenizer.Tokenize(text).Select(t => t.Form).ToArray();
            var hashes = new WordHashes();
            var tags = new int[forms.Length];
            models.Tagger.Tag(forms, tags, hashes, new float[models.Tagger.TagCount]);
            var words = hashes.Lower.AsSpan(0, forms.Length).ToArray();
            for (var root = 0; root < forms.Length; root++)
            {
                var heads = new int[forms.Length];
                var labels = new int[forms.Length];

                models.Parser.Parse(words, tags, heads, labels, state, forcedRoot: root);

                Assert.Equal(0, heads[root]);
                Assert.Equal(1, heads.Count(h => h == 0));
                Assert.All(Enumerable.Range(0, forms.Length), i => Assert.True(ReachesRoot(heads, i), $"word {i} of \"{text}\" with root {root}"));
            }
        }
    }

    [Theory]
    [InlineData("Israeli troops received sustained rocket fire from the hills overnight.", "received", "troops")]
    [InlineData("The French and German leaders met in Lyon for the annual summit.", "met", "leaders")]
    public void Analyze_PastTenseHungOnTheRootNoun_BecomesTheRootWithTheNounAsSubject(string text, string verb, string subject)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairFiniteVerbUnderNominalRoot = false }).Analyze(text);

        // The parser alone reads the verb as a clause on the noun; the repair makes it the sentence's verb.
        Assert.Equal("acl", unrepaired.Tokens.Single(t => t.Form == verb).DepRel);
        var verbToken = repaired.Tokens.Single(t => t.Form == verb);
        Assert.Equal("root", verbToken.DepRel);
        // The noun phrase is the verb's subject (its head word, or a word of it: "The French and German leaders").
        var subjectHead = repaired.Tokens.Single(t => t.Head == verbToken.Index && t.DepRel == "nsubj");
        var subjectToken = repaired.Tokens.Single(t => t.Form == subject);
        Assert.True(subjectToken.Index == subjectHead.Index || repaired.IsDescendantOf(subjectToken.Index, subjectHead.Index));
    }

    [Theory]
    [InlineData("Strikes by Peru against Chile intensified in March.", "Strikes", "NNS", "intensified")]
    [InlineData("Shelling by Peru of Chile intensified in March.", "Shelling", "NN", "intensified")]
    public void Analyze_OpeningWordReadAsAVerbBeforeASubjectlessVerb_IsItsSubjectNoun(string text, string word, string xpos, string verb)
    {
        TagHint[] names = [new(text.IndexOf("Peru", StringComparison.Ordinal), 4)];
        var repaired = LanguageAnalyzer.Default.Analyze(text, names);
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairFiniteVerbUnderNominalRoot = false }).Analyze(text, names);

        Assert.Equal("VERB", unrepaired.Tokens[0].Upos);
        Assert.Equal((word, xpos), (repaired.Tokens[0].Form, repaired.Tokens[0].Xpos));
        var verbToken = repaired.Tokens.Single(t => t.Form == verb);
        Assert.Equal(("nsubj", verbToken.Index), (repaired.Tokens[0].DepRel, repaired.Tokens[0].Head));
    }

    [Theory]
    [InlineData("Walking by the river, Peru's envoy met the rebels.")] // an opening participle clause; the verb has its subject
    [InlineData("Sounds like the rebels left.")] // the later verb has its subject
    public void Analyze_OpeningVerbOfAClauseOfItsOwn_IsLeftAVerb(string text)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairFiniteVerbUnderNominalRoot = false }).Analyze(text);

        Assert.Equal(unrepaired.Tokens.Select(t => (t.Xpos, t.Head, t.DepRel)), repaired.Tokens.Select(t => (t.Xpos, t.Head, t.DepRel)));
    }

    [Theory]
    [InlineData("The minister who resigned last week said the talks had failed.")] // a relative clause with its pronoun
    [InlineData("A list of the towns the army shelled last winter.")] // a relative clause with its own subject
    [InlineData("Hundreds displaced after militia raid")] // a headline passive, whatever its tag
    public void Analyze_ClauseThatReallyModifiesANoun_IsLeftAlone(string text)
    {
        var repaired = LanguageAnalyzer.Default.Analyze(text);
        var unrepaired = new LanguageAnalyzer(LanguageModels.Embedded, new LanguageAnalyzerOptions { RepairFiniteVerbUnderNominalRoot = false }).Analyze(text);

        Assert.Equal(unrepaired.Tokens.Select(t => (t.Head, t.DepRel)), repaired.Tokens.Select(t => (t.Head, t.DepRel)));
    }

    private static bool ReachesRoot(int[] heads, int word)
    {
        for (var steps = 0; steps <= heads.Length; steps++)
        {
            if (heads[word] == 0)
            {
                return true;
            }

            word = heads[word] - 1;
        }

        return false;
    }
}
