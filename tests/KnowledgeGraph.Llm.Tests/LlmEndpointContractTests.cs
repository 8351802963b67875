using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Llm.Augmentation;
using KnowledgeGraph.Llm.Tests.Support;
using static KnowledgeGraph.Llm.Tests.Support.ModelJson;

namespace KnowledgeGraph.Llm.Tests;

/// <summary>
/// The real client stack (OpenAI ChatClient → AsIChatClient → named HttpClient with the resilience pipeline) against
/// a local server speaking the documented chat completions format.
/// </summary>
public sealed class LlmEndpointContractTests
{
    private const string ApiKey = "sk-test-7f3a9c1e5b";

    private static readonly ArticleGraph RuleGraph = TestArticles.RuleGraph(TestArticles.Border);

    private static readonly string CondemnedAnswer =
        Answer(Relationship("CONDEMNED", "Kovac", "Person", "Northern Brigade", "Organisation", TestArticles.Condemned, trigger: "condemned"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AugmentAsync_AgainstTheEndpoint_SendsTheDocumentedRequestAndUsesTheAnswer()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Completion(CondemnedAnswer));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, ApiKey));

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned && r.StartId == "person:anna-kovac");
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var body = request.Json;
        Assert.Equal("test-model", body.GetProperty("model").GetString());
        Assert.Equal(0, body.GetProperty("temperature").GetDouble());
        var messages = body.GetProperty("messages").EnumerateArray().ToArray();
        Assert.Equal(["system", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(PromptBuilder.Instructions, ContentText(messages[0]));
        Assert.EndsWith(TestArticles.Border.Text, ContentText(messages[1]), StringComparison.Ordinal);
        var format = body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var schema = format.GetProperty("json_schema");
        Assert.Equal("relationships", schema.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, schema.GetProperty("schema").GetProperty("properties").GetProperty("relationships").ValueKind);
    }

    [Fact]
    public async Task AugmentAsync_EndpointWithATrailingSlash_PostsToTheSamePath()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Completion(Answer()));
        using var host = new LlmTestHost(LlmTestHost.Settings(new Uri(server.Endpoint + "/")));

        await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Equal("/v1/chat/completions", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task AugmentAsync_NoApiKey_SendsNoAuthorizationHeader()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Completion(Answer()));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint));

        await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task AugmentAsync_TransientStatusThenSuccess_IsRetriedAndUsesTheAnswer(int status)
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, hit) =>
            hit == 1 ? FakeChatCompletionsServer.Error(status, "Rate limit reached for requests", "requests") : FakeChatCompletionsServer.Completion(CondemnedAnswer));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, ApiKey));

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Condemned);
        Assert.Empty(host.Failures.GetMeasurementSnapshot());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task AugmentAsync_ClientError_IsNotRetriedAndKeepsTheRuleGraph(int status)
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Error(status, "Invalid value for 'response_format'"));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, ApiKey));

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Single(server.Requests);
        Assert.Same(RuleGraph, graph);
        Assert.Equal("http-status", Assert.Single(host.Failures.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.DoesNotContain(ApiKey, host.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AugmentAsync_EndpointTooSlow_TimesOutAndKeepsTheRuleGraph()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Completion(CondemnedAnswer) with { Delay = TimeSpan.FromSeconds(30) });
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, ApiKey, timeoutSeconds: 1, retries: 1));
        var clock = Stopwatch.StartNew();

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Same(RuleGraph, graph);
        Assert.Equal(2, server.Requests.Count); // a timed-out attempt is transient: retried once
        Assert.Equal("timeout", Assert.Single(host.Failures.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task AugmentAsync_EndpointFailingRepeatedly_OpensTheCircuitAndStopsCallingIt()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((_, _) => FakeChatCompletionsServer.Error(503, "The server is overloaded", "server_error"));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, retries: 0));

        for (var i = 0; i < 8; i++)
        {
            Assert.Same(RuleGraph, await host.Augmenter.AugmentAsync(RuleGraph, Token));
        }

        Assert.Equal(5, server.Requests.Count);
        var reasons = host.Failures.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!).ToArray();
        Assert.Equal([.. Enumerable.Repeat("http-status", 5), .. Enumerable.Repeat("circuit-open", 3)], reasons);
    }

    [Fact]
    public async Task AugmentAsync_EndpointDown_KeepsTheRuleGraphAndNeverLogsTheKey()
    {
        using var host = new LlmTestHost(LlmTestHost.Settings(new Uri($"http://127.0.0.1:{FreePort()}/v1"), ApiKey, retries: 1));

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Same(RuleGraph, graph);
        Assert.Single(host.Failures.GetMeasurementSnapshot());
        var logs = host.AllLogText();
        Assert.Contains("border-talks", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AugmentAsync_ServerEchoesTheKeyInItsError_KeyIsRedactedFromTheLog()
    {
        await using var server = await FakeChatCompletionsServer.StartAsync((request, _) => FakeChatCompletionsServer.Error(400, $"Incorrect API key provided: {request.Authorization}"));
        using var host = new LlmTestHost(LlmTestHost.Settings(server.Endpoint, ApiKey));

        var graph = await host.Augmenter.AugmentAsync(RuleGraph, Token);

        Assert.Same(RuleGraph, graph);
        Assert.DoesNotContain(ApiKey, host.AllLogText(), StringComparison.Ordinal);
    }

    private static string ContentText(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
