using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Tests.Support;
using Polly.CircuitBreaker;

namespace KnowledgeGraph.Neo4j.Tests.QueryApi;

/// <summary>
/// Contract tests of the Query API client against a real Kestrel server, with request and response shapes from the
/// Neo4j Query API documentation (query, transactions, authentication pages).
/// </summary>
public sealed class Neo4jQueryApiClientTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    private static CypherStatement Statement(string text = "MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice", string name = "test.cypher") =>
        new(text, new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 }, name);

    [Fact]
    public async Task ExecuteAsync_DocumentedSuccess_SendsDocumentedRequestAndReadsDataCountersBookmarks()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);

        var result = await host.Executor.ExecuteAsync(Statement(), Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Neo4jTestHost.User}:{Neo4jTestHost.Password}")), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            """{"statement":"MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice","parameters":{"name":"Alice","age":42},"includeCounters":true}""",
            request.Body);
        Assert.Equal(["n"], result.Fields);
        Assert.Equal(1L, (long)Assert.Single(Assert.Single(result.Values))!);
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        Assert.Equal(5, result.Counters.PropertiesSet);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);
    }

    [Fact]
    public async Task ExecuteAsync_DatabaseConfigured_PathCarriesDatabaseName()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri, new Dictionary<string, string?> { ["Neo4j:Database"] = "news-desk" });

        await host.Executor.ExecuteAsync(Statement(), Token);

        Assert.Equal("/db/news-desk/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_ThreeStatements_OpensRunsCommitsReplayingAffinity()
    {
        await using var server = await FakeQueryApiServer.StartAsync();
        await using var host = Neo4jTestHost.Create(server.Uri);

        var results = await host.Executor.ExecuteInTransactionAsync([Statement("RETURN 1", "a"), Statement("RETURN 2", "b"), Statement("RETURN 3", "c")], Token);

        Assert.Equal(3, results.Count);
        var requests = server.Requests;
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.Null(requests[0].Affinity);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", requests[1].Affinity);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", requests[2].Affinity);
        Assert.Equal(["RETURN 1", "RETURN 2", "RETURN 3"], requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()));
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_SecondStatementFails_RollsBackAndNeverCommits()
    {
        await using var server = await FakeQueryApiServer.StartAsync(request => request.Path.EndsWith("/tx/lyU", StringComparison.Ordinal) && request.Method == "POST"
            ? FakeQueryApiServer.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `Person` and property `key` = 'person:x'")
            : FakeQueryApiServer.DocumentedSuccess(request));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Executor.ExecuteInTransactionAsync([Statement("RETURN 1", "a"), Statement("RETURN 2", "b"), Statement("RETURN 3", "c")], Token));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal("b", error.StatementName);
        Assert.False(error.IsTransient);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "DELETE /db/neo4j/query/v2/tx/lyU"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", server.Requests[2].Affinity);
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_ThrowsClientErrorWithoutRetrying()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ =>
            FakeQueryApiServer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))"));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Executor.ExecuteAsync(Statement("RETRN 1"), Token));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input 'RETRN'", error.ServerMessage, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Equal(400, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_TransientErrorOnce_RestartsTransactionFromScratchAndSucceeds()
    {
        var failures = 0;
        await using var server = await FakeQueryApiServer.StartAsync(request =>
            request.Path.EndsWith("/commit", StringComparison.Ordinal) && Interlocked.Increment(ref failures) == 1
                ? FakeQueryApiServer.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
                : FakeQueryApiServer.DocumentedSuccess(request));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var results = await host.Executor.ExecuteInTransactionAsync([Statement("RETURN 1", "a"), Statement("RETURN 2", "b")], Token);

        Assert.Equal(2, results.Count);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU/commit", "DELETE /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ExecuteAsync_Unauthorized_NotRetriedAndPasswordNeverInMessage()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => FakeQueryApiServer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Executor.ExecuteAsync(Statement(), Token));

        Assert.True(error.IsAuthenticationFailure);
        Assert.False(error.IsTransient);
        Assert.Equal(401, error.StatusCode);
        Assert.Single(server.Requests);
        var everything = error.ToString();
        Assert.DoesNotContain(Neo4jTestHost.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Neo4jTestHost.User}:{Neo4jTestHost.Password}")), everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ServiceUnavailableOnce_RetriedAndSucceeds()
    {
        var calls = 0;
        await using var server = await FakeQueryApiServer.StartAsync(request =>
            Interlocked.Increment(ref calls) == 1 ? new FakeAnswer(503, "") : FakeQueryApiServer.DocumentedSuccess(request));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var result = await host.Executor.ExecuteAsync(Statement(), Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task ExecuteAsync_ServiceUnavailableAlways_GivesUpAfterRetriesWithTransientException()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => new FakeAnswer(503, ""));
        await using var host = Neo4jTestHost.Create(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1 + 3, server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedOutage_CircuitOpensAndFailsFastWithoutCallingServer()
    {
        await using var server = await FakeQueryApiServer.StartAsync(_ => new FakeAnswer(503, ""));
        await using var host = Neo4jTestHost.Create(server.Uri, new Dictionary<string, string?>
        {
            ["Neo4j:MaxRetryAttempts"] = "0",
            ["Neo4j:CircuitBreakerMinimumThroughput"] = "2",
            ["Neo4j:CircuitBreakerBreakDuration"] = "00:01:00",
        });

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));
        var open = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));

        Assert.IsType<BrokenCircuitException>(open.InnerException, exactMatch: false);
        Assert.Contains("circuit open", open.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_ConnectionRefused_TransientAfterRetries()
    {
        Uri closed;
        await using (var server = await FakeQueryApiServer.StartAsync())
        {
            closed = server.Uri;
        }

        await using var host = Neo4jTestHost.Create(closed);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));

        Assert.True(error.IsTransient);
        Assert.Contains("Cannot reach Neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ServerTooSlow_TimesOutAsTransient()
    {
        await using var server = await FakeQueryApiServer.StartAsync(request =>
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(1500));
            return FakeQueryApiServer.DocumentedSuccess(request);
        });
        await using var host = Neo4jTestHost.Create(server.Uri, new Dictionary<string, string?>
        {
            ["Neo4j:RequestTimeout"] = "00:00:00.200",
            ["Neo4j:MaxRetryAttempts"] = "0",
        });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => host.Executor.ExecuteAsync(Statement(), Token));

        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_HostileValues_TravelOnlyAsParametersAndComeBackUnchanged()
    {
        // The fake server echoes `parameters.values` back as the result's only row, as RETURN $values would.
        await using var server = await FakeQueryApiServer.StartAsync(request =>
        {
            using var body = JsonDocument.Parse(request.Body);
            var values = body.RootElement.GetProperty("parameters").GetProperty("values").GetRawText();
            return new FakeAnswer(202, $$"""{"data":{"fields":["values"],"values":[[{{values}}]]},"bookmarks":[]}""");
        });
        await using var host = Neo4jTestHost.Create(server.Uri);
        string[] hostile = HostileStrings.All;

        var result = await host.Executor.ExecuteAsync(new CypherStatement("RETURN $values AS values", new Dictionary<string, object?> { ["values"] = hostile }, "echo"), Token);

        var echoed = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Assert.Single(Assert.Single(result.Values)));
        Assert.Equal(hostile, echoed.Cast<string>());
        using var sent = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("RETURN $values AS values", sent.RootElement.GetProperty("statement").GetString());
    }
}

internal static class HostileStrings
{
    public static string[] All { get; } =
    [
        "O'Brien said \"no\"",
        @"back\slash \\ and \' escaped",
        "`backtick` name`)",
        "x'}) DETACH DELETE n //",
        "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
        "Ünïcödé — 北京 — Москва — عربى — 😀",
        "line\nbreak\ttab\r\n",
        "$rows {key: 1}; DROP CONSTRAINT person_key",
        new string('x', 100 * 1024),
    ];
}
