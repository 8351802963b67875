namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// A node as exported. Property values are Neo4j-storable: string, long, double, bool, or arrays of one of them.
/// Properties are ordinal-sorted so exports are byte-for-byte reproducible.
/// </summary>
public sealed record GraphNode(string Id, IReadOnlyList<string> Labels, SortedDictionary<string, object> Properties);

/// <summary>A relationship as exported; <see cref="Start"/> and <see cref="End"/> are node ids.</summary>
public sealed record GraphRelationship(string Type, string Start, string End, SortedDictionary<string, object> Properties);

/// <summary>Reads the whole graph back in a stable order (nodes by id; relationships by type, start, end).</summary>
public interface IGraphReader
{
    IAsyncEnumerable<GraphNode> ReadNodesAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken);
}
