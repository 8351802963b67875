using System.Text.Json;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Evaluation.Tests.Gold;

namespace KnowledgeGraph.Evaluation.Tests;

public sealed class EvaluationRunnerTests : IDisposable
{
    private const string MissedEvidence = "Islamic State fighters overran the Russian outpost before dawn.";
    private const string FalseEvidence = "Russian aircraft struck positions held by the group, the ministry said.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static object Edge(string type, string start, string end, string? evidence = null) =>
        new { type, start, end, start_label = "Organisation", end_label = "Country", evidence = evidence ?? "A sentence.", trigger = "t", origin = "o" };

    /// <summary>
    /// alpha: a:1 complete (ATTACKED hit, MET missed, KILLED false positive; entities 3 of 4 found, 1 false
    /// positive); a:2 incomplete (ATTACKED hit, an extra ATTACKED not scored). beta: complete for ATTACKED only
    /// (one hit through a capital, one miss, one false positive, an unscored MET); entities not scored.
    /// </summary>
    private (string Alpha, string Beta, ScriptedExtractor Extractor) TwoSets()
    {
        var alpha = WriteJsonl(
            folder,
            "alpha.dev.jsonl",
            new
            {
                id = "a:1", title = "Fighting near the outpost", date = "2022-05-17", text = "Text of the first article.",
                complete = true, entities_complete = true,
                entities = new[]
                {
                    new { label = "Person", name = "Amara Okafor" }, new { label = "Person", name = "Lena Brandt" },
                    new { label = "Country", name = "Russia" }, new { label = "Organisation", name = "Islamic State" },
                },
                relationships = new[] { Edge("ATTACKED", "Islamic State", "Russia"), Edge("MET", "Amara Okafor", "Lena Brandt", MissedEvidence) },
            },
            new
            {
                id = "a:2", text = "Text of the second article.", complete = false, entities_complete = false,
                entities = new[] { new { label = "Country", name = "United States" } },
                relationships = new[] { Edge("ATTACKED", "United States", "Islamic State") },
            });
        var beta = WriteJsonl(
            folder,
            "beta.dev.jsonl",
            new
            {
                id = "b:1", text = "Text of the third article.", complete = true, complete_types = new[] { "ATTACKED" },
                entities_complete = false, entities_scored = false,
                entities = new[] { new { label = "Location", name = "Port Selwyn" } },
                relationships = new[] { Edge("ATTACKED", "Russia", "Port Selwyn"), Edge("ATTACKED", "Islamic State", "Russia") },
            });

        var extractor = new ScriptedExtractor()
            .For(
                "a:1",
                [Person("Amara Okafor"), Country("Russia"), Organisation("Harbour Guard"), Organisation("Islamic State")],
                (RelationshipType.Attacked, Organisation("Islamic State"), Country("Russia"), "They attacked."),
                (RelationshipType.Killed, Organisation("Islamic State"), Person("Amara Okafor"), FalseEvidence))
            .For(
                "a:2",
                [],
                (RelationshipType.Attacked, Country("U.S."), Organisation("ISIS"), "They struck."),
                (RelationshipType.Attacked, Country("Russia"), Country("U.S."), "Another strike."))
            .For(
                "b:1",
                [Person("Amara Okafor"), Person("Lena Brandt")],
                (RelationshipType.Attacked, Country("Moscow"), Base("Port Selwyn"), "Shelling."),
                (RelationshipType.Attacked, Country("Russia"), Organisation("Islamic State"), "Raids."),
                (RelationshipType.Met, Person("Amara Okafor"), Person("Lena Brandt"), "Talks."));
        return (alpha, beta, extractor);
    }

    private static void AssertRow(ScoreRow? row, int tp, int fp, int fn, double? precision, double? recall, double? f1)
    {
        Assert.NotNull(row);
        Assert.Equal((tp, fp, fn), (row.Tp, row.Fp, row.Fn));
        AssertFigure(precision, row.Precision);
        AssertFigure(recall, row.Recall);
        AssertFigure(f1, row.F1);
    }

    private static void AssertFigure(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.NotNull(actual);
            Assert.Equal(expected.Value, actual.Value, 4);
        }
    }

    [Fact]
    public async Task RunAsync_GoldRecord_BecomesArticleWithIdTextTitleAndDate()
    {
        var (alpha, _, extractor) = TwoSets();

        await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha], TestContext.Current.CancellationToken);

        var first = extractor.Seen[0];
        Assert.Equal("a:1", first.Id);
        Assert.Equal("Text of the first article.", first.Text);
        Assert.Equal("Fighting near the outpost", first.Title);
        Assert.Equal(new DateOnly(2022, 5, 17), first.Published);
        Assert.Null(extractor.Seen[1].Published);
    }

    [Fact]
    public async Task RunAsync_TwoSets_PerSetFigures()
    {
        var (alpha, beta, extractor) = TwoSets();

        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha, beta], TestContext.Current.CancellationToken);

        Assert.Equal(["alpha.dev", "beta.dev"], report.Sets.Select(s => s.Name));
        var a = report.FindSet("alpha.dev")!;
        Assert.Equal(2, a.Articles);
        AssertRow(a.Find("ATTACKED"), tp: 2, fp: 0, fn: 0, precision: 1.0, recall: 1.0, f1: 1.0);
        AssertRow(a.Find("MET"), tp: 0, fp: 0, fn: 1, precision: null, recall: 0.0, f1: null);
        AssertRow(a.Find("KILLED"), tp: 0, fp: 1, fn: 0, precision: 0.0, recall: null, f1: null);
        AssertRow(a.Find(EvaluationReport.MicroAttackedMetKilled), tp: 2, fp: 1, fn: 1, precision: 0.5, recall: 2.0 / 3, f1: 4.0 / 7);
        AssertRow(a.Find("Person"), tp: 1, fp: 0, fn: 1, precision: 1.0, recall: 0.5, f1: 2.0 / 3);
        AssertRow(a.Find("Organisation"), tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1.0, f1: 2.0 / 3);
        AssertRow(a.Find("Country"), tp: 2, fp: 0, fn: 0, precision: 1.0, recall: 1.0, f1: 1.0);

        var b = report.FindSet("beta.dev")!;
        AssertRow(b.Find("ATTACKED"), tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5);
        AssertRow(b.Find("MET"), tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null);
        Assert.Equal(0, b.EntityScoredArticles);
        Assert.All(b.Entities, row => Assert.Equal(0, row.Tp + row.Fp + row.Fn));
    }

    [Fact]
    public async Task RunAsync_TwoSets_OverallSumsCountsAndRecomputesFigures()
    {
        var (alpha, beta, extractor) = TwoSets();

        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha, beta], TestContext.Current.CancellationToken);

        Assert.Equal(3, report.Overall.Articles);
        Assert.Same(report.Overall, report.FindSet(EvaluationReport.OverallName));
        // ATTACKED: 3 hits (2 of them in complete articles), 1 false positive, 1 miss.
        AssertRow(report.Overall.Find("ATTACKED"), tp: 3, fp: 1, fn: 1, precision: 2.0 / 3, recall: 0.75, f1: 12.0 / 17);
        AssertRow(report.Overall.Find(EvaluationReport.MicroAttackedMetKilled), tp: 3, fp: 2, fn: 2, precision: 0.5, recall: 0.6, f1: 6.0 / 11);
        AssertRow(report.Overall.Find(EvaluationReport.MicroAllRelationships), tp: 3, fp: 2, fn: 2, precision: 0.5, recall: 0.6, f1: 6.0 / 11);
        AssertRow(report.Overall.Find("Person"), tp: 1, fp: 0, fn: 1, precision: 1.0, recall: 0.5, f1: 2.0 / 3);
    }

    [Fact]
    public async Task RunAsync_MalformedLine_ReportedWithFileAndLineAndOthersScored()
    {
        var path = WriteJsonl(folder, "gamma.dev.jsonl", new { id = "g:1", text = "One." }, "not json", new { id = "g:3", text = "Three." });
        var extractor = new ScriptedExtractor();

        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([path], TestContext.Current.CancellationToken);

        Assert.Equal(2, report.Sets[0].Articles);
        Assert.StartsWith($"{path}:2: ", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Contains($"{path}:2: ", report.ToText(details: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExtractorThrows_ErrorNamesArticleAndRunContinues()
    {
        var path = WriteJsonl(folder, "delta.dev.jsonl", new { id = "d:1", text = "One." }, new { id = "d:2", text = "Two." });
        var extractor = new ThrowingOnFirstExtractor();

        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([path], TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Sets[0].Articles);
        var error = Assert.Single(report.Errors);
        Assert.Contains("d:1", error, StringComparison.Ordinal);
        Assert.Contains($"{path}:1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToText_WithDetails_ListsMissesAndFalsePositivesWithEvidence()
    {
        var (alpha, beta, extractor) = TwoSets();
        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha, beta], TestContext.Current.CancellationToken);

        var summary = report.ToText(details: false);
        var detailed = report.ToText(details: true);

        Assert.Contains(EvaluationReport.MicroAttackedMetKilled, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(MissedEvidence, summary, StringComparison.Ordinal);
        Assert.Contains("MISSED   (Amara Okafor)-[:MET]->(Lena Brandt)", detailed, StringComparison.Ordinal);
        Assert.Contains(MissedEvidence, detailed, StringComparison.Ordinal);
        Assert.Contains("FP       (Islamic State)-[:KILLED]->(Amara Okafor)", detailed, StringComparison.Ordinal);
        Assert.Contains(FalseEvidence, detailed, StringComparison.Ordinal);
        Assert.Contains("MISSED   Person \"Lena Brandt\"", detailed, StringComparison.Ordinal);
        Assert.Contains("FP       Organisation \"Harbour Guard\"", detailed, StringComparison.Ordinal);
        Assert.Contains("UNSCORED (Amara Okafor)-[:MET]->(Lena Brandt)", detailed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToText_Table_RowsAlignedAndNullShownAsDash()
    {
        var (alpha, beta, extractor) = TwoSets();
        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha, beta], TestContext.Current.CancellationToken);

        var lines = report.ToText(details: false).Split('\n');

        var killed = lines.First(l => l.TrimStart().StartsWith("KILLED", StringComparison.Ordinal));
        var attacked = lines.First(l => l.TrimStart().StartsWith("ATTACKED", StringComparison.Ordinal));
        Assert.Equal(attacked.Length, killed.Length);
        Assert.EndsWith("0.000       -       -", killed, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("entities: not scored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToJson_Report_StableFieldOrderAndNullFigures()
    {
        var (alpha, beta, extractor) = TwoSets();
        var report = await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([alpha, beta], TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(report.ToJson());

        var root = document.RootElement;
        Assert.Equal(["sets", "overall", "errors"], root.EnumerateObject().Select(p => p.Name));
        var alphaSet = root.GetProperty("sets")[0];
        Assert.Equal("alpha.dev", alphaSet.GetProperty("name").GetString());
        var met = alphaSet.GetProperty("relationships").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "MET");
        Assert.Equal(
            ["name", "gold", "tp", "fp", "fn", "tpInComplete", "completeArticles", "precision", "recall", "f1"],
            met.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, met.GetProperty("precision").ValueKind);
        Assert.Equal(1, met.GetProperty("fn").GetInt32());
        Assert.Equal(3, root.GetProperty("overall").GetProperty("articles").GetInt32());
    }

    private sealed class ThrowingOnFirstExtractor : KnowledgeGraph.Domain.Extraction.IArticleExtractor
    {
        private int calls;

        public string Version => "scripted-failure";

        public ArticleGraph Extract(Article article) =>
            ++calls == 1 ? throw new InvalidOperationException("scripted failure") : new ArticleGraph(article, [], []);
    }
}
