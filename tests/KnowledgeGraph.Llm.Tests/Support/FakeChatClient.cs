using Microsoft.Extensions.AI;

namespace KnowledgeGraph.Llm.Tests.Support;

/// <summary>Stands in for the model endpoint (unreachable here): answers with a scripted text or exception and records the calls.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, string> answer) : IChatClient
{
    public FakeChatClient(string answer)
        : this((_, _) => answer)
    {
    }

    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

    public static FakeChatClient Throwing(Exception exception) => new((_, _) => throw exception);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToList();
        Calls.Add((list, options));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(list, options))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The augmenter does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
