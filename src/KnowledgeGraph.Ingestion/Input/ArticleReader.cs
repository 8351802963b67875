using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Reads articles from files and folders: .txt/.md (optional "date YYYY-MM-DD" prefix, first line is the title),
/// .html/.htm (readable text via <see cref="HtmlArticleParser"/>), .json (one record or an array of records) and
/// .jsonl (one record per line, streamed). Folders are read recursively in ordinal path order, skipping hidden entries
/// and other extensions; a folder without any article file is a failure naming what it held. Bad input never throws: each problem is one <see cref="ArticleReadResult.Failure"/> naming the
/// file (and line) and the reason, and the rest of the batch is still read. Only cancellation ends the enumeration early.
/// </summary>
public sealed partial class ArticleReader(IOptions<InputOptions> options) : IArticleReader
{
    private const int ChunkSize = 64 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private const string JsonExtension = ".json";
    private const string JsonLinesExtension = ".jsonl";

    private readonly int maxArticleBytes = options.Value.MaxArticleBytes;

    /// <summary>Whether a folder walk reads files with this name (extension known, not hidden).</summary>
    public static bool IsSupportedFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 0 && name[0] != '.' && IsSupportedExtension(Path.GetExtension(name));
    }

    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TryGetFullPath(path, out var fullPath, out var pathError))
            {
                yield return new ArticleReadResult.Failure(string.IsNullOrEmpty(path) ? "(empty path)" : path, pathError);
                continue;
            }

            if (Directory.Exists(fullPath))
            {
                var listing = InputInventory.ListFolder(fullPath);
                if ((listing.Error ?? listing.NothingToReadReason) is { } folderError)
                {
                    // A folder given to read that yields nothing is a failed input, saying what it held, not a silent zero.
                    yield return new ArticleReadResult.Failure(fullPath, folderError);
                }

                foreach (var file in listing.ArticleFiles)
                {
                    await foreach (var result in ReadFileAsync(file, cancellationToken))
                    {
                        yield return result;
                    }
                }
            }
            else if (File.Exists(fullPath))
            {
                if (!IsSupportedExtension(Path.GetExtension(fullPath)))
                {
                    var extension = Path.GetExtension(fullPath);
                    yield return new ArticleReadResult.Failure(fullPath,
                        $"unsupported file type '{InputInventory.ExtensionName(extension)}' (supported: {InputInventory.SupportedList})");
                    continue;
                }

                await foreach (var result in ReadFileAsync(fullPath, cancellationToken))
                {
                    yield return result;
                }
            }
            else
            {
                yield return new ArticleReadResult.Failure(fullPath, "does not exist (no such file or folder)");
            }
        }
    }

    public IAsyncEnumerable<ArticleReadResult> ReadJsonLinesAsync(Stream stream, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        return ReadJsonLinesCoreAsync(stream, origin, IdBaseFor(origin), cancellationToken);
    }

    private IAsyncEnumerable<ArticleReadResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(JsonLinesExtension, StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLinesFileAsync(path, cancellationToken);
        }

        if (extension.Equals(JsonExtension, StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonFileAsync(path, cancellationToken);
        }

        return ReadSingleArticleFileAsync(path, cancellationToken);
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadSingleArticleFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await ReadSingleArticleAsync(path, cancellationToken);
    }

    private async Task<ArticleReadResult> ReadSingleArticleAsync(string path, CancellationToken cancellationToken)
    {
        var (bytes, readError) = await ReadBoundedAsync(path, cancellationToken);
        if (bytes is null)
        {
            return new ArticleReadResult.Failure(path, readError!);
        }

        var isHtml = HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
        if (!TextDecoding.TryDecode(bytes, out var decoded, out var decodeError)
            && !(isHtml && TryDecodeDeclaredCharset(bytes, out decoded)))
        {
            return new ArticleReadResult.Failure(path, decodeError);
        }

        try
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var isMarkdown = Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);
            return isHtml ? FromHtml(decoded, id, path) : FromPlainText(decoded, isMarkdown, id, path);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one odd file must not stop the batch; the failure names the file and the cause.
            return new ArticleReadResult.Failure(path, $"could not be parsed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>An HTML page that is not UTF-8 but declares its legacy charset (windows-1252, ISO-8859-x) is decoded with it.</summary>
    private static bool TryDecodeDeclaredCharset(byte[] bytes, out string decoded)
    {
        decoded = "";
        if (TextDecoding.DetectBom(bytes, out _) != TextDecoding.Bom.None || bytes.AsSpan().IndexOf((byte)0) >= 0
            || HtmlCharset.FindDeclaredEncoding(bytes) is not { } encoding)
        {
            return false;
        }

        decoded = encoding.GetString(bytes);
        return TextDecoding.IsText(decoded, out _);
    }

    private static ArticleReadResult FromPlainText(string decoded, bool isMarkdown, string id, string path)
    {
        var normalized = TextNormalizer.Normalize(decoded);
        if (!PlainTextArticleParser.TryParse(normalized, isMarkdown, out var article, out var error))
        {
            return new ArticleReadResult.Failure(path, error);
        }

        return new ArticleReadResult.Success(new Article
        {
            Id = id,
            Title = article.Title,
            Text = article.Text,
            Published = article.Published,
            Origin = path,
        });
    }

    private static ArticleReadResult FromHtml(string decoded, string id, string path)
    {
        var content = HtmlArticleParser.Parse(decoded);
        if (content.Text.Length == 0)
        {
            return new ArticleReadResult.Failure(path, "HTML has no readable text (nothing left after removing markup, scripts and page furniture)");
        }

        return new ArticleReadResult.Success(new Article
        {
            Id = id,
            Title = content.Title,
            Text = content.Text,
            Published = content.Published,
            Url = content.Url,
            Origin = path,
        });
    }

    /// <summary>Reads a whole file of at most the per-article limit; never holds more than the limit plus one byte.</summary>
    private async Task<(byte[]? Bytes, string? Error)> ReadBoundedAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = OpenRead(path);
            var length = stream.CanSeek ? stream.Length : 0;
            if (length > maxArticleBytes)
            {
                return (null, TooLarge("is", length));
            }

            // Read up to one byte past the limit: the file may have grown, or be a device that reports no length.
            var buffer = new byte[(int)Math.Min((long)maxArticleBytes + 1, Math.Max(length, ChunkSize) + 1)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > maxArticleBytes)
                    {
                        return (null, TooLarge("is more than", total - 1));
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)maxArticleBytes + 1, buffer.Length * 2L));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total == 0)
            {
                return (null, "is empty (0 bytes)");
            }

            return (buffer.AsSpan(0, total).ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"could not be read: {ex.Message}");
        }
    }

    private string TooLarge(string verb, long length) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {length:N0} bytes, over the limit of {maxArticleBytes:N0} bytes per article (configuration key {InputOptions.MaxArticleBytesKey})");

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static bool IsSupportedExtension(string extension) => InputInventory.IsSupportedExtension(extension);

    private static bool TryGetFullPath(string? path, out string fullPath, out string error)
    {
        fullPath = "";
        error = "";
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "an empty path was given";
            return false;
        }

        try
        {
            fullPath = Path.GetFullPath(path);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error = $"is not a valid path: {ex.Message}";
            return false;
        }
    }

    private static string IdBaseFor(string origin)
    {
        var name = Path.GetFileNameWithoutExtension(origin);
        return string.IsNullOrWhiteSpace(name) ? origin : name;
    }
}
