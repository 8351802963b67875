using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Evaluation.Tests;

public sealed class DevelopmentHalvesTests
{
    [Fact]
    public void Of_SameId_SameHalfEveryTime()
    {
        Assert.Equal(DevelopmentHalves.Of("article-17"), DevelopmentHalves.Of("article-17"));
    }

    [Fact]
    public void Of_ManyIds_SplitsRoughlyInHalf()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"doc-{i}").ToArray();

        var study = ids.Count(id => DevelopmentHalves.Of(id) == DevelopmentHalf.Study);

        Assert.InRange(study, 900, 1100);
    }

    [Fact]
    public void Includes_EachIdInExactlyOneHalf_AllIncludesEvery()
    {
        foreach (var id in Enumerable.Range(0, 200).Select(i => $"x{i}"))
        {
            Assert.True(DevelopmentHalf.Study.Includes(id) ^ DevelopmentHalf.Holdout.Includes(id));
            Assert.True(DevelopmentHalf.All.Includes(id));
        }
    }

    [Fact]
    public async Task RunAsync_Halves_PartitionTheArticles()
    {
        using var folder = new TempFolder();
        var records = Enumerable.Range(0, 40)
            .Select(i => (object)new { id = $"a{i}", text = "Nothing happens here.", entities = Array.Empty<object>(), relationships = Array.Empty<object>() })
            .ToArray();
        var path = Gold.WriteJsonl(folder, "set.jsonl", records);
        var runner = new EvaluationRunner(new KnowledgeGraph.Extraction.RuleBasedExtractor(), new KnowledgeGraph.Extraction.GazetteerEntityResolver());

        var all = await runner.RunAsync([path], DevelopmentHalf.All, TestContext.Current.CancellationToken);
        var study = await runner.RunAsync([path], DevelopmentHalf.Study, TestContext.Current.CancellationToken);
        var holdout = await runner.RunAsync([path], DevelopmentHalf.Holdout, TestContext.Current.CancellationToken);

        Assert.Equal(40, all.Overall.Articles);
        Assert.Equal(40, study.Overall.Articles + holdout.Overall.Articles);
        Assert.InRange(study.Overall.Articles, 1, 39);
    }
}
