using System.Buffers;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// One line of a JSON Lines stream: its bytes, or only its length when it is over the limit. <paramref name="Terminated"/>
/// is false for a last line without a newline, which is what a cut-off or still-growing file ends with.
/// </summary>
internal readonly record struct RawLine(long Number, byte[]? Bytes, long Length, bool Terminated = true)
{
    public bool IsTooLong => Bytes is null;
}

/// <summary>
/// Splits a byte stream into lines on '\n' while keeping at most <c>maxLineBytes</c> of one line in memory: a line over
/// the limit is counted and skipped, so a huge or endless line cannot exhaust memory and later lines are still read.
/// </summary>
internal sealed class BoundedLineSplitter(int maxLineBytes)
{
    private readonly ArrayBufferWriter<byte> current = new();
    private long currentLength;
    private long lineNumber = 1;

    /// <summary>Consumes a chunk and adds the lines it completes to <paramref name="completed"/>.</summary>
    public void Append(ReadOnlySpan<byte> chunk, List<RawLine> completed)
    {
        while (!chunk.IsEmpty)
        {
            var newline = chunk.IndexOf((byte)'\n');
            var segment = newline < 0 ? chunk : chunk[..newline];
            currentLength += segment.Length;
            if (currentLength <= maxLineBytes)
            {
                current.Write(segment);
            }

            if (newline < 0)
            {
                return;
            }

            completed.Add(TakeLine());
            chunk = chunk[(newline + 1)..];
        }
    }

    /// <summary>The last line when the stream does not end with a newline.</summary>
    public RawLine? Finish() => currentLength > 0 ? TakeLine() with { Terminated = false } : null;

    private RawLine TakeLine()
    {
        var written = current.WrittenSpan;
        var length = currentLength;
        if (!written.IsEmpty && written[^1] == (byte)'\r')
        {
            written = written[..^1];
        }

        var line = currentLength <= maxLineBytes ? new RawLine(lineNumber, written.ToArray(), length) : new RawLine(lineNumber, null, length);
        current.ResetWrittenCount();
        currentLength = 0;
        lineNumber++;
        return line;
    }
}
