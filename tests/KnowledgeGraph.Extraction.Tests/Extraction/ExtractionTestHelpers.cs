using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Tests;

internal static class ExtractionTestHelpers
{
    private static readonly RuleBasedExtractor Extractor = new();

    public static ArticleGraph Extract(string text, DateOnly? published = null) =>
        Extractor.Extract(new Article { Id = "test", Text = text, Published = published });

    public static string Id(EntityLabel label, string name) => NodeIds.ForEntity(label, name);

    public static string Country(string name) => Id(EntityLabel.Country, name);

    public static string Person(string name) => Id(EntityLabel.Person, name);

    public static string Organisation(string name) => Id(EntityLabel.Organisation, name);

    public static string Base(string name) => Id(EntityLabel.Base, name);

    public static string Location(string name) => Id(EntityLabel.Location, name);

    public static bool Has(this ArticleGraph graph, RelationshipType type, string startId, string endId)
    {
        if (type.IsSymmetric() && string.CompareOrdinal(startId, endId) > 0)
        {
            (startId, endId) = (endId, startId);
        }

        return graph.Relationships.Any(r => r.Type == type && r.StartId == startId && r.EndId == endId);
    }

    public static ExtractedRelationship Single(this ArticleGraph graph, RelationshipType type, string startId, string endId) =>
        Assert.Single(graph.Relationships, r => r.Type == type && r.StartId == startId && r.EndId == endId);

    public static bool HasEntity(this ArticleGraph graph, string id) => graph.Entities.Any(e => e.Entity.Id == id);

    public static Entity Entity(this ArticleGraph graph, string id) => Assert.Single(graph.Entities, e => e.Entity.Id == id).Entity;

    public static string Describe(this ArticleGraph graph) =>
        string.Join("\n", graph.Relationships.Select(r => $"{r.StartId} {r.Type} {r.EndId} [{r.Trigger}]"))
        + "\n--\n" + string.Join("\n", graph.Entities.Select(e => e.Entity.Id));
}
