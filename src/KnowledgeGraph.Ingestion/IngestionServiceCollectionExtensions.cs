using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Registers ingestion: input reading (options <see cref="InputOptions"/>, section <c>Input</c>) and the pipeline
/// (<see cref="PipelineOptions"/>, section <c>Pipeline</c>) with its metrics; the article sources have their own
/// <see cref="Sources.SourcesServiceCollectionExtensions.AddArticleSources(IServiceCollection, IConfigurationSection)"/>.
/// Each takes the section to bind (the host passes <c>configuration.GetSection(...)</c>) or a delegate; options are
/// validated on start. The pipeline also needs an extractor, a graph sink and a journal, which the host registers.
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddArticleReading(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return AddArticleReading(services, options => options.Bind(section));
    }

    public static IServiceCollection AddArticleReading(this IServiceCollection services, Action<InputOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddArticleReading(services, options => options.Configure(configure));
    }

    public static IServiceCollection AddIngestionPipeline(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return AddIngestionPipeline(services, options => options.Bind(section));
    }

    public static IServiceCollection AddIngestionPipeline(this IServiceCollection services, Action<PipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddIngestionPipeline(services, options => options.Configure(configure));
    }

    private static IServiceCollection AddArticleReading(IServiceCollection services, Action<OptionsBuilder<InputOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        bind(services.AddOptions<InputOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InputOptions>, InputOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArticleReader, ArticleReader>();
        return services;
    }

    private static IServiceCollection AddIngestionPipeline(IServiceCollection services, Action<OptionsBuilder<PipelineOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        bind(services.AddOptions<PipelineOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<IngestionMetrics>();
        services.TryAddSingleton<IngestionPipeline>();
        return services;
    }
}
