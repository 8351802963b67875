using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Core.Input;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Worker.Tests.Sources;

/// <summary>
/// INTERIM: a minimal reader for .txt and .jsonl until Core's ArticleReader is merged into main; then Create()
/// returns the real one.
/// </summary>
internal sealed class TestArticleReader : IArticleReader
{
    public static IArticleReader Create() => new TestArticleReader();

    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = File.OpenRead(path);
                await foreach (var result in ReadJsonLinesAsync(stream, path, cancellationToken))
                {
                    yield return result;
                }
            }
            else if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                yield return string.IsNullOrWhiteSpace(text)
                    ? new ArticleReadResult.Failure(path, "empty file")
                    : new ArticleReadResult.Success(new Article { Id = Path.GetFileNameWithoutExtension(path), Text = text, Origin = path });
            }
            else
            {
                yield return new ArticleReadResult.Failure(path, "unsupported file type");
            }
        }
    }

    public async IAsyncEnumerable<ArticleReadResult> ReadJsonLinesAsync(Stream stream, string origin, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            var lineOrigin = string.Create(CultureInfo.InvariantCulture, $"{origin}:{number}");
            ArticleReadResult result;
            try
            {
                using var json = JsonDocument.Parse(line);
                result = new ArticleReadResult.Success(new Article
                {
                    Id = json.RootElement.GetProperty("id").GetString()!,
                    Text = json.RootElement.GetProperty("text").GetString()!,
                    Origin = lineOrigin,
                });
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                result = new ArticleReadResult.Failure(lineOrigin, "not a valid article record");
            }

            yield return result;
        }
    }
}
