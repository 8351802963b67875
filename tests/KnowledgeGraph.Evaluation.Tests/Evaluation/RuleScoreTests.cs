using System.Text.Json;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Evaluation.Tests.Gold;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>eval --by-rule: predictions, TP and FP per extraction rule, on a tiny gold file written here.</summary>
public sealed class RuleScoreTests : IDisposable
{
    private static readonly Entity Veldra = Country("Veldra");
    private static readonly Entity Ostmark = Country("Ostmark");
    private static readonly Entity Corvel = Country("Corvel");

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static object Edge(string type, string start, string end) =>
        new { type, start, end, start_label = "Country", end_label = "Country", evidence = "A sentence.", trigger = "t", origin = "o" };

    /// <summary>
    /// r:1 complete: Veldra ATTACKED Ostmark is gold; the extractor states it by two rules ("verb.active" twice in two
    /// sentences, "noun.poss" once) and adds Corvel ATTACKED Ostmark by "noun.poss" (a false positive) and Veldra MET
    /// Corvel by no rule (a false positive). r:2 incomplete: an unmatched "verb.active" prediction is not scored.
    /// </summary>
    private async Task<EvaluationReport> RunAsync()
    {
        var gold = WriteJsonl(
            folder,
            "tiny.dev.jsonl",
            new
            {
                id = "r:1", text = "Veldra shelled Ostmark. Veldra's strike on Ostmark went on.", complete = true, entities_complete = false,
                entities = new[] { new { label = "Country", name = "Veldra" }, new { label = "Country", name = "Ostmark" } },
                relationships = new[] { Edge("ATTACKED", "Veldra", "Ostmark") },
            },
            new
            {
                id = "r:2", text = "Corvel shelled Veldra.", complete = false, entities_complete = false,
                entities = new[] { new { label = "Country", name = "Corvel" } },
                relationships = Array.Empty<object>(),
            });
        var extractor = new RuleExtractor(new Dictionary<string, ExtractedRelationship[]>(StringComparer.Ordinal)
        {
            ["r:1"] =
            [
                Fact(RelationshipType.Attacked, Veldra, Ostmark, 0, "verb.active"),
                Fact(RelationshipType.Attacked, Veldra, Ostmark, 1, "noun.poss"),
                Fact(RelationshipType.Attacked, Veldra, Ostmark, 2, "verb.active"),
                Fact(RelationshipType.Attacked, Corvel, Ostmark, 1, "noun.poss"),
                Fact(RelationshipType.Met, Veldra, Corvel, 1, null),
            ],
            ["r:2"] = [Fact(RelationshipType.Attacked, Corvel, Veldra, 0, "verb.active")],
        });

        return await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([gold], TestContext.Current.CancellationToken);
    }

    private static ExtractedRelationship Fact(RelationshipType type, Entity start, Entity end, int sentence, string? rule) =>
        new(type, start.Id, end.Id, sentence, "A sentence.", "t", null) { Rule = rule };

    [Fact]
    public async Task RunAsync_PredictionsByTwoRules_EachRuleCountsItsPredictionsTruePositivesAndFalsePositives()
    {
        var report = await RunAsync();

        Assert.Equal(
            [
                new RuleScore(RuleScore.NoRule, 1, 0, 1, 0),
                new RuleScore("noun.poss", 2, 1, 1, 1),
                new RuleScore("verb.active", 2, 1, 0, 1),
            ],
            report.Overall.Rules);
        Assert.Equal(report.Overall.Rules, Assert.Single(report.Sets).Rules);
        Assert.Equal(0.5, report.Overall.Rules[1].Precision);
        Assert.Equal(1, report.Overall.Rules[2].NotScored);
        Assert.Equal(1.0, report.Overall.Rules[2].Precision);
    }

    [Fact]
    public async Task ToText_ByRule_OneLinePerRuleWithCountsAndPrecision()
    {
        var report = await RunAsync();

        var lines = report.ToText(details: false, byRule: true).Split('\n');
        var plain = report.ToText(details: false);

        Assert.Contains(lines, l => l.StartsWith("  noun.poss", StringComparison.Ordinal) && l.EndsWith("2      1      1        0   0.500", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  verb.active", StringComparison.Ordinal) && l.EndsWith("2      1      0        1   1.000", StringComparison.Ordinal));
        Assert.DoesNotContain("by rule", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToJson_ByRule_EverySetCarriesRulesWithStableFields()
    {
        var report = await RunAsync();

        using var document = JsonDocument.Parse(report.ToJson(byRule: true));
        using var plain = JsonDocument.Parse(report.ToJson());

        var rules = document.RootElement.GetProperty("overall").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["rule", "predicted", "tp", "fp", "notScored", "tpInComplete", "precision"], rules[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal([RuleScore.NoRule, "noun.poss", "verb.active"], rules.Select(r => r.GetProperty("rule").GetString()));
        Assert.Equal([1, 1, 0], rules.Select(r => r.GetProperty("fp").GetInt32()));
        Assert.Equal(0.5, rules[1].GetProperty("precision").GetDouble());
        Assert.Equal(3, document.RootElement.GetProperty("sets")[0].GetProperty("rules").GetArrayLength());
        Assert.False(plain.RootElement.GetProperty("overall").TryGetProperty("rules", out _));
    }

    private sealed class RuleExtractor(Dictionary<string, ExtractedRelationship[]> relationships) : IArticleExtractor
    {
        public string Version => "rule-scripted";

        public ArticleGraph Extract(Article article) =>
            new(article, [new ArticleEntity(Veldra, 1), new ArticleEntity(Ostmark, 1), new ArticleEntity(Corvel, 1)], relationships.GetValueOrDefault(article.Id, []));
    }
}
