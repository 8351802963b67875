using KnowledgeGraph.Neo4j.QueryApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>The Neo4j services exactly as AddKnowledgeGraphNeo4j registers them, against a given server.</summary>
internal sealed class Neo4jTestHost : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "s3cret-Pa55word";

    private readonly ServiceProvider provider;

    private Neo4jTestHost(ServiceProvider provider) => this.provider = provider;

    public Neo4jGraphSink Sink => provider.GetRequiredService<Neo4jGraphSink>();

    public ICypherExecutor Executor => provider.GetRequiredService<ICypherExecutor>();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Fast retries and a small circuit breaker so resilience tests finish in milliseconds.</summary>
    public static Neo4jTestHost Create(Uri uri, IDictionary<string, string?>? overrides = null, string user = User, string password = Password)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = uri.AbsoluteUri,
            ["Neo4j:User"] = user,
            ["Neo4j:Password"] = password,
            ["Neo4j:RetryBaseDelay"] = "00:00:00.010",
            ["Neo4j:MaxRetryAttempts"] = "3",
            ["Neo4j:RequestTimeout"] = "00:00:05",
            ["Neo4j:CircuitBreakerMinimumThroughput"] = "100",
        };
        foreach (var pair in overrides ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddLogging().AddKnowledgeGraphNeo4j(configuration.GetSection(Neo4jOptions.SectionName)).BuildServiceProvider(validateScopes: true);
        return new Neo4jTestHost(provider);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
