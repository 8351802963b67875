using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

/// <summary>
/// Polls one RSS 2.0 / Atom 1.0 feed on a schedule and yields each new item as a document whose article is the
/// item's page reduced to readable text (fetched when the pipeline reads the document).
/// <list type="bullet">
/// <item>Conditional requests: ETag / Last-Modified of the last good response are sent back; 304 means nothing new.
///   The validators live in memory only, so the first poll after a start is unconditional and items a crash left
///   unacknowledged are found again.</item>
/// <item>An item is marked seen (persisted) only in CompleteAsync once its article was written or found unchanged;
///   a failed item is retried on later polls and given up after <see cref="SourcesOptions.MaxItemAttempts"/>.</item>
/// <item>A feed that cannot be fetched or parsed yields one failure document (origin = feed URL) and is tried again
///   on the next poll; other feeds are separate sources and are not affected.</item>
/// <item>Feed and page requests go through <see cref="FeedConnectionGuard"/>: a host resolving to a non-public
///   address fails that feed or item (not retried) unless <see cref="SourcesOptions.AllowPrivateAddresses"/>.</item>
/// </list>
/// </summary>
public sealed class FeedSource : IArticleSource, IDisposable
{
    private const string AcceptFeeds = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    private readonly Uri feedUrl;
    private readonly TimeSpan interval;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IPageTextExtractor pageTextExtractor;
    private readonly TimeProvider timeProvider;
    private readonly SourcesOptions options;
    private readonly ILogger<FeedSource> logger;
    private readonly FeedStateStore state;
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failedAttempts = new(StringComparer.Ordinal);

    private string? entityTag;
    private DateTimeOffset? lastModified;
    private ParsedFeed? lastFeed;

    internal FeedSource(
        FeedOptions feed,
        IHttpClientFactory httpClientFactory,
        IPageTextExtractor pageTextExtractor,
        TimeProvider timeProvider,
        IOptions<SourcesOptions> options,
        ILogger<FeedSource> logger)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(options);
        feedUrl = new Uri(feed.Url, UriKind.Absolute);
        interval = feed.Interval;
        this.httpClientFactory = httpClientFactory;
        this.pageTextExtractor = pageTextExtractor;
        this.timeProvider = timeProvider;
        this.options = options.Value;
        this.logger = logger;
        state = new FeedStateStore(this.options.StatePath, feedUrl, this.options.MaxSeenItemsPerFeed, logger);
    }

    public string Name => "feed";

    public Uri FeedUrl => feedUrl;

    /// <summary>The article id of a feed item: stable across polls and restarts, derived from its guid or link.</summary>
    public static string ArticleIdFor(string itemKey)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        return "feed-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(itemKey)))[..20];
    }

    public async IAsyncEnumerable<SourceDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Created before the first poll so a tick during a long poll is not lost (PeriodicTimer remembers one).
        using var timer = new PeriodicTimer(interval, timeProvider);

        // A new read (a start, or the worker restarting a run the graph store stopped) polls unconditionally and offers
        // again every item a stopped run left unacknowledged.
        pending.Clear();
        entityTag = null;
        lastModified = null;
        await state.LoadAsync(cancellationToken);
        do
        {
            foreach (var document in await PollAsync(cancellationToken))
            {
                yield return document;
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<SourceDocument>> PollAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(FeedHttp.ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        request.Headers.TryAddWithoutValidation("Accept", AcceptFeeds);
        if (entityTag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", entityTag);
        }

        if (lastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                logger.FeedNotModified(feedUrl.AbsoluteUri);
            }
            else if (!response.IsSuccessStatusCode)
            {
                return [FeedFailure(DescribeStatus(response))];
            }
            else
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                lastFeed = FeedParser.Parse(body, feedUrl, options.MaxResponseBytes);
                entityTag = response.Headers.ETag?.ToString();
                lastModified = response.Content.Headers.LastModified;
            }
        }
        catch (FeedFormatException exception)
        {
            return [FeedFailure(exception.Message)];
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsFetchFailure(exception))
        {
            return [FeedFailure(Describe(exception, feedUrl))];
        }

        if (lastFeed is null)
        {
            return [];
        }

        var source = lastFeed.Title ?? feedUrl.Host;
        var documents = new List<SourceDocument>();
        foreach (var item in lastFeed.Items)
        {
            if (!state.Contains(item.Key) && pending.TryAdd(item.Key, 0))
            {
                documents.Add(ItemDocument(item, source));
            }
        }

        logger.FeedPolled(feedUrl.AbsoluteUri, lastFeed.Items.Count, documents.Count);
        return documents;
    }

    private SourceDocument FeedFailure(string reason)
    {
        // Validators of a response we could not use must not turn the next poll into a 304.
        entityTag = null;
        lastModified = null;
        logger.FeedFailed(feedUrl.AbsoluteUri, reason);
        return new SourceDocument
        {
            Origin = feedUrl.AbsoluteUri,
            Articles = Single(new ArticleReadResult.Failure(feedUrl.AbsoluteUri, $"feed {feedUrl.AbsoluteUri}: {reason}")),
        };
    }

    private SourceDocument ItemDocument(FeedItem item, string source) => new()
    {
        Origin = item.Link?.AbsoluteUri ?? item.Key,
        Articles = FetchItemAsync(item, source),
        CompleteAsync = (outcome, cancellationToken) => new ValueTask(CompleteItemAsync(item, outcome, cancellationToken)),
    };

    private async IAsyncEnumerable<ArticleReadResult> FetchItemAsync(FeedItem item, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return await FetchArticleAsync(item, source, cancellationToken);
    }

    private async Task<ArticleReadResult> FetchArticleAsync(FeedItem item, string source, CancellationToken cancellationToken)
    {
        if (item.Link is not { } link)
        {
            return ItemFailure(item.Key, "the item has no http(s) link to fetch");
        }

        var url = link.AbsoluteUri;
        try
        {
            var client = httpClientFactory.CreateClient(FeedHttp.ClientName);
            using var response = await client.GetAsync(link, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ItemFailure(url, DescribeStatus(response));
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return ItemFailure(url, $"unsupported content type {mediaType}");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var page = string.Equals(mediaType, "text/plain", StringComparison.OrdinalIgnoreCase)
                ? new PageText(null, body.Trim(), null)
                : pageTextExtractor.Extract(body);
            if (string.IsNullOrWhiteSpace(page.Text))
            {
                return ItemFailure(url, "the page has no readable text");
            }

            return new ArticleReadResult.Success(new Article
            {
                Id = ArticleIdFor(item.Key),
                Text = page.Text,
                Title = item.Title ?? page.Title,
                Published = item.Published ?? page.Published,
                Url = url,
                Source = source,
                Origin = url,
            });
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsFetchFailure(exception))
        {
            return ItemFailure(url, Describe(exception, link));
        }
    }

    private ArticleReadResult.Failure ItemFailure(string origin, string reason)
    {
        logger.FeedItemFailed(origin, reason);
        return new ArticleReadResult.Failure(origin, $"{origin}: {reason}");
    }

    private async Task CompleteItemAsync(FeedItem item, DocumentOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            if (outcome.Written + outcome.Skipped > 0)
            {
                failedAttempts.TryRemove(item.Key, out _);
                await state.MarkSeenAsync(item.Key, cancellationToken);
                return;
            }

            var attempts = failedAttempts.AddOrUpdate(item.Key, 1, static (_, count) => count + 1);
            if (attempts >= options.MaxItemAttempts)
            {
                failedAttempts.TryRemove(item.Key, out _);
                logger.FeedItemGivenUp(item.Link?.AbsoluteUri ?? item.Key, attempts);
                await state.MarkSeenAsync(item.Key, cancellationToken);
            }
        }
        finally
        {
            // Only after marking seen, so a concurrent poll cannot slip the item in between.
            pending.TryRemove(item.Key, out _);
        }
    }

    private static bool IsFetchFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException or IOException;

    private static string DescribeStatus(HttpResponseMessage response) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();

    private static string Describe(Exception exception, Uri requested) => PrivateAddressRefusedException.Find(exception) is { } refused
        ? DescribeRefusal(refused, requested)
        : Describe(exception);

    // The guard runs per connection, so a refusal may concern a redirect target rather than the URL asked for.
    private static string DescribeRefusal(PrivateAddressRefusedException refused, Uri requested) =>
        refused.Url is { } url && url != requested ? $"redirected to {url.AbsoluteUri}: {refused.Reason}" : refused.Reason;

    private static string Describe(Exception exception) => exception switch
    {
        TimeoutRejectedException timeout => string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.Timeout.TotalSeconds:0.###} s"),
        BrokenCircuitException => "too many recent failures from this host (circuit open); retried on a later poll",
        OperationCanceledException => "timed out",
        HttpRequestException { InnerException: { } inner } http => $"{http.Message} ({inner.Message})",
        _ => exception.Message,
    };

    private static async IAsyncEnumerable<ArticleReadResult> Single(ArticleReadResult result)
    {
        await Task.CompletedTask;
        yield return result;
    }

    public void Dispose() => state.Dispose();
}
