using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Domain.Model;
using static KnowledgeGraph.Evaluation.Tests.Gold;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>The comparison of a report with thresholds, on a report from tiny gold sets.</summary>
public sealed class QualityGateRulesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// window.dev: recall-only, 1 of 2 ATTACKED found. full.dev: complete, 1 ATTACKED found and 1 false positive;
    /// so window.dev has ATTACKED recall 0.5 and no precision, overall ATTACKED precision 0.5.
    /// </summary>
    private async Task<EvaluationReport> Report()
    {
        object Edge(string start, string end) => new { type = "ATTACKED", start, end };
        var window = WriteJsonl(
            folder,
            "window.dev.jsonl",
            new { id = "w:1", text = "One.", complete = false, entities_scored = false, relationships = new[] { Edge("Russia", "Islamic State") } },
            new { id = "w:2", text = "Two.", complete = false, entities_scored = false, relationships = new[] { Edge("Islamic State", "Russia") } });
        var full = WriteJsonl(
            folder,
            "full.dev.jsonl",
            new { id = "f:1", text = "Three.", complete = true, entities_complete = true, relationships = new[] { Edge("Russia", "Islamic State") } });
        var russia = Country("Russia");
        var islamicState = Organisation("Islamic State");
        var extractor = new ScriptedExtractor()
            .For("w:1", [russia, islamicState], (RelationshipType.Attacked, russia, islamicState, "e"))
            .For("f:1", [russia, islamicState], (RelationshipType.Attacked, russia, islamicState, "e"), (RelationshipType.Attacked, islamicState, russia, "e"));
        return await new EvaluationRunner(extractor, new TestNameResolver()).RunAsync([window, full], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Failures_FiguresAtOrAboveThreshold_None()
    {
        var report = await Report();

        var failures = QualityGate.Failures(report, [
            new QualityThreshold("window.dev", "ATTACKED", "recall", 0.5),
            new QualityThreshold("overall", "ATTACKED", "precision", 0.5),
        ]);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Failures_FigureBelowThreshold_ListedWithValue()
    {
        var report = await Report();

        var failure = Assert.Single(QualityGate.Failures(report, [new QualityThreshold("window.dev", "ATTACKED", "recall", 0.6)]));

        Assert.Equal("window.dev ATTACKED recall: 0.500 < 0.600", failure);
    }

    [Fact]
    public async Task Failures_PrecisionUndefinedInSet_NotMeasurableIsAFailure()
    {
        var report = await Report();

        var failure = Assert.Single(QualityGate.Failures(report, [new QualityThreshold("window.dev", "ATTACKED", "f1", 0.1)]));

        Assert.Contains("not measurable", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_PrecisionFromOtherSet_F1OfOwnRecallAndThatPrecision()
    {
        var report = await Report();

        var (value, _) = QualityGate.Measure(report, new QualityThreshold("window.dev", "ATTACKED", "f1", 0, PrecisionFrom: "overall"));

        // Recall 1/2 in window.dev, precision 1/2 over the complete articles of all sets.
        Assert.Equal(0.5, value!.Value, 6);
    }

    [Fact]
    public async Task Failures_UnknownSetOrRow_Listed()
    {
        var report = await Report();

        var failures = QualityGate.Failures(report, [
            new QualityThreshold("missing.dev", "ATTACKED", "recall", 0.1),
            new QualityThreshold("window.dev", "INVADED", "recall", 0.1),
        ]);

        Assert.Equal(2, failures.Count);
        Assert.Contains("missing.dev", failures[0], StringComparison.Ordinal);
        Assert.Contains("INVADED", failures[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quality-thresholds.json")]
    [InlineData("quality-thresholds.frames-dev.json")]
    [InlineData("quality-thresholds.frames-annotated.json")]
    [InlineData("quality-thresholds.frames-challenge.json")]
    [InlineData("quality-thresholds.frames-articles.json")]
    [InlineData("quality-thresholds.frames-releases.json")]
    [InlineData("quality-thresholds.frames-roundups.json")]
    [InlineData("quality-thresholds.frames-blind.json")]
    public void Load_RepositoryThresholdFile_EveryFigureExistsInTheReportShape(string fileName)
    {
        var thresholds = QualityGate.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", fileName));

        Assert.NotEmpty(thresholds);
        var rowNames = GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType())
            .Concat(GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()))
            .Concat([EvaluationReport.MicroAttackedMetKilled, EvaluationReport.MicroAllRelationships, EvaluationReport.MicroEntities]);
        Assert.All(thresholds, t =>
        {
            Assert.Contains(t.Row, rowNames);
            Assert.Contains(t.Metric, new[] { "precision", "recall", "f1" });
            Assert.InRange(t.Min, 0, 1);
        });
    }

    [Theory]
    [InlineData("{ \"engine\": \"Neural\", \"thresholds\": [] }", "unknown engine 'Neural'")]
    [InlineData("{ \"goldSets\": \"test\", \"thresholds\": [] }", "unknown goldSets 'test'")]
    [InlineData("{ \"engine\": \"Frames\" }", "no 'thresholds' array")]
    public void LoadFile_BadHeader_FailsNamingTheFileAndTheValue(string json, string expected)
    {
        var path = Path.Combine(folder.Path, "bad-thresholds.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => QualityGate.LoadFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
