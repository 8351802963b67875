using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Llm.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static KnowledgeGraph.Llm.Tests.Support.ModelJson;

namespace KnowledgeGraph.Llm.Tests.Augmentation;

/// <summary>What the augmenter keeps of a model answer (the model is a fake: no endpoint is reachable here).</summary>
public sealed class LlmRelationshipAugmenterTests
{
    private static readonly ArticleGraph RuleGraph = TestArticles.RuleGraph(TestArticles.Border);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The extractor's index of the sentence about the talks (the rules' MET), from which the others follow.</summary>
    private static int TalksSentence => RuleGraph.Relationships.Single(r => r.Type == RelationshipType.Met).SentenceIndex;

    [Fact]
    public void RuleGraph_OfTheTestArticle_IsWhatTheseTestsAssume()
    {
        // The tests below reason about this graph; if the rules change, this says why they fail.
        var met = Assert.Single(RuleGraph.Relationships);
        Assert.Equal(("person:anna-kovac", "person:peter-lindqvist"), (met.StartId, met.EndId));
        Assert.Equal(TestArticles.Talks, met.Evidence);
        Assert.Contains(RuleGraph.Entities, e => e.Entity.Id == "organisation:northern-brigade");
        Assert.Contains(RuleGraph.Entities, e => e.Entity.Id == "country:croatia" && e.Entity.Aliases.Contains("Zagreb"));
        Assert.DoesNotContain(RuleGraph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public async Task AugmentAsync_AssertedCrossSentenceEvent_AddsItWithTheExtractorsSentenceIndexAndKeepsEveryRuleFact()
    {
        var client = new FakeChatClient(Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, trigger: "condemned")));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.All(RuleGraph.Relationships, r => Assert.Contains(r, graph.Relationships));
        Assert.All(RuleGraph.Entities, e => Assert.Contains(e, graph.Entities));
        var added = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
        Assert.Equal("person:anna-kovac", added.StartId);
        Assert.Equal("organisation:northern-brigade", added.EndId);
        Assert.Equal(TalksSentence + 6, added.SentenceIndex);
        Assert.Equal(TestArticles.Condemned, added.Evidence);
        Assert.Equal("condemned", added.Trigger);
        Assert.Null(added.EventDate); // the sentence names no date: the rules leave such events undated too
        Assert.Equal(RuleGraph.Entities.Count, graph.Entities.Count);
        Assert.Equal(1, factory.Accepted.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task AugmentAsync_EventWithAWeekdayAndACapitalAsEnd_DatesItLikeTheRulesAndCanonicalisesTheCountry()
    {
        var client = new FakeChatClient(Answer(Relationship("ATTACKED", "Northern Brigade", "Organisation", "Zagreb", "Country", TestArticles.Raid, trigger: "attacked")));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        var added = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Attacked);
        Assert.Equal(("organisation:northern-brigade", "country:croatia"), (added.StartId, added.EndId));
        // Published Wednesday 5 March 2025; "on Wednesday" is that day.
        Assert.Equal(new DateOnly(2025, 3, 5), added.EventDate);
        Assert.Equal(TalksSentence + 5, added.SentenceIndex);
    }

    [Theory]
    [InlineData("ATTACKED", "Serbia", "Country", "Croatia", "Country", TestArticles.Denied, "asserted", "EvidenceHedged")]
    [InlineData("ATTACKED", "Serbia", "Country", "Croatia", "Country", TestArticles.Claimed, "asserted", "EvidenceHedged")]
    [InlineData("SANCTIONED", "Austria", "Country", "Serbia", "Country", TestArticles.Hypothetical, "asserted", "EvidenceHedged")]
    [InlineData("ATTACKED", "Serbia", "Country", "Croatia", "Country", TestArticles.Claimed, "claimed", "NotAsserted")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, "denied", "NotAsserted")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, "hypothetical", "NotAsserted")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, "Asserted ", "NotAsserted")]
    [InlineData("INVADED", "Northern Brigade", "Organisation", "Croatia", "Country", TestArticles.Raid, "asserted", "UnknownType")]
    [InlineData("MENTIONS", "Northern Brigade", "Organisation", "Croatia", "Country", TestArticles.Raid, "asserted", "UnknownType")]
    [InlineData("ATTACKED", "Northern Brigade", "Organisation", "Dolac", "Place", TestArticles.Raid, "asserted", "UnknownLabel")]
    [InlineData("ATTACKED", "Northern Brigade", "Article", "Croatia", "Country", TestArticles.Raid, "asserted", "UnknownLabel")]
    [InlineData("ATTACKED", "Dolac", "Location", "Croatia", "Country", TestArticles.Raid, "asserted", "LabelNotAllowed")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Dolac", "Location", TestArticles.Condemned, "asserted", "LabelNotAllowed")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", "Kovac strongly condemned the raid.", "asserted", "EvidenceNotFound")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", "condemned", "asserted", "EvidenceNotFound")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", "again on Wednesday.\nKovac condemned the raid", "asserted", "EvidenceSpansSentences")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Montenegro", "Country", TestArticles.Condemned, "asserted", "UnknownEntity")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Red Hand", "Organisation", TestArticles.Condemned, "asserted", "UnknownEntity")]
    [InlineData("CONDEMNED", "Kovac", "Person", "militia", "Organisation", TestArticles.Condemned, "asserted", "UnknownEntity")]
    [InlineData("CONDEMNED", "she", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, "asserted", "UnknownEntity")]
    [InlineData("CONDEMNED", "Kovac", "Person", "Dolac", "Country", TestArticles.Condemned, "asserted", "UnknownEntity")]
    [InlineData("MET", "Kovac", "Person", "Anna Kovac", "Person", TestArticles.Talks, "asserted", "SameEntity")]
    [InlineData("MET", "Peter Lindqvist", "Person", "anna kovac", "Person", TestArticles.Talks, "asserted", "AlreadyExtracted")]
    public async Task AugmentAsync_ProposalBreakingARule_IsDroppedForThatReason(string type, string start, string startLabel, string end, string endLabel, string evidence, string status, string reason)
    {
        var client = new FakeChatClient(Answer(Relationship(type, start, startLabel, end, endLabel, evidence, status)));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Same(RuleGraph, graph);
        Assert.Equal([reason], factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_SameEventTwice_AddsItOnce()
    {
        var condemned = Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned);
        var client = new FakeChatClient(Answer(condemned, condemned));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
        Assert.Equal(["Duplicate"], factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_MoreThanTheMaximum_KeepsTheFirstAndDropsTheRest()
    {
        var client = new FakeChatClient(Answer(
            Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned),
            Relationship("ATTACKED", "Northern Brigade", "Organisation", "Croatia", "Country", TestArticles.Raid)));
        using var factory = new AugmenterFactory(client, new LlmOptions { Enabled = true, Model = "m", MaxRelationshipsPerArticle = 1 });

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Attacked);
        Assert.Equal(["OverLimit"], factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_NamesTheRulesMissed_AddsThemAsEntitiesWithCanonicalCountries()
    {
        // As if the rules had found nothing: the ends must then be names written in the article.
        var bare = RuleGraph with { Entities = [], Relationships = [] };
        var client = new FakeChatClient(Answer(
            Relationship("CONDEMNED", "Anna Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned),
            Relationship("ATTACKED", "Northern Brigade", "Organisation", "Zagreb", "Country", TestArticles.Raid)));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(bare, Token);

        Assert.Equal(2, graph.Relationships.Count);
        Assert.Equal(["country:croatia", "organisation:northern-brigade", "person:anna-kovac"], graph.Entities.Select(e => e.Entity.Id));
        var croatia = graph.Entities.Single(e => e.Entity.Id == "country:croatia").Entity;
        Assert.Equal("Croatia", croatia.Name);
        Assert.Equal(["Zagreb"], croatia.Aliases);
        Assert.Equal(EntityLabel.Person, graph.Entities.Single(e => e.Entity.Id == "person:anna-kovac").Entity.Label);
        Assert.Equal(1, graph.Entities.Single(e => e.Entity.Id == "organisation:northern-brigade").Mentions);
    }

    [Fact]
    public async Task AugmentAsync_CountryNameLabelledAsAPerson_IsDropped()
    {
        var bare = RuleGraph with { Entities = [], Relationships = [] };
        var client = new FakeChatClient(Answer(Relationship("ATTACKED", "Northern Brigade", "Organisation", "Zagreb", "Person", TestArticles.Raid)));
        using var factory = new AugmenterFactory(client);

        var graph = await factory.Augmenter.AugmentAsync(bare, Token);

        Assert.Same(bare, graph);
        Assert.Equal(["LabelConflict"], factory.RejectionReasons);
    }

    [Theory]
    [InlineData("this is not json {")]
    [InlineData("")]
    [InlineData("""{"relations":[]}""")]
    [InlineData("""[{"type":"MET"}]""")]
    [InlineData("""{"relationships":{"type":"MET"}}""")]
    public async Task AugmentAsync_MalformedAnswer_AddsNothingAndCountsAFailure(string answer)
    {
        using var factory = new AugmenterFactory(new FakeChatClient(answer));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Same(RuleGraph, graph);
        var failure = Assert.Single(factory.Failures.GetMeasurementSnapshot());
        Assert.Equal("malformed-answer", failure.Tags["reason"]);
        Assert.Contains(factory.Logger.Collector.GetSnapshot(), r => r.Id.Id == 5102);
    }

    [Fact]
    public async Task AugmentAsync_ItemsOfTheWrongShape_AreDroppedAndTheValidOnesKept()
    {
        var answer = $$"""{"relationships":[42, {"type":7,"start":"Kovac"}, {{Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned)}}]}""";
        using var factory = new AugmenterFactory(new FakeChatClient(answer));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
        Assert.Equal(["Malformed", "Malformed"], factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_AnswerInACodeFence_IsRead()
    {
        var answer = "```json\n" + Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned)) + "\n```";
        using var factory = new AugmenterFactory(new FakeChatClient(answer));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
    }

    [Fact]
    public async Task AugmentAsync_EvidenceWithOtherWhitespace_IsFoundAndStoredAsTheArticleWritesIt()
    {
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", "  Kovac   condemned the raid\tin a statement. "))));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Equal(TestArticles.Condemned, Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned).Evidence);
    }

    [Fact]
    public async Task AugmentAsync_TriggerNotInTheEvidence_IsLeftEmpty()
    {
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, trigger: "denounced"))));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Equal("", Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned).Trigger);
    }

    [Fact]
    public async Task AugmentAsync_ThreatenedAsTheTrigger_IsNotMistakenForAHedge()
    {
        var article = TestArticles.Border with
        {
            Id = "threat",
            Text = TestArticles.Border.Text + "\nAfter the raid Croatia threatened the Northern Brigade with air strikes.",
        };
        var rules = TestArticles.RuleGraph(article) with { Relationships = [] };
        var evidence = "After the raid Croatia threatened the Northern Brigade with air strikes.";
        using var withTrigger = new AugmenterFactory(new FakeChatClient(Answer(Relationship("THREATENED", "Croatia", "Country", "Northern Brigade", "Organisation", evidence, trigger: "threatened"))));
        using var withoutTrigger = new AugmenterFactory(new FakeChatClient(Answer(Relationship("THREATENED", "Croatia", "Country", "Northern Brigade", "Organisation", evidence))));

        var kept = await withTrigger.Augmenter.AugmentAsync(rules, Token);
        var dropped = await withoutTrigger.Augmenter.AugmentAsync(rules, Token);

        Assert.Single(kept.Relationships, r => r.Type == RelationshipType.Threatened);
        Assert.Same(rules, dropped);
        Assert.Equal(["EvidenceHedged"], withoutTrigger.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_EndpointFails_ReturnsTheRuleGraphAndCountsTheFailure()
    {
        using var factory = new AugmenterFactory(FakeChatClient.Throwing(new HttpRequestException("Connection refused (127.0.0.1:9)")));

        var graph = await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Same(RuleGraph, graph);
        Assert.Equal("unreachable", Assert.Single(factory.Failures.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Contains(factory.Logger.Collector.GetSnapshot(), r => r.Id.Id == 5101 && r.Message.Contains("border-talks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AugmentAsync_CallerCancels_Throws()
    {
        using var factory = new AugmenterFactory(new FakeChatClient(Answer()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await factory.Augmenter.AugmentAsync(RuleGraph, cancelled.Token));
    }

    [Fact]
    public async Task AugmentAsync_Request_HasTemperatureZeroAJsonSchemaTheVersionedPromptTheEntitiesAndTheText()
    {
        var client = new FakeChatClient(Answer());
        using var factory = new AugmenterFactory(client);

        await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        var (messages, options) = Assert.Single(client.Calls);
        Assert.Equal(0f, options!.Temperature);
        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        var schema = format.Schema!.Value.GetRawText();
        foreach (var name in new[] { "MET", "ATTACKED", "SANCTIONED", "KILLED", "CONDEMNED", "THREATENED", "Person", "Country", "Organisation", "Base", "asserted", "denied", "claimed", "hypothetical", "evidence" })
        {
            Assert.Contains($"\"{name}\"", schema, StringComparison.Ordinal);
        }

        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(m => m.Role));
        Assert.Contains("THREATENED", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("hypothetical", messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Contains("Person: Anna Kovac (also written: Kovac)", user, StringComparison.Ordinal);
        Assert.Contains("Organisation: Northern Brigade", user, StringComparison.Ordinal);
        Assert.Contains("PUBLISHED: 2025-03-05", user, StringComparison.Ordinal);
        Assert.EndsWith(TestArticles.Border.Text, user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AugmentAsync_LongArticle_IsSentCutAtASentenceBoundary()
    {
        var client = new FakeChatClient(Answer());
        var limit = TestArticles.Border.Text.IndexOf(TestArticles.Raid, StringComparison.Ordinal) + 10;
        using var factory = new AugmenterFactory(client, new LlmOptions { Enabled = true, Model = "m", MaxArticleCharacters = limit });

        await factory.Augmenter.AugmentAsync(RuleGraph, Token);

        var user = Assert.Single(client.Calls).Messages[1].Text;
        Assert.EndsWith(TestArticles.Hypothetical, user, StringComparison.Ordinal);
        Assert.DoesNotContain("Northern Brigade, a militia", user, StringComparison.Ordinal);
    }
}
