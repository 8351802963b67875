using System.Collections.Frozen;

namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// The fixed vocabulary of labels and relationship types as they appear in the graph.
/// Labels and types never come from input text: only from these tables.
/// </summary>
public static class GraphVocabulary
{
    public const string ArticleLabel = "Article";
    public const string MentionsType = "MENTIONS";

    /// <summary>
    /// (:Location)-[:LOCATED_IN]->(:Country): a gazetteer fact about the place, not an article's fact, so it carries no
    /// properties and is never retracted while the Location exists. Structural, like <see cref="MentionsType"/>.
    /// </summary>
    public const string LocatedInType = "LOCATED_IN";

    private static readonly FrozenDictionary<EntityLabel, string> LabelNames = new Dictionary<EntityLabel, string>
    {
        [EntityLabel.Person] = "Person",
        [EntityLabel.Country] = "Country",
        [EntityLabel.Organisation] = "Organisation",
        [EntityLabel.Base] = "Base",
        [EntityLabel.Location] = "Location",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<RelationshipType, string> TypeNames = new Dictionary<RelationshipType, string>
    {
        [RelationshipType.Met] = "MET",
        [RelationshipType.Attacked] = "ATTACKED",
        [RelationshipType.Sanctioned] = "SANCTIONED",
        [RelationshipType.Killed] = "KILLED",
        [RelationshipType.Condemned] = "CONDEMNED",
        [RelationshipType.Threatened] = "THREATENED",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, EntityLabel> LabelsByName =
        LabelNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RelationshipType> TypesByName =
        TypeNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<EntityLabel> EntityLabels { get; } = Enum.GetValues<EntityLabel>();

    public static IReadOnlyCollection<RelationshipType> RelationshipTypes { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>The graph label, e.g. <c>Person</c>.</summary>
    public static string ToGraphLabel(this EntityLabel label) => LabelNames[label];

    /// <summary>The graph relationship type, e.g. <c>ATTACKED</c>.</summary>
    public static string ToGraphType(this RelationshipType type) => TypeNames[type];

    public static bool TryParseLabel(string name, out EntityLabel label) => LabelsByName.TryGetValue(name, out label);

    /// <summary>Whether a node label is in the whitelist: an entity label or <see cref="ArticleLabel"/>.</summary>
    public static bool IsNodeLabel(string name) => name == ArticleLabel || LabelsByName.ContainsKey(name);

    /// <summary>Whether a relationship type is in the whitelist: an event type, <see cref="MentionsType"/> or <see cref="LocatedInType"/>.</summary>
    public static bool IsRelationshipType(string name) => IsStructuralType(name) || TypesByName.ContainsKey(name);

    /// <summary>Whether a relationship type is structural (one relationship per pair, no article key): MENTIONS, LOCATED_IN.</summary>
    public static bool IsStructuralType(string name) => name is MentionsType or LocatedInType;

    public static bool TryParseType(string name, out RelationshipType type) => TypesByName.TryGetValue(name, out type);

    /// <summary>
    /// Whether an event of this type may join these labels: a Location is a place, so it never acts and the only event
    /// done to it is force (ATTACKED's target).
    /// </summary>
    public static bool AllowsEnds(this RelationshipType type, EntityLabel start, EntityLabel end) =>
        start != EntityLabel.Location && (end != EntityLabel.Location || type == RelationshipType.Attacked);

    /// <summary>True when the relationship has no direction (MET): endpoints are stored in a canonical order.</summary>
    public static bool IsSymmetric(this RelationshipType type) => type == RelationshipType.Met;
}
