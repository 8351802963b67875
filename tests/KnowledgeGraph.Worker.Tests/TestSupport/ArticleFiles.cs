using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Benchmarks;

namespace KnowledgeGraph.Worker.Tests.TestSupport;

/// <summary>Writes generated articles (our own synthetic wire copy) as input files.</summary>
internal static class ArticleFiles
{
    public static IReadOnlyList<Article> Generate(int count, int seed = 7) =>
        Enumerable.Range(0, count).Select(new SyntheticArticleGenerator(seed).Create).ToList();

    public static string ToJsonLine(Article article) => JsonSerializer.Serialize(new
    {
        id = article.Id,
        title = article.Title,
        date = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        source = article.Source,
        text = article.Text,
    });

    public static string WriteJsonLines(string path, IEnumerable<Article> articles)
    {
        File.WriteAllLines(path, articles.Select(ToJsonLine));
        return path;
    }

    /// <summary>One .json file per article (the article id is the record's id, not the file name).</summary>
    public static IReadOnlyList<string> WriteJsonFiles(string folder, IEnumerable<Article> articles)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var article in articles)
        {
            var path = Path.Combine(folder, article.Id + ".json");
            File.WriteAllText(path, ToJsonLine(article));
            paths.Add(path);
        }

        return paths;
    }
}
