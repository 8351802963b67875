using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace KnowledgeGraph.Worker.Tests.TestSupport;

/// <summary>
/// An OpenAI-compatible endpoint on loopback (no model endpoint is reachable here): answers
/// <c>POST /v1/chat/completions</c> with a documented <c>chat.completion</c> object whose content is the scripted answer.
/// </summary>
internal sealed class FakeModelEndpoint : IAsyncDisposable
{
    private readonly TestHttpServer server;

    private FakeModelEndpoint(TestHttpServer server) => this.server = server;

    /// <summary>The value for <c>Llm:Endpoint</c>.</summary>
    public Uri Endpoint => new(server.BaseAddress, "v1");

    public int Requests => server.Hits("/v1/chat/completions");

    public static async Task<FakeModelEndpoint> StartAsync(string answer)
    {
        var server = await TestHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/v1/chat/completions", (context, _) => TestHttpServer.WriteAsync(context, 200, "application/json", Completion(answer)));
        return new FakeModelEndpoint(server);
    }

    /// <summary>An endpoint URI where nothing listens.</summary>
    public static Uri Down()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/v1");
    }

    public static string[] Settings(Uri endpoint) =>
    [
        "-c", "Llm:Enabled=true",
        "-c", $"Llm:Endpoint={endpoint}",
        "-c", "Llm:Model=test-model",
        "-c", "Llm:MaxRetryAttempts=1",
        "-c", "Llm:RetryBaseDelay=00:00:00.010",
    ];

    public static string Relationship(string type, string start, string startLabel, string end, string endLabel, string evidence, string status) =>
        JsonSerializer.Serialize(new { type, start, startLabel, end, endLabel, evidence, trigger = "", status });

    public static string Answer(params string[] relationships) => $$"""{"relationships":[{{string.Join(",", relationships)}}]}""";

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test-1",
        @object = "chat.completion",
        created = 1741132800,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 500, completion_tokens = 40, total_tokens = 540 },
    });
}
