using System.Runtime.CompilerServices;
using KnowledgeGraph.Ingestion.Input;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingestion.Sources.JsonLines;

/// <summary>
/// A one-shot bulk load: one JSON Lines file, or standard input when the path is <c>-</c>. Yields a single document
/// and ends. The stream is opened only when the pipeline reads the articles and is read line by line, so memory is
/// bounded by the largest record. A missing file is a failure of the document, not an exception.
/// </summary>
public sealed class JsonLinesSource : IArticleSource
{
    public const string StandardInputPath = "-";

    private readonly string path;
    private readonly IArticleReader reader;
    private readonly Func<Stream> openStandardInput;
    private readonly ILogger<JsonLinesSource> logger;

    public JsonLinesSource(string path, IArticleReader reader, ILogger<JsonLinesSource> logger)
        : this(path, reader, Console.OpenStandardInput, logger)
    {
    }

    internal JsonLinesSource(string path, IArticleReader reader, Func<Stream> openStandardInput, ILogger<JsonLinesSource> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        this.path = path;
        this.reader = reader;
        this.openStandardInput = openStandardInput;
        this.logger = logger;
    }

    private bool IsStandardInput => path == StandardInputPath;

    public string Name => IsStandardInput ? "stdin" : "jsonl";

    /// <summary>"stdin" or the file's full path.</summary>
    public string Origin => IsStandardInput ? "stdin" : Path.GetFullPath(path);

    public async IAsyncEnumerable<SourceDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var origin = Origin;
        yield return new SourceDocument
        {
            Origin = origin,
            Articles = ReadArticlesAsync(origin, cancellationToken),
            CompleteAsync = (outcome, _) =>
            {
                logger.JsonLinesFinished(origin, outcome.Written, outcome.Skipped, outcome.Failures.Count);
                return ValueTask.CompletedTask;
            },
        };
        await Task.CompletedTask;
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadArticlesAsync(string origin, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream? stream = null;
        string? openError = null;
        try
        {
            stream = IsStandardInput
                ? openStandardInput()
                : new FileStream(origin, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.Asynchronous | FileOptions.SequentialScan });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            openError = exception.Message;
        }

        if (stream is null)
        {
            yield return new ArticleReadResult.Failure(origin, $"{origin}: cannot open: {openError}");
            yield break;
        }

        await using (stream)
        {
            await foreach (var result in reader.ReadJsonLinesAsync(stream, origin, cancellationToken))
            {
                yield return result;
            }
        }
    }
}
