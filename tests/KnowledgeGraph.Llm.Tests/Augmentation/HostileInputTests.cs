using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Llm.Tests.Support;
using static KnowledgeGraph.Llm.Tests.Support.ModelJson;

namespace KnowledgeGraph.Llm.Tests.Augmentation;

/// <summary>Text in the article or the answer is data: it is rejected or passed through unchanged as a value, never executed, never a crash.</summary>
public sealed class HostileInputTests
{
    private const string CypherName = "Front'}) MATCH (n) DETACH DELETE n //";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AugmentAsync_CypherInANameWrittenInTheArticle_IsKeptVerbatimAsAValueWithASluggedId()
    {
        var evidence = $"Fighters of the {CypherName} attacked Croatia on Tuesday.";
        var article = TestArticles.Border with { Id = "hostile", Text = TestArticles.Border.Text + "\n" + evidence };
        var rules = TestArticles.RuleGraph(article);
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(Relationship("ATTACKED", CypherName, "Organisation", "Croatia", "Country", evidence, trigger: "attacked"))));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        var added = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Attacked && r.EndId == "country:croatia" && r.Evidence == evidence);
        var entity = graph.Entities.Single(e => e.Entity.Id == added.StartId).Entity;
        Assert.Equal(CypherName, entity.Name);
        Assert.Equal(EntityLabel.Organisation, entity.Label);
        Assert.Matches("^organisation:[a-z0-9-]+$", added.StartId);
    }

    [Fact]
    public async Task AugmentAsync_CypherInANameTheArticleDoesNotWrite_IsDropped()
    {
        var rules = TestArticles.RuleGraph(TestArticles.Border);
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(Relationship("CONDEMNED", "Kovac", "Person", CypherName, "Organisation", TestArticles.Condemned))));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        Assert.Same(rules, graph);
        Assert.Equal(["UnknownEntity"], factory.RejectionReasons);
    }

    [Theory]
    [InlineData("Northern\u0000Brigade")]
    [InlineData("Northern Brigade\u001b[2J")]
    [InlineData("\u202eNorthern Brigade")]
    public async Task AugmentAsync_ControlCharactersInAName_AreDropped(string name)
    {
        var rules = TestArticles.RuleGraph(TestArticles.Border);
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(Relationship("CONDEMNED", "Kovac", "Person", name, "Organisation", TestArticles.Condemned))));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        Assert.Same(rules, graph);
        Assert.Single(factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_HugeStringsInTheAnswer_AreDroppedWithoutCrashing()
    {
        var rules = TestArticles.RuleGraph(TestArticles.Border);
        var huge = new string('A', 200_000);
        using var factory = new AugmenterFactory(new FakeChatClient(Answer(
            Relationship("CONDEMNED", "Kovac", "Person", huge, "Organisation", TestArticles.Condemned),
            Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", huge),
            Relationship(huge, "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned))));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        Assert.Same(rules, graph);
        Assert.Equal(["UnknownEntity", "EvidenceNotFound", "UnknownType"], factory.RejectionReasons);
    }

    [Fact]
    public async Task AugmentAsync_AnswerOverAMillionCharacters_IsNotRead()
    {
        var rules = TestArticles.RuleGraph(TestArticles.Border);
        var answer = Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned)) + new string(' ', 1_000_001);
        using var factory = new AugmenterFactory(new FakeChatClient(answer));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        Assert.Same(rules, graph);
        Assert.Equal("malformed-answer", Assert.Single(factory.Failures.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task AugmentAsync_DeeplyNestedAnswer_IsMalformedNotACrash()
    {
        var rules = TestArticles.RuleGraph(TestArticles.Border);
        var answer = """{"relationships":""" + new string('[', 5000) + new string(']', 5000) + "}";
        using var factory = new AugmenterFactory(new FakeChatClient(answer));

        var graph = await factory.Augmenter.AugmentAsync(rules, Token);

        Assert.Same(rules, graph);
        Assert.Single(factory.Failures.GetMeasurementSnapshot());
    }
}
