using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Sources;

/// <summary>
/// The <c>Sources</c> configuration section. Each source is registered only when its own part is configured:
/// <c>Sources:Inbox:Path</c>, <c>Sources:Feeds:N:Url</c>, <c>Sources:JsonLines:Path</c>.
/// </summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>Folder for small state files (the per-feed seen-sets). Relative paths resolve against the working directory.</summary>
    public string StatePath { get; set; } = "state";

    /// <summary>Minimum pause between the end of one request to a host and the start of the next one to the same host.</summary>
    public int PolitenessDelayMs { get; set; } = 1000;

    /// <summary>Largest feed or page body read; a larger response fails instead of filling memory.</summary>
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Timeout of one HTTP attempt (headers and body).</summary>
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Timeout of one logical request including its retries and their back-off.</summary>
    public double TotalTimeoutSeconds { get; set; } = 60;

    /// <summary>Retries of transient failures (5xx, 408, 429, timeouts, connection errors) after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential, jittered retry back-off.</summary>
    public int RetryBaseDelayMs { get; set; } = 1000;

    /// <summary>Seen feed items remembered per feed; the oldest are forgotten first. Keep well above a feed's length.</summary>
    public int MaxSeenItemsPerFeed { get; set; } = 5000;

    /// <summary>Polls on which a feed item may fail before it is given up (marked seen without an article).</summary>
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>
    /// Lets feed and page requests reach loopback, private (RFC 1918), link-local (cloud metadata), unique-local IPv6,
    /// carrier-grade NAT and other non-public addresses. Off by default: a feed item link or a redirect could otherwise
    /// make the worker fetch from the network it runs in (server-side request forgery). Checked at connect time, on
    /// the resolved addresses, so redirects and DNS rebinding are covered.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public InboxOptions? Inbox { get; set; }

    public IList<FeedOptions> Feeds { get; } = new List<FeedOptions>();

    public JsonLinesOptions? JsonLines { get; set; }
}

public sealed class InboxOptions
{
    /// <summary>The watched folder; processed files move to its <c>done/</c> and <c>failed/</c> sub-folders.</summary>
    public string Path { get; set; } = "";

    /// <summary>Period of the full folder scan, the source of truth (file-system events only make pick-up prompter).</summary>
    public double PollSeconds { get; set; } = 10;

    /// <summary>How long a file's size and last-write time must stay unchanged before it is taken.</summary>
    public double StableSeconds { get; set; } = 2;
}

public sealed class FeedOptions
{
    /// <summary>Absolute http(s) URL of an RSS 2.0 or Atom 1.0 feed.</summary>
    public string Url { get; set; } = "";

    /// <summary>Seconds between polls of this feed.</summary>
    public double IntervalSeconds { get; set; } = 900;
}

public sealed class JsonLinesOptions
{
    /// <summary>A JSON Lines file, or <c>-</c> for standard input.</summary>
    public string Path { get; set; } = "";
}

internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var errors = new List<string>();
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add(message);
            }
        }

        Require(options.PolitenessDelayMs >= 0, "Sources:PolitenessDelayMs must be 0 or more.");
        Require(options.MaxResponseBytes >= 1024, "Sources:MaxResponseBytes must be at least 1024.");
        Require(options.AttemptTimeoutSeconds >= 0.05, "Sources:AttemptTimeoutSeconds must be at least 0.05.");
        Require(options.TotalTimeoutSeconds > options.AttemptTimeoutSeconds, "Sources:TotalTimeoutSeconds must be greater than Sources:AttemptTimeoutSeconds.");
        Require(options.MaxRetryAttempts is >= 0 and <= 10, "Sources:MaxRetryAttempts must be between 0 and 10.");
        Require(options.RetryBaseDelayMs is >= 1 and <= 600_000, "Sources:RetryBaseDelayMs must be between 1 and 600000.");
        Require(options.MaxSeenItemsPerFeed >= 1, "Sources:MaxSeenItemsPerFeed must be at least 1.");
        Require(options.MaxItemAttempts >= 1, "Sources:MaxItemAttempts must be at least 1.");

        if (options.Inbox is { } inbox)
        {
            Require(!string.IsNullOrWhiteSpace(inbox.Path), "Sources:Inbox:Path is required when Sources:Inbox is configured.");
            Require(inbox.PollSeconds > 0, "Sources:Inbox:PollSeconds must be greater than 0.");
            Require(inbox.StableSeconds >= 0, "Sources:Inbox:StableSeconds must be 0 or more.");
        }

        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"Sources:Feeds:{i}");
            var isHttp = Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
            Require(isHttp, $"{key}:Url must be an absolute http or https URL (got '{feed.Url}').");
            Require(feed.IntervalSeconds >= 1, $"{key}:IntervalSeconds must be at least 1.");
            Require(!isHttp || urls.Add(uri!.AbsoluteUri), $"{key}:Url '{feed.Url}' is configured more than once.");
        }

        if (options.Feeds.Count > 0)
        {
            Require(!string.IsNullOrWhiteSpace(options.StatePath), "Sources:StatePath is required when feeds are configured.");
        }

        if (options.JsonLines is { } jsonLines)
        {
            Require(!string.IsNullOrWhiteSpace(jsonLines.Path), "Sources:JsonLines:Path is required when Sources:JsonLines is configured (use '-' for standard input).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
