using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Pages saved from older news sites are often windows-1252 or ISO-8859-x and say so in a &lt;meta&gt; tag. When a
/// page is not valid UTF-8, the charset it declares is used instead of rejecting it.
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>How far into the page a browser looks for the charset declaration (HTML standard: 1024 bytes).</summary>
    private const int PrescanBytes = 1024;

    /// <summary>The encoding the page declares, when it is a known one other than UTF-8 (and UTF-16, which needs a BOM).</summary>
    public static Encoding? FindDeclaredEncoding(ReadOnlySpan<byte> page)
    {
        var head = Encoding.Latin1.GetString(page[..Math.Min(page.Length, PrescanBytes)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["charset"].Value.Trim();
        if (name.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf8", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.StartsWith("unicode", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            // The code-page provider is asked directly rather than registered, which would change process-wide state.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.\-]{1,40})""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetDeclaration();
}
