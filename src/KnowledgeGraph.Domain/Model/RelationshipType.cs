namespace KnowledgeGraph.Domain.Model;

/// <summary>Event relationships between entities. The enum is the whitelist of relationship types.</summary>
public enum RelationshipType
{
    Met,
    Attacked,
    Sanctioned,
    Killed,
    Condemned,
    Threatened,
}
