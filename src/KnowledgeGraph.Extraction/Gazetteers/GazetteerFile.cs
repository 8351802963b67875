using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A compiled gazetteer that cannot be used: the message names the resource and the reason.</summary>
internal sealed class GazetteerDataException(string message, Exception? innerException = null)
    : Exception(message, innerException);

/// <summary>The rows of one compiled gazetteer, after its header and checksum were verified.</summary>
internal sealed record GazetteerTable(string Kind, string Sources, IReadOnlyList<string[]> Rows);

/// <summary>
/// The one definition of the compiled gazetteer format, written by tools/KnowledgeGraph.GazetteerCompiler and read
/// here: a gzip stream of UTF-8 text whose first line is the header
/// <c>KGGAZ\tformat=1\tkind=K\trows=N\tsha256=HEX\tsources=S</c> and whose remaining bytes (the payload) are
/// N rows of tab-separated fields, each ending in '\n'. The SHA-256 covers the payload bytes exactly, so any change to
/// a row after compilation is detected at load; the sources field records the input packages and file digests.
/// </summary>
internal static class GazetteerFile
{
    public const int FormatVersion = 1;

    private const string Magic = "KGGAZ";

    /// <summary>The file name of the embedded resource that holds a compiled gazetteer.</summary>
    public static string ResourcePrefix => "KnowledgeGraph.Extraction.Gazetteers.Data.";

    /// <summary>Writes rows as a compiled gazetteer. Output is a function of the arguments only (deterministic).</summary>
    public static void Write(Stream output, string kind, string sources, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        RequireFieldText(kind, nameof(kind));
        RequireFieldText(sources, nameof(sources));
        var payload = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                RequireFieldText(row[i], "row field");
                if (i > 0)
                {
                    payload.Append('\t');
                }

                payload.Append(row[i]);
            }

            payload.Append('\n');
        }

        var payloadBytes = Encoding.UTF8.GetBytes(payload.ToString());
        var header = string.Create(
            CultureInfo.InvariantCulture,
            $"{Magic}\tformat={FormatVersion}\tkind={kind}\trows={rows.Count}\tsha256={Convert.ToHexStringLower(SHA256.HashData(payloadBytes))}\tsources={sources}\n");
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        gzip.Write(Encoding.UTF8.GetBytes(header));
        gzip.Write(payloadBytes);
    }

    /// <summary>Reads and verifies a compiled gazetteer embedded in this assembly.</summary>
    public static GazetteerTable ReadEmbedded(string fileName, string expectedKind, int fieldCount)
    {
        var resourceName = ResourcePrefix + fileName;
        using var stream = typeof(GazetteerFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new GazetteerDataException($"Gazetteer resource '{resourceName}' is missing from the assembly.");
        return Read(stream, resourceName, expectedKind, fieldCount);
    }

    /// <summary>Reads and verifies a compiled gazetteer; every failure names <paramref name="resourceName"/>.</summary>
    public static GazetteerTable Read(Stream input, string resourceName, string expectedKind, int fieldCount)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] bytes;
        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(resourceName, "it is not a valid gzip stream (" + ex.Message + ")", ex);
        }

        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0)
        {
            throw Corrupt(resourceName, "it has no header line");
        }

        var header = ParseHeader(Encoding.UTF8.GetString(bytes, 0, newline), resourceName);
        if (header.GetValueOrDefault("format") != FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw Corrupt(resourceName, $"format '{header.GetValueOrDefault("format")}' is not the supported version {FormatVersion}");
        }

        if (header.GetValueOrDefault("kind") != expectedKind)
        {
            throw Corrupt(resourceName, $"kind '{header.GetValueOrDefault("kind")}' is not the expected '{expectedKind}'");
        }

        var payload = bytes.AsSpan(newline + 1);
        var actualHash = Convert.ToHexStringLower(SHA256.HashData(payload));
        if (!string.Equals(header.GetValueOrDefault("sha256"), actualHash, StringComparison.Ordinal))
        {
            throw Corrupt(resourceName, $"the payload's SHA-256 {actualHash} does not match the header's {header.GetValueOrDefault("sha256")}");
        }

        if (!int.TryParse(header.GetValueOrDefault("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var expectedRows))
        {
            throw Corrupt(resourceName, "the header has no valid row count");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(payload);
        }
        catch (DecoderFallbackException ex)
        {
            throw Corrupt(resourceName, "the payload is not valid UTF-8", ex);
        }

        var rows = new List<string[]>(expectedRows);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != fieldCount)
            {
                throw Corrupt(resourceName, $"row {rows.Count + 1} has {fields.Length} fields, expected {fieldCount}");
            }

            rows.Add(fields);
        }

        if (rows.Count != expectedRows)
        {
            throw Corrupt(resourceName, $"it holds {rows.Count} rows, the header says {expectedRows}");
        }

        return new GazetteerTable(expectedKind, header.GetValueOrDefault("sources") ?? "", rows);
    }

    /// <summary>A failure inside a row (a bad number, an unknown kind): the same exception type as the file checks.</summary>
    public static GazetteerDataException Corrupt(string resourceName, string reason, Exception? inner = null) =>
        new($"Gazetteer resource '{resourceName}' is corrupt: {reason}.", inner);

    private static Dictionary<string, string> ParseHeader(string line, string resourceName)
    {
        var parts = line.Split('\t');
        if (parts[0] != Magic)
        {
            throw Corrupt(resourceName, $"the header does not start with '{Magic}'");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.AsSpan(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Corrupt(resourceName, $"header field '{part}' is not key=value");
            }

            values[part[..equals]] = part[(equals + 1)..];
        }

        return values;
    }

    private static void RequireFieldText(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            throw new ArgumentException($"A {what} must not contain a tab or a line break: '{value}'.", what);
        }
    }
}
