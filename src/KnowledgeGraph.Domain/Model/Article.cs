using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Domain.Model;

/// <summary>A news article as read from a source, before extraction.</summary>
public sealed record Article
{
    /// <summary>The article id: the record's <c>id</c>, else the file name. Becomes <c>sourceId</c> on the Article node.</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date when the source gives one; event dates in the text are resolved against it.</summary>
    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    /// <summary>Where the article was read from (file path, "file.jsonl:12", feed URL) for error messages and status.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The graph node id of this article.</summary>
    public string NodeId => NodeIds.ForArticle(Id);

    /// <summary>
    /// SHA-256 over everything that influences the article's graph (not the origin), so the same article read from
    /// another file or in another order is recognised as unchanged.
    /// </summary>
    public string ContentHash => contentHash ??= ComputeHash();

    /// <summary>
    /// Identifies the report: <c>report:</c> + SHA-256 (first 16 bytes, hex) of the normalised text (Unicode NFKC, lower
    /// case, whitespace runs collapsed, trimmed). Articles with the same text under different ids (the same wire story
    /// saved twice, syndicated copies) share it, so analysts count them as ONE report (<c>count(DISTINCT fact.report)</c>);
    /// it depends only on the text, never on which copy arrived first.
    /// </summary>
    public string ReportKey => reportKey ??= ComputeReportKey();

    private string? contentHash;
    private string? reportKey;

    private string ComputeReportKey()
    {
        var normalised = string.Join(' ', Text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "report:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)).AsSpan(0, 16));
    }

    private string ComputeHash()
    {
        var canonical = string.Join('\u001f', Id, Title ?? "", Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", Url ?? "", Source ?? "", Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
