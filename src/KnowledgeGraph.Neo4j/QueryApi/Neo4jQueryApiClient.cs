using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace KnowledgeGraph.Neo4j.QueryApi;

/// <summary>
/// <see cref="ICypherExecutor"/> over the Neo4j Query API (Neo4j 5.19+, Aura): <c>POST /db/{database}/query/v2</c> for
/// one statement, and an explicit transaction for several (<c>POST …/query/v2/tx</c> with the first statement,
/// <c>POST …/tx/{id}</c> for the next ones, <c>POST …/tx/{id}/commit</c> with the last; <c>DELETE …/tx/{id}</c> rolls
/// back on failure), replaying the <c>neo4j-cluster-affinity</c> header. Every attempt runs through the one Neo4j
/// resilience pipeline; a retry restarts the transaction from scratch, which is safe because the templates are
/// idempotent.
/// </summary>
public sealed partial class Neo4jQueryApiClient : ICypherExecutor
{
    /// <summary>The named HttpClient registered by AddKnowledgeGraphNeo4j.</summary>
    public const string HttpClientName = "KnowledgeGraph.Neo4j";

    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly IHttpClientFactory httpClientFactory;
    private readonly Neo4jOptions options;
    private readonly ResiliencePipeline pipeline;
    private readonly ILogger<Neo4jQueryApiClient> logger;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly string queryUrl;
    private readonly string transactionUrl;

    public Neo4jQueryApiClient(
        IHttpClientFactory httpClientFactory,
        IOptions<Neo4jOptions> options,
        ResiliencePipeline pipeline,
        ILogger<Neo4jQueryApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.httpClientFactory = httpClientFactory;
        this.options = options.Value;
        this.pipeline = pipeline;
        this.logger = logger;
        var root = this.options.Uri ?? throw new InvalidOperationException("Neo4j:Uri is not set: the Neo4j writer cannot be used without it.");
        Endpoint = string.Concat(root.GetLeftPart(UriPartial.Path).TrimEnd('/'), "/db/", Uri.EscapeDataString(this.options.Database));
        queryUrl = Endpoint + "/query/v2";
        transactionUrl = queryUrl + "/tx";
        if (!string.IsNullOrEmpty(this.options.User))
        {
            var credentials = System.Text.Encoding.UTF8.GetBytes($"{this.options.User}:{this.options.Password}");
            authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }
    }

    public string Endpoint { get; }

    public async Task<CypherResult> ExecuteAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var body = Serialize(statement);
        return await RunResilientAsync(token => RunImplicitAsync(statement, body, token), cancellationToken);
    }

    public async Task<IReadOnlyList<CypherResult>> ExecuteInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return [];
        }

        if (statements.Count == 1)
        {
            // One statement is one implicit transaction: atomic by itself, one round trip.
            return [await ExecuteAsync(statements[0], cancellationToken)];
        }

        // Serialised once: a retried attempt sends the same bytes.
        var bodies = statements.Select(Serialize).ToArray();
        return await RunResilientAsync(token => RunTransactionOnceAsync(statements, bodies, token), cancellationToken);
    }

    /// <summary>The JSON body the Query API documents: statement, parameters and includeCounters.</summary>
    internal static byte[] Serialize(CypherStatement statement) =>
        JsonSerializer.SerializeToUtf8Bytes(new QueryRequest(statement.Text, statement.Parameters, IncludeCounters: true), SerializerOptions);

    private async Task<T> RunResilientAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(static async (work, token) => await work(token), attempt, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new Neo4jUnavailableException(
                $"Neo4j at {Endpoint} failed repeatedly; calls are suspended for {options.CircuitBreakerBreakDuration.TotalSeconds:0.#} s (circuit open).",
                innerException: ex);
        }
    }

    private async Task<CypherResult> RunImplicitAsync(CypherStatement statement, byte[] body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, queryUrl, body, statement.Name, affinity: null, cancellationToken);
        return response.Result;
    }

    private async Task<IReadOnlyList<CypherResult>> RunTransactionOnceAsync(IReadOnlyList<CypherStatement> statements, byte[][] bodies, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        string? transactionId = null;
        string? affinity = null;
        try
        {
            var opened = await SendAsync(HttpMethod.Post, transactionUrl, bodies[0], statements[0].Name, affinity: null, cancellationToken);
            transactionId = opened.TransactionId
                ?? throw new Neo4jProtocolException($"Neo4j at {Endpoint} opened no transaction (the response has no transaction.id).", opened.StatusCode);
            affinity = opened.Affinity;
            results.Add(opened.Result);
            var transactionPath = transactionUrl + "/" + Uri.EscapeDataString(transactionId);
            for (var i = 1; i < statements.Count - 1; i++)
            {
                var next = await SendAsync(HttpMethod.Post, transactionPath, bodies[i], statements[i].Name, affinity, cancellationToken);
                results.Add(next.Result);
            }

            var last = statements.Count - 1;
            var committed = await SendAsync(HttpMethod.Post, transactionPath + "/commit", bodies[last], statements[last].Name, affinity, cancellationToken);
            transactionId = null;
            results.Add(committed.Result);
            return results;
        }
        catch (Exception ex) when (transactionId is not null && ex is Neo4jException or OperationCanceledException)
        {
            await TryRollbackAsync(transactionId, affinity);
            throw;
        }
    }

    private async Task TryRollbackAsync(string transactionId, string? affinity)
    {
        // Best effort: after an error the server has usually closed the transaction already, and an abandoned one
        // expires on the server (server.queryapi.transaction_idle_timeout). Never masks the original failure.
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await SendAsync(HttpMethod.Delete, transactionUrl + "/" + Uri.EscapeDataString(transactionId), body: null, "rollback", affinity, timeout.Token);
            LogRolledBack(logger, transactionId);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            LogRollbackFailed(logger, transactionId, ex.Message);
        }
    }

    private async Task<QueryApiResponse> SendAsync(HttpMethod method, string url, byte[]? body, string statementName, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        var client = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var payload = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var affinityAnswer = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return QueryApiResponse.Parse((int)response.StatusCode, response.ReasonPhrase, payload, affinityAnswer ?? affinity, statementName, Endpoint);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException(
                $"Neo4j at {Endpoint} did not answer {statementName} within {options.RequestTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.",
                innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jUnavailableException($"Cannot reach Neo4j at {Endpoint}: {ex.Message}", ex.StatusCode is { } status ? (int)status : null, ex);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Rolled back Neo4j transaction {TransactionId}")]
    private static partial void LogRolledBack(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Rollback of Neo4j transaction {TransactionId} failed ({Reason}); the server expires it")]
    private static partial void LogRollbackFailed(ILogger logger, string transactionId, string reason);

    private sealed record QueryRequest(string Statement, IReadOnlyDictionary<string, object?> Parameters, bool IncludeCounters);
}

/// <summary>One parsed Query API answer: the result, the transaction id and affinity when a transaction is open.</summary>
internal sealed record QueryApiResponse(CypherResult Result, string? TransactionId, string? Affinity, int StatusCode)
{
    /// <summary>
    /// Reads a response: the documented error payload <c>{"errors":[{"code","message"}]}</c> (whatever the status) becomes
    /// <see cref="Neo4jQueryException"/>; a 2xx success payload becomes the result; other statuses become
    /// <see cref="Neo4jUnavailableException"/> (408, 429, 502, 503, 504) or <see cref="Neo4jProtocolException"/>.
    /// </summary>
    public static QueryApiResponse Parse(int status, string? reason, byte[] payload, string? affinity, string statementName, string endpoint)
    {
        JsonDocument? document = null;
        try
        {
            if (payload.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(payload);
                }
                catch (JsonException) when (status is < 200 or > 299)
                {
                    document = null;
                }
                catch (JsonException ex)
                {
                    throw new Neo4jProtocolException($"Neo4j at {endpoint} answered {statementName} with a body that is not JSON.", status, ex);
                }
            }

            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } errorsHolder
                && errorsHolder.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "Neo.DatabaseError.General.UnknownError";
                var message = first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
                throw new Neo4jQueryException(code, message, statementName, status);
            }

            if (status is < 200 or > 299)
            {
                var described = $"Neo4j at {endpoint} answered {statementName} with HTTP {status} {reason}".TrimEnd();
                throw status switch
                {
                    (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.BadGateway
                        or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout
                        => new Neo4jUnavailableException(described + ".", status),
                    (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden
                        => new Neo4jProtocolException(described + ": authentication failed; check Neo4j:User and Neo4j:Password.", status),
                    (int)HttpStatusCode.NotFound
                        => new Neo4jProtocolException(described + ": is this a Neo4j 5.19+ server with the Query API enabled, and does the database exist?", status),
                    _ => new Neo4jProtocolException(described + ".", status),
                };
            }

            if (root is not { ValueKind: JsonValueKind.Object } success)
            {
                return new QueryApiResponse(CypherResult.Empty, null, affinity, status);
            }

            return new QueryApiResponse(ReadResult(success), ReadTransactionId(success), affinity, status);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static CypherResult ReadResult(JsonElement root)
    {
        IReadOnlyList<string> fields = [];
        var values = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldArray) && fieldArray.ValueKind == JsonValueKind.Array)
            {
                fields = fieldArray.EnumerateArray().Select(f => f.GetString() ?? "").ToArray();
            }

            if (data.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    values.Add(row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().Select(ToClr).ToArray() : [ToClr(row)]);
                }
            }
        }

        var counters = QueryCounters.None;
        if (root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            counters = new QueryCounters(
                Count(c, "nodesCreated"),
                Count(c, "nodesDeleted"),
                Count(c, "relationshipsCreated"),
                Count(c, "relationshipsDeleted"),
                Count(c, "propertiesSet"),
                Count(c, "labelsAdded"),
                Count(c, "indexesAdded"),
                Count(c, "constraintsAdded"));
        }

        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        return new CypherResult(fields, values, counters, bookmarks);
    }

    private static string? ReadTransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var transaction)
        && transaction.ValueKind == JsonValueKind.Object
        && transaction.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static long Count(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && value.TryGetInt64(out var count) ? count : 0;

    /// <summary>Plain JSON values to .NET values (the Query API's default, non-typed JSON format).</summary>
    internal static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
