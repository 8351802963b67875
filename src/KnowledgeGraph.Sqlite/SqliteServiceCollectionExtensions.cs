using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded store (section <c>Store</c>) as <see cref="SqliteGraphStore"/>, <see cref="IGraphReader"/>
    /// and <see cref="IIngestionJournal"/>. Whether it is also the <see cref="IGraphSink"/> is the host's choice.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSqlite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IIngestionJournal>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
