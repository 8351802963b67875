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

    /// <summary>
    /// The oldest Neo4j the templates run on: <c>CALL (row) { … }</c> (scoped subqueries) arrived in 5.23. Checked at
    /// start through <c>read/server-version.cypher</c>, so an older server fails with this message instead of a syntax
    /// error in the first batch.
    /// </summary>
    public static readonly Version MinimumServerVersion = new(5, 23);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await CheckServerVersionAsync(cancellationToken);
        var added = QueryCounters.None;
        foreach (var statement in catalog.Schema)
        {
            // Schema commands cannot share a transaction with data writes; each runs on its own (all are IF NOT EXISTS).
            var result = await Guard(() => executor.ExecuteAsync(new CypherStatement(statement.Text, EmptyParameters, statement.Name), cancellationToken), "apply the schema");
            added = added.Add(result.Counters);
        }

        LogSchemaApplied(logger, Description, catalog.Schema.Count, added.ConstraintsAdded, added.IndexesAdded, catalog.Root);
    }

    public async Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in articles.Chunk(options.BatchSize))
        {
            var candidates = chunk.Select(a => new UnchangedCandidateRow(a.Id, a.NodeId, a.ContentHash)).ToArray();
            var statement = new CypherStatement(
                catalog.UnchangedArticles.Text,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["articles"] = candidates, ["extractorVersion"] = extractorVersion },
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

    /// <summary>
    /// Derives entity names, nameKeys and aliases from the MENTIONS of every entity a write marked, <c>Neo4j:BatchSize</c>
    /// entities per transaction, label by label, until none is left; entities no article mentions any more are
    /// deleted. Each transaction locks its entities before reading their mentions (see the template), so it is safe
    /// beside running writers; what they mark meanwhile is picked up by this pass or the next.
    /// </summary>
    public async Task<long> SummarizeAsync(CancellationToken cancellationToken)
    {
        long total = 0;

        // Locations first: deleting one no article mentions any more marks its country, which the Country pass then
        // deletes when nothing else holds it.
        foreach (var label in GraphVocabulary.EntityLabels.OrderBy(l => l == EntityLabel.Location ? 0 : 1))
        {
            var template = catalog.SummarizeEntities(label);
            long done;
            do
            {
                var statement = new CypherStatement(template.Text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["limit"] = options.BatchSize }, template.Name);
                var result = await Guard(() => executor.ExecuteAsync(statement, cancellationToken), $"summarize {label.ToGraphLabel()} entities");
                done = result.Values.Count > 0 && result.Values[0].Count > 0 && result.Values[0][0] is long count ? count : 0;
                total += done;
            }
            while (done >= options.BatchSize);
        }

        LogSummarized(logger, Description, total);
        return total;
    }

    private async Task CheckServerVersionAsync(CancellationToken cancellationToken)
    {
        var result = await Guard(() => executor.ExecuteAsync(new CypherStatement(catalog.ServerVersion.Text, EmptyParameters, catalog.ServerVersion.Name), cancellationToken), "read the server version");
        var row = result.Values.FirstOrDefault(r => r.Count >= 2 && r[1] is string);
        var text = row?[1] as string;
        if (ParseServerVersion(text) is not { } version)
        {
            throw Refused(new Neo4jVersionException($"Neo4j at {Description} did not report a version KnowledgeGraph can read ('{text ?? "none"}' from dbms.components()); it needs Neo4j {MinimumServerVersion} or later."));
        }

        if (version < MinimumServerVersion)
        {
            throw Refused(new Neo4jVersionException($"Neo4j at {Description} is version {text}; KnowledgeGraph needs Neo4j {MinimumServerVersion} or later (its Cypher templates use CALL (row) {{ … }} subqueries). Upgrade the server (the compose file runs 5.26) or use the embedded store."));
        }
    }

    /// <summary>A server too old (or that reports no version) refuses all work: one line for the operator, never retried.</summary>
    private GraphStoreAccessException Refused(Neo4jVersionException version) => new(Description, version.Message, version);

    /// <summary>The leading major.minor of a server version: "5.26.0" → 5.26, "5.27-aura" → 5.27, "2025.01.0" → 2025.1.</summary>
    internal static Version? ParseServerVersion(string? text)
    {
        var match = text is null ? null : System.Text.RegularExpressions.Regex.Match(text, @"^\s*(\d+)\.(\d+)");
        return match is { Success: true }
            && int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var major)
            && int.TryParse(match.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var minor)
            ? new Version(major, minor)
            : null;
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
            throw new GraphStoreAccessException(Description, $"{Description} does not answer as a Neo4j 5.23+ Query API: {ex.Message}", ex);
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

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information, Message = "Neo4j summarize on {Sink}: {Entities} entit(ies) derived again from their mentions")]
    private static partial void LogSummarized(ILogger logger, string sink, long entities);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "Gave up trying to {What} in {Sink}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string what, string sink, string reason);
}
