namespace KnowledgeGraph.Domain.Model;

/// <summary>The entity node labels the product writes. The enum is the whitelist: nothing else becomes a label.</summary>
public enum EntityLabel
{
    Person,
    Country,
    Organisation,
    Base,
}
