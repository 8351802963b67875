using System.Collections.Concurrent;
using System.Text;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>A request as the fake Neo4j received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Affinity, string? ContentType, string Body);

/// <summary>What the fake Neo4j answers.</summary>
public sealed record FakeAnswer(int Status, string Body, string? Affinity = null);

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port 0) standing in for the Neo4j Query API: records every request and
/// answers with a scripted function, using payload shapes from the Query API documentation.
/// </summary>
public sealed class FakeQueryApiServer : IAsyncDisposable
{
    public const string SuccessBody =
        """{"data":{"fields":["n"],"values":[[1]]},"counters":{"containsUpdates":true,"nodesCreated":2,"nodesDeleted":0,"propertiesSet":5,"relationshipsCreated":1,"relationshipsDeleted":0,"labelsAdded":2,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""";

    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private LoopbackWebServer web = null!;

    private FakeQueryApiServer(Func<RecordedRequest, FakeAnswer> answer) => Answer = answer;

    public Func<RecordedRequest, FakeAnswer> Answer { get; set; }

    public Uri Uri => web.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public static async Task<FakeQueryApiServer> StartAsync(Func<RecordedRequest, FakeAnswer>? answer = null)
    {
        var server = new FakeQueryApiServer(answer ?? DocumentedSuccess);
        server.web = await LoopbackWebServer.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>
    /// The documented answers: a transaction id when one is opened, the server's components for
    /// <c>dbms.components()</c> (Neo4j 5.26.0, as the compose file runs), the success payload otherwise.
    /// </summary>
    public static FakeAnswer DocumentedSuccess(RecordedRequest request) =>
        request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)
            ? new FakeAnswer(202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"lyU","expires":"2099-10-22T15:48:29Z"}}""", "MTAuOC41Ljc6MTc0NzQ=")
            : ServerVersionAnswer(request, "5.26.0") ?? new FakeAnswer(202, SuccessBody, request.Affinity);

    /// <summary>The answer to <c>read/server-version.cypher</c> from a server of <paramref name="version"/>; null for other requests.</summary>
    public static FakeAnswer? ServerVersionAnswer(RecordedRequest request, string version) =>
        request.Body.Contains("dbms.components()", StringComparison.Ordinal)
            ? new FakeAnswer(202, $$"""{"data":{"fields":["name","version","edition"],"values":[["Neo4j Kernel","{{version}}","community"]]},"bookmarks":[]}""")
            : null;

    public static FakeAnswer Error(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public ValueTask DisposeAsync() => web.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            context.Request.ContentType,
            body);
        requests.Enqueue(recorded);
        var answer = Answer(recorded);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        if (answer.Affinity is not null)
        {
            context.Response.Headers["neo4j-cluster-affinity"] = answer.Affinity;
        }

        await context.Response.WriteAsync(answer.Body);
    }
}
