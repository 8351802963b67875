using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Frames;
using KnowledgeGraph.Language;

namespace KnowledgeGraph.Extraction.Tests.Frames;

/// <summary>
/// The frames parse only the sentences that can hold an event (parsing is nearly all of their time); the filter must
/// never pass over a sentence the parse would give an edge for.
/// </summary>
public sealed class FrameSentenceFilterTests
{
    private const string Article = """
        Prime Minister Odalys Vantorre of Norway met President Kasimir Feldhaus of Chile in Lisbon on Monday.
        She met Ilse Marrow on Tuesday.
        Marrow condemned Peru on Wednesday.
        Norway's army attacked the rebels near Norway's northern border, Norway's defence ministry said.
        Chile condemned the shelling of Norway's coastal towns, and Chile's navy said it had attacked the rebels.
        Peru, which sanctioned Bolivia last year, attacked Ecuador on Tuesday.
        Colombia was also shelled.
        Vantorre said she'd met Feldhaus twice, and that Chile's ambassador had met Vantorre's deputy in Oslo.
        Analysts said the talks between the two governments were unlikely to end the dispute before the winter.
        Ecuador's envoy attacked the plan in a speech on Friday.
        """;

    private static readonly FrameRelationRecognizer Filtered = new(FrameCatalog.Instance, LanguageAnalyzer.Default);

    private static readonly FrameRelationRecognizer Unfiltered = new(FrameCatalog.Instance, LanguageAnalyzer.Default) { ParseEverySentence = true };

    [Fact]
    public void Recognize_EverySentenceParsed_SameEdgesAsWithTheFilter()
    {
        var filtered = Relationships(Filtered);
        var unfiltered = Relationships(Unfiltered);

        Assert.Equal(unfiltered, filtered);
        // Not vacuous: edges from two names, from a name and a pronoun resolved to an earlier sentence, and from one name
        // in an additive passive ("Colombia was also shelled") whose agent is the last attack's.
        Assert.True(filtered.Count >= 2, $"{filtered.Count} edges");
        Assert.Contains(filtered, r => r.Item3 == "country:colombia");
        // And the filter did pass over sentences with mentions in them.
        var document = Document(Article);
        Assert.Contains(document.Sentences, s => document.SentenceMentions[s.Index] is var (first, end) && end > first && !Filtered.CanHoldEvent(document, s));
    }

    [Fact]
    public void CanHoldEvent_TriggerAndTwoEntities_True()
    {
        var document = Document("Norway attacked Chile on Monday.");

        Assert.True(Filtered.CanHoldEvent(document, document.Sentences[0]));
    }

    [Fact]
    public void CanHoldEvent_OneEntityMentionedTwiceWithoutPronoun_False()
    {
        // An edge joins two different entities: two mentions of one cannot make one.
        var document = Document("Norway's army attacked the rebels near Norway's northern border.");

        Assert.Equal(2, Mentions(document, 0));
        Assert.False(Filtered.CanHoldEvent(document, document.Sentences[0]));
    }

    [Theory]
    // The parser splits "she'd", which the surface tokenizer keeps whole, and resolves "she" to an earlier sentence.
    [InlineData("Odalys Vantorre arrived on Monday. Norway said she'd met Norway's envoys.")]
    // The parse reads the "country" as a bare definite that refers back to a state named earlier, quotes and all.
    [InlineData("Chile closed its border. Norway said the \"country\" attacked Norway's patrol boats.")]
    public void CanHoldEvent_OneEntityTwiceAndWordThatMayReferBack_True(string text)
    {
        var document = Document(text);

        Assert.Equal(2, Mentions(document, 1));
        Assert.True(Filtered.CanHoldEvent(document, document.Sentences[1]));
    }

    [Theory]
    // A strike with one named party gives no edge, but a definite event noun after it may be that strike.
    [InlineData("Norway's jets struck a fishing boat on Monday. Chile condemned the strike.")]
    [InlineData("Norway's jets struck a fishing boat on Monday. The harbour was closed. Chile condemned the deadly strike.")]
    // So may the doers of an event.
    [InlineData("Norway's jets struck a fishing boat on Monday. Crews later fired on the attackers.")]
    public void CanHoldEvent_OneNamedPartyAndADefiniteEventNounAfterIt_True(string text)
    {
        var document = Document(text);

        Assert.Equal(1, Mentions(document, 0));
        Assert.True(Filtered.CanHoldEvent(document, document.Sentences[0]));
    }

    [Theory]
    [InlineData("Norway's jets struck a fishing boat on Monday. Chile published its trade figures.")]
    // Beyond the window of a reported event (eight sentences) the noun is another event.
    [InlineData("Norway's jets struck a fishing boat on Monday. One. Two. Three. Four. Five. Six. Seven. Eight. Chile condemned the strike.")]
    public void CanHoldEvent_OneNamedPartyAndNoEventNounWithinTheWindow_False(string text)
    {
        var document = Document(text);

        Assert.Equal(1, Mentions(document, 0));
        Assert.False(Filtered.CanHoldEvent(document, document.Sentences[0]));
    }

    [Fact]
    public void CanHoldEvent_OneNamedPartyAndAnAdditiveParticle_True()
    {
        // "also" may make an agentless passive repeat the last event reported, so one name is enough.
        var document = Document("Norway attacked Chile on Monday. Peru was also attacked.");

        Assert.Equal(1, Mentions(document, 1));
        Assert.True(Filtered.CanHoldEvent(document, document.Sentences[1]));
    }

    [Fact]
    public void CanHoldEvent_NoTriggerWord_False()
    {
        var document = Document("Norway and Chile published figures on Monday.");

        Assert.False(Filtered.CanHoldEvent(document, document.Sentences[0]));
    }

    private static List<(RelationshipType, string, string, int, string?)> Relationships(FrameRelationRecognizer recognizer)
    {
        var output = new List<ExtractedRelationship>();
        recognizer.Recognize(Document(Article), output);
        return [.. output.Select(r => (r.Type, r.StartId, r.EndId, r.SentenceIndex, r.Rule))];
    }

    private static int Mentions(ArticleDocument document, int sentence) =>
        document.SentenceMentions[sentence] is var (first, end) ? end - first : 0;

    private static ArticleDocument Document(string text)
    {
        var document = new ArticleDocument(new Article { Id = "filter", Text = text });
        new MentionRecognizer().Recognize(document);
        return document;
    }
}
