using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Language.Internal;

internal enum ModelKind : byte
{
    Tagger = 1,
    Lemmatizer = 2,
    Parser = 3,
}

/// <summary>
/// The container every model file uses:
/// <c>"KGLM"</c> magic (4 bytes), format version (uint16 LE), model kind (1 byte), payload length
/// (int64 LE), SHA-256 of the payload (32 bytes), payload (Brotli-compressed model body).
/// Nothing time- or machine-dependent is written, so the same model always gives the same bytes.
/// </summary>
internal static class ModelFile
{
    // Version 2: the tagger file stores the refiner margin after the refiner table.
    // Version 3: the parser file stores the beam width it was trained for after the tag inventory.
    // Version 2 files are still read (their parser is greedy: beam width 1); older ones are refused
    // with both versions named, so old files never load half-understood.
    public const ushort FormatVersion = 3;
    public const ushort OldestReadableVersion = 2;
    private static readonly byte[] Magic = "KGLM"u8.ToArray();
    private const int HeaderLength = 4 + 2 + 1 + 8 + 32;

    public static byte[] Wrap(ModelKind kind, byte[] body)
    {
        // Brotli quality 9 with a 4 MiB window: nearly the size of quality 11 at a fraction of the time.
        // Fixed parameters keep the output deterministic for a given runtime.
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 9, window: 22))
        {
            throw new InvalidOperationException("Brotli compression of the model body failed.");
        }

        var payload = buffer.AsSpan(0, written).ToArray();
        var file = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(4), FormatVersion);
        file[6] = (byte)kind;
        BinaryPrimitives.WriteInt64LittleEndian(file.AsSpan(7), payload.Length);
        SHA256.HashData(payload).CopyTo(file, 15);
        payload.CopyTo(file, HeaderLength);
        return file;
    }

    /// <summary>Validates the container and returns the decompressed body.</summary>
    /// <exception cref="InvalidDataException">The file is not a model of the expected kind, or it is truncated or corrupt.</exception>
    public static byte[] Unwrap(ReadOnlySpan<byte> file, ModelKind expected, string source) => Unwrap(file, expected, source, out _);

    /// <summary>Validates the container and returns the decompressed body and the file's format version (for layouts that changed).</summary>
    /// <exception cref="InvalidDataException">The file is not a model of the expected kind, or it is truncated or corrupt.</exception>
    public static byte[] Unwrap(ReadOnlySpan<byte> file, ModelKind expected, string source, out ushort version)
    {
        if (file.Length < HeaderLength)
        {
            throw Invalid(source, $"the file is truncated: {file.Length} bytes, shorter than the {HeaderLength}-byte header");
        }

        if (!file[..4].SequenceEqual(Magic))
        {
            throw Invalid(source, "it does not start with the KGLM magic, so it is not a KnowledgeGraph language model");
        }

        version = BinaryPrimitives.ReadUInt16LittleEndian(file[4..]);
        if (version is < OldestReadableVersion or > FormatVersion)
        {
            throw Invalid(source, $"format version {version} is not supported (this build reads versions {OldestReadableVersion} to {FormatVersion})");
        }

        var kind = (ModelKind)file[6];
        if (kind != expected)
        {
            throw Invalid(source, $"it holds a {kind} model where a {expected} model was expected");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(file[7..]);
        if (length != file.Length - HeaderLength)
        {
            throw Invalid(source, $"the payload is {file.Length - HeaderLength} bytes but the header declares {length} (truncated or padded file)");
        }

        var payload = file[HeaderLength..];
        Span<byte> actual = stackalloc byte[32];
        SHA256.HashData(payload, actual);
        if (!actual.SequenceEqual(file.Slice(15, 32)))
        {
            throw Invalid(source, "the SHA-256 checksum of the payload does not match the header (the file is corrupt)");
        }

        try
        {
            using var input = new MemoryStream(payload.ToArray());
            using var brotli = new BrotliStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            brotli.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: the payload cannot be decompressed.", exception);
        }
    }

    private static InvalidDataException Invalid(string source, string reason) =>
        new($"Language model '{source}' is invalid: {reason}.");
}

/// <summary>Little-endian body writer with varints and the sparse weight table layout.</summary>
internal sealed class ModelWriter
{
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new();

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void Write(ReadOnlySpan<byte> bytes) => System.Buffers.BuffersExtensions.Write(_buffer, bytes);

    public void WriteVarUInt(ulong value)
    {
        while (value >= 0x80)
        {
            WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        WriteByte((byte)value);
    }

    public void WriteInt(int value) => WriteVarUInt((uint)value);

    public void WriteString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt(bytes.Length);
        Write(bytes);
    }

    public void WriteStrings(IReadOnlyList<string> values)
    {
        WriteInt(values.Count);
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

    public void WriteTable(WeightRows table)
    {
        WriteInt(table.ClassCount);
        WriteInt(table.RowCount);
        WriteInt(table.EntryCount);
        // Column-wise layout: sorted key deltas, then row lengths, then classes, then weights,
        // because each column compresses far better on its own than interleaved.
        uint previous = 0;
        foreach (var key in table.Keys)
        {
            WriteVarUInt(key - previous);
            previous = key;
        }

        var offsets = table.RowOffsets;
        for (var row = 0; row < table.RowCount; row++)
        {
            WriteInt(offsets[row + 1] - offsets[row]);
        }

        Write(table.Classes);
        Span<byte> half = stackalloc byte[2];
        foreach (var weight in table.Weights)
        {
            BinaryPrimitives.WriteHalfLittleEndian(half, (Half)weight);
            Write(half);
        }
    }
}

internal sealed class ModelReader(byte[] body, string source)
{
    private int _position;

    public bool AtEnd => _position == body.Length;

    private byte NextByte()
    {
        if (_position >= body.Length)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: the body ends unexpectedly at byte {_position}.");
        }

        return body[_position++];
    }

    public ulong ReadVarUInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = NextByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException($"Language model '{source}' is invalid: malformed number at byte {_position}.");
    }

    public int ReadInt()
    {
        var value = ReadVarUInt();
        return value > int.MaxValue
            ? throw new InvalidDataException($"Language model '{source}' is invalid: number out of range at byte {_position}.")
            : (int)value;
    }

    public string ReadString()
    {
        var length = ReadInt();
        if (length > body.Length - _position)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: a string runs past the end of the body.");
        }

        var value = Encoding.UTF8.GetString(body, _position, length);
        _position += length;
        return value;
    }

    public string[] ReadStrings()
    {
        var count = ReadInt();
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = ReadString();
        }

        return values;
    }

    public WeightRows ReadTable()
    {
        var classCount = ReadInt();
        var rows = ReadInt();
        var entries = ReadInt();
        if (classCount > 256 || (long)entries * 3 > body.Length - _position)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: weight table header is inconsistent.");
        }

        var keys = new uint[rows];
        uint previous = 0;
        for (var row = 0; row < rows; row++)
        {
            previous += (uint)ReadVarUInt();
            keys[row] = previous;
        }

        var offsets = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            offsets[row + 1] = offsets[row] + ReadInt();
        }

        if (offsets[rows] != entries)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: weight table row lengths do not add up.");
        }

        var classes = new byte[entries];
        for (var e = 0; e < entries; e++)
        {
            classes[e] = NextByte();
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException($"Language model '{source}' is invalid: weight for class {classes[e]} of {classCount}.");
            }
        }

        var weights = new float[entries];
        for (var e = 0; e < entries; e++)
        {
            var low = NextByte();
            var high = NextByte();
            weights[e] = (float)BitConverter.UInt16BitsToHalf((ushort)(low | (high << 8)));
        }

        return new WeightRows(classCount, keys, offsets, classes, weights);
    }
}
