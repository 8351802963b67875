namespace KnowledgeGraph.Neo4j.QueryApi;

/// <summary>
/// Runs Cypher against Neo4j. The Query API client implements it over HTTP; a Bolt adapter (Neo4j.Driver's
/// <c>IAsyncSession.ExecuteWriteAsync</c>) could implement it later without touching the sink or the templates.
/// Implementations own retries: a transient failure restarts the whole transaction from scratch.
/// </summary>
public interface ICypherExecutor
{
    /// <summary>Where statements go, without credentials (e.g. <c>http://localhost:7474/db/neo4j</c>).</summary>
    string Endpoint { get; }

    /// <summary>Runs the statements in order in ONE transaction: all of them commit, or none.</summary>
    Task<IReadOnlyList<CypherResult>> ExecuteInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>Runs one statement in its own auto-commit transaction (schema commands, reads).</summary>
    Task<CypherResult> ExecuteAsync(CypherStatement statement, CancellationToken cancellationToken);
}

/// <summary>A statement with its parameters. <see cref="Name"/> names its template in errors and logs.</summary>
/// <param name="Text">Cypher text: never built from input, only read from a template.</param>
/// <param name="Parameters">Every value the statement uses.</param>
/// <param name="Name">The template name, e.g. <c>write/nodes/Person.cypher</c>.</param>
/// <param name="RowCount">How many rows <c>$rows</c> holds, for logs and benchmarks.</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, string Name, int RowCount = 0);

/// <summary>
/// A statement's result. Values are plain .NET: null, string, long, double, bool,
/// <see cref="IReadOnlyList{T}"/> of object? and <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?.
/// </summary>
public sealed record CypherResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Values,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks)
{
    public static CypherResult Empty { get; } = new([], [], QueryCounters.None, []);
}

/// <summary>The Query API's <c>counters</c> object (requested with <c>includeCounters: true</c>).</summary>
public sealed record QueryCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long IndexesAdded,
    long ConstraintsAdded)
{
    public static QueryCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public QueryCounters Add(QueryCounters other) => new(
        NodesCreated + other.NodesCreated,
        NodesDeleted + other.NodesDeleted,
        RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsDeleted + other.RelationshipsDeleted,
        PropertiesSet + other.PropertiesSet,
        LabelsAdded + other.LabelsAdded,
        IndexesAdded + other.IndexesAdded,
        ConstraintsAdded + other.ConstraintsAdded);
}
