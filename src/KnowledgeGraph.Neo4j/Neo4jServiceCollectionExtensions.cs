using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace KnowledgeGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>True when the section (<c>Neo4j</c>) sets <c>Uri</c>: the worker then writes to Neo4j instead of the embedded store.</summary>
    public static bool IsNeo4jConfigured(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return !string.IsNullOrWhiteSpace(section[nameof(Neo4jOptions.Uri)]);
    }

    /// <summary>
    /// Registers <see cref="Neo4jOptions"/> (bound from <paramref name="section"/>, the host passes <c>Neo4j</c>;
    /// validated on start), the named HttpClient, the Neo4j resilience pipeline (<see cref="Neo4jResilience.PipelineName"/>),
    /// the template catalog, the Query API <see cref="ICypherExecutor"/> and <see cref="Neo4jGraphSink"/> (as itself: the
    /// worker picks the IGraphSink).
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphNeo4j(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return AddKnowledgeGraphNeo4j(services, options => options.Bind(section));
    }

    /// <summary>As <see cref="AddKnowledgeGraphNeo4j(IServiceCollection, IConfigurationSection)"/>, with the options set in code.</summary>
    public static IServiceCollection AddKnowledgeGraphNeo4j(this IServiceCollection services, Action<Neo4jOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddKnowledgeGraphNeo4j(services, options => options.Configure(configure));
    }

    private static IServiceCollection AddKnowledgeGraphNeo4j(IServiceCollection services, Action<OptionsBuilder<Neo4jOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(Neo4jRegistered)))
        {
            return services; // The named client and the keyed pipeline must be registered once.
        }

        services.TryAddSingleton<Neo4jRegistered>();
        bind(services.AddOptions<Neo4jOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(Neo4jQueryApiClient.HttpClientName, client =>
            {
                // Timeouts are per request (Neo4j:RequestTimeout) inside the client, so they surface as transient failures.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("KnowledgeGraph-Neo4jWriter/1.0");
            })
            .RemoveAllLoggers();

        services.AddResiliencePipeline(Neo4jResilience.PipelineName, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Neo4jResilience).FullName!);
            Neo4jResilience.Configure(builder, options, logger);
        });

        services.TryAddSingleton(sp => CypherTemplateCatalog.Load(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.ResolvedTemplatesPath));
        services.TryAddSingleton(sp => new Neo4jQueryApiClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Neo4jResilience.PipelineName),
            sp.GetRequiredService<ILogger<Neo4jQueryApiClient>>()));
        services.TryAddSingleton<ICypherExecutor>(sp => sp.GetRequiredService<Neo4jQueryApiClient>());
        services.TryAddSingleton<Neo4jGraphSink>();
        return services;
    }

    private sealed class Neo4jRegistered;
}
