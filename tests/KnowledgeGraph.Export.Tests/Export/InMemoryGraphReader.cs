using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Feeds exporters a fixed graph; the store's own reader is tested against a real SQLite file elsewhere.</summary>
internal sealed class InMemoryGraphReader(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships) : IGraphReader
{
    public async IAsyncEnumerable<GraphNode> ReadNodesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            await Task.Yield();
            yield return node;
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var relationship in relationships)
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public static SortedDictionary<string, object> Properties(params (string Name, object Value)[] values)
    {
        var properties = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            properties[name] = value;
        }

        return properties;
    }

    public static InMemoryGraphReader Sample(string evidence = "Iran struck the base.") => new(
        [
            new GraphNode("article:a1", ["Article"], Properties(("key", "article:a1"), ("sourceId", "a1"), ("title", "Strike"))),
            new GraphNode("base:al-harir-air-base", ["Base"], Properties(("key", "base:al-harir-air-base"), ("name", "Al Harir Air Base"))),
            new GraphNode("country:iran", ["Country"], Properties(("key", "country:iran"), ("name", "Iran"), ("aliases", new[] { "Iranian", "Tehran" }))),
        ],
        [
            new GraphRelationship("ATTACKED", "country:iran", "base:al-harir-air-base", Properties(
                ("article", "article:a1"), ("evidence", new[] { evidence }), ("evidenceSentences", new long[] { 0 }))),
            new GraphRelationship("MENTIONS", "article:a1", "base:al-harir-air-base", Properties(("count", 1L))),
            new GraphRelationship("MENTIONS", "article:a1", "country:iran", Properties(("count", 2L))),
        ]);
}
