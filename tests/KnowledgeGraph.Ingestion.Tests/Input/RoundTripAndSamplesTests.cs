using System.Text;
using System.Text.Json;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class RoundTripAndSamplesTests : IDisposable
{
    // Printable text of many scripts plus the characters that break naive escaping: quotes, backslashes, braces,
    // Cypher and SQL punctuation, emoji (surrogate pairs), right-to-left text.
    private static readonly string[] Alphabet =
    [
        "a", "Z", "7", " ", "\n", "\"", "'", "\\", "{", "}", "[", "]", "(", ")", "$", "`", ";", "--", "//", ":", ",",
        "é", "ß", "Ж", "中", "한", "ع", "ש", "🙂", "🇺🇳", "—", "«", "»", "&", "<", ">", "#", "*", "\t",
    ];

    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_RandomPrintableTextInJsonLines_ComesBackExactly()
    {
        var random = new Random(20240601);
        var texts = Enumerable.Range(0, 300).Select(_ => RandomText(random)).ToList();
        var path = folder.Write("random.jsonl", string.Join('\n', texts.Select(t => JsonSerializer.Serialize(new { text = t }))));

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(texts, results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article.Text));
    }

    [Fact]
    public async Task ReadAsync_RandomPrintableTextInTxtFiles_ComesBackExactly()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 40).Select(_ => RandomText(random)).ToList();
        var paths = texts.Select((t, i) => folder.Write($"r{i:D3}.txt", t)).ToArray();

        var results = await reader.ReadAllAsync(paths);

        Assert.Equal(texts, results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article.Text));
    }

    [Fact]
    public async Task ReadAsync_RepositorySamples_AllReadWithTitleAndDate()
    {
        var samples = FindRepositorySamples();
        if (samples is null)
        {
            Assert.Skip("samples/ not found beside KnowledgeGraph.sln");
        }

        var results = await reader.ReadAllAsync(samples);

        Assert.NotEmpty(results);
        Assert.All(results, result =>
        {
            var article = Assert.IsType<ArticleReadResult.Success>(result).Article;
            Assert.False(string.IsNullOrWhiteSpace(article.Title), $"{article.Origin} has no title");
            Assert.NotNull(article.Published);
            if (!article.Origin.Contains(".json", StringComparison.Ordinal))
            {
                // Files carry their headline in the text; JSON records keep "text" exactly as given.
                Assert.StartsWith(article.Title!.TrimEnd('…'), article.Text, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>Text that neither starts nor ends with whitespace and never starts with a Markdown-looking or date prefix.</summary>
    private static string RandomText(Random random)
    {
        var builder = new StringBuilder("Story ");
        var length = random.Next(1, 120);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.Append(" end.").ToString();
    }

    private static string? FindRepositorySamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                var samples = Path.Combine(folder.FullName, "samples");
                return Directory.Exists(samples) ? samples : null;
            }
        }

        return null;
    }
}
