using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Which half of a development set to score. Each set is split in two by a stable hash of the article id, so the
/// split never changes with file order or tool version: errors are studied on <see cref="Study"/> only, and a rule
/// change must hold on <see cref="Holdout"/> too (a gain on the studied half alone is overfitting).
/// </summary>
public enum DevelopmentHalf
{
    /// <summary>Every article.</summary>
    All,

    /// <summary>The half whose errors may be read (SHA-256 of the id has an even first byte).</summary>
    Study,

    /// <summary>The half that is only ever measured, never read.</summary>
    Holdout,
}

public static class DevelopmentHalves
{
    /// <summary>The half an article id falls in: SHA-256 of its UTF-8 bytes, first byte even → study.</summary>
    public static DevelopmentHalf Of(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId), hash);
        return (hash[0] & 1) == 0 ? DevelopmentHalf.Study : DevelopmentHalf.Holdout;
    }

    public static bool Includes(this DevelopmentHalf half, string articleId) =>
        half == DevelopmentHalf.All || Of(articleId) == half;
}
