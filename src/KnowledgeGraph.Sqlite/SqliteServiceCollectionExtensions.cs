using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace KnowledgeGraph.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded store (options bound from <paramref name="section"/>, the host passes <c>Store</c>) as
    /// <see cref="SqliteGraphStore"/>, <see cref="IGraphReader"/> and <see cref="IIngestionJournal"/>, with its
    /// resilience pipeline <see cref="SqliteResilience.PipelineName"/>. Whether it is also the
    /// <see cref="IGraphSink"/> is the host's choice.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSqlite(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return AddKnowledgeGraphSqlite(services, options => options.Bind(section));
    }

    /// <summary>As <see cref="AddKnowledgeGraphSqlite(IServiceCollection, IConfigurationSection)"/>, with the options set in code.</summary>
    public static IServiceCollection AddKnowledgeGraphSqlite(this IServiceCollection services, Action<StoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddKnowledgeGraphSqlite(services, options => options.Configure(configure));
    }

    private static IServiceCollection AddKnowledgeGraphSqlite(IServiceCollection services, Action<OptionsBuilder<StoreOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        bind(services.AddOptions<StoreOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(SqliteResilienceRegistered)))
        {
            services.TryAddSingleton<SqliteResilienceRegistered>();
            services.AddResiliencePipeline(SqliteResilience.PipelineName, (builder, context) =>
                SqliteResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<StoreOptions>>().Value));
        }

        services.TryAddSingleton(sp => new SqliteGraphStore(
            sp.GetRequiredService<IOptions<StoreOptions>>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(SqliteResilience.PipelineName)));
        services.TryAddSingleton<IGraphReader>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.TryAddSingleton<IIngestionJournal>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }

    private sealed class SqliteResilienceRegistered;
}
