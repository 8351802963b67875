using KnowledgeGraph.Core.Input;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core;

/// <summary>Registers KnowledgeGraph.Core: input reading (and, once merged, extraction).</summary>
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

        // Extraction registrations are added when the extractor branch is merged (see the input engineer's report).
        return services;
    }
}
