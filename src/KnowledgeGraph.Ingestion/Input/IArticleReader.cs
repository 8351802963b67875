namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Reads articles from files and folders (.txt, .md, .html/.htm, .json, .jsonl). Bad input never throws: it is
/// reported as a <see cref="ArticleReadResult.Failure"/> and the rest of the batch is still read. Streams: memory is
/// bounded by the largest single article, not by the number of articles.
/// </summary>
public interface IArticleReader
{
    IAsyncEnumerable<ArticleReadResult> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken);

    /// <summary>Reads one JSON Lines stream (a file or standard input); <paramref name="origin"/> names it in errors.</summary>
    IAsyncEnumerable<ArticleReadResult> ReadJsonLinesAsync(Stream stream, string origin, CancellationToken cancellationToken);
}
