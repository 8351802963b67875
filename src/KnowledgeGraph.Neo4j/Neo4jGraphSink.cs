using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Templates;
using KnowledgeGraph.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Writes article graphs to Neo4j through the Cypher templates of <see cref="CypherTemplateCatalog"/>. Each
/// <see cref="WriteAsync"/> is one transaction: retract changed articles, then articles, entities, MENTIONS and event
/// relationships, in statements of at most <c>Neo4j:BatchSize</c> rows. A transient failure (server down, deadlock,
/// timeout) is retried by the Neo4j resilience pipeline; when it gives up, a <see cref="Neo4jUnavailableException"/>
/// is thrown and nothing of the batch is committed, so the worker keeps the articles pending.
/// </summary>
public sealed partial class Neo4jGraphSink : IGraphSink
{
    /// <inheritdoc />
    public bool IsTransient(Exception exception) => StoreFailures.IsTransient(
        exception,
        static e => e is Neo4jException neo4j ? neo4j.IsTransient : null);

    private readonly ICypherExecutor executor;
    private readonly CypherTemplateCatalog catalog;
    private readonly Neo4jOptions options;
    private readonly ILogger<Neo4jGraphSink> logger;

    public Neo4jGraphSink(ICypherExecutor executor, CypherTemplateCatalog catalog, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphSink> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.executor = executor;
        this.catalog = catalog;
        this.options = options.Value;
        this.logger = logger;
        var root = this.options.Uri?.GetLeftPart(UriPartial.Path).TrimEnd('/') ?? "(no Neo4j:Uri)";
        Description = $"neo4j:{root}/{this.options.Database}";
    }

    public string Description { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var added = QueryCounters.None;
        foreach (var statement in catalog.Schema)
        {
            // Schema commands cannot share a transaction with data writes; each runs on its own (all are IF NOT EXISTS).
            var result = await Guard(() => executor.ExecuteAsync(new CypherStatement(statement.Text, EmptyParameters, statement.Name), cancellationToken), "apply the schema");
            added = added.Add(result.Counters);
        }

        LogSchemaApplied(logger, Description, catalog.Schema.Count, added.ConstraintsAdded, added.IndexesAdded, catalog.Root);
    }

    public async Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in articles.Chunk(options.BatchSize))
        {
            var candidates = chunk.Select(a => new UnchangedCandidateRow(a.Id, a.NodeId, a.ContentHash)).ToArray();
            var statement = new CypherStatement(
                catalog.UnchangedArticles.Text,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["articles"] = candidates },
                catalog.UnchangedArticles.Name,
                candidates.Length);
            var result = await Guard(() => executor.ExecuteAsync(statement, cancellationToken), "look up stored articles");
            foreach (var row in result.Values)
            {
                if (row.Count > 0 && row[0] is string id)
                {
                    unchanged.Add(id);
                }
            }
        }

        return unchanged;
    }

    public async Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        var plan = Neo4jWritePlanner.Plan(batch, catalog, options.BatchSize);
        foreach (var reason in plan.Skipped)
        {
            LogRelationshipSkipped(logger, reason);
        }

        var results = await Guard(() => executor.ExecuteInTransactionAsync(plan.Statements, cancellationToken), $"write {plan.Articles} article(s)");
        var counters = results.Aggregate(QueryCounters.None, (sum, r) => sum.Add(r.Counters));
        LogBatchWritten(logger, plan.Articles, plan.Statements.Count, plan.Rows, counters.NodesCreated, counters.RelationshipsCreated, counters.RelationshipsDeleted, counters.PropertiesSet);
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();

    /// <summary>
    /// Turns a transient failure that survived the retries into one clear, transient exception, and a server that refuses
    /// all work (credentials rejected, not a Neo4j Query API) into <see cref="GraphStoreAccessException"/>: one line for
    /// the operator, and the pipeline stops instead of failing every article with it.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (Neo4jQueryException ex) when (ex.IsAuthenticationFailure)
        {
            var user = string.IsNullOrEmpty(options.User) ? "(none: Neo4j:User is empty)" : $"'{options.User}'";
            var message = ex.Code is "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit"
                ? $"Neo4j rejected the credentials for user {user} ({Description}: {ex.Code}); check Neo4j:User and Neo4j:Password."
                : $"Neo4j refused user {user} ({Description}): {ex.Code}: {ex.ServerMessage}";
            throw new GraphStoreAccessException(Description, message, ex);
        }
        catch (Neo4jProtocolException ex) when (ex.StatusCode is 401 or 403)
        {
            var user = string.IsNullOrEmpty(options.User) ? "(none: Neo4j:User is empty)" : $"'{options.User}'";
            throw new GraphStoreAccessException(
                Description,
                $"Neo4j rejected the credentials for user {user} ({Description}: HTTP {ex.StatusCode}); check Neo4j:User and Neo4j:Password.",
                ex);
        }
        catch (Neo4jProtocolException ex)
        {
            throw new GraphStoreAccessException(Description, $"{Description} does not answer as a Neo4j 5.19+ Query API: {ex.Message}", ex);
        }
        catch (Neo4jException ex) when (ex.IsTransient && ex is not Neo4jUnavailableException { InnerException: Polly.CircuitBreaker.BrokenCircuitException })
        {
            LogGaveUp(logger, what, Description, ex.Message);
            throw new Neo4jUnavailableException($"Could not {what} in Neo4j ({Description}) after retries: {ex.Message}", ex.StatusCode, ex);
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Neo4j schema applied to {Sink}: {Statements} statement(s), {Constraints} constraint(s) and {Indexes} index(es) added; templates from {TemplatesPath}")]
    private static partial void LogSchemaApplied(ILogger logger, string sink, int statements, long constraints, long indexes, string templatesPath);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Neo4j batch committed: {Articles} article(s), {Statements} statement(s), {Rows} row(s); nodes created {NodesCreated}, relationships created {RelationshipsCreated}, deleted {RelationshipsDeleted}, properties set {PropertiesSet}")]
    private static partial void LogBatchWritten(ILogger logger, int articles, int statements, int rows, long nodesCreated, long relationshipsCreated, long relationshipsDeleted, long propertiesSet);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Relationship not written: {Reason}")]
    private static partial void LogRelationshipSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "Gave up trying to {What} in {Sink}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string what, string sink, string reason);
}
