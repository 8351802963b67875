using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>A request as the fake endpoint received it.</summary>
public sealed record ChatRequest(string Method, string Path, string? Authorization, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>What the fake endpoint answers; <paramref name="Delay"/> holds the answer back (for timeouts).</summary>
public sealed record ChatAnswer(int Status, string Body, TimeSpan Delay = default);

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port 0) standing in for an OpenAI-compatible endpoint: records every request
/// and answers with a scripted function, in the documented chat completions shapes
/// (<c>POST {base}/chat/completions</c> → a <c>chat.completion</c> object; errors as <c>{"error":{...}}</c>).
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ChatRequest> requests = new();
    private LoopbackWebServer web = null!;

    private FakeChatCompletionsServer(Func<ChatRequest, int, ChatAnswer> answer) => Answer = answer;

    public Func<ChatRequest, int, ChatAnswer> Answer { get; set; }

    /// <summary>The API base to configure as <c>Llm:Endpoint</c> (<c>http://127.0.0.1:port/v1</c>).</summary>
    public Uri Endpoint => new(web.BaseAddress, "v1");

    public IReadOnlyList<ChatRequest> Requests => [.. requests];

    public static async Task<FakeChatCompletionsServer> StartAsync(Func<ChatRequest, int, ChatAnswer> answer)
    {
        var server = new FakeChatCompletionsServer(answer);
        server.web = await LoopbackWebServer.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>A successful completion whose assistant message content is <paramref name="content"/>.</summary>
    public static ChatAnswer Completion(string content, string model = "test-model") => new(200, JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test-1",
        @object = "chat.completion",
        created = 1741132800,
        model,
        choices = new[]
        {
            new
            {
                index = 0,
                message = new { role = "assistant", content, refusal = (string?)null },
                logprobs = (object?)null,
                finish_reason = "stop",
            },
        },
        usage = new { prompt_tokens = 812, completion_tokens = 64, total_tokens = 876 },
    }));

    public static ChatAnswer Error(int status, string message, string type = "invalid_request_error") =>
        new(status, JsonSerializer.Serialize(new { error = new { message, type, param = (string?)null, code = (string?)null } }));

    public ValueTask DisposeAsync() => web.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var recorded = new ChatRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            body);
        requests.Enqueue(recorded);
        var answer = Answer(recorded, requests.Count);
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }
}
