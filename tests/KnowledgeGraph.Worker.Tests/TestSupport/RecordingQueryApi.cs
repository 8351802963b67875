using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Worker.Tests.TestSupport;

/// <summary>
/// What a Neo4j database committed, kept apart from the server that answers for it, so that the server can be killed
/// and another started over the same data (a database restart).
/// </summary>
internal sealed class CommittedArticles
{
    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> commits = new(StringComparer.Ordinal);

    /// <summary>How many committed transactions wrote each article (by source id).</summary>
    public IReadOnlyDictionary<string, int> Commits => commits;

    public void Commit(IEnumerable<(string Id, string Hash)> articles)
    {
        foreach (var (id, hash) in articles)
        {
            hashes[id] = hash;
            commits.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }

    public bool IsStored(string id, string hash) => hashes.TryGetValue(id, out var stored) && stored == hash;
}

/// <summary>
/// A Neo4j Query API stand-in on a real loopback Kestrel server, from the Query API documentation's shapes: implicit
/// transactions (<c>POST /db/{db}/query/v2</c>) and explicit ones (<c>…/tx</c>, <c>…/tx/{id}</c>,
/// <c>…/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c>). It understands just enough of the writer's parameters to keep
/// state: rows (of any list parameter) with <c>sourceId</c> and <c>contentHash</c> are Article nodes written, committed with their transaction;
/// rows with <c>id</c> and <c>contentHash</c> only are the unchanged-articles lookup, answered from what was committed.
/// The start-up version check is answered as Neo4j 5.26; every other statement (schema, entities, relationships) succeeds.
/// </summary>
internal sealed class RecordingQueryApi : IAsyncDisposable
{
    private const string EmptyCounters = """{"containsUpdates":true,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0}""";

    private readonly CommittedArticles database;
    private readonly TimeSpan commitDelay;
    private readonly ConcurrentDictionary<string, List<(string Id, string Hash)>> open = new(StringComparer.Ordinal);
    private LoopbackWebServer web = null!;
    private int transactions;

    private RecordingQueryApi(CommittedArticles database, TimeSpan commitDelay)
    {
        this.database = database;
        this.commitDelay = commitDelay;
    }

    public Uri Uri => web.BaseAddress;

    /// <summary>Committed transactions that wrote at least one article.</summary>
    public int ArticleCommits => Volatile.Read(ref articleCommits);

    private int articleCommits;
    private int dieAfterCommits = -1;
    private readonly TaskCompletionSource<long> died = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Makes the server die (reset every connection) right after its <paramref name="commits"/>-th article commit.</summary>
    public void DieAfterCommits(int commits) => dieAfterCommits = commits;

    /// <summary>Comes back on the same port, with what was committed (a database restart).</summary>
    public void Revive() => Volatile.Write(ref killed, false);

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp of the death.</summary>
    public Task<long> Died => died.Task;

    public static async Task<RecordingQueryApi> StartAsync(CommittedArticles database, TimeSpan commitDelay = default)
    {
        var server = new RecordingQueryApi(database, commitDelay);
        server.web = await LoopbackWebServer.StartAsync(server.HandleAsync);
        return server;
    }

    // Dead like a killed process: every connection is reset (a graceful stop would still serve the requests of open
    // keep-alive connections).
    private bool killed;

    public ValueTask DisposeAsync() => web.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        if (Volatile.Read(ref killed))
        {
            context.Abort();
            return;
        }

        await HandleLiveAsync(context);
        if (Volatile.Read(ref killed))
        {
            context.Abort();
        }
    }

    private async Task HandleLiveAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        context.Response.ContentType = "application/json";
        if (HttpMethods.IsDelete(context.Request.Method))
        {
            open.TryRemove(path[(path.LastIndexOf('/') + 1)..], out _);
            context.Response.StatusCode = 200;
            await context.Response.WriteAsync("{}");
            return;
        }

        var statement = JsonNode.Parse(body)!;
        if (statement["statement"]?.GetValue<string>().Contains("dbms.components()", StringComparison.Ordinal) == true)
        {
            // The writer's start-up version check (read/server-version.cypher): answer as a supported server.
            context.Response.StatusCode = 202;
            await context.Response.WriteAsync("""{"data":{"fields":["name","version","edition"],"values":[["Neo4j Kernel","5.26.0","community"]]},"bookmarks":[]}""");
            return;
        }

        var written = new List<(string Id, string Hash)>();
        var values = Answer(statement["parameters"] as JsonObject, written);
        string? transaction = null;
        if (path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            transaction = "tx" + Interlocked.Increment(ref transactions);
            open[transaction] = written;
        }
        else if (path.Contains("/query/v2/tx/", StringComparison.Ordinal))
        {
            var rest = path[(path.IndexOf("/query/v2/tx/", StringComparison.Ordinal) + "/query/v2/tx/".Length)..];
            var id = rest.Split('/')[0];
            if (!open.TryGetValue(id, out var pending))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction not found"}]}""");
                return;
            }

            pending.AddRange(written);
            if (rest.EndsWith("/commit", StringComparison.Ordinal))
            {
                open.TryRemove(id, out _);
                await CommitAsync(pending);
            }
            else
            {
                transaction = id;
            }
        }
        else
        {
            await CommitAsync(written);
        }

        context.Response.StatusCode = 202;
        var transactionPart = transaction is null ? "" : $$""","transaction":{"id":"{{transaction}}","expires":"2099-01-01T00:00:00Z"}""";
        await context.Response.WriteAsync($$"""{"data":{"fields":["id"],"values":{{values.ToJsonString()}}},"counters":{{EmptyCounters}},"bookmarks":["FB:test"]{{transactionPart}}}""");
    }

    private JsonArray Answer(JsonObject? parameters, List<(string Id, string Hash)> written)
    {
        var values = new JsonArray();
        var rows = (parameters ?? []).Select(parameter => parameter.Value).OfType<JsonArray>().SelectMany(array => array);
        foreach (var row in rows)
        {
            var hash = row is JsonObject ? row["contentHash"]?.GetValue<string>() : null;
            if (hash is null)
            {
                continue;
            }

            if (row!["sourceId"]?.GetValue<string>() is { } sourceId)
            {
                written.Add((sourceId, hash));
            }
            else if (row["id"]?.GetValue<string>() is { } id && database.IsStored(id, hash))
            {
                values.Add(new JsonArray(id));
            }
        }

        return values;
    }

    private async Task CommitAsync(List<(string Id, string Hash)> written)
    {
        if (written.Count == 0)
        {
            return;
        }

        if (commitDelay > TimeSpan.Zero)
        {
            await Task.Delay(commitDelay);
        }

        database.Commit(written);
        if (Interlocked.Increment(ref articleCommits) == dieAfterCommits)
        {
            // Dies right after this commit, before answering it: the client cannot tell whether it went through.
            Volatile.Write(ref killed, true);
            died.TrySetResult(Stopwatch.GetTimestamp());
        }
    }
}
