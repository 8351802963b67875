using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Input;
using KnowledgeGraph.Core.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core;

/// <summary>Registers KnowledgeGraph.Core: input reading and the rule-based extractor.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<InputOptions>()
            .Bind(configuration.GetSection(InputOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InputOptions>, InputOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IArticleReader, ArticleReader>();

        // The extractor is deterministic, stateless and thread-safe: one instance serves every pipeline worker.
        services.TryAddSingleton<IArticleExtractor, RuleBasedExtractor>();
        services.TryAddSingleton<IEntityNameResolver, GazetteerEntityResolver>();
        return services;
    }
}
