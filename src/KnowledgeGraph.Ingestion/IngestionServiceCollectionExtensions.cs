using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Ingestion.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Registers ingestion: input reading (section <c>Input</c>), the configured article sources (<c>Sources</c>), the
/// pipeline (<c>Pipeline</c>) and the ingestion metrics. The pipeline also needs
/// an extractor, a graph sink and a journal, which the host registers.
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<InputOptions>()
            .Bind(configuration.GetSection(InputOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InputOptions>, InputOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArticleReader, ArticleReader>();

        services.AddArticleSources(configuration);

        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<IngestionMetrics>();
        services.TryAddSingleton<IngestionPipeline>();
        return services;
    }
}
