using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

/// <summary>The canonical seed article (read from the shared folder, never copied into the repository).</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public async Task ReadAsync_SeedArticle_DatePrefixRemovedAndHeadlineKept()
    {
        var shared = ReaderTestHelpers.SharedDirectory();
        if (shared is null)
        {
            Assert.Skip("shared/ not found: set KG_SHARED_DIR");
        }

        var seed = Path.Combine(shared, "seeds", "000_9601ef2afad46e01.txt");
        var raw = (await File.ReadAllTextAsync(seed, TestContext.Current.CancellationToken)).Trim();

        var article = (await ReaderTestHelpers.CreateReader().ReadAllAsync(seed)).SingleSuccess().Article;

        Assert.Equal("000_9601ef2afad46e01", article.Id);
        Assert.Equal(new DateOnly(2020, 1, 9), article.Published);
        Assert.DoesNotContain("date 2020", article.Text, StringComparison.OrdinalIgnoreCase);
        var rawFirstLine = raw.Split('\n')[0];
        var headline = rawFirstLine[(rawFirstLine.IndexOf("2020-01-09", StringComparison.Ordinal) + "2020-01-09".Length)..].Trim();
        Assert.Equal(headline, article.Title);
        Assert.StartsWith(headline, article.Text, StringComparison.Ordinal);
        Assert.EndsWith(raw.Split('\n')[^1].Trim(), article.Text, StringComparison.Ordinal);
        Assert.Equal(seed, article.Origin);
    }
}
