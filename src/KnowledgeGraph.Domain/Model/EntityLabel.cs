namespace KnowledgeGraph.Domain.Model;

/// <summary>The entity node labels the product writes. The enum is the whitelist: nothing else becomes a label.</summary>
public enum EntityLabel
{
    Person,
    Country,
    Organisation,
    Base,

    /// <summary>A named place that is not a country (city, region, district); linked to its country by LOCATED_IN.</summary>
    Location,
}
