using KnowledgeGraph.Ingestion.Input;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Input;

internal static class ReaderTestHelpers
{
    public static ArticleReader CreateReader(int maxArticleBytes = InputOptions.DefaultMaxArticleBytes) =>
        new(Options.Create(new InputOptions { MaxArticleBytes = maxArticleBytes }));

    public static async Task<List<ArticleReadResult>> ReadAllAsync(this IArticleReader reader, params string[] paths)
    {
        var results = new List<ArticleReadResult>();
        await foreach (var result in reader.ReadAsync(paths, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<List<ArticleReadResult>> ToListAsync(this IAsyncEnumerable<ArticleReadResult> source)
    {
        var results = new List<ArticleReadResult>();
        await foreach (var result in source)
        {
            results.Add(result);
        }

        return results;
    }

    public static ArticleReadResult.Success SingleSuccess(this IEnumerable<ArticleReadResult> results) =>
        Assert.IsType<ArticleReadResult.Success>(Assert.Single(results));

    public static ArticleReadResult.Failure SingleFailure(this IEnumerable<ArticleReadResult> results) =>
        Assert.IsType<ArticleReadResult.Failure>(Assert.Single(results));

    public static string? SharedDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KG_SHARED_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                var shared = Path.Combine(folder.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
