using KnowledgeGraph.Benchmarks;

namespace KnowledgeGraph.Benchmarks.Tests;

public sealed class SyntheticArticleGeneratorTests
{
    [Fact]
    public void Create_SameSeedAndIndex_ReturnsTheSameArticle()
    {
        var first = new SyntheticArticleGenerator(42).Create(17);
        var again = new SyntheticArticleGenerator(42).Create(17);

        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.NotEqual(first.ContentHash, new SyntheticArticleGenerator(43).Create(17).ContentHash);
    }

    [Fact]
    public void Create_SameSeedInAnotherProcess_ReturnsTheSameArticle()
    {
        // Pinned on purpose: a process-randomised seed (HashCode.Combine) passes the test above but makes two bench
        // runs with the same --seed measure different articles. Change only with the generator's templates.
        var article = new SyntheticArticleGenerator(42).Create(17);

        Assert.Equal(PinnedHashOfSeed42Article17, article.ContentHash);
    }

    [Fact]
    public void Create_ManyArticles_AreRealisticLengthVariedAndUniquelyIdentified()
    {
        var generator = new SyntheticArticleGenerator(1);
        var articles = Enumerable.Range(0, 300).Select(generator.Create).ToList();

        Assert.All(articles, a => Assert.InRange(a.Text.Length, 3_000, 5_600));
        Assert.Equal(300, articles.Select(a => a.Id).Distinct().Count());
        Assert.True(articles.Select(a => a.Text).Distinct().Count() == 300);
        Assert.All(articles, a => Assert.NotNull(a.Published));
    }

    private const string PinnedHashOfSeed42Article17 = "3ee110f13e2adbdc0df5e66e2f3f691bbfe2e1e9c1a5baa435b6fd4e7d81ddfb";
}
