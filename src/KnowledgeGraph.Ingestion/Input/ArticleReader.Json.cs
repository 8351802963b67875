using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>JSON (.json: a record or an array of records) and JSON Lines (.jsonl, standard input) reading.</summary>
public sealed partial class ArticleReader
{
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

        try
        {
            await foreach (var result in ReadLinesAsync(source, firstChunk, origin, idBase, cancellationToken))
            {
                yield return result;
            }
        }
        finally
        {
            if (!ReferenceEquals(source, stream))
            {
                await source.DisposeAsync();
            }
        }
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadLinesAsync(Stream source, ReadOnlyMemory<byte> firstChunk, string origin, string idBase,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var splitter = new BoundedLineSplitter(maxArticleBytes);
        string? error = null;
        int read;
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

        if (InvalidUtf8Offset(bytes) is { } offset)
        {
            return new ArticleReadResult.Failure(lineOrigin, string.Create(CultureInfo.InvariantCulture,
                $"line {line.Number} is not valid UTF-8 at byte {offset} of the line"));
        }

        var result = ParseRecord(bytes, string.Create(CultureInfo.InvariantCulture, $"{idBase}#{line.Number}"), lineOrigin,
            string.Create(CultureInfo.InvariantCulture, $"line {line.Number}"));
        if (!line.Terminated && result is ArticleReadResult.Failure failure && failure.Reason.StartsWith("malformed JSON", StringComparison.Ordinal))
        {
            return failure with { Reason = failure.Reason + " (the last line has no newline: the file may be cut off or still being written)" };
        }

        return result;
    }

    /// <summary>Where strict UTF-8 decoding fails, or null for valid UTF-8.</summary>
    private static int? InvalidUtf8Offset(byte[] bytes)
    {
        try
        {
            TextDecoding.StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Max(ex.Index, 0);
        }
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

        var (bytes, readError) = await ReadBoundedAsync(path, cancellationToken);
        if (bytes is null)
        {
            yield return new ArticleReadResult.Failure(path, readError!);
            yield break;
        }

        if (!TextDecoding.TryDecode(bytes, out var text, out var decodeError))
        {
            yield return new ArticleReadResult.Failure(path, decodeError);
            yield break;
        }

        var content = text.AsSpan().TrimStart();
        if (!content.IsEmpty && content[0] == '[')
        {
            // Arrays are read record by record whatever their size, so one bad record costs only itself.
            var afterBracketStart = text.Length - content.Length + 1;
            using var afterBracket = new MemoryStream(Encoding.UTF8.GetBytes(text, afterBracketStart, text.Length - afterBracketStart), writable: false);
            await foreach (var result in ReadArrayRecordsAsync(afterBracket, path, cancellationToken))
            {
                yield return result;
            }

            yield break;
        }

        yield return ParseSingleRecord(text, path);
    }

    private static ArticleReadResult ParseSingleRecord(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ArticleReadResult.Failure(path, $"holds {JsonArticleRecord.Describe(root.ValueKind)}, expected a JSON object or an array of objects");
            }

            return JsonArticleRecord.ToResult(root, Path.GetFileNameWithoutExtension(path), path);
        }
        catch (JsonException ex)
        {
            return new ArticleReadResult.Failure(path, $"malformed JSON: {DescribeJsonError(ex)}");
        }
        catch (InvalidOperationException ex)
        {
            return new ArticleReadResult.Failure(path, $"holds a string that is not valid text: {ex.Message}");
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
            await foreach (var result in ReadArrayRecordsAsync(stream, path, cancellationToken))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The records of a JSON array from a stream positioned just after its '[': each record is parsed on its own, held
    /// to the per-article limit. Records before a syntax error in the array itself are kept; that error ends the file
    /// with one failure.
    /// </summary>
    private async IAsyncEnumerable<ArticleReadResult> ReadArrayRecordsAsync(Stream afterBracket, string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var idBase = Path.GetFileNameWithoutExtension(path);
        await using var enumerator = new JsonArrayElementReader(afterBracket, maxArticleBytes).GetAsyncEnumerator(cancellationToken);
        var index = 0;
        string? error = null;
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

            if (InvalidUtf8Offset(item.Bytes) is { } offset)
            {
                yield return new ArticleReadResult.Failure(recordOrigin, string.Create(CultureInfo.InvariantCulture,
                    $"record {index} is not valid UTF-8 at byte {offset} of the record"));
                continue;
            }

            yield return ParseRecord(item.Bytes, string.Create(CultureInfo.InvariantCulture, $"{idBase}#{index}"), recordOrigin,
                string.Create(CultureInfo.InvariantCulture, $"record {index}"));
        }

        if (error is not null)
        {
            yield return new ArticleReadResult.Failure(path, error);
        }
        else if (index == 0)
        {
            yield return new ArticleReadResult.Failure(path, "holds an empty JSON array: no records");
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
}
