using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Input;

/// <summary>
/// Reads articles from files and folders: .txt/.md (optional "date YYYY-MM-DD" prefix, first line is the title),
/// .html/.htm (readable text via <see cref="HtmlArticleParser"/>), .json (one record or an array of records) and
/// .jsonl (one record per line, streamed). Folders are read recursively in ordinal path order, skipping hidden entries
/// and other extensions. Bad input never throws: each problem is one <see cref="ArticleReadResult.Failure"/> naming the
/// file (and line) and the reason, and the rest of the batch is still read. Only cancellation ends the enumeration early.
/// </summary>
public sealed class ArticleReader(IOptions<InputOptions> options) : IArticleReader
{
    private const int ChunkSize = 64 * 1024;

    private static readonly string[] TextExtensions = [".txt", ".md"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private const string JsonExtension = ".json";
    private const string JsonLinesExtension = ".jsonl";

    private static readonly string SupportedList = ".txt, .md, .html, .htm, .json, .jsonl";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly EnumerationOptions FolderEnumeration = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        // Bounds the walk should a symbolic link make the folder tree cyclic.
        MaxRecursionDepth = 32,
    };

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
                var (files, folderError) = ListFolder(fullPath);
                if (folderError is not null)
                {
                    yield return new ArticleReadResult.Failure(fullPath, folderError);
                }

                foreach (var file in files)
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
                        $"unsupported file type '{(extension.Length == 0 ? "(no extension)" : extension)}' (supported: {SupportedList})");
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
            return isHtml ? FromHtml(decoded, id, path) : FromPlainText(decoded, id, path);
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

    private static ArticleReadResult FromPlainText(string decoded, string id, string path)
    {
        var normalized = TextNormalizer.Normalize(decoded);
        if (!PlainTextArticleParser.TryParse(normalized, out var article, out var error))
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

    private async IAsyncEnumerable<ArticleReadResult> ReadJsonLinesFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string? openError = null;
        try
        {
            stream = OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = $"could not be read: {ex.Message}";
        }

        if (stream is null)
        {
            yield return new ArticleReadResult.Failure(path, openError!);
            yield break;
        }

        await using (stream)
        {
            var any = false;
            await foreach (var result in ReadJsonLinesCoreAsync(stream, path, Path.GetFileNameWithoutExtension(path), cancellationToken))
            {
                any = true;
                yield return result;
            }

            if (!any)
            {
                yield return new ArticleReadResult.Failure(path, "is empty: no JSON Lines records");
            }
        }
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadJsonLinesCoreAsync(Stream stream, string origin, string idBase,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        int read;
        string? error = null;
        try
        {
            read = await stream.ReadAtLeastAsync(buffer, 4, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            read = 0;
            error = $"could not be read: {ex.Message}";
        }

        if (error is not null)
        {
            yield return new ArticleReadResult.Failure(origin, error);
            yield break;
        }

        var bom = TextDecoding.DetectBom(buffer.AsSpan(0, read), out var bomLength);
        var source = stream;
        ReadOnlyMemory<byte> firstChunk = buffer.AsMemory(bomLength, read - bomLength);
        if (bom is not (TextDecoding.Bom.None or TextDecoding.Bom.Utf8))
        {
            // System.Text.Json reads UTF-8 only: transcode UTF-16/32 (e.g. a file saved by Windows PowerShell).
            source = Encoding.CreateTranscodingStream(new PrefixedReadStream(firstChunk.ToArray(), stream),
                TextDecoding.EncodingFor(bom), Encoding.UTF8, leaveOpen: true);
            firstChunk = ReadOnlyMemory<byte>.Empty;
        }
        else if (firstChunk.Span.IndexOf((byte)0) is var nul and >= 0)
        {
            yield return new ArticleReadResult.Failure(origin, string.Create(CultureInfo.InvariantCulture,
                $"contains a NUL byte at byte {nul + bomLength}: binary data, or UTF-16 text without a byte-order mark, not JSON Lines"));
            yield break;
        }

        var splitter = new BoundedLineSplitter(maxArticleBytes);
        var completed = new List<RawLine>();
        splitter.Append(firstChunk.Span, completed);
        var chunk = new byte[ChunkSize];
        while (true)
        {
            foreach (var line in completed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ParseLine(line, origin, idBase) is { } result)
                {
                    yield return result;
                }
            }

            completed.Clear();
            try
            {
                read = await source.ReadAsync(chunk, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                read = 0;
                error = ex is DecoderFallbackException ? "is not valid text in the encoding its byte-order mark declares" : $"could not be read: {ex.Message}";
            }

            if (error is not null)
            {
                yield return new ArticleReadResult.Failure(origin, error);
                break;
            }

            if (read == 0)
            {
                if (splitter.Finish() is { } last && ParseLine(last, origin, idBase) is { } lastResult)
                {
                    yield return lastResult;
                }

                break;
            }

            splitter.Append(chunk.AsSpan(0, read), completed);
        }

        if (!ReferenceEquals(source, stream))
        {
            await source.DisposeAsync();
        }
    }

    /// <summary>One JSON Lines line to a result; null for a blank line.</summary>
    private ArticleReadResult? ParseLine(RawLine line, string origin, string idBase)
    {
        var lineOrigin = string.Create(CultureInfo.InvariantCulture, $"{origin}:{line.Number}");
        if (line.IsTooLong)
        {
            return new ArticleReadResult.Failure(lineOrigin, string.Create(CultureInfo.InvariantCulture,
                $"line {line.Number} is {line.Length:N0} bytes, over the limit of {maxArticleBytes:N0} bytes per article (configuration key {InputOptions.MaxArticleBytesKey})"));
        }

        var bytes = line.Bytes!;
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r"u8) < 0)
        {
            return null;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return new ArticleReadResult.Failure(lineOrigin, string.Create(CultureInfo.InvariantCulture,
                $"line {line.Number} is not valid UTF-8 at byte {Math.Max(ex.Index, 0)} of the line"));
        }

        return ParseRecord(bytes, string.Create(CultureInfo.InvariantCulture, $"{idBase}#{line.Number}"), lineOrigin,
            string.Create(CultureInfo.InvariantCulture, $"line {line.Number}"));
    }

    private static ArticleReadResult ParseRecord(ReadOnlyMemory<byte> json, string fallbackId, string origin, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonArticleRecord.ToResult(document.RootElement, fallbackId, origin);
        }
        catch (JsonException ex)
        {
            return new ArticleReadResult.Failure(origin, $"malformed JSON on {where}: {DescribeJsonError(ex)}");
        }
        catch (InvalidOperationException ex)
        {
            // Raised for strings that cannot be turned into text, e.g. an escaped unpaired surrogate.
            return new ArticleReadResult.Failure(origin, $"{where} holds a string that is not valid text: {ex.Message}");
        }
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadJsonFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            length = -1;
        }

        if (length > maxArticleBytes)
        {
            await foreach (var result in ReadLargeJsonArrayAsync(path, length, cancellationToken))
            {
                yield return result;
            }

            yield break;
        }

        foreach (var result in await ReadSmallJsonFileAsync(path, cancellationToken))
        {
            yield return result;
        }
    }

    private async Task<IReadOnlyList<ArticleReadResult>> ReadSmallJsonFileAsync(string path, CancellationToken cancellationToken)
    {
        var (bytes, readError) = await ReadBoundedAsync(path, cancellationToken);
        if (bytes is null)
        {
            return [new ArticleReadResult.Failure(path, readError!)];
        }

        if (!TextDecoding.TryDecode(bytes, out var text, out var decodeError))
        {
            return [new ArticleReadResult.Failure(path, decodeError)];
        }

        var idBase = Path.GetFileNameWithoutExtension(path);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var results = new List<ArticleReadResult>();
                var index = 0;
                foreach (var record in root.EnumerateArray())
                {
                    index++;
                    results.Add(ArrayRecordResult(record, path, idBase, index));
                }

                return results.Count > 0 ? results : [new ArticleReadResult.Failure(path, "holds an empty JSON array: no records")];
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return [new ArticleReadResult.Failure(path, $"holds {JsonArticleRecord.Describe(root.ValueKind)}, expected a JSON object or an array of objects")];
            }

            return [JsonArticleRecord.ToResult(root, idBase, path)];
        }
        catch (JsonException ex)
        {
            return [new ArticleReadResult.Failure(path, $"malformed JSON: {DescribeJsonError(ex)}")];
        }
        catch (InvalidOperationException ex)
        {
            return [new ArticleReadResult.Failure(path, $"holds a string that is not valid text: {ex.Message}")];
        }
    }

    private static ArticleReadResult ArrayRecordResult(JsonElement record, string path, string idBase, int index)
    {
        try
        {
            return JsonArticleRecord.ToResult(record,
                string.Create(CultureInfo.InvariantCulture, $"{idBase}#{index}"),
                string.Create(CultureInfo.InvariantCulture, $"{path}#{index}"));
        }
        catch (InvalidOperationException ex)
        {
            return new ArticleReadResult.Failure(string.Create(CultureInfo.InvariantCulture, $"{path}#{index}"),
                $"record {index} holds a string that is not valid text: {ex.Message}");
        }
    }

    /// <summary>
    /// A .json file over the per-article limit can only be an array of records: stream its elements one at a time,
    /// each held to the limit. Records before a syntax error are kept; the error ends the file with one failure.
    /// </summary>
    private async IAsyncEnumerable<ArticleReadResult> ReadLargeJsonArrayAsync(string path, long length, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream? stream = null;
        string? error = null;
        try
        {
            stream = OpenRead(path);
            var head = new byte[4];
            var read = await stream.ReadAtLeastAsync(head, 4, throwOnEndOfStream: false, cancellationToken);
            var bom = TextDecoding.DetectBom(head.AsSpan(0, read), out var bomLength);
            stream.Position = bomLength;
            if (bom is not (TextDecoding.Bom.None or TextDecoding.Bom.Utf8))
            {
                stream = Encoding.CreateTranscodingStream(stream, TextDecoding.EncodingFor(bom), Encoding.UTF8, leaveOpen: false);
            }

            var first = await FirstNonWhitespaceByteAsync(stream, cancellationToken);
            if (first != '[')
            {
                error = TooLarge("is", length) + "; only an array of records may be larger (or use JSON Lines)";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            error = $"could not be read: {ex.Message}";
        }

        if (error is not null || stream is null)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            yield return new ArticleReadResult.Failure(path, error ?? "could not be read");
            yield break;
        }

        await using (stream)
        {
            var idBase = Path.GetFileNameWithoutExtension(path);
            // The '[' was consumed while sniffing; the rest is read as top-level values separated by commas.
            await using var enumerator = new JsonArrayElementReader(stream, maxArticleBytes).GetAsyncEnumerator(cancellationToken);
            var index = 0;
            while (true)
            {
                JsonArrayElementReader.Item item;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception ex) when (ex is JsonException or IOException or DecoderFallbackException)
                {
                    error = ex is JsonException json ? $"malformed JSON after record {index}: {DescribeJsonError(json)}" : $"could not be read after record {index}: {ex.Message}";
                    break;
                }

                index++;
                var recordOrigin = string.Create(CultureInfo.InvariantCulture, $"{path}#{index}");
                if (item.Bytes is null)
                {
                    yield return new ArticleReadResult.Failure(recordOrigin, string.Create(CultureInfo.InvariantCulture,
                        $"record {index} is {item.Length:N0} bytes, over the limit of {maxArticleBytes:N0} bytes per article (configuration key {InputOptions.MaxArticleBytesKey})"));
                    continue;
                }

                yield return ParseRecord(item.Bytes, string.Create(CultureInfo.InvariantCulture, $"{idBase}#{index}"), recordOrigin,
                    string.Create(CultureInfo.InvariantCulture, $"record {index}"));
            }

            if (error is not null)
            {
                yield return new ArticleReadResult.Failure(path, error);
            }
        }
    }

    private static async Task<int> FirstNonWhitespaceByteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken) == 1)
        {
            if (one[0] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return one[0];
            }
        }

        return -1;
    }

    private static string DescribeJsonError(JsonException ex)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 7."; say it in words, 1-based.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut > 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd(' ', '.');
        return ex.LineNumber is { } line && ex.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (line {line + 1}, byte {position + 1})")
            : message;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static (List<string> Files, string? Error) ListFolder(string folder)
    {
        try
        {
            var files = Directory.EnumerateFiles(folder, "*", FolderEnumeration)
                .Where(file => IsSupportedFile(file) && !IsInHiddenFolder(folder, file))
                .ToList();
            files.Sort(StringComparer.Ordinal);
            return (files, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], $"folder could not be listed: {ex.Message}");
        }
    }

    private static bool IsInHiddenFolder(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.') && part is not ("." or ".."));
    }

    private static bool IsSupportedExtension(string extension) =>
        TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
        || HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
        || extension.Equals(JsonExtension, StringComparison.OrdinalIgnoreCase)
        || extension.Equals(JsonLinesExtension, StringComparison.OrdinalIgnoreCase);

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
