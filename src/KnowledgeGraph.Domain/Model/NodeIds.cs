using System.Text;

namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// Stable node ids: <c>article:&lt;sourceId&gt;</c> and <c>&lt;label&gt;:&lt;slug of canonical name&gt;</c>
/// (e.g. <c>country:united-states</c>, <c>person:qasem-soleimani</c>).
/// </summary>
public static class NodeIds
{
    public const string ArticlePrefix = "article:";

    public static string ForArticle(string articleId) => ArticlePrefix + articleId;

    public static string ForEntity(EntityLabel label, string canonicalName) =>
        string.Concat(label.ToGraphLabel().ToLowerInvariant(), ":", Slug(canonicalName));

    /// <summary>The graph label encoded in an entity id, or null for article ids and foreign strings.</summary>
    public static EntityLabel? LabelOf(string nodeId)
    {
        var colon = nodeId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var prefix = nodeId[..colon];
        foreach (var label in GraphVocabulary.EntityLabels)
        {
            if (string.Equals(label.ToGraphLabel(), prefix, StringComparison.OrdinalIgnoreCase))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>
    /// Lower-case letters and digits joined by single hyphens; diacritics folded ("Nicolás" and "Nicolas" are one
    /// node) with a fixed table, because under InvariantGlobalization <see cref="string.Normalize()"/> does not
    /// decompose; apostrophes and dots dropped ("U.S." → "us", "O'Brien" → "obrien").
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Folded into a builder rather than through LatinFolding.Fold: this runs for every entity mention, and the
        // intermediate string Fold returns is an allocation the extractor's hot path does not need.
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            LatinFolding.AppendFolded(folded, c);
        }

        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
