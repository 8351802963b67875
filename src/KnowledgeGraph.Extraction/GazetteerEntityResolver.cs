using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Resolves names with the extractor's gazetteers: country names, short forms, demonyms, capitals and seats of
/// government to the canonical country; organisation aliases to their canonical organisation.
/// </summary>
public sealed class GazetteerEntityResolver : IEntityNameResolver
{
    private readonly Gazetteer gazetteer = Gazetteer.Instance;

    public bool TryResolve(string surfaceName, out EntityLabel label, out string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(surfaceName);
        label = default;
        canonicalName = "";
        var name = surfaceName.Trim().Replace('’', '\'');
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..].TrimStart();
        }

        if (name.EndsWith("'s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        if (name.Length == 0)
        {
            return false;
        }

        var key = Gazetteer.KeyOf(name, [], out _);
        if (!gazetteer.TryGet(key, out var entry)
            && !(name.Any(char.IsUpper) && name.Length > 2 && gazetteer.TryGetIgnoreCase(key, out entry))
            && !gazetteer.TryGetOrganisationByContent(name, out entry))
        {
            return false;
        }

        if (entry.Kind == GazetteerKind.Blocker)
        {
            return false;
        }

        label = entry.Label;
        canonicalName = entry.Canonical;
        return true;
    }
}
