using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Turns file bytes into text: honours a byte-order mark (UTF-8, UTF-16, UTF-32), otherwise insists on valid UTF-8,
/// and refuses binary data rather than feeding it to the extractor as "text".
/// </summary>
internal static class TextDecoding
{
    /// <summary>Share of control characters (other than line ends and tabs) above which a text is taken for binary.</summary>
    private const double MaxControlCharacterRatio = 0.05;

    /// <summary>UTF-8 that throws on invalid bytes instead of substituting U+FFFD: bad input must be reported, not mangled.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public enum Bom
    {
        None,
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32LittleEndian,
        Utf32BigEndian,
    }

    public static Bom DetectBom(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the UTF-16 LE mark.
        (Bom bom, bomLength) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Bom.Utf32LittleEndian, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (Bom.Utf32BigEndian, 4),
            [0xEF, 0xBB, 0xBF, ..] => (Bom.Utf8, 3),
            [0xFF, 0xFE, ..] => (Bom.Utf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (Bom.Utf16BigEndian, 2),
            _ => (Bom.None, 0),
        };
        return bom;
    }

    /// <summary>The strict decoder for a byte-order mark (UTF-8 when there is none).</summary>
    public static Encoding EncodingFor(Bom bom) => bom switch
    {
        Bom.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        Bom.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        Bom.Utf32LittleEndian => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true),
        Bom.Utf32BigEndian => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true),
        _ => StrictUtf8,
    };

    /// <summary>Decodes a whole file's bytes; on failure <paramref name="error"/> says why, with the byte offset.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        text = "";
        var bom = DetectBom(bytes, out var bomLength);
        var payload = bytes[bomLength..];

        if (bom is Bom.None or Bom.Utf8)
        {
            var nul = payload.IndexOf((byte)0);
            if (nul >= 0)
            {
                error = string.Create(CultureInfo.InvariantCulture,
                    $"contains a NUL byte at byte {nul + bomLength}: binary data, or UTF-16 text without a byte-order mark, not UTF-8 text");
                return false;
            }
        }

        try
        {
            text = EncodingFor(bom).GetString(payload);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index + bomLength : bomLength;
            error = bom is not (Bom.None or Bom.Utf8)
                ? string.Create(CultureInfo.InvariantCulture, $"not valid {Describe(bom)} at byte {offset}")
                : LooksBinary(payload)
                    ? string.Create(CultureInfo.InvariantCulture, $"binary data, not text (not valid UTF-8 at byte {offset})")
                    : string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 at byte {offset} (save the file as UTF-8)");
            return false;
        }

        return IsText(text, out error);
    }

    /// <summary>Checks decoded text for the marks of binary data: NUL characters or many control characters.</summary>
    public static bool IsText(string text, out string error)
    {
        error = "";
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"contains a NUL character at character {nul}: binary data, not text");
            return false;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls > text.Length * MaxControlCharacterRatio)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"{controls} of {text.Length} characters are control characters: binary data, not text");
            return false;
        }

        return true;
    }

    /// <summary>Many control bytes near the start: an image, archive or executable rather than text in another encoding.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
            {
                controls++;
            }
        }

        return controls > sample.Length * MaxControlCharacterRatio;
    }

    private static string Describe(Bom bom) => bom switch
    {
        Bom.Utf16LittleEndian => "UTF-16 (little-endian)",
        Bom.Utf16BigEndian => "UTF-16 (big-endian)",
        Bom.Utf32LittleEndian => "UTF-32 (little-endian)",
        Bom.Utf32BigEndian => "UTF-32 (big-endian)",
        _ => "UTF-8",
    };
}
