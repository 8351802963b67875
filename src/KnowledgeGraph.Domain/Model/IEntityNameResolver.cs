namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// Knows the canonical form of well-known names: countries with their short names, demonyms, capitals and seats of
/// government ("U.S.", "America", "Washington" → United States; "the Kremlin" → Russia) and organisations with their
/// alias sets (ISIS / ISIL / Daesh → Islamic State). The extractor's gazetteers implement it; the evaluation scorer
/// uses it to match names the way the reference scorer does.
/// </summary>
public interface IEntityNameResolver
{
    /// <summary>Resolves a surface name to its canonical entity, or returns false when the name is not a known one.</summary>
    bool TryResolve(string surfaceName, out EntityLabel label, out string canonicalName);
}
