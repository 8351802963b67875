using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Extraction;

/// <summary>Registers the rule-based extractor and the gazetteer's entity name resolver.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphExtraction(this IServiceCollection services) =>
        services.AddKnowledgeGraphExtraction(static _ => { });

    /// <summary>Registers the extractor with settings from a configuration section (normally <c>Extraction</c>).</summary>
    public static IServiceCollection AddKnowledgeGraphExtraction(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ExtractionOptions>().Bind(section);
        return services.AddKnowledgeGraphExtraction(static _ => { });
    }

    public static IServiceCollection AddKnowledgeGraphExtraction(this IServiceCollection services, Action<ExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ExtractionOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExtractionOptions>, ExtractionOptionsValidator>());

        // The extractor is deterministic, stateless and thread-safe: one instance serves every pipeline worker.
        services.TryAddSingleton<IArticleExtractor>(sp => new RuleBasedExtractor(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.Relations));
        services.TryAddSingleton<IEntityNameResolver, GazetteerEntityResolver>();
        return services;
    }
}
