using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Extraction;

/// <summary>Registers the rule-based extractor and the gazetteer's entity name resolver.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The extractor is deterministic, stateless and thread-safe: one instance serves every pipeline worker.
        services.TryAddSingleton<IArticleExtractor, RuleBasedExtractor>();
        services.TryAddSingleton<IEntityNameResolver, GazetteerEntityResolver>();
        return services;
    }
}
