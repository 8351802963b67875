using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Splits the elements of a JSON array read from a stream positioned just after its opening '[' without parsing the
/// whole array: each element's bytes are handed out one at a time and at most <c>maxElementBytes</c> of one element is
/// held in memory (a larger element is counted and skipped). Elements are validated by whoever parses them; this only
/// tracks strings and nesting to find where each element ends.
/// </summary>
internal sealed class JsonArrayElementReader(Stream stream, int maxElementBytes) : IAsyncEnumerable<JsonArrayElementReader.Item>
{
    /// <summary>One array element: its bytes, or null with its length when over the limit.</summary>
    public readonly record struct Item(byte[]? Bytes, long Length);

    public async IAsyncEnumerator<Item> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var chunk = new byte[64 * 1024];
        var element = new ArrayBufferWriter<byte>();
        long elementLength = 0;
        var depth = 0;
        var inString = false;
        var escaped = false;
        var closed = false;
        var sawAnyElement = false;

        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var completed = new List<Item>();
            // Start of the current element's bytes within this chunk; copied in one piece, not byte by byte.
            var segmentStart = elementLength > 0 ? 0 : -1;
            for (var i = 0; i < read; i++)
            {
                var b = chunk[i];
                if (closed)
                {
                    if (!IsWhitespace(b))
                    {
                        throw new JsonException("unexpected content after the closing ']' of the array");
                    }

                    continue;
                }

                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (b == (byte)'\\')
                    {
                        escaped = true;
                    }
                    else if (b == (byte)'"')
                    {
                        inString = false;
                    }
                }
                else if (depth == 0 && (b == (byte)',' || b == (byte)']'))
                {
                    if (segmentStart >= 0)
                    {
                        Keep(chunk.AsSpan(segmentStart, i - segmentStart));
                        segmentStart = -1;
                    }

                    if (elementLength > 0)
                    {
                        completed.Add(Take());
                        sawAnyElement = true;
                    }
                    else if (b == (byte)',' || sawAnyElement)
                    {
                        throw new JsonException(b == (byte)',' ? "an array element is missing before ','" : "an array element is missing before ']'");
                    }

                    closed = b == (byte)']';
                    continue;
                }
                else if (depth == 0 && IsWhitespace(b) && segmentStart < 0 && elementLength == 0)
                {
                    continue;
                }
                else if (b == (byte)'"')
                {
                    inString = true;
                }
                else if (b is (byte)'{' or (byte)'[')
                {
                    depth++;
                }
                else if (b is (byte)'}' or (byte)']')
                {
                    depth--;
                    if (depth < 0)
                    {
                        throw new JsonException("unbalanced brackets in the array");
                    }
                }

                if (segmentStart < 0)
                {
                    segmentStart = i;
                }
            }

            if (segmentStart >= 0)
            {
                Keep(chunk.AsSpan(segmentStart, read - segmentStart));
            }

            foreach (var item in completed)
            {
                yield return item;
            }
        }

        if (!closed)
        {
            throw new JsonException("the file ends before the array's closing ']'");
        }

        void Keep(ReadOnlySpan<byte> segment)
        {
            elementLength += segment.Length;
            if (elementLength <= maxElementBytes)
            {
                element.Write(segment);
            }
        }

        Item Take()
        {
            var item = elementLength <= maxElementBytes ? new Item(element.WrittenSpan.ToArray(), elementLength) : new Item(null, elementLength);
            element.ResetWrittenCount();
            elementLength = 0;
            return item;
        }
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
