using System.Net;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Sources.Feeds;
using KnowledgeGraph.Ingestion.Sources.Inbox;
using KnowledgeGraph.Ingestion.Sources.JsonLines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace KnowledgeGraph.Ingestion.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers every source configured in the given section (the host passes <c>Sources</c>) as an <see cref="IArticleSource"/>: the inbox when
    /// <c>Sources:Inbox:Path</c> is set, one <see cref="FeedSource"/> per <c>Sources:Feeds:N:Url</c>, the JSON Lines
    /// source when <c>Sources:JsonLines:Path</c> is set (<c>-</c> = standard input). Options are validated on start.
    /// Needs an <see cref="IArticleReader"/> (Core) registered; registers <see cref="TimeProvider.System"/> if no
    /// TimeProvider is.
    /// </summary>
    public static IServiceCollection AddArticleSources(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);

        // Decided from configuration at registration time so an unconfigured source is not registered at all.
        return AddArticleSources(services, section.Get<SourcesOptions>() ?? new SourcesOptions(), options => options.Bind(section));
    }

    /// <summary>As <see cref="AddArticleSources(IServiceCollection, IConfigurationSection)"/>, with the options set in code.</summary>
    public static IServiceCollection AddArticleSources(this IServiceCollection services, Action<SourcesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var configured = new SourcesOptions();
        configure(configured);
        return AddArticleSources(services, configured, options => options.Configure(configure));
    }

    private static IServiceCollection AddArticleSources(IServiceCollection services, SourcesOptions configured, Action<OptionsBuilder<SourcesOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(SourcesRegistered)))
        {
            return services; // Called twice (e.g. by a verb and by the host): each source must exist once.
        }

        services.TryAddSingleton<SourcesRegistered>();
        bind(services.AddOptions<SourcesOptions>().ValidateOnStart());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        if (!string.IsNullOrWhiteSpace(configured.Inbox?.Path))
        {
            services.AddSingleton<IArticleSource>(provider => new InboxSource(
                provider.GetRequiredService<IOptions<SourcesOptions>>().Value.Inbox!,
                provider.GetRequiredService<IArticleReader>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<InboxSource>>()));
        }

        if (configured.Feeds.Count > 0)
        {
            AddFeedHttp(services);
            for (var index = 0; index < configured.Feeds.Count; index++)
            {
                var feedIndex = index;
                services.AddSingleton<IArticleSource>(provider =>
                {
                    var options = provider.GetRequiredService<IOptions<SourcesOptions>>();
                    return new FeedSource(
                        options.Value.Feeds[feedIndex],
                        provider.GetRequiredService<IHttpClientFactory>(),
                        provider.GetRequiredService<IPageTextExtractor>(),
                        provider.GetRequiredService<TimeProvider>(),
                        options,
                        provider.GetRequiredService<ILogger<FeedSource>>());
                });
            }
        }

        if (!string.IsNullOrWhiteSpace(configured.JsonLines?.Path))
        {
            services.AddSingleton<IArticleSource>(provider => new JsonLinesSource(
                provider.GetRequiredService<IOptions<SourcesOptions>>().Value.JsonLines!.Path,
                provider.GetRequiredService<IArticleReader>(),
                provider.GetRequiredService<ILogger<JsonLinesSource>>()));
        }

        return services;
    }

    private static void AddFeedHttp(IServiceCollection services)
    {
        services.TryAddSingleton<IPageTextExtractor, HtmlArticleParserPageTextExtractor>();
        services.TryAddSingleton<HostPolitenessGate>();
        services.TryAddTransient<HostPolitenessHandler>();
        services.TryAddTransient<ResponseSizeLimitHandler>();
        services.TryAddSingleton<FeedConnectionGuard>();

        // Handler order = registration order, outermost first: politeness (one logical request per host at a time),
        // then resilience (total timeout, retry, per-host circuit breaker, attempt timeout), then the body-size cap.
        services.AddHttpClient(FeedHttp.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // The resilience pipeline owns timeouts.
                client.DefaultRequestHeaders.UserAgent.ParseAdd("KnowledgeGraph/1.0 (+feed reader)");
            })
            .AddHttpMessageHandler<HostPolitenessHandler>()
            .AddResilienceHandler(FeedHttp.ResiliencePipelineName, static (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SourcesOptions>>().Value;
                var attemptTimeout = options.AttemptTimeout;
                builder
                    .AddTimeout(options.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                        ShouldHandle = options.MaxRetryAttempts == 0 ? static _ => PredicateResult.False() : IsTransient,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryBaseDelay,
                        MaxDelay = TimeSpan.FromSeconds(30),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        ShouldHandle = IsTransient,
                        FailureRatio = 0.5,
                        MinimumThroughput = 10,
                        SamplingDuration = TimeSpan.FromSeconds(Math.Max(60, 2 * options.AttemptTimeout.TotalSeconds)),
                        BreakDuration = TimeSpan.FromSeconds(30),
                    })
                    .AddTimeout(attemptTimeout);
            })
            .SelectPipelineByAuthority(); // One breaker per host: a broken site does not stop the others.

        services.AddHttpClient(FeedHttp.ClientName)
            .AddHttpMessageHandler<ResponseSizeLimitHandler>()
            .ConfigurePrimaryHttpMessageHandler(static provider => new SocketsHttpHandler
            {
                // The factory's default handler settings, stated: redirects are followed (each new host is a new
                // connection, so the guard judges every hop), no automatic decompression (the size cap counts the
                // bytes as sent), system proxy. Handlers are still recycled by the factory, so DNS changes are seen.
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 50,
                AutomaticDecompression = DecompressionMethods.None,
                UseProxy = true,
                ConnectCallback = provider.GetRequiredService<FeedConnectionGuard>().ConnectAsync,
            });
    }

    private static ValueTask<bool> IsTransient(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(IsTransient(args.Outcome, args.Context));

    private static ValueTask<bool> IsTransient(CircuitBreakerPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(IsTransient(args.Outcome, args.Context));

    // An oversized body or a refused address fails the same way every time; a cancelled request is the caller's choice, not an outage.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        outcome.Exception is not ResponseTooLargeException
        && PrivateAddressRefusedException.Find(outcome.Exception) is null
        && !context.CancellationToken.IsCancellationRequested
        && HttpClientResiliencePredicates.IsTransient(outcome);

    private sealed class SourcesRegistered;
}
