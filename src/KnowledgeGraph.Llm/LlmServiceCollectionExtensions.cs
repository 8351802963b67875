using System.ClientModel;
using System.ClientModel.Primitives;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Llm.Augmentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace KnowledgeGraph.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>The service key of the stage's <see cref="IChatClient"/>, so it never collides with another chat client.</summary>
    public const string ChatClientKey = "KnowledgeGraph.Llm";

    /// <summary>The named HttpClient that carries the requests (with the <see cref="LlmResilience"/> handler).</summary>
    public const string HttpClientName = "KnowledgeGraph.Llm";

    /// <summary>True when the section (<c>Llm</c>) sets <c>Enabled</c> to true.</summary>
    public static bool IsLlmEnabled(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return bool.TryParse(section[nameof(LlmOptions.Enabled)], out var enabled) && enabled;
    }

    /// <summary>
    /// Registers <see cref="LlmOptions"/> (section <c>Llm</c>, validated on start) and, only when <c>Llm:Enabled</c> is
    /// true, the model-assisted <see cref="IGraphAugmenter"/>: an <see cref="IChatClient"/> over the OpenAI chat
    /// completions API (<c>OpenAI.Chat.ChatClient.AsIChatClient()</c>) on a named HttpClient with the resilience
    /// pipeline <see cref="LlmResilience.PipelineName"/>, and <see cref="LlmMetrics"/>. Expects an
    /// <see cref="IEntityNameResolver"/> (AddKnowledgeGraphExtraction registers the gazetteer's).
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphLlm(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return AddKnowledgeGraphLlm(services, IsLlmEnabled(section), options => options.Bind(section));
    }

    /// <summary>As <see cref="AddKnowledgeGraphLlm(IServiceCollection, IConfigurationSection)"/>, with the options set in code.</summary>
    public static IServiceCollection AddKnowledgeGraphLlm(this IServiceCollection services, Action<LlmOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var configured = new LlmOptions();
        configure(configured);
        return AddKnowledgeGraphLlm(services, configured.Enabled, options => options.Configure(configure));
    }

    private static IServiceCollection AddKnowledgeGraphLlm(IServiceCollection services, bool enabled, Action<OptionsBuilder<LlmOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        bind(services.AddOptions<LlmOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        if (!enabled || services.Any(descriptor => descriptor.ServiceType == typeof(IGraphAugmenter)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<LlmMetrics>();
        services.TryAddSingleton<IEntityNameResolver, GazetteerEntityResolver>();

        services.AddHttpClient(HttpClientName, client =>
            {
                // Each attempt has its own timeout (Llm:Timeout) in the resilience handler.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The default HttpClient logging would log request URIs per attempt; the resilience handler logs what matters.
            .RemoveAllLoggers()
            .AddResilienceHandler(LlmResilience.PipelineName, (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LlmResilience).FullName!);
                LlmResilience.Configure(builder, options, logger);
            });

        services.TryAddKeyedSingleton<IChatClient>(ChatClientKey, (sp, _) => CreateChatClient(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.TryAddSingleton<IGraphAugmenter, LlmRelationshipAugmenter>();
        return services;
    }

    /// <summary>The OpenAI chat client for the configured endpoint and model, sending through <paramref name="httpClient"/>.</summary>
    internal static IChatClient CreateChatClient(LlmOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            // "…/v1/" and "…/v1" are the same API base; the client appends "/chat/completions" to it.
            Endpoint = options.Endpoint is { } endpoint ? new Uri(endpoint.AbsoluteUri.TrimEnd('/')) : null,
            Transport = new HttpClientPipelineTransport(httpClient),
            // Retries belong to the named resilience pipeline alone; the client's own would multiply them.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The attempt timeouts are the resilience pipeline's; this only bounds a whole call with its retries.
            NetworkTimeout = (options.Timeout + TimeSpan.FromSeconds(30)) * (options.MaxRetryAttempts + 1),
            UserAgentApplicationId = "KnowledgeGraph",
        };
        var hasKey = !string.IsNullOrEmpty(options.ApiKey);
        if (!hasKey)
        {
            clientOptions.AddPolicy(new NoAuthorizationHeaderPolicy(), PipelinePosition.BeforeTransport);
        }

        // The client requires a credential; without a configured key the placeholder's header is removed before sending.
        var credential = new ApiKeyCredential(hasKey ? options.ApiKey! : "no-key");
        return new ChatClient(options.Model, credential, clientOptions).AsIChatClient();
    }

    /// <summary>Local servers (vLLM, Ollama) need no key: then no Authorization header is sent at all.</summary>
    private sealed class NoAuthorizationHeaderPolicy : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}
